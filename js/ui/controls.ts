// The Value input and one real <button> per operation.
import { OperationName, OperationSpec } from "../model/structure";
import { ViewSpec } from "../core/structure-controller";

export interface Controls {
  element: HTMLElement;
  input: HTMLInputElement;
  buttons: Map<OperationName, HTMLButtonElement>;
}

let controlCount = 0;

/**
 * Builds the controls; `onOperation` gets the operation and the typed text.
 * Enter in the Value box runs the first operation that takes a value.
 */
export function createControls(
  doc: Document,
  operations: readonly OperationSpec[],
  onOperation: (name: OperationName, typed: string) => void,
): Controls {
  const element = doc.createElement("div");
  element.className = "dsviz-controls";
  const input = doc.createElement("input");
  const label = labelFor(doc, "Value", input);
  input.type = "text";
  input.className = "dsviz-control dsviz-value";
  input.autocomplete = "off";
  input.spellcheck = false;
  input.size = 6;
  input.placeholder = "random";
  element.append(label, input);

  const buttons = new Map<OperationName, HTMLButtonElement>();
  const primary = operations.find((op) => op.takesValue);
  for (const op of operations) {
    const className = `dsviz-op dsviz-op-${op.name}${op === primary ? " dsviz-primary" : ""}`;
    buttons.set(op.name, createButton(element, op.label, className, () => onOperation(op.name, input.value)));
  }
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && primary) {
      event.preventDefault();
      onOperation(primary.name, input.value);
    }
  });
  return { element, input, buttons };
}

/** A <select> labelled "View" that switches between the pictures of one structure. */
export function createViewSelect(
  doc: Document,
  views: readonly ViewSpec[],
  current: string,
  onChange: (name: string) => void,
): { element: HTMLElement; select: HTMLSelectElement } {
  const choices = views.map((view) => ({ value: view.name, text: view.label }));
  return createSelect(doc, "View", "dsviz-view-select", choices, current, onChange, "dsviz-view");
}

/** A labelled <select> of `choices` showing `value`, in a span of class `wrapClass`. */
export function createSelect(
  doc: Document,
  text: string,
  className: string,
  choices: readonly { value: string; text: string }[],
  value: string,
  onChange: (value: string) => void,
  wrapClass = "dsviz-field",
): { element: HTMLElement; select: HTMLSelectElement } {
  const element = doc.createElement("span");
  element.className = wrapClass;
  const select = doc.createElement("select");
  const label = labelFor(doc, text, select);
  select.className = `dsviz-control ${className}`;
  for (const choice of choices) {
    const option = doc.createElement("option");
    option.value = choice.value;
    option.textContent = choice.text;
    select.append(option);
  }
  select.value = value;
  select.addEventListener("change", () => onChange(select.value));
  element.append(label, select);
  return { element, select };
}

/**
 * A <button type="button"> with the control's look, appended to `parent`. Its name is
 * `text`, unless `name` says otherwise (a short visible text for a longer name).
 */
export function createButton(parent: HTMLElement, text: string, className: string, onClick: () => void, name = text): HTMLButtonElement {
  const button = parent.ownerDocument.createElement("button");
  button.type = "button";
  button.className = `dsviz-control ${className}`;
  button.textContent = text;
  if (name !== text) button.setAttribute("aria-label", name);
  button.addEventListener("click", onClick);
  parent.append(button);
  return button;
}

/** Gives `control` an id unique on the page and returns a <label> that names it. */
export function labelFor(doc: Document, text: string, control: HTMLElement): HTMLLabelElement {
  control.id = "dsviz-" + text.toLowerCase() + "-" + ++controlCount;
  const label = doc.createElement("label");
  label.htmlFor = control.id;
  label.textContent = text;
  return label;
}

/**
 * Says in the View select when the chosen picture is not the one drawn, because the box
 * is too narrow for it: "Ring (no room)".
 */
export function noteShownView(select: HTMLSelectElement, views: readonly ViewSpec[], shown: string | undefined): void {
  for (const option of Array.from(select.options)) {
    const view = views.find((v) => v.name === option.value);
    if (!view) continue;
    const text = option.value === select.value && shown !== undefined && shown !== option.value ? `${view.label} (no room)` : view.label;
    if (option.textContent !== text) option.textContent = text;
  }
}

/** Sets `el`'s text only when it changes (no needless layout, no repeated announcement). */
export function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** A disabled control stays focusable (aria-disabled), so focus on it is never lost. */
export function setDisabled(el: HTMLButtonElement | undefined, disabled: boolean): void {
  if (!el) return;
  el.setAttribute("aria-disabled", String(disabled));
  el.classList.toggle("dsviz-disabled", disabled);
}
