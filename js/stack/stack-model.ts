// The array stack as pure functions of an immutable state: each operation returns its
// trace (steps with code lines and sentences). Slot 0 is the bottom; `top` is the index
// of the top item, -1 when the stack is empty. Under the "next-free" convention the course's
// `top` is the next free slot (top + 1 here): the steps narrate and order the code that way.
import { checkCapacity, packedSlots } from "../model/capacity";
import { plural, slotsUsed } from "../model/result";
import { Item } from "../model/structure";
import { isolate } from "../model/values";
import { Steps, Trace, withSlot } from "../model/trace";
import { StackPointers } from "../model/conventions";
import { canGrow, grewSentence, Growth, grownCapacity, growSentence, Grows, limitSentence } from "../model/growth";

export const STACK_MIN_CAPACITY = 1;
export const STACK_MAX_CAPACITY = 32;

export interface StackState extends Grows {
  readonly capacity: number;
  readonly slots: readonly (Item | null)[];
  /** The index of the top item; -1 when empty. */
  readonly top: number;
  /** What the course's `top` names: the top item ("top-item") or the next free slot ("next-free"). */
  readonly pointers: StackPointers;
}

/** The stack holding `items`, bottom to top. */
export function stackOf(capacity: number, items: readonly Item[] = [], pointers: StackPointers = "top-item", growth: Growth = "fixed"): StackState {
  checkCapacity(capacity, STACK_MIN_CAPACITY, STACK_MAX_CAPACITY, items.length);
  const slots = packedSlots(capacity, items);
  return { capacity, slots, top: items.length - 1, pointers, growth };
}

/** The course's `top`: the top item's slot, or the next free slot. */
export function topField(s: StackState): number {
  return s.pointers === "next-free" ? s.top + 1 : s.top;
}

/** The items from bottom to top (mid-push, top may stand on the slot still to be written). */
export function stackItems(s: StackState): Item[] {
  return s.slots.slice(0, s.top + 1).filter((item): item is Item => item !== null);
}

/** Every slot holds an item (a doubling stack then grows instead of refusing: see kit isFull). */
export function stackFull(s: StackState): boolean {
  return s.top === s.capacity - 1;
}

const used = (s: StackState) => slotsUsed(s.top + 1, s.capacity);

export function push(s: StackState, item: Item): Trace<StackState> {
  const nextFree = s.pointers === "next-free";
  const steps = new Steps(s);
  // top as the course keeps it, and the check it makes: top = capacity − 1, or (next-free) top = capacity.
  const [top0, limit] = nextFree ? [s.top + 1, "capacity"] : [s.top, "capacity − 1"];
  if (stackFull(s) && !canGrow(s)) {
    steps.note("check-full", `top is ${top0} = ${limit}: the stack is full.`, { pointer: "top" });
    const more = nextFree ? "; top = capacity" : "";
    return steps.trace(s, "push", { ok: false, reason: "full", message: `The stack is full: ${s.top + 1} of ${s.capacity}${more}.${limitSentence(s)}` });
  }
  let at = s;
  if (stackFull(s)) {
    const capacity = grownCapacity(s);
    at = { ...s, capacity, slots: packedSlots(capacity, stackItems(s)) };
    steps
      .note("check-full", `top is ${top0} = ${limit}: the array is full, so it doubles.`, { pointer: "top" })
      .to("grow", growSentence(s.capacity, capacity, s.top + 1), at);
  } else steps.note("check-full", `top is ${top0}, not ${nextFree ? `capacity ${s.capacity}` : `capacity − 1 = ${s.capacity - 1}`}: there is room.`, { pointer: "top" });
  const slot = at.top + 1;
  const written = { ...at, slots: withSlot(at.slots, slot, item) };
  if (nextFree) {
    steps
      .to("write", `slots[${slot}] = ${isolate(item.value)}: the new top item.`, written, { slot })
      .to("move-top", `top = ${slot} + 1 = ${slot + 1}: the next free slot.`, { ...written, top: slot }, { pointer: "top" });
  } else {
    steps
      .to("move-top", `top = ${at.top} + 1 = ${slot}.`, { ...at, top: slot }, { pointer: "top" })
      .to("write", `slots[${slot}] = ${isolate(item.value)}: the new top.`, { ...written, top: slot }, { slot });
  }
  const grew = at !== s ? ` ${grewSentence(s.capacity, at.capacity, s.top + 1)}` : "";
  const now = nextFree ? `Pushed ${isolate(item.value)} into slot ${slot}. Top is now ${slot + 1}, the next free slot` : `Pushed ${isolate(item.value)}. Top is now ${isolate(item.value)}`;
  return steps.trace(s, "push", { ok: true, value: item.value, message: `${now}; ${used(steps.state)}.${grew}` });
}

export function pop(s: StackState): Trace<StackState> {
  const steps = new Steps(s);
  const nextFree = s.pointers === "next-free";
  if (s.top < 0) {
    steps.note("check-empty", `top is ${nextFree ? "0" : "−1"}: the stack is empty.`, { pointer: "top" });
    return steps.trace(s, "pop", { ok: false, reason: "empty", message: "The stack is empty. Nothing to pop." });
  }
  const item = s.slots[s.top] as Item;
  const top = s.top - 1;
  const erased = { ...s, slots: withSlot(s.slots, s.top, null) };
  if (nextFree) {
    steps
      .note("check-empty", `top is ${s.top + 1}, not 0: the stack has items.`, { pointer: "top" })
      .to("move-top", `top = ${s.top + 1} − 1 = ${s.top}: the slot of the top item.`, { ...s, top }, { pointer: "top" })
      .note("read", `x = slots[${s.top}] = ${isolate(item.value)}.`, { slot: s.top })
      .to("erase", `slots[${s.top}] is cleared: it is the next free slot now.`, { ...erased, top }, { slot: s.top });
  } else {
    steps
      .note("check-empty", `top is ${s.top}, not −1: the stack has items.`, { pointer: "top" })
      .note("read", `x = slots[${s.top}] = ${isolate(item.value)}, the top.`, { slot: s.top })
      .to("erase", `slots[${s.top}] is cleared.`, erased, { slot: s.top })
      .to("move-top", `top = ${s.top} − 1 = ${top}.`, { ...erased, top }, { pointer: "top" });
  }
  steps.note("return", `Return ${isolate(item.value)}.`);
  const after = top >= 0 ? `Top is now ${nextFree ? `${top + 1}, the next free slot` : isolate((s.slots[top] as Item).value)}; ${used(steps.state)}.` : "The stack is now empty.";
  return steps.trace(s, "pop", { ok: true, value: item.value, message: `Popped ${isolate(item.value)}. ${after}` });
}

export function peek(s: StackState): Trace<StackState> {
  const steps = new Steps(s);
  const nextFree = s.pointers === "next-free";
  if (s.top < 0) {
    steps.note("check-empty", `top is ${nextFree ? "0" : "−1"}: the stack is empty.`, { pointer: "top" });
    return steps.trace(s, "peek", { ok: false, reason: "empty", message: "The stack is empty. Nothing to peek at." });
  }
  const item = s.slots[s.top] as Item;
  const where = nextFree ? `slots[top − 1] = slots[${s.top}]` : `slots[${s.top}]`;
  steps
    .note("check-empty", nextFree ? `top is ${s.top + 1}, not 0: the stack has items.` : `top is ${s.top}, not −1: the stack has items.`, { pointer: "top" })
    .note("return-top", `Return ${where} = ${isolate(item.value)}; nothing changes.`, { slot: s.top });
  return steps.trace(s, "peek", { ok: true, value: item.value, message: `Peek: the top is ${isolate(item.value)}. The stack is unchanged.` });
}

export function clear(s: StackState): Trace<StackState> {
  const steps = new Steps(s);
  const n = s.top + 1;
  if (n === 0) {
    steps.note("clear-slots", "No slot holds an item.").note("reset-top", `top is already ${s.pointers === "next-free" ? "0" : "−1"}.`, { pointer: "top" });
    return steps.trace(s, "clear", { ok: true, message: "The stack is already empty." });
  }
  const cleared = { ...s, slots: new Array<Item | null>(s.capacity).fill(null) };
  steps
    .to("clear-slots", n === 1 ? "slots[0] is cleared." : `slots[0] to slots[${s.top}] are cleared.`, cleared)
    .to("reset-top", `top = ${s.pointers === "next-free" ? "0" : "−1"}: the stack is empty.`, { ...cleared, top: -1 }, { pointer: "top" });
  return steps.trace(s, "clear", { ok: true, message: `Cleared ${plural(n, "item")}. The stack is now empty.` });
}
