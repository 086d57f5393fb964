// The array queue as pure functions of an immutable state. Items stay packed from slot 0
// (the front); `size` is how many there are, so the rear is slot size - 1. A dequeue
// shifts every other item one slot forward, one step per item: between two steps the
// moved item briefly stands in both slots, as it does in the array. Under the "front-rear"
// convention the course keeps a rear index (size − 1 here, −1 when empty) and no size field.
import { checkCapacity, packedSlots } from "../model/capacity";
import { plural, slotsUsed } from "../model/result";
import { Item } from "../model/structure";
import { isolate, numberText } from "../model/values";
import { Steps, Trace, withSlot } from "../model/trace";
import { QueuePointers } from "../model/conventions";
import { canGrow, grewSentence, Growth, grownCapacity, growSentence, Grows, limitSentence } from "../model/growth";

export const QUEUE_MIN_CAPACITY = 1;
export const QUEUE_MAX_CAPACITY = 32;

export interface QueueState extends Grows {
  readonly capacity: number;
  readonly slots: readonly (Item | null)[];
  readonly size: number;
  /** "front-rear" keeps a rear index; the others a size field (the front is always slot 0). */
  readonly pointers: QueuePointers;
}

/** The queue holding `items`, front to rear. */
export function queueOf(capacity: number, items: readonly Item[] = [], pointers: QueuePointers = "head-tail", growth: Growth = "fixed"): QueueState {
  checkCapacity(capacity, QUEUE_MIN_CAPACITY, QUEUE_MAX_CAPACITY, items.length);
  const slots = packedSlots(capacity, items);
  return { capacity, slots, size: items.length, pointers, growth };
}

const keepsRear = (s: QueueState) => s.pointers === "front-rear";

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
  const rear = s.size - 1;
  const [focus, full] = keepsRear(s) ? ["rear", `rear is ${rear} = capacity − 1`] : ["size", `size is ${s.size} = capacity`];
  if (queueFull(s) && !canGrow(s)) {
    steps.note("check-full", `${full}: the queue is full.`, { pointer: focus });
    return steps.trace(s, "enqueue", { ok: false, reason: "full", message: `The queue is full: ${s.size} of ${s.capacity}.${limitSentence(s)}` });
  }
  let at = s;
  if (queueFull(s)) {
    const capacity = grownCapacity(s);
    at = { ...s, capacity, slots: packedSlots(capacity, queueItems(s)) };
    steps.note("check-full", `${full}: the array is full, so it doubles.`, { pointer: focus }).to("grow", growSentence(s.capacity, capacity, s.size), at);
  } else if (keepsRear(s)) steps.note("check-full", `rear is ${numberText(rear)}, not capacity − 1 = ${s.capacity - 1}: there is room.`, { pointer: "rear" });
  else steps.note("check-full", `size is ${s.size}, less than the capacity ${s.capacity}: there is room.`, { pointer: "size" });
  const written = { ...at, slots: withSlot(at.slots, s.size, item), size: s.size + 1 };
  if (keepsRear(s)) {
    steps
      .to("move-rear", `rear = ${numberText(rear)} + 1 = ${rear + 1}.`, { ...at, size: s.size + 1 }, { pointer: "rear" })
      .to("write", `slots[${s.size}] = ${isolate(item.value)}: the new rear.`, written, { slot: s.size });
  } else {
    steps
      .to("write", `slots[${s.size}] = ${isolate(item.value)}, behind the rear.`, { ...written, size: s.size }, { slot: s.size })
      .to("count-up", `size = ${s.size} + 1 = ${s.size + 1}.`, written, { pointer: "rear" });
  }
  const grew = at !== s ? ` ${grewSentence(s.capacity, at.capacity, s.size)}` : "";
  return steps.trace(s, "enqueue", { ok: true, value: item.value, message: `Enqueued ${isolate(item.value)}. Rear is now ${isolate(item.value)}; ${used(steps.state)}.${grew}` });
}

export function dequeue(s: QueueState): Trace<QueueState> {
  const steps = new Steps(s);
  steps.note("check-empty", emptyCheck(s), { pointer: keepsRear(s) ? "rear" : "size" });
  if (s.size === 0) return steps.trace(s, "dequeue", { ok: false, reason: "empty", message: "The queue is empty. Nothing to dequeue." });
  const item = s.slots[0] as Item;
  steps
    .note("read", `x = slots[0] = ${isolate(item.value)}, the front.`, { slot: 0 });
  let slots = s.slots;
  for (let i = 1; i < s.size; i++) {
    const moved = slots[i] as Item;
    slots = withSlot(slots, i - 1, moved);
    steps.to("shift", `slots[${i - 1}] = slots[${i}]: ${isolate(moved.value)} moves forward.`, { ...s, slots }, { slot: i - 1 });
  }
  slots = withSlot(slots, s.size - 1, null);
  const last = s.size - 1;
  steps.to("erase", `slots[${last}] is cleared${last > 0 ? ": its item has moved forward" : ""}.`, { ...s, slots }, { slot: last });
  if (keepsRear(s)) steps.to("move-rear", `rear = ${last} − 1 = ${numberText(last - 1)}.`, { ...s, slots, size: s.size - 1 }, { pointer: "rear" });
  else steps.to("count-down", `size = ${s.size} − 1 = ${s.size - 1}.`, { ...s, slots, size: s.size - 1 }, { pointer: "rear" });
  steps.note("return", `Return ${isolate(item.value)}.`);
  const shifted = s.size - 1;
  const moved = shifted === 0 ? "no items shifted" : `${plural(shifted, "item")} shifted forward`;
  const after = shifted > 0 ? `Front is now ${isolate((s.slots[1] as Item).value)}; ${used(steps.state)}.` : "The queue is now empty.";
  return steps.trace(s, "dequeue", { ok: true, value: item.value, message: `Dequeued ${isolate(item.value)}; ${moved}. ${after}` });
}

export function peek(s: QueueState): Trace<QueueState> {
  const steps = new Steps(s);
  steps.note("check-empty", emptyCheck(s), { pointer: keepsRear(s) ? "rear" : "size" });
  if (s.size === 0) return steps.trace(s, "peek", { ok: false, reason: "empty", message: "The queue is empty. Nothing to peek at." });
  const item = s.slots[0] as Item;
  steps
    .note("return-front", `Return slots[0] = ${isolate(item.value)}; nothing changes.`, { slot: 0 });
  return steps.trace(s, "peek", { ok: true, value: item.value, message: `Peek: the front is ${isolate(item.value)}. The queue is unchanged.` });
}

export function clear(s: QueueState): Trace<QueueState> {
  const steps = new Steps(s);
  const [reset, field, already] = keepsRear(s) ? ["reset-rear", "rear = −1", "rear is already −1."] : ["reset-size", "size = 0", "size is already 0."];
  const focus = { pointer: keepsRear(s) ? "rear" : "size" };
  if (s.size === 0) {
    steps.note("clear-slots", "No slot holds an item.").note(reset, already, focus);
    return steps.trace(s, "clear", { ok: true, message: "The queue is already empty." });
  }
  const cleared = { ...s, slots: new Array<Item | null>(s.capacity).fill(null) };
  steps
    .to("clear-slots", s.size === 1 ? "slots[0] is cleared." : `slots[0] to slots[${s.size - 1}] are cleared.`, cleared)
    .to(reset, `${field}: the queue is empty.`, { ...cleared, size: 0 }, focus);
  return steps.trace(s, "clear", { ok: true, message: `Cleared ${plural(s.size, "item")}. The queue is now empty.` });
}

/** The empty check, passed or not: on the size field, or on rear. */
function emptyCheck(s: QueueState): string {
  if (keepsRear(s)) return s.size === 0 ? "rear is −1: the queue is empty." : `rear is ${s.size - 1}, not −1: the queue has items.`;
  return s.size === 0 ? "size is 0: the queue is empty." : `size is ${s.size}: the queue has items.`;
}
