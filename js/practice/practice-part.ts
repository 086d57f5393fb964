// Practice mode in an example: the practice, its controls, and a click or tap on a slot of
// the picture doing what the slot's button does. Answers are reported to listeners.
import { AnyController } from "../example-factory";
import { Narration } from "../ui/narration";
import { MAX_SEED } from "../options";
import { Pointers } from "../model/conventions";
import { AnswerReport, Practice } from "./practice";
import { PracticeView } from "./practice-view";
import { LinkedController } from "../linked/linked-controller";
import { LinkedPractice } from "./linked-practice";
import { LinkedPracticeView } from "./linked-practice-view";

/** How near (drawing units) a press must be to the back of a pointer's arrow to drag it. */
const GRAB_RADIUS = 30;
/** A shorter move is a click, not a drag. */
const MIN_DRAG = 6;

export interface PracticePart {
  readonly view: { readonly element: HTMLElement };
  /** What state() adds in practice mode: the student's slots and pointers (the picture itself shows linked nodes). */
  studentState(): { slots?: (string | null)[]; pointers?: Record<string, number> };
  /** Listens to every Check; returns the function that stops listening. */
  onAnswer(listener: (report: AnswerReport) => void): () => void;
  /** Keys the practice handles itself: arrows on the slots, Ctrl+Z for the student's Undo. */
  handlesKey(event: KeyboardEvent): boolean;
  destroy(): void;
}

export interface PracticeSetup {
  capacity: number;
  fullRule: "count" | "spare-slot";
  pointers: Pointers;
  /** The series of tasks; null draws one. */
  seed: number | null;
}

export function createPracticePart(doc: Document, controller: AnyController, setup: PracticeSetup, canvas: HTMLCanvasElement, narration: Narration): PracticePart {
  const seed = setup.seed !== null ? setup.seed : Math.floor(Math.random() * MAX_SEED);
  if (controller instanceof LinkedController) return createLinkedPracticePart(doc, controller, setup.capacity, seed, narration);
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
  const practice = new Practice(controller as never, { capacity: setup.capacity, fullRule: setup.fullRule, pointers: setup.pointers, seed }, {
    say: (sentence, refusal) => narration.say(sentence, refusal),
    update: (status) => view.update(status),
    answer: (report) => {
      for (const listener of Array.from(listeners)) listener(report);
    },
  }) as Practice<never>;

  /** (x, y) of a pointer event in drawing units, or undefined while the canvas is not shown. */
  const at = (event: MouseEvent) => {
    const box = canvas.getBoundingClientRect();
    if (!(box.width > 0)) return undefined;
    const scale = controller.canvasSize().width / box.width;
    return { x: (event.clientX - box.left) * scale, y: (event.clientY - box.top) * scale };
  };
  // A pointer's arrow dragged onto a slot points there (mouse and pen; on touch the selects do it).
  let dragging: { name: string; x: number; y: number } | undefined;
  let dragged = false;
  const onDown = (event: PointerEvent) => {
    dragged = false;
    const p = at(event);
    if (!p || event.button !== 0 || controller.slotAt(p.x, p.y) >= 0) return; // on a slot: a press
    const grip = controller.pointerGrips().find((g) => Math.hypot(g.x - p.x, g.y - p.y) <= GRAB_RADIUS);
    if (!grip) return;
    dragging = { name: grip.name, ...p };
    event.preventDefault();
    if (canvas.setPointerCapture) canvas.setPointerCapture(event.pointerId);
  };
  const onUp = (event: PointerEvent) => {
    const drag = dragging;
    dragging = undefined;
    const p = at(event);
    if (!drag || !p || Math.hypot(p.x - drag.x, p.y - drag.y) < MIN_DRAG) return;
    dragged = true; // the click that follows ends the drag: it is not a press
    const slot = controller.slotNearest(p.x, p.y);
    if (slot >= 0) practice.point(drag.name, slot);
  };
  const onCancel = () => (dragging = undefined);
  // A click or a tap on a slot of the picture presses that slot.
  const onClick = (event: MouseEvent) => {
    if (dragged) return void (dragged = false);
    const p = at(event);
    const slot = p ? controller.slotAt(p.x, p.y) : -1;
    if (slot >= 0) practice.press(slot);
  };
  const canvasEvents: [string, EventListener][] = [
    ["pointerdown", onDown as EventListener],
    ["pointerup", onUp as EventListener],
    ["pointercancel", onCancel],
    ["click", onClick as EventListener],
  ];
  for (const [type, listener] of canvasEvents) canvas.addEventListener(type, listener);

  return {
    view,
    studentState() {
      const { sketch } = practice.status();
      return { slots: sketch.slots.slice(), pointers: { ...sketch.pointers } };
    },
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
      for (const [type, listener] of canvasEvents) canvas.removeEventListener(type, listener);
    },
  };
}

/** Practice on linked nodes: its own controls (New node, references, next, size, Returns); no slot to press or drag. */
function createLinkedPracticePart(doc: Document, controller: LinkedController, capacity: number, seed: number, narration: Narration): PracticePart {
  const listeners = new Set<(report: AnswerReport) => void>();
  const view = new LinkedPracticeView(doc, {
    makeNode: () => practice.makeNode(),
    setNext: (node, target) => practice.setNext(node, target),
    setRef: (name, target) => practice.setRef(name, target),
    setSize: (size) => practice.setSize(size),
    setReturned: (value) => practice.setReturned(value),
    undo: () => practice.undo(),
    reset: () => practice.reset(),
    check: () => practice.check(),
    showAnswer: () => practice.showAnswer(),
    newTask: () => practice.newTask(),
  });
  const practice = new LinkedPractice(controller, capacity, seed, {
    say: (sentence, refusal) => narration.say(sentence, refusal),
    update: (status) => view.update(status),
    answer: (report) => {
      for (const listener of Array.from(listeners)) listener(report);
    },
  });
  return {
    view,
    studentState: () => ({}),
    onAnswer(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    handlesKey(event) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== "z" || event.shiftKey) return false;
      if (event.type === "keydown") {
        event.preventDefault();
        practice.undo();
      }
      return true;
    },
    destroy: () => listeners.clear(),
  };
}
