// The teaching controls, one row: Undo and Redo; Pause/Play, Previous step and Next step;
// the Speed slider; the Code select. Each group shows only when `controls` asks for it.
import { Language, LANGUAGES } from "../code/listing";
import { MAX_SPEED, MIN_SPEED } from "../core/timing";
import { ControlGroup } from "../options";
import { createButton, createSelect, labelFor, setDisabled } from "./controls";

export interface TeachingHandlers {
  undo(): void;
  redo(): void;
  /** Pause when playing, play when paused. */
  togglePause(): void;
  previous(): void;
  next(): void;
  speed(speed: number): void;
  code(language: Language | "none"): void;
}

/** What the controls show: what can be pressed now. */
export interface TeachingStatus {
  canUndo: boolean;
  canRedo: boolean;
  paused: boolean;
  canPrevious: boolean;
  canNext: boolean;
}

export interface TeachingControls {
  element: HTMLElement;
  undo?: HTMLButtonElement;
  redo?: HTMLButtonElement;
  pause?: HTMLButtonElement;
  previous?: HTMLButtonElement;
  next?: HTMLButtonElement;
  speed?: HTMLInputElement;
  code?: HTMLSelectElement;
  update(status: TeachingStatus): void;
}

export function createTeachingControls(
  doc: Document,
  groups: Set<ControlGroup>,
  initial: { speed: number; code: Language | "none" },
  on: TeachingHandlers,
): TeachingControls {
  const element = doc.createElement("div");
  element.className = "dsviz-controls dsviz-teaching";
  const controls: TeachingControls = { element, update };
  const button = (text: string, name: string, onClick: () => void, extra = "") => createButton(element, text, `dsviz-small${extra}`, onClick, name);
  if (groups.has("undo")) {
    controls.undo = button("Undo", "Undo", on.undo);
    controls.redo = button("Redo", "Redo", on.redo);
  }
  if (groups.has("steps")) {
    controls.pause = button("Pause", "Pause", on.togglePause, " dsviz-pause");
    controls.previous = button("◂ Step", "Previous step", on.previous);
    controls.next = button("Step ▸", "Next step", on.next);
  }
  if (groups.has("speed")) controls.speed = speedSlider(doc, element, initial.speed, on.speed);
  if (groups.has("steps")) controls.code = codeSelect(doc, element, initial.code, on.code);

  function update(status: TeachingStatus): void {
    setDisabled(controls.undo, !status.canUndo);
    setDisabled(controls.redo, !status.canRedo);
    setDisabled(controls.previous, !status.canPrevious);
    setDisabled(controls.next, !status.canNext);
    if (controls.pause) {
      // Its name says what pressing it does (not a pressed state): "Pause" while playing, "Play" while paused.
      const text = status.paused ? "Play" : "Pause";
      if (controls.pause.textContent !== text) controls.pause.textContent = text;
    }
  }
  return controls;
}

function speedSlider(doc: Document, parent: HTMLElement, speed: number, onSpeed: (speed: number) => void): HTMLInputElement {
  const wrap = doc.createElement("span");
  wrap.className = "dsviz-field";
  const input = doc.createElement("input");
  const label = labelFor(doc, "Speed", input);
  input.type = "range";
  input.className = "dsviz-control dsviz-speed";
  input.min = String(MIN_SPEED);
  input.max = String(MAX_SPEED);
  input.step = "0.25";
  input.value = String(speed);
  const shown = doc.createElement("output");
  shown.className = "dsviz-speed-value";
  shown.htmlFor.add(input.id);
  const show = () => (shown.textContent = `${Number(input.value)}×`);
  show();
  input.setAttribute("aria-valuetext", `${speed} times`);
  input.addEventListener("input", () => {
    show();
    input.setAttribute("aria-valuetext", `${Number(input.value)} times`);
    onSpeed(Number(input.value));
  });
  wrap.append(label, input, shown);
  parent.append(wrap);
  return input;
}

function codeSelect(doc: Document, parent: HTMLElement, code: Language | "none", onCode: (code: Language | "none") => void): HTMLSelectElement {
  const choices = [{ name: "none", label: "None" }, ...LANGUAGES].map(({ name, label }) => ({ value: name, text: label }));
  const { element, select } = createSelect(doc, "Code", "dsviz-code-select", choices, code, (value) => onCode(value as Language | "none"));
  parent.append(element);
  return select;
}
