// Practice mode on linked nodes: a task ("Push 7."), the student's picture of nodes, next
// references, top (or head and tail), size and the value returned; the session (Undo,
// Reset, Check, Show answer, New task, the score) is every practice's.
import { LinkedController } from "../linked/linked-controller";
import { LinkedState } from "../linked/linked-model";
import { Item } from "../model/structure";
import { isolate, numberText } from "../model/values";
import { Grade } from "./grader";
import { gradeLinked, linkedAnswerOf } from "./linked-grader";
import { LinkedSketch, linkedSketchOf, linkedStateOf, newNode, sameLinked, setNext, setReturned, setRef, setSize } from "./linked-sketch";
import { PracticeSession, SessionOutput } from "./session";
import { drawTask, Task } from "./task";

export interface LinkedPracticeStatus {
  task: string;
  /** The task adds a value (a node to make) or takes one (a value to return). */
  adds: boolean;
  sketch: LinkedSketch;
  capacity: number;
  right: number;
  done: number;
}

export class LinkedPractice extends PracticeSession<LinkedState, LinkedSketch, LinkedPracticeStatus> {
  constructor(
    private readonly linked: LinkedController,
    private readonly capacity: number,
    seed: number,
    output: SessionOutput<LinkedPracticeStatus>,
  ) {
    super(linked, seed, output);
    this.newTask(true);
  }

  status(): LinkedPracticeStatus {
    const adds = this.task.value !== undefined;
    return { task: this.task.sentence, adds, sketch: this.sketch, capacity: this.capacity, right: this.right, done: this.done };
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

  protected drawTask(): Task<LinkedState> {
    return drawTask(this.linked.kit, this.capacity, "count", this.random);
  }

  protected startItems(task: Task<LinkedState>): Item[] {
    return task.start.chain.slice();
  }

  protected sketchOf(state: LinkedState): LinkedSketch {
    return linkedSketchOf(state);
  }

  protected pictureOf(sketch: LinkedSketch): LinkedState {
    return linkedStateOf(this.task.start, sketch, (v) => this.itemOf(v));
  }

  protected answer(): LinkedSketch {
    return linkedAnswerOf(this.task);
  }

  protected grade(): Grade {
    return gradeLinked(this.linked.kit, this.task, this.sketch);
  }

  /** The same list, references, size and value returned, and no node made since. */
  protected same(a: LinkedSketch, b: LinkedSketch): boolean {
    return sameLinked(a, b) && a.nodes.length === b.nodes.length;
  }
}
