// Grades a student's sketch against the operation's trace and names each mistake in a
// sentence, from a published catalogue (MISTAKES). What matches no known mistake gets a
// neutral sentence pointing at the first difference.
import { StructureKit } from "../model/kit";
import { Item } from "../model/structure";
import { isolate, numberText } from "../model/values";
import { sameSketch, Sketch } from "./sketch";
import { answerOf, sketchOf, Task } from "./task";

export interface Mistake {
  id: MistakeId;
  say: string;
}

export interface Grade {
  correct: boolean;
  mistakes: Mistake[];
}

/** Every mistake the grader names (README lists each with an example sentence). */
export const MISTAKES = [
  "changed-when-full",
  "filled-spare-slot",
  "changed-when-empty",
  "value-not-written",
  "wrote-at-head",
  "wrote-elsewhere",
  "pushed-below-top",
  "nothing-returned",
  "popped-bottom",
  "took-from-tail",
  "took-wrong-value",
  "no-shift",
  "forgot-pointer",
  "wrong-direction",
  "forgot-wrap",
  "wrapped-early",
  "wrong-pointer",
  "moved-head",
  "moved-tail",
  "wrong-size",
  "value-in-hand",
  "not-the-state",
] as const;
export type MistakeId = (typeof MISTAKES)[number];

type Slots = { slots: readonly (Item | null)[] };

export function grade<S extends Slots>(kit: StructureKit<S>, task: Task<S>, got: Sketch): Grade {
  const want = answerOf(kit, task);
  if (sameSketch(got, want)) return { correct: true, mistakes: [] };
  const start = sketchOf(kit, task.start);
  const mistakes: Mistake[] = [];
  const add = (id: MistakeId, say: string) => mistakes.push({ id, say });
  if (got.held !== null) add("value-in-hand", `${isolate(got.held)} is still in hand: put it in a slot, or press Remove if the operation returns it.`);
  if (!task.trace.ok) refused(kit, task, start, got, add);
  else if (task.value !== undefined) adding(kit, task, start, want, got, add);
  else taking(kit, task, start, want, got, add);
  if (!mistakes.length) add("not-the-state", `This is not the state after ${task.sentence.replace(/\.$/, "").toLowerCase()}: compare ${firstDifference(got, want)}.`);
  return { correct: false, mistakes };
}

type Add = (id: MistakeId, say: string) => void;

function refused<S extends Slots>(kit: StructureKit<S>, task: Task<S>, start: Sketch, got: Sketch, add: Add): void {
  if (sameSketch(got, start)) return;
  const noun = kit.noun;
  if (task.trace.reason === "empty") return add("changed-when-empty", `The ${noun} is empty: ${task.operation} is refused and nothing changes.`);
  const spare = task.value !== undefined && start.slots.some((v) => v === null);
  if (spare)
    return add("filled-spare-slot", `Under the spare-slot rule one slot always stays empty: with ${kit.items(task.start).length} of ${start.slots.length} slots used the ${noun} is full, so the enqueue is refused and nothing changes.`);
  add("changed-when-full", `The ${noun} is full: ${task.operation} ${isolate(task.value || "")} is refused and nothing changes.`);
}

/** The pointer an operation moves, and the one it must leave alone (cyclic queue). */
function moves(task: Task<unknown>, start: Sketch): { moved: string; kept?: string } {
  if ("top" in start.pointers) return { moved: "top" };
  if ("rear" in start.pointers) return { moved: "rear" };
  return task.operation === "enqueue" ? { moved: "tail", kept: "head" } : { moved: "head", kept: "tail" };
}

function adding<S extends Slots>(kit: StructureKit<S>, task: Task<S>, start: Sketch, want: Sketch, got: Sketch, add: Add): void {
  const value = task.value as string;
  const target = want.slots.findIndex((v, i) => v !== start.slots[i]);
  const written = got.slots.findIndex((v, i) => v === value && start.slots[i] !== value);
  const shown = isolate(value);
  const { moved, kept } = moves(task, start);
  if (written < 0) add("value-not-written", `${shown} is not in the ${kit.noun}: ${writes(moved, target)}.`);
  else if (written !== target) {
    if (moved === "top" && written <= start.pointers.top) add("pushed-below-top", `${shown} went into slot ${written}, at or below the top: a push writes one above top, at slot ${target}.`);
    else if (kept === "head" && written === start.pointers.head && !(start.slots[written] === null && written === start.pointers.tail))
      add("wrote-at-head", `${shown} went into slot ${written}, where head is: an enqueue writes at tail, slot ${target}.`);
    else add("wrote-elsewhere", `${shown} went into slot ${written}: ${writes(moved, target)}.`);
  }
  pointers(task, start, want, got, add, moved, kept);
}

function writes(pointer: string, slot: number): string {
  if (pointer === "top") return `a push writes one above top, at slot ${slot}`;
  if (pointer === "rear") return `an enqueue writes just after rear, at slot ${slot}`;
  return `an enqueue writes at tail, slot ${slot}`;
}

function taking<S extends Slots>(kit: StructureKit<S>, task: Task<S>, start: Sketch, want: Sketch, got: Sketch, add: Add): void {
  const { moved, kept } = moves(task, start);
  const front = moved === "rear" ? 0 : moved === "top" ? start.pointers.top : start.pointers.head;
  const where = moved === "top" ? `the top value, at slot ${front}` : `the front value, at ${moved === "head" ? "head, " : ""}slot ${front}`;
  if (got.removed === null) add("nothing-returned", `Nothing was removed: a ${task.operation} returns ${where}; take it out and press Remove.`);
  else if (got.removed !== want.removed) {
    const taken = start.slots.indexOf(got.removed);
    const shown = isolate(got.removed);
    if (moved === "top" && taken === 0) add("popped-bottom", `${shown} came from slot 0, the bottom: a pop takes ${where}.`);
    else if (moved !== "top" && taken === lastSlot(kit, task, start)) add("took-from-tail", `${shown} came from slot ${taken}, the last one enqueued: a dequeue takes ${where}.`);
    else add("took-wrong-value", `${shown} came from slot ${taken}: a ${task.operation} takes ${where}.`);
  }
  if (moved === "rear" && got.removed === want.removed && got.slots[0] === null && got.slots.slice(1).some((v) => v !== null))
    add("no-shift", "The other values stayed where they were: after a dequeue each moves one slot forward, so the front is at slot 0 again.");
  pointers(task, start, want, got, add, moved, kept);
}

/** The slot of the value enqueued last. */
function lastSlot<S extends Slots>(kit: StructureKit<S>, task: Task<S>, start: Sketch): number {
  const items = kit.items(task.start);
  return items.length ? start.slots.indexOf(items[items.length - 1].value) : -1;
}

function pointers<S>(task: Task<S>, start: Sketch, want: Sketch, got: Sketch, add: Add, moved: string, kept?: string): void {
  const capacity = start.slots.length;
  const from = start.pointers[moved];
  const to = want.pointers[moved];
  const now = got.pointers[moved];
  const wraps = kept !== undefined;
  const op = task.operation;
  if (now !== to) {
    const [a, b, c] = [from, to, now].map(numberText);
    if (now === from) add("forgot-pointer", `${moved} still points at slot ${a}: after the ${op} it moves to slot ${b}.`);
    else if (wraps && now === capacity && to === 0) add("forgot-wrap", `${moved} points at slot ${capacity}, past the last slot: (${a} + 1) mod ${capacity} = 0, so it wraps to slot 0.`);
    else if (wraps && now === 0 && to !== 0) add("wrapped-early", `${moved} wrapped to slot 0 too early: (${a} + 1) mod ${capacity} = ${b}.`);
    else if (now === from - (to - from)) add("wrong-direction", `${moved} moved from ${a} to ${c}, the wrong way: the ${op} moves it to slot ${b}.`);
    else add("wrong-pointer", `${moved} should point at slot ${b}, not ${c}.`);
  }
  if (kept !== undefined && got.pointers[kept] !== start.pointers[kept]) {
    const id = kept === "head" ? "moved-head" : "moved-tail";
    add(id, `${article(op, true)} ${op} leaves ${kept} alone: it moved from ${start.pointers[kept]} to ${got.pointers[kept]}.`);
  }
  if ("size" in want.pointers && got.pointers.size !== want.pointers.size) {
    add("wrong-size", `size should be ${want.pointers.size}, not ${got.pointers.size}: ${article(op)} ${op} ${op === "enqueue" ? "adds one" : "takes one away"}.`);
  }
}

function article(word: string, capital = false): string {
  const a = /^[aeiou]/.test(word) ? "an" : "a";
  return capital ? a.charAt(0).toUpperCase() + a.slice(1) : a;
}

function firstDifference(got: Sketch, want: Sketch): string {
  const slot = want.slots.findIndex((v, i) => v !== got.slots[i]);
  if (slot >= 0) return `slot ${slot}`;
  const pointer = Object.keys(want.pointers).find((n) => got.pointers[n] !== want.pointers[n]);
  return pointer || "the value removed";
}
