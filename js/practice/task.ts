// Practice tasks: "Enqueue 7." on a random start state drawn from a seed, and the answer
// the model gives (the sketch after the operation's trace). A cyclic queue's head goes
// anywhere, often next to the wrap; some starts are full or empty, so that "nothing may
// change" is sometimes the right answer.
import { StructureKit } from "../model/kit";
import { Item, makeItem, OperationName } from "../model/structure";
import { finalState, Trace } from "../model/trace";
import { Sketch } from "./sketch";
import { Pointers } from "../model/conventions";

export type TaskOperation = "push" | "pop" | "enqueue" | "dequeue";

export interface Task<S> {
  readonly operation: TaskOperation;
  /** The value to add (push, enqueue). */
  readonly value?: string;
  readonly start: S;
  /** The model's own answer: the operation's trace from the start. */
  readonly trace: Trace<S>;
  /** "Push 4.", "Dequeue." */
  readonly sentence: string;
}

/** A repeatable stream of numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The practice operations of a structure: the one that adds and the one that takes. */
export function taskOperations<S>(kit: StructureKit<S>): [TaskOperation, TaskOperation] {
  return kit.pure.push ? ["push", "pop"] : ["enqueue", "dequeue"];
}

/**
 * Draws a task: a start of `capacity` slots (empty about one time in seven, full about one
 * in seven, otherwise anything; a cyclic queue turned round so that head is anywhere, half
 * the time next to the wrap) and an operation on it.
 */
export function drawTask<S>(kit: StructureKit<S>, capacity: number, fullRule: "count" | "spare-slot", random: () => number, pointers?: Pointers): Task<S> {
  const pick = (n: number) => Math.floor(random() * n);
  const [add, take] = taskOperations(kit);
  const addOp = kit.pure[add]!;
  const takeOp = kit.pure[take]!;
  let state = kit.start({ capacity, values: [], fullRule, pointers });
  const values = new Set<string>();
  const fresh = (): Item => {
    let v: string;
    do v = String(1 + pick(99));
    while (values.has(v) && values.size < 90);
    values.add(v);
    return makeItem(v);
  };
  // Turn the queue round: each enqueue-then-dequeue moves head and tail one slot on.
  const nearWrap = random() < 0.5;
  const turns = nearWrap ? capacity - 1 - pick(Math.min(3, capacity)) : pick(capacity);
  for (let i = 0; i < turns && kit.structure === "cyclic-queue"; i++) state = finalState(takeOp(finalState(addOp(state, fresh())), fresh()));
  values.clear();
  const roll = pick(7);
  const target = roll === 0 ? 0 : roll === 1 ? capacity : pick(capacity + 1);
  while (!kit.isFull(state) && kit.items(state).length < target) state = finalState(addOp(state, fresh()));
  const operation = pick(2) === 0 ? add : take;
  return taskOf(kit, state, operation, operation === add ? fresh().value : undefined);
}

/** The task of doing `operation` (with `value`, to add) on `start`. */
export function taskOf<S>(kit: StructureKit<S>, start: S, operation: TaskOperation, value?: string): Task<S> {
  const trace = (kit.pure[operation as OperationName] as (s: S, item: Item) => Trace<S>)(start, makeItem(value || ""));
  const verb = operation.charAt(0).toUpperCase() + operation.slice(1);
  return { operation, value, start, trace, sentence: value !== undefined ? `${verb} ${value}.` : `${verb}.` };
}

/** What state `s` looks like to a student: slot values and pointers; nothing in hand. */
export function sketchOf<S extends { slots: readonly (Item | null)[] }>(kit: StructureKit<S>, s: S): Sketch {
  return { slots: s.slots.map((item) => (item ? item.value : null)), pointers: kit.pointers(s), held: null, removed: null };
}

/** The model's answer: the sketch after the task's trace, with the value it returns removed. */
export function answerOf<S extends { slots: readonly (Item | null)[] }>(kit: StructureKit<S>, task: Task<S>): Sketch {
  const returns = task.trace.ok && (task.operation === "pop" || task.operation === "dequeue");
  return { ...sketchOf(kit, finalState(task.trace)), removed: returns ? task.trace.value || null : null };
}
