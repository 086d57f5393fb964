// Practice mode's controls: the task, one button per slot (arrow keys move between them),
// Remove and what is in hand, one select per pointer, then Undo, Reset, Check, Show answer,
// New task and the score. Everything is text, never markup.
import { createButton, createSelect, setText } from "../ui/controls";
import { numberText } from "../model/values";
import { PracticeStatus } from "./practice";

/** What every practice's session row does. */
export interface SessionActions {
  undo(): void;
  reset(): void;
  check(): void;
  showAnswer(): void;
  newTask(): void;
}

export interface PracticeActions extends SessionActions {
  press(slot: number): void;
  remove(): void;
  point(name: string, value: number): void;
}

const SLOT_KEYS = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"];

export class PracticeView {
  readonly element: HTMLElement;
  private readonly task: HTMLElement;
  private readonly slots: HTMLElement;
  private readonly hand: HTMLElement;
  private readonly pointers: HTMLElement;
  private readonly score: HTMLElement;
  private readonly selects = new Map<string, HTMLSelectElement>();

  constructor(
    private readonly doc: Document,
    private readonly on: PracticeActions,
  ) {
    this.element = doc.createElement("div");
    this.element.className = "dsviz-practice";
    this.task = doc.createElement("p");
    this.task.className = "dsviz-task";
    this.slots = row(doc, "dsviz-slots");
    this.slots.addEventListener("keydown", (e) => this.moveFocus(e));
    const handRow = row(doc, "dsviz-hand-row");
    createButton(handRow, "Remove", "dsviz-practice-remove", () => on.remove());
    this.hand = doc.createElement("span");
    this.hand.className = "dsviz-hand";
    handRow.append(this.hand);
    this.pointers = row(doc, "dsviz-pointers");
    const { actions, score } = sessionRow(doc, on);
    this.score = score;
    this.element.append(this.task, this.slots, handRow, this.pointers, actions);
  }

  /** True for the keys the slot buttons use (arrows, Home, End), so the host page never sees them. */
  handlesKey(event: KeyboardEvent): boolean {
    const target = event.target as HTMLElement | null;
    return !!target && this.slots.contains(target) && SLOT_KEYS.indexOf(event.key) >= 0;
  }

  update(status: PracticeStatus): void {
    setText(this.task, `Your task: ${status.task}`);
    const { sketch } = status;
    this.renderSlots(sketch.slots);
    setText(this.hand, sketch.held !== null ? `In hand: ${sketch.held}` : sketch.removed !== null ? `Removed: ${sketch.removed}` : "Nothing in hand");
    this.renderPointers(status);
    setText(this.score, `${status.right} of ${status.done} correct`);
  }

  private renderSlots(values: readonly (string | null)[]): void {
    const buttons = Array.from(this.slots.children) as HTMLButtonElement[];
    if (buttons.length !== values.length) {
      this.slots.textContent = "";
      values.forEach((_, i) => createButton(this.slots, String(i), "dsviz-small dsviz-slot", () => this.on.press(i), `Slot ${i}`));
    }
    (Array.from(this.slots.children) as HTMLButtonElement[]).forEach((button, i) => {
      const v = values[i];
      button.setAttribute("aria-description", v === null ? "empty" : `holds ${v}`);
      button.classList.toggle("dsviz-slot-full", v !== null);
    });
  }

  private renderPointers(status: PracticeStatus): void {
    const names = status.pointers.map((p) => p.name).join(" ");
    if (this.pointers.dataset.names !== names) {
      this.pointers.dataset.names = names;
      this.pointers.textContent = "";
      this.selects.clear();
      for (const { name, range } of status.pointers) {
        const choices = range.map((v) => ({ value: String(v), text: numberText(v) }));
        const { element, select } = createSelect(this.doc, name, "dsviz-pointer-select", choices, String(status.sketch.pointers[name]), (v) => this.on.point(name, Number(v)));
        this.pointers.append(element);
        this.selects.set(name, select);
      }
    }
    for (const [name, select] of this.selects) {
      const value = String(status.sketch.pointers[name]);
      if (select.value !== value) select.value = value;
    }
  }

  private moveFocus(event: KeyboardEvent): void {
    if (SLOT_KEYS.indexOf(event.key) < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = Array.from(this.slots.children) as HTMLElement[];
    const at = buttons.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const last = buttons.length - 1;
    const back = event.key === "ArrowLeft" || event.key === "ArrowUp";
    const to = event.key === "Home" ? 0 : event.key === "End" ? last : Math.max(0, Math.min(last, at + (back ? -1 : 1)));
    event.preventDefault();
    buttons[to].focus();
  }
}

/** The buttons every practice has (Undo, Reset, Check, Show answer, New task) and the score after them. */
export function sessionRow(doc: Document, on: SessionActions): { actions: HTMLElement; score: HTMLElement } {
  const actions = row(doc, "dsviz-practice-actions");
  createButton(actions, "Undo", "dsviz-practice-undo", () => on.undo());
  createButton(actions, "Reset", "dsviz-practice-reset", () => on.reset());
  createButton(actions, "Check", "dsviz-primary dsviz-practice-check", () => on.check());
  createButton(actions, "Show answer", "dsviz-practice-reveal", () => on.showAnswer());
  createButton(actions, "New task", "dsviz-practice-new", () => on.newTask());
  const score = doc.createElement("span");
  score.className = "dsviz-score";
  actions.append(score);
  return { actions, score };
}

/** A row of practice controls. */
export function row(doc: Document, className: string): HTMLElement {
  const el = doc.createElement("div");
  el.className = `dsviz-controls ${className}`;
  return el;
}
