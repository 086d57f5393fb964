// The cyclic queue's sentences that explain its rules: the wrap arithmetic of a pointer,
// and how each full rule tells full from empty.
import { slotsUsed } from "../model/result";
import type { CyclicState } from "./cyclic-queue-model";

/** "Tail moves from 3 to 4." or, across the wrap, "Tail moves from 7 to (7 + 1) mod 8 = 0." */
export function advanceSentence(pointer: "Head" | "Tail", from: number, to: number, capacity: number): string {
  const arithmetic = to < from ? `(${from} + 1) mod ${capacity} = ${to}` : String(to);
  return `${pointer} moves from ${from} to ${arithmetic}.`;
}

/** The advance step: "tail = (3 + 1) mod 8 = 4." or "tail = (7 + 1) mod 8 = 0: tail wraps to slot 0." */
export function advanceStep(pointer: "head" | "tail", from: number, to: number, capacity: number): string {
  const wrap = to < from ? `: ${pointer} wraps to slot 0` : "";
  return `${pointer} = (${from} + 1) mod ${capacity} = ${to}${wrap}.`;
}

export function usage(s: CyclicState): string {
  return slotsUsed(s.size, s.capacity);
}

/** The full check, passed or not, under the queue's rule. */
export function fullCheck(s: CyclicState): string {
  const next = (s.tail + 1) % s.capacity;
  if (s.fullRule === "count") {
    return s.size === s.capacity
      ? `size is ${s.size} = capacity: the cyclic queue is full.`
      : `size is ${s.size}, less than the capacity ${s.capacity}: there is room.`;
  }
  return next === s.head
    ? `(tail + 1) mod ${s.capacity} = (${s.tail} + 1) mod ${s.capacity} = ${next}, which is head: full, slot ${s.tail} stays the spare slot.`
    : `(tail + 1) mod ${s.capacity} = ${next}, not head ${s.head}: there is room.`;
}

/** The empty check, passed or not, under the queue's rule. */
export function emptyCheck(s: CyclicState): string {
  if (s.fullRule === "count") return s.size === 0 ? "size is 0: the cyclic queue is empty." : `size is ${s.size}: the cyclic queue has items.`;
  return s.head === s.tail ? `head = tail = ${s.head}: the cyclic queue is empty.` : `head ${s.head} ≠ tail ${s.tail}: the cyclic queue has items.`;
}

/** The full refusal, explaining the rule that detects it. */
export function fullSentence(s: CyclicState): string {
  if (s.fullRule === "count") {
    return (
      `The cyclic queue is full: ${usage(s)}. ` +
      `The size field tells full from empty, since head = tail = ${s.head} in both cases.`
    );
  }
  return (
    `The cyclic queue is full: (tail + 1) mod ${s.capacity} = (${s.tail} + 1) mod ${s.capacity} = ${s.head}, which is head. ` +
    `Slot ${s.tail} stays empty as the spare slot, so head = tail can only mean empty.`
  );
}

/** The empty refusal: "The cyclic queue is empty: 0 of 8 slots used. Nothing to dequeue." */
export function emptySentence(s: CyclicState, nothing: string): string {
  const why = s.fullRule === "count" ? usage(s) : `head = tail = ${s.head}`;
  return `The cyclic queue is empty: ${why}. ${nothing}`;
}
