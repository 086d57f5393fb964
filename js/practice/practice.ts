// Practice mode: a task ("Enqueue 7."), the student's sketch and their moves (with Undo and
// Reset), Check against the operation's trace, Show answer, New task and the score. The
// structure shows the student's picture: each move glides the tiles there.
import { Pointers } from "../model/conventions";
import { TracedController } from "../player/traced-controller";
import { Item, makeItem } from "../model/structure";
import { isolate, numberText } from "../model/values";
import { grade, Grade, Mistake } from "./grader";
import { Moved, pressSlot, removeHeld, sameSketch, setPointer, Sketch } from "./sketch";
import { answerOf, drawTask, seededRandom, sketchOf, Task } from "./task";

type Slotted = { slots: readonly (Item | null)[] };

/** What `on("answer")` hears after each Check. */
export interface AnswerReport {
  task: string;
  correct: boolean;
  mistakes: Mistake[];
  /** False after Show answer, and for a second Check of the same task. */
  scored: boolean;
}

export interface PracticeStatus {
  task: string;
  sketch: Sketch;
  right: number;
  done: number;
  canUndo: boolean;
  /** The pointers' names and the values each may take. */
  pointers: { name: string; range: number[] }[];
}

export interface PracticeOutput {
  say(sentence: string, refusal?: boolean): void;
  update(status: PracticeStatus): void;
  answer(report: AnswerReport): void;
}

export interface PracticeOptions {
  capacity: number;
  fullRule: "count" | "spare-slot";
  pointers?: Pointers;
  seed: number;
}

export class Practice<S extends Slotted> {
  private readonly random: () => number;
  private task: Task<S>;
  /** The task's start as a sketch: what Reset returns to. */
  private start: Sketch;
  private sketch: Sketch;
  private undoable: Sketch[] = [];
  /** Item identities by value, so a tile taken out and put back is the same tile. */
  private items = new Map<string, Item>();
  private checked = false;
  private revealed = false;
  private right = 0;
  private done = 0;

  constructor(
    private readonly controller: TracedController<S>,
    private readonly options: PracticeOptions,
    private readonly output: PracticeOutput,
  ) {
    this.random = seededRandom(options.seed);
    this.task = this.draw();
    this.start = this.sketch = sketchOf(controller.kit, this.task.start);
    this.controller.restore(this.task.start, [], `Your task: ${this.task.sentence}`);
    this.changed();
  }

  get taskSentence(): string {
    return this.task.sentence;
  }

  status(): PracticeStatus {
    const kit = this.controller.kit;
    const pointers = Object.keys(this.sketch.pointers).map((name) => ({ name, range: kit.pointerRange(this.task.start, name) }));
    return { task: this.task.sentence, sketch: this.sketch, right: this.right, done: this.done, canUndo: this.undoable.length > 0, pointers };
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

  /** Takes back the student's last move. */
  undo(): void {
    const last = this.undoable.pop();
    if (!last) return this.output.say("Nothing to undo.", true);
    this.show(last, "Undid your last move.");
  }

  /** Back to the task's start. */
  reset(): void {
    if (sameSketch(this.sketch, this.start)) return this.output.say("This is the task's start already.");
    this.undoable.push(this.sketch);
    this.show(this.start, `Back to the start of the task: ${this.task.sentence}`);
  }

  /** Grades the picture against the operation's trace and says each mistake. */
  check(): Grade {
    const result = this.revealed ? { correct: true, mistakes: [] } : grade(this.controller.kit, this.task, this.sketch);
    const scored = !this.revealed && !this.checked;
    if (scored) {
      this.checked = true;
      this.done++;
      if (result.correct) this.right++;
    }
    const noun = this.controller.noun;
    const what = this.task.sentence.replace(/\.$/, "").toLowerCase();
    const said = result.correct
      ? `Right: this is the ${noun} after ${what}.${this.revealed ? " (Shown, so not scored.)" : ""}`
      : `Not yet. ${result.mistakes.map((m) => m.say).join(" ")}`;
    this.output.say(said, !result.correct);
    this.changed();
    this.output.answer({ task: this.task.sentence, correct: result.correct, mistakes: result.mistakes, scored });
    return result;
  }

  /** Plays the model's trace from the start, step by step, and leaves its end as the picture. */
  showAnswer(): void {
    this.revealed = true;
    this.undoable.push(this.sketch);
    this.sketch = answerOf(this.controller.kit, this.task);
    this.controller.restore(this.task.start, [], `The answer to “${this.task.sentence}”, step by step:`);
    this.controller.play(this.task.trace);
    this.changed();
  }

  /** Draws the next task of the series. */
  newTask(): void {
    this.task = this.draw();
    this.checked = false;
    this.revealed = false;
    this.undoable = [];
    this.start = this.sketch = sketchOf(this.controller.kit, this.task.start);
    this.controller.restore(this.task.start, [], `New task: ${this.task.sentence}`);
    this.changed();
  }

  private draw(): Task<S> {
    const task = drawTask(this.controller.kit, this.options.capacity, this.options.fullRule, this.random, this.options.pointers);
    this.items = new Map();
    for (const item of task.start.slots) if (item) this.items.set(item.value, item);
    return task;
  }

  private move(moved: Moved, sentence: () => string): void {
    if (moved.refusal) return this.output.say(moved.refusal, true);
    if (moved.sketch === this.sketch) return;
    this.undoable.push(this.sketch);
    this.sketch = moved.sketch;
    this.show(moved.sketch, sentence());
  }

  private show(sketch: Sketch, sentence: string): void {
    this.sketch = sketch;
    const slots = sketch.slots.map((v) => (v === null ? null : this.itemOf(v)));
    this.controller.restore(this.controller.kit.withPointers(this.task.start, slots, sketch.pointers), [], sentence);
    this.changed();
  }

  private itemOf(value: string): Item {
    let item = this.items.get(value);
    if (!item) this.items.set(value, (item = makeItem(value)));
    return item;
  }

  private changed(): void {
    this.output.update(this.status());
  }
}
