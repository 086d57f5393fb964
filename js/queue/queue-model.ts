// The array queue as pure functions of an immutable state. Items stay packed from slot 0
// (the front); `size` is how many there are, so the rear is slot size - 1. A dequeue
// shifts every other item one slot forward, one step per item: between two steps the
// moved item briefly stands in both slots, as it does in the array.
import { checkCapacity, packedSlots } from "../model/capacity";
import { plural, slotsUsed } from "../model/result";
import { Item } from "../model/structure";
import { isolate } from "../model/values";
import { Steps, Trace, withSlot } from "../model/trace";

export const QUEUE_MIN_CAPACITY = 1;
export const QUEUE_MAX_CAPACITY = 32;

export interface QueueState {
  readonly capacity: number;
  readonly slots: readonly (Item | null)[];
  readonly size: number;
}

/** The queue holding `items`, front to rear. */
export function queueOf(capacity: number, items: readonly Item[] = []): QueueState {
  checkCapacity(capacity, QUEUE_MIN_CAPACITY, QUEUE_MAX_CAPACITY, items.length);
  const slots = packedSlots(capacity, items);
  return { capacity, slots, size: items.length };
}

/** The items from front (slot 0) to rear (mid-dequeue, one slot in range may be cleared already). */
export function queueItems(s: QueueState): Item[] {
  return s.slots.slice(0, s.size).filter((item): item is Item => item !== null);
}

export function queueFull(s: QueueState): boolean {
  return s.size === s.capacity;
}

const used = (s: QueueState) => slotsUsed(s.size, s.capacity);

export function enqueue(s: QueueState, item: Item): Trace<QueueState> {
  const steps = new Steps(s);
  if (queueFull(s)) {
    steps.note("check-full", `size is ${s.size} = capacity: the queue is full.`, { pointer: "size" });
    return steps.trace(s, "enqueue", { ok: false, reason: "full", message: `The queue is full: ${s.size} of ${s.capacity}.` });
  }
  const written = { ...s, slots: withSlot(s.slots, s.size, item) };
  steps
    .note("check-full", `size is ${s.size}, less than the capacity ${s.capacity}: there is room.`, { pointer: "size" })
    .to("write", `slots[${s.size}] = ${isolate(item.value)}, behind the rear.`, written, { slot: s.size })
    .to("count-up", `size = ${s.size} + 1 = ${s.size + 1}.`, { ...written, size: s.size + 1 }, { pointer: "rear" });
  return steps.trace(s, "enqueue", { ok: true, value: item.value, message: `Enqueued ${isolate(item.value)}. Rear is now ${isolate(item.value)}; ${used(steps.state)}.` });
}

export function dequeue(s: QueueState): Trace<QueueState> {
  const steps = new Steps(s);
  if (s.size === 0) {
    steps.note("check-empty", "size is 0: the queue is empty.", { pointer: "size" });
    return steps.trace(s, "dequeue", { ok: false, reason: "empty", message: "The queue is empty. Nothing to dequeue." });
  }
  const item = s.slots[0] as Item;
  steps
    .note("check-empty", `size is ${s.size}: the queue has items.`, { pointer: "size" })
    .note("read", `x = slots[0] = ${isolate(item.value)}, the front.`, { slot: 0 });
  let slots = s.slots;
  for (let i = 1; i < s.size; i++) {
    const moved = slots[i] as Item;
    slots = withSlot(slots, i - 1, moved);
    steps.to("shift", `slots[${i - 1}] = slots[${i}]: ${isolate(moved.value)} moves forward.`, { ...s, slots }, { slot: i - 1 });
  }
  slots = withSlot(slots, s.size - 1, null);
  const last = s.size - 1;
  steps
    .to("erase", `slots[${last}] is cleared${last > 0 ? ": its item has moved forward" : ""}.`, { ...s, slots }, { slot: last })
    .to("count-down", `size = ${s.size} − 1 = ${s.size - 1}.`, { ...s, slots, size: s.size - 1 }, { pointer: "rear" })
    .note("return", `Return ${isolate(item.value)}.`);
  const shifted = s.size - 1;
  const moved = shifted === 0 ? "no items shifted" : `${plural(shifted, "item")} shifted forward`;
  const after = shifted > 0 ? `Front is now ${isolate((s.slots[1] as Item).value)}; ${used(steps.state)}.` : "The queue is now empty.";
  return steps.trace(s, "dequeue", { ok: true, value: item.value, message: `Dequeued ${isolate(item.value)}; ${moved}. ${after}` });
}

export function peek(s: QueueState): Trace<QueueState> {
  const steps = new Steps(s);
  if (s.size === 0) {
    steps.note("check-empty", "size is 0: the queue is empty.", { pointer: "size" });
    return steps.trace(s, "peek", { ok: false, reason: "empty", message: "The queue is empty. Nothing to peek at." });
  }
  const item = s.slots[0] as Item;
  steps
    .note("check-empty", `size is ${s.size}: the queue has items.`, { pointer: "size" })
    .note("return-front", `Return slots[0] = ${isolate(item.value)}; nothing changes.`, { slot: 0 });
  return steps.trace(s, "peek", { ok: true, value: item.value, message: `Peek: the front is ${isolate(item.value)}. The queue is unchanged.` });
}

export function clear(s: QueueState): Trace<QueueState> {
  const steps = new Steps(s);
  if (s.size === 0) {
    steps.note("clear-slots", "No slot holds an item.").note("reset-size", "size is already 0.", { pointer: "size" });
    return steps.trace(s, "clear", { ok: true, message: "The queue is already empty." });
  }
  const cleared = { ...s, slots: new Array<Item | null>(s.capacity).fill(null) };
  steps
    .to("clear-slots", s.size === 1 ? "slots[0] is cleared." : `slots[0] to slots[${s.size - 1}] are cleared.`, cleared)
    .to("reset-size", "size = 0: the queue is empty.", { ...cleared, size: 0 }, { pointer: "size" });
  return steps.trace(s, "clear", { ok: true, message: `Cleared ${plural(s.size, "item")}. The queue is now empty.` });
}
