// The cyclic queue as pure functions of an immutable state. Items never move: `head` is
// the slot of the front item, `tail` the slot the next enqueue fills, and both advance
// modulo the capacity. Two ways to tell full from empty (head = tail in both cases):
//   "count"      keeps a size field; every slot is usable.
//   "spare-slot" keeps no count and leaves one slot empty; full when (tail + 1) mod c = head.
// The state is the same under every pointer convention; `pointers` says which fields a
// course keeps (front/rear, front/size), and the steps narrate and focus those.
import { checkCapacity, packedSlots } from "../model/capacity";
import { plural } from "../model/result";
import { Item } from "../model/structure";
import { isolate } from "../model/values";
import { Steps, Trace, withSlot } from "../model/trace";
import { QueuePointers } from "../model/conventions";
import { canGrow, grewSentence, Growth, grownCapacity, growSentence, Grows, limitSentence } from "../model/growth";
import { advanceSentence, advanceStep, emptyCheck, emptyFocus, emptySentence, fullCheck, fullFocus, fullSentence, resetSentence, usage } from "./cyclic-queue-narration";

export const CYCLIC_MIN_CAPACITY = 2;
export const CYCLIC_MAX_CAPACITY = 32;

export type FullRule = "count" | "spare-slot";

export interface CyclicState extends Grows {
  readonly capacity: number;
  readonly fullRule: FullRule;
  readonly slots: readonly (Item | null)[];
  readonly head: number;
  readonly tail: number;
  /** The size field of the count rule; under the spare-slot rule, (tail - head) mod capacity. */
  readonly size: number;
  /** The fields the course keeps: head and tail, front and rear (rear = tail − 1), or front and size. */
  readonly pointers: QueuePointers;
}

/** The cyclic queue holding `items`, front to rear, from slot 0. */
export function cyclicOf(capacity: number, fullRule: FullRule, items: readonly Item[] = [], pointers: QueuePointers = "head-tail", growth: Growth = "fixed"): CyclicState {
  if (fullRule !== "count" && fullRule !== "spare-slot") throw new RangeError(`fullRule must be "count" or "spare-slot", not ${String(fullRule)}`);
  if (pointers === "front-size" && fullRule !== "count") throw new RangeError(`pointers "front-size" keeps a size field, which tells full from empty: use fullRule "count"`);
  checkCapacity(capacity, CYCLIC_MIN_CAPACITY, CYCLIC_MAX_CAPACITY, items.length, fullRule === "count" ? capacity : capacity - 1);
  const slots = packedSlots(capacity, items);
  return { capacity, fullRule, slots, head: 0, tail: items.length % capacity, size: items.length, pointers, growth };
}

/** The slot of the last item (front-rear's rear): tail − 1 modulo the capacity. */
export function rearOf(s: CyclicState): number {
  return (s.tail - 1 + s.capacity) % s.capacity;
}

/** `slot + 1` modulo the capacity. */
export function nextSlot(s: CyclicState, slot: number): number {
  return (slot + 1) % s.capacity;
}

/** The items from front (head) to rear (mid-operation, a slot in range may be empty for a step). */
export function cyclicItems(s: CyclicState): Item[] {
  const items: Item[] = [];
  for (let i = 0, slot = s.head; i < s.size; i++, slot = nextSlot(s, slot)) {
    const item = s.slots[slot];
    if (item) items.push(item);
  }
  return items;
}

export function cyclicFull(s: CyclicState): boolean {
  return s.fullRule === "count" ? s.size === s.capacity : nextSlot(s, s.tail) === s.head;
}

export function cyclicEmpty(s: CyclicState): boolean {
  return s.fullRule === "count" ? s.size === 0 : s.head === s.tail;
}

/**
 * The size after head or tail moved: under the count rule the size field has its own step,
 * so it stays; under the spare-slot rule it is (tail - head) mod capacity, no field at all.
 */
function derivedSize(s: CyclicState, head: number, tail: number): number {
  return s.fullRule === "count" ? s.size : (tail - head + s.capacity) % s.capacity;
}

/** How many items fit: all slots, or all but the spare one. */
export function room(s: CyclicState): number {
  return s.fullRule === "count" ? s.capacity : s.capacity - 1;
}

export function enqueue(s: CyclicState, item: Item): Trace<CyclicState> {
  const steps = new Steps(s);
  if (cyclicFull(s) && canGrow(s)) grow(steps, s);
  else {
    steps.note("check-full", fullCheck(s), { pointer: fullFocus(s) });
    if (cyclicFull(s)) return steps.trace(s, "enqueue", { ok: false, reason: "full", message: fullSentence(s) + limitSentence(s) });
  }
  const at = steps.state; // s, or the bigger array it was copied into
  const slot = at.tail;
  const tail = nextSlot(at, slot);
  const shown = isolate(item.value);
  const written = (t: CyclicState) => ({ ...t, slots: withSlot(at.slots, slot, item) });
  const advanced = (t: CyclicState) => ({ ...t, tail, size: derivedSize(at, at.head, tail) });
  let moved = advanceSentence("Tail", slot, tail, at.capacity);
  if (at.pointers === "front-rear") {
    const rear = rearOf(at);
    steps.to("advance-rear", advanceStep("rear", rear, slot, at.capacity), advanced(at), { pointer: "rear" }).to("write", `slots[${slot}] = ${shown}: the new rear.`, written(steps.state), { slot });
    moved = advanceSentence("Rear", rear, slot, at.capacity);
  } else if (at.pointers === "front-size") {
    const where = `slots[(front + size) mod ${at.capacity}] = slots[(${at.head} + ${at.size}) mod ${at.capacity}] = slots[${slot}]`;
    steps.to("write", `${where} = ${shown}.`, written(at), { slot });
    moved = `The next enqueue fills slot (front + size) mod ${at.capacity} = ${tail}.`;
  } else {
    steps.to("write", `slots[${slot}] = ${shown}.`, written(at), { slot }).to("advance-tail", advanceStep("tail", slot, tail, at.capacity), advanced(steps.state), { pointer: "tail" });
  }
  if (at.fullRule === "count") steps.to("count-up", `size = ${at.size} + 1 = ${at.size + 1}.`, { ...steps.state, tail, size: at.size + 1 }, { pointer: "size" });
  const grew = at !== s ? ` ${grewSentence(s.capacity, at.capacity, at.size)}` : "";
  const message = `Enqueued ${shown} into slot ${slot}; ${usage(steps.state)}. ${moved}${grew}`;
  return steps.trace(s, "enqueue", { ok: true, value: item.value, message });
}

/** A full doubling cyclic queue's check and grow steps: its items copied in order from the front into slots 0..n−1 of an array twice as big. */
function grow(steps: Steps<CyclicState>, s: CyclicState): void {
  const items = cyclicItems(s);
  const n = items.length;
  const capacity = grownCapacity(s);
  const grown: CyclicState = { ...s, capacity, slots: packedSlots(capacity, items), head: 0, tail: n, size: n };
  const front = s.pointers === "head-tail" ? "head" : "front";
  const full =
    s.fullRule === "count"
      ? `size is ${n} = capacity`
      : s.pointers === "front-rear"
        ? `(rear + 2) mod ${s.capacity} = ${s.head}, which is front`
        : `(tail + 1) mod ${s.capacity} = ${s.head}, which is head`;
  const fields = s.pointers === "head-tail" ? `head = 0, tail = ${n}` : s.pointers === "front-rear" ? `front = 0, rear = ${n - 1}` : "front = 0";
  const unwrap = `, in order from ${front}: slots[(${s.head} + i) mod ${s.capacity}] to slot i; ${fields}`;
  steps.note("check-full", `${full}: the array is full, so it doubles.`, { pointer: fullFocus(s) }).to("grow", growSentence(s.capacity, capacity, n, unwrap), grown);
}

export function dequeue(s: CyclicState): Trace<CyclicState> {
  const steps = new Steps(s);
  steps.note("check-empty", emptyCheck(s), { pointer: emptyFocus(s) });
  if (cyclicEmpty(s)) return steps.trace(s, "dequeue", { ok: false, reason: "empty", message: emptySentence(s, "Nothing to dequeue.") });
  const slot = s.head;
  const item = s.slots[slot] as Item;
  const head = nextSlot(s, slot);
  const erased = { ...s, slots: withSlot(s.slots, slot, null) };
  const front = s.pointers === "head-tail" ? "head" : "front";
  steps
    .note("read", `x = slots[${slot}] = ${isolate(item.value)}, the front.`, { slot })
    .to("erase", `slots[${slot}] is cleared.`, erased, { slot })
    .to(`advance-${front}`, advanceStep(front, slot, head, s.capacity), { ...erased, head, size: derivedSize(s, head, s.tail) }, { pointer: front });
  if (s.fullRule === "count") steps.to("count-down", `size = ${s.size} − 1 = ${s.size - 1}.`, { ...steps.state, size: s.size - 1 }, { pointer: "size" });
  steps.note("return", `Return ${isolate(item.value)}.`);
  const after = cyclicEmpty(steps.state) ? "the cyclic queue is now empty" : `nothing else moves, ${usage(steps.state)}`;
  const message = `Dequeued ${isolate(item.value)} from slot ${slot}; ${after}. ${advanceSentence(front === "head" ? "Head" : "Front", slot, head, s.capacity)}`;
  return steps.trace(s, "dequeue", { ok: true, value: item.value, message });
}

export function peek(s: CyclicState): Trace<CyclicState> {
  const steps = new Steps(s);
  steps.note("check-empty", emptyCheck(s), { pointer: emptyFocus(s) });
  if (cyclicEmpty(s)) return steps.trace(s, "peek", { ok: false, reason: "empty", message: emptySentence(s, "Nothing to peek at.") });
  const item = s.slots[s.head] as Item;
  steps.note("return-front", `Return slots[${s.head}] = ${isolate(item.value)}; nothing changes.`, { slot: s.head });
  const message = `Peek: the front is ${isolate(item.value)}, in slot ${s.head}. The cyclic queue is unchanged.`;
  return steps.trace(s, "peek", { ok: true, value: item.value, message });
}

export function clear(s: CyclicState): Trace<CyclicState> {
  const steps = new Steps(s);
  const n = s.size;
  const moved = s.head !== 0 || s.tail !== 0;
  const cleared = n > 0 ? { ...s, slots: new Array<Item | null>(s.capacity).fill(null) } : s;
  steps.to("clear-slots", n > 0 ? "Every slot is cleared." : "No slot holds an item.", cleared);
  const reset = moved || n > 0 ? { ...cleared, head: 0, tail: 0, size: 0 } : cleared;
  const fields = resetSentence(s);
  steps.to("reset", moved || n > 0 ? `${fields}: the cyclic queue is empty.` : `${fields} already.`, reset, { pointer: s.pointers === "head-tail" ? "head" : "front" });
  const back = { "head-tail": "Head and tail are back at slot 0.", "front-rear": `Front is back at slot 0 and rear at slot ${s.capacity - 1}.`, "front-size": "Front is back at slot 0." }[s.pointers];
  if (n > 0) return steps.trace(s, "clear", { ok: true, message: `Cleared ${plural(n, "item")}. ${back}` });
  if (moved) return steps.trace(s, "clear", { ok: true, message: `The cyclic queue was already empty; ${back.charAt(0).toLowerCase()}${back.slice(1)}` });
  return steps.trace(s, "clear", { ok: true, message: "The cyclic queue is already empty." });
}
