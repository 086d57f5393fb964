// Practice mode: a task ("Enqueue 7."), the student's sketch and their moves (with Undo and
// Reset), Check against the operation's trace, Show answer, New task and the score. The
// structure shows the student's picture: each move glides the tiles there.
import { Pointers } from "../model/conventions";
import { TracedController } from "../player/traced-controller";
import { Item } from "../model/structure";
import { isolate, numberText } from "../model/values";
import { grade, Grade } from "./grader";
import { pressSlot, removeHeld, sameSketch, setPointer, Sketch } from "./sketch";
import { answerOf, drawTask, sketchOf, Task } from "./task";
import { AnswerReport, PracticeSession, SessionOutput } from "./session";

type Slotted = { slots: readonly (Item | null)[] };

export type { AnswerReport };

export interface PracticeStatus {
  task: string;
  sketch: Sketch;
  right: number;
  done: number;
  canUndo: boolean;
  /** The pointers' names and the values each may take. */
  pointers: { name: string; range: number[] }[];
}

export type PracticeOutput = SessionOutput<PracticeStatus>;

export interface PracticeOptions {
  capacity: number;
  fullRule: "count" | "spare-slot";
  pointers?: Pointers;
  seed: number;
}

/** Practice on an array's slots and pointers. */
export class Practice<S extends Slotted> extends PracticeSession<S, Sketch, PracticeStatus> {
  constructor(
    controller: TracedController<S>,
    private readonly options: PracticeOptions,
    output: PracticeOutput,
  ) {
    super(controller, options.seed, output);
    this.newTask(true);
  }

  status(): PracticeStatus {
    const kit = this.controller.kit;
    const pointers = Object.keys(this.sketch.pointers).map((name) => ({ name, range: kit.pointerRange(this.task.start, name) }));
    return { task: this.task.sentence, sketch: this.sketch, right: this.right, done: this.done, canUndo: this.canUndo, pointers };
  }

  /** Presses slot `i` (its button, or a click or tap on it in the picture). */
  press(i: number): void {
    const before = this.sketch;
    this.move(pressSlot(before, i, this.task.value ?? null), () => {
      const put = this.sketch.slots[i];
      return put !== null ? `Put ${isolate(put)} in slot ${i}.` : `Took ${isolate(before.slots[i] as string)} out of slot ${i}: it is in hand.`;
    });
  }

  remove(): void {
    this.move(removeHeld(this.sketch), () => `Removed ${isolate(this.sketch.removed as string)}: the ${this.task.operation} returns it.`);
  }

  point(name: string, value: number): void {
    this.move(setPointer(this.sketch, name, value), () => `${name} is now ${numberText(value)}.`);
  }

  protected drawTask(): Task<S> {
    return drawTask(this.controller.kit, this.options.capacity, this.options.fullRule, this.random, this.options.pointers);
  }

  protected startItems(task: Task<S>): Item[] {
    return task.start.slots.filter((item): item is Item => item !== null);
  }

  protected sketchOf(state: S): Sketch {
    return sketchOf(this.controller.kit, state);
  }

  protected pictureOf(sketch: Sketch): S {
    const slots = sketch.slots.map((v) => (v === null ? null : this.itemOf(v)));
    return this.controller.kit.withPointers(this.task.start, slots, sketch.pointers);
  }

  protected answer(): Sketch {
    return answerOf(this.controller.kit, this.task);
  }

  protected grade(): Grade {
    return grade(this.controller.kit, this.task, this.sketch);
  }

  protected same(a: Sketch, b: Sketch): boolean {
    return sameSketch(a, b);
  }
}
