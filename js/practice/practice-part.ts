// Practice mode in an example: the practice, its controls, and a click or tap on a slot of
// the picture doing what the slot's button does. Answers are reported to listeners.
import { AnyController } from "../example-factory";
import { Narration } from "../ui/narration";
import { AnswerReport, Practice } from "./practice";
import { PracticeView } from "./practice-view";

export interface PracticePart {
  readonly practice: Practice<never>;
  readonly view: PracticeView;
  /** Listens to every Check; returns the function that stops listening. */
  onAnswer(listener: (report: AnswerReport) => void): () => void;
  /** Keys the practice handles itself: arrows on the slots, Ctrl+Z for the student's Undo. */
  handlesKey(event: KeyboardEvent): boolean;
  destroy(): void;
}

export interface PracticeSetup {
  capacity: number;
  fullRule: "count" | "spare-slot";
  seed: number;
  canvas: HTMLCanvasElement;
  /** The canvas's drawing units per CSS pixel is its drawn width over its shown width. */
  drawingWidth: () => number;
}

export function createPracticePart(doc: Document, controller: AnyController, setup: PracticeSetup, narration: Narration): PracticePart {
  const listeners = new Set<(report: AnswerReport) => void>();
  const view = new PracticeView(doc, {
    press: (i) => practice.press(i),
    remove: () => practice.remove(),
    point: (name, value) => practice.point(name, value),
    undo: () => practice.undo(),
    reset: () => practice.reset(),
    check: () => practice.check(),
    showAnswer: () => practice.showAnswer(),
    newTask: () => practice.newTask(),
  });
  const practice = new Practice(controller as never, setup, {
    say: (sentence, refusal) => narration.say(sentence, refusal),
    update: (status) => view.update(status),
    answer: (report) => {
      for (const listener of Array.from(listeners)) listener(report);
    },
  }) as Practice<never>;

  // A click or a tap on a slot of the picture presses that slot.
  const onClick = (event: MouseEvent) => {
    const box = setup.canvas.getBoundingClientRect();
    if (!(box.width > 0)) return;
    const scale = setup.drawingWidth() / box.width;
    const slot = controller.slotAt((event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
    if (slot >= 0) practice.press(slot);
  };
  setup.canvas.addEventListener("click", onClick);

  return {
    practice,
    view,
    onAnswer(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    handlesKey(event) {
      if (view.handlesKey(event)) return true;
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== "z" || event.shiftKey) return false;
      if (event.type === "keydown") {
        event.preventDefault();
        practice.undo();
      }
      return true;
    },
    destroy() {
      listeners.clear();
      setup.canvas.removeEventListener("click", onClick);
    },
  };
}
