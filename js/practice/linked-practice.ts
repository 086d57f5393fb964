// Practice mode on linked nodes: a task ("Push 7."), the student's picture of nodes,
// next references, top (or head and tail), size and the value returned; their moves with
// Undo and Reset; Check against the operation's trace, Show answer, New task and the score.
import { LinkedController } from "../linked/linked-controller";
import { LinkedState } from "../linked/linked-model";
import { Item, makeItem } from "../model/structure";
import { isolate, numberText } from "../model/values";
import { gradeLinked, linkedAnswerOf } from "./linked-grader";
import { LinkedMoved, LinkedSketch, linkedSketchOf, linkedStateOf, newNode, sameLinked, setNext, setReturned, setRef, setSize } from "./linked-sketch";
import { AnswerReport } from "./practice";
import { drawTask, seededRandom, Task } from "./task";
import { Grade } from "./grader";

export interface LinkedPracticeStatus {
  task: string;
  /** The task adds a value (a node to make) or takes one (a value to return). */
  adds: boolean;
  sketch: LinkedSketch;
  capacity: number;
  right: number;
  done: number;
}

export interface LinkedPracticeOutput {
  say(sentence: string, refusal?: boolean): void;
  update(status: LinkedPracticeStatus): void;
  answer(report: AnswerReport): void;
}

export class LinkedPractice {
  private readonly random: () => number;
  private task: Task<LinkedState>;
  private start: LinkedSketch;
  private sketch: LinkedSketch;
  private undoable: LinkedSketch[] = [];
  private items = new Map<string, Item>();
  private checked = false;
  private revealed = false;
  private right = 0;
  private done = 0;

  constructor(
    private readonly controller: LinkedController,
    private readonly options: { capacity: number; seed: number },
    private readonly output: LinkedPracticeOutput,
  ) {
    this.random = seededRandom(options.seed);
    this.task = this.draw();
    this.start = this.sketch = linkedSketchOf(this.task.start);
    this.controller.restore(this.task.start, [], `Your task: ${this.task.sentence}`);
    this.changed();
  }

  status(): LinkedPracticeStatus {
    const adds = this.task.value !== undefined;
    return { task: this.task.sentence, adds, sketch: this.sketch, capacity: this.options.capacity, right: this.right, done: this.done };
  }

  makeNode(): void {
    this.move(newNode(this.sketch, this.task.value), () => `node = new Node(${isolate(this.task.value as string)}): a new node, next null.`);
  }

  setNext(node: string, target: string | null): void {
    this.move(setNext(this.sketch, node, target), () => `${isolate(node)}.next is now ${target === null ? "null" : isolate(target)}.`);
  }

  setRef(name: string, target: string | null): void {
    this.move(setRef(this.sketch, name, target), () => `${name} now points at ${target === null ? "null" : isolate(target)}.`);
  }

  setSize(size: number): void {
    this.move(setSize(this.sketch, size), () => `size is now ${numberText(size)}.`);
  }

  setReturned(value: string | null): void {
    this.move(setReturned(this.sketch, value), () => (value === null ? "Nothing is returned." : `The ${this.task.operation} returns ${isolate(value)}.`));
  }

  undo(): void {
    const last = this.undoable.pop();
    if (!last) return this.output.say("Nothing to undo.", true);
    this.show(last, "Undid your last move.");
  }

  reset(): void {
    if (sameLinked(this.sketch, this.start) && this.sketch.nodes.length === this.start.nodes.length) return this.output.say("This is the task's start already.");
    this.undoable.push(this.sketch);
    this.show(this.start, `Back to the start of the task: ${this.task.sentence}`);
  }

  check(): Grade {
    const result = this.revealed ? { correct: true, mistakes: [] } : gradeLinked(this.controller.kit, this.task, this.sketch);
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

  showAnswer(): void {
    this.revealed = true;
    this.undoable.push(this.sketch);
    this.sketch = linkedAnswerOf(this.task);
    this.controller.restore(this.task.start, [], `The answer to “${this.task.sentence}”, step by step:`);
    this.controller.play(this.task.trace);
    this.changed();
  }

  newTask(): void {
    this.task = this.draw();
    this.checked = false;
    this.revealed = false;
    this.undoable = [];
    this.start = this.sketch = linkedSketchOf(this.task.start);
    this.controller.restore(this.task.start, [], `New task: ${this.task.sentence}`);
    this.changed();
  }

  private draw(): Task<LinkedState> {
    const task = drawTask(this.controller.kit, this.options.capacity, "count", this.random);
    this.items = new Map(task.start.chain.map((item) => [item.value, item]));
    return task;
  }

  private move(moved: LinkedMoved, sentence: () => string): void {
    if (moved.refusal) return this.output.say(moved.refusal, true);
    if (moved.sketch === this.sketch) return;
    this.undoable.push(this.sketch);
    this.show(moved.sketch, sentence());
  }

  private show(sketch: LinkedSketch, sentence: string): void {
    this.sketch = sketch;
    this.controller.restore(linkedStateOf(this.task.start, sketch, (v) => this.itemOf(v)), [], sentence);
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
