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
  "moved-front",
  "moved-rear",
  "lost-list",
  "not-linked",
  "wrong-next",
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

/** How an operation moves the pointers of the structure's convention. */
interface Moves {
  /** The pointer it moves (none: a front-size enqueue only counts up). */
  moved?: string;
  /** The one it must leave alone (cyclic queue). */
  kept?: string;
  /** A cyclic queue's pointers wrap. */
  wraps: boolean;
  /** The stack's top names the next free slot. */
  nextFree: boolean;
}

function moves<S>(kit: StructureKit<S>, task: Task<S>, start: Sketch): Moves {
  const p = start.pointers;
  const nextFree = (task.start as { pointers?: string }).pointers === "next-free";
  if ("top" in p) return { moved: "top", wraps: false, nextFree };
  if (kit.structure === "queue") return { moved: "rear", wraps: false, nextFree };
  const front = "head" in p ? "head" : "front";
  const back = "tail" in p ? "tail" : "rear" in p ? "rear" : undefined;
  return task.operation === "enqueue" ? { moved: back, kept: front, wraps: true, nextFree } : { moved: front, kept: back, wraps: true, nextFree };
}

function adding<S extends Slots>(kit: StructureKit<S>, task: Task<S>, start: Sketch, want: Sketch, got: Sketch, add: Add): void {
  const value = task.value as string;
  const target = want.slots.findIndex((v, i) => v !== start.slots[i]);
  const written = got.slots.findIndex((v, i) => v === value && start.slots[i] !== value);
  const shown = isolate(value);
  const how = moves(kit, task, start);
  const { kept } = how;
  const topItem = start.pointers.top - (how.nextFree ? 1 : 0);
  if (written < 0) add("value-not-written", `${shown} is not in the ${kit.noun}: ${writes(how, target)}.`);
  else if (written !== target) {
    if (how.moved === "top" && written <= topItem) add("pushed-below-top", `${shown} went into slot ${written}, ${how.nextFree ? "below top" : "at or below the top"}: ${writes(how, target)}.`);
    else if (kept !== undefined && written === start.pointers[kept])
      add("wrote-at-head", `${shown} went into slot ${written}, where ${kept} is: ${writes(how, target)}.`);
    else add("wrote-elsewhere", `${shown} went into slot ${written}: ${writes(how, target)}.`);
  }
  pointers(task, start, want, got, add, how);
}

function writes(how: Moves, slot: number): string {
  if (how.moved === "top") return how.nextFree ? `a push writes at top, slot ${slot}` : `a push writes one above top, at slot ${slot}`;
  if (how.moved === "rear") return `an enqueue writes just after rear, at slot ${slot}`;
  if (how.moved === "tail") return `an enqueue writes at tail, slot ${slot}`;
  return `an enqueue writes at slot (front + size) mod capacity = ${slot}`;
}

function taking<S extends Slots>(kit: StructureKit<S>, task: Task<S>, start: Sketch, want: Sketch, got: Sketch, add: Add): void {
  const how = moves(kit, task, start);
  const moved = how.moved as string;
  const arrayQueue = kit.structure === "queue";
  const front = arrayQueue ? 0 : moved === "top" ? start.pointers.top - (how.nextFree ? 1 : 0) : start.pointers[moved];
  const where = moved === "top" ? `the top value, at slot ${front}` : `the front value, at ${arrayQueue ? "" : `${moved}, `}slot ${front}`;
  if (got.removed === null) add("nothing-returned", `Nothing was removed: a ${task.operation} returns ${where}; take it out and press Remove.`);
  else if (got.removed !== want.removed) {
    const taken = start.slots.indexOf(got.removed);
    const shown = isolate(got.removed);
    if (moved === "top" && taken === 0) add("popped-bottom", `${shown} came from slot 0, the bottom: a pop takes ${where}.`);
    else if (moved !== "top" && taken === lastSlot(kit, task, start)) add("took-from-tail", `${shown} came from slot ${taken}, the last one enqueued: a dequeue takes ${where}.`);
    else add("took-wrong-value", `${shown} came from slot ${taken}: a ${task.operation} takes ${where}.`);
  }
  if (arrayQueue && got.removed === want.removed && got.slots[0] === null && got.slots.slice(1).some((v) => v !== null))
    add("no-shift", "The other values stayed where they were: after a dequeue each moves one slot forward, so the front is at slot 0 again.");
  pointers(task, start, want, got, add, how);
}

/** The slot of the value enqueued last. */
function lastSlot<S extends Slots>(kit: StructureKit<S>, task: Task<S>, start: Sketch): number {
  const items = kit.items(task.start);
  return items.length ? start.slots.indexOf(items[items.length - 1].value) : -1;
}

function pointers<S>(task: Task<S>, start: Sketch, want: Sketch, got: Sketch, add: Add, how: Moves): void {
  const { moved, kept, wraps } = how;
  const capacity = start.slots.length;
  const op = task.operation;
  if (moved !== undefined) movedPointer(moved, op, wraps, capacity, start, want, got, add);
  if (kept !== undefined && got.pointers[kept] !== start.pointers[kept]) {
    add(`moved-${kept}` as MistakeId, `${article(op, true)} ${op} leaves ${kept} alone: it moved from ${start.pointers[kept]} to ${got.pointers[kept]}.`);
  }
  if ("size" in want.pointers && got.pointers.size !== want.pointers.size) {
    add("wrong-size", `size should be ${want.pointers.size}, not ${got.pointers.size}: ${article(op)} ${op} ${op === "enqueue" ? "adds one" : "takes one away"}.`);
  }
}

function movedPointer(moved: string, op: string, wraps: boolean, capacity: number, start: Sketch, want: Sketch, got: Sketch, add: Add): void {
  const from = start.pointers[moved];
  const to = want.pointers[moved];
  const now = got.pointers[moved];
  if (now !== to) {
    const [a, b, c] = [from, to, now].map(numberText);
    if (now === from) add("forgot-pointer", `${moved} still points at slot ${a}: after the ${op} it moves to slot ${b}.`);
    else if (wraps && now === capacity && to === 0) add("forgot-wrap", `${moved} points at slot ${capacity}, past the last slot: (${a} + 1) mod ${capacity} = 0, so it wraps to slot 0.`);
    else if (wraps && now === 0 && to !== 0) add("wrapped-early", `${moved} wrapped to slot 0 too early: (${a} + 1) mod ${capacity} = ${b}.`);
    else if (now === from - (to - from)) add("wrong-direction", `${moved} moved from ${a} to ${c}, the wrong way: the ${op} moves it to slot ${b}.`);
    else add("wrong-pointer", `${moved} should point at slot ${b}, not ${c}.`);
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
