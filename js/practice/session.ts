// What every practice mode shares, whatever the student draws: a series of tasks from a
// seed, the student's picture as an immutable sketch with Undo and Reset, Check against
// the operation's trace (first tries scored), Show answer and New task. A subclass says
// how a state becomes a sketch, how a sketch is drawn, the model's answer and the grade.
import { Item, makeItem } from "../model/structure";
import { TracedController } from "../player/traced-controller";
import { Grade, Mistake } from "./grader";
import { seededRandom, Task } from "./task";

/** What `on("answer")` hears after each Check. */
export interface AnswerReport {
  task: string;
  correct: boolean;
  mistakes: Mistake[];
  /** False after Show answer, and for a second Check of the same task. */
  scored: boolean;
}

export interface SessionOutput<Status> {
  say(sentence: string, refusal?: boolean): void;
  update(status: Status): void;
  answer(report: AnswerReport): void;
}

/** A move and the sketch after it; `refusal` says why nothing changed. */
export interface SessionMove<K> {
  sketch: K;
  refusal?: string;
}

export abstract class PracticeSession<S, K, Status> {
  protected readonly random: () => number;
  protected task!: Task<S>;
  /** The task's start as a sketch: what Reset returns to. */
  protected start!: K;
  protected sketch!: K;
  protected right = 0;
  protected done = 0;
  private undoable: K[] = [];
  /** Item identities by value, so a tile taken out and put back is the same tile. */
  private items = new Map<string, Item>();
  private checked = false;
  private revealed = false;

  constructor(
    protected readonly controller: TracedController<S>,
    seed: number,
    protected readonly output: SessionOutput<Status>,
  ) {
    this.random = seededRandom(seed);
  }

  abstract status(): Status;
  /** The next task of the series. */
  protected abstract drawTask(): Task<S>;
  /** The items of a task's start (their tiles keep their identity in the student's picture). */
  protected abstract startItems(task: Task<S>): Item[];
  protected abstract sketchOf(state: S): K;
  /** The state that draws `sketch`. */
  protected abstract pictureOf(sketch: K): S;
  protected abstract answer(): K;
  protected abstract grade(): Grade;
  protected abstract same(a: K, b: K): boolean;

  protected get canUndo(): boolean {
    return this.undoable.length > 0;
  }

  get taskSentence(): string {
    return this.task.sentence;
  }

  /** Takes back the student's last move. */
  undo(): void {
    const last = this.undoable.pop();
    if (!last) return this.output.say("Nothing to undo.", true);
    this.show(last, "Undid your last move.");
  }

  /** Back to the task's start. */
  reset(): void {
    if (this.same(this.sketch, this.start)) return this.output.say("This is the task's start already.");
    this.undoable.push(this.sketch);
    this.show(this.start, `Back to the start of the task: ${this.task.sentence}`);
  }

  /** Grades the picture against the operation's trace and says each mistake. */
  check(): Grade {
    const result = this.revealed ? { correct: true, mistakes: [] } : this.grade();
    const scored = !this.revealed && !this.checked;
    if (scored) {
      this.checked = true;
      this.done++;
      if (result.correct) this.right++;
    }
    const what = this.task.sentence.replace(/\.$/, "").toLowerCase();
    const said = result.correct
      ? `Right: this is the ${this.controller.noun} after ${what}.${this.revealed ? " (Shown, so not scored.)" : ""}`
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
    this.sketch = this.answer();
    this.controller.restore(this.task.start, [], `The answer to “${this.task.sentence}”, step by step:`);
    this.controller.play(this.task.trace);
    this.changed();
  }

  /** Draws the next task of the series (the first, from the constructor of a subclass). */
  newTask(first = false): void {
    this.task = this.drawTask();
    this.items = new Map(this.startItems(this.task).map((item) => [item.value, item]));
    this.checked = false;
    this.revealed = false;
    this.undoable = [];
    this.start = this.sketch = this.sketchOf(this.task.start);
    this.controller.restore(this.task.start, [], `${first ? "Your task" : "New task"}: ${this.task.sentence}`);
    this.changed();
  }

  protected move(moved: SessionMove<K>, sentence: () => string): void {
    if (moved.refusal) return this.output.say(moved.refusal, true);
    if (moved.sketch === this.sketch) return;
    this.undoable.push(this.sketch);
    this.sketch = moved.sketch;
    this.show(moved.sketch, sentence());
  }

  private show(sketch: K, sentence: string): void {
    this.sketch = sketch;
    this.controller.restore(this.pictureOf(sketch), [], sentence);
    this.changed();
  }

  protected itemOf(value: string): Item {
    let item = this.items.get(value);
    if (!item) this.items.set(value, (item = makeItem(value)));
    return item;
  }

  private changed(): void {
    this.output.update(this.status());
  }
}
