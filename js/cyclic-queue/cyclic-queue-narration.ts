// The cyclic queue's sentences that explain its rules: the wrap arithmetic of a pointer,
// and how each full rule tells full from empty, in the fields of the queue's convention
// (head/tail, or front/rear where rear = tail − 1).
import { slotsUsed } from "../model/result";
import type { CyclicState } from "./cyclic-queue-model";

/** "Tail moves from 3 to 4." or, across the wrap, "Tail moves from 7 to (7 + 1) mod 8 = 0." */
export function advanceSentence(pointer: string, from: number, to: number, capacity: number): string {
  const arithmetic = to < from ? `(${from} + 1) mod ${capacity} = ${to}` : String(to);
  return `${pointer} moves from ${from} to ${arithmetic}.`;
}

/** The advance step: "tail = (3 + 1) mod 8 = 4." or "tail = (7 + 1) mod 8 = 0: tail wraps to slot 0." */
export function advanceStep(pointer: string, from: number, to: number, capacity: number): string {
  const wrap = to < from ? `: ${pointer} wraps to slot 0` : "";
  return `${pointer} = (${from} + 1) mod ${capacity} = ${to}${wrap}.`;
}

export function usage(s: CyclicState): string {
  return slotsUsed(s.size, s.capacity);
}

/** The pointer a full check reads: the size field, or the one the spare-slot rule compares. */
export function fullFocus(s: CyclicState): string {
  return s.fullRule === "count" ? "size" : s.pointers === "front-rear" ? "rear" : "tail";
}

/** The pointer an empty check reads. */
export function emptyFocus(s: CyclicState): string {
  return s.fullRule === "count" ? "size" : s.pointers === "front-rear" ? "front" : "head";
}

/** The full check, passed or not, under the queue's rule. */
export function fullCheck(s: CyclicState): string {
  const c = s.capacity;
  const next = (s.tail + 1) % c;
  if (s.fullRule === "count") {
    return s.size === c ? `size is ${s.size} = capacity: the cyclic queue is full.` : `size is ${s.size}, less than the capacity ${c}: there is room.`;
  }
  if (s.pointers === "front-rear") {
    const rear = (s.tail - 1 + c) % c;
    return next === s.head
      ? `(rear + 2) mod ${c} = (${rear} + 2) mod ${c} = ${next}, which is front: full, slot ${s.tail} stays the spare slot.`
      : `(rear + 2) mod ${c} = ${next}, not front ${s.head}: there is room.`;
  }
  return next === s.head
    ? `(tail + 1) mod ${c} = (${s.tail} + 1) mod ${c} = ${next}, which is head: full, slot ${s.tail} stays the spare slot.`
    : `(tail + 1) mod ${c} = ${next}, not head ${s.head}: there is room.`;
}

/** The empty check, passed or not, under the queue's rule. */
export function emptyCheck(s: CyclicState): string {
  if (s.fullRule === "count") return s.size === 0 ? "size is 0: the cyclic queue is empty." : `size is ${s.size}: the cyclic queue has items.`;
  if (s.pointers === "front-rear") {
    const rear = (s.tail - 1 + s.capacity) % s.capacity;
    return s.head === s.tail
      ? `(rear + 1) mod ${s.capacity} = (${rear} + 1) mod ${s.capacity} = ${s.tail}, which is front: the cyclic queue is empty.`
      : `(rear + 1) mod ${s.capacity} = ${s.tail}, not front ${s.head}: the cyclic queue has items.`;
  }
  return s.head === s.tail ? `head = tail = ${s.head}: the cyclic queue is empty.` : `head ${s.head} ≠ tail ${s.tail}: the cyclic queue has items.`;
}

/** The full refusal, explaining the rule that detects it. */
export function fullSentence(s: CyclicState): string {
  const c = s.capacity;
  if (s.fullRule === "count") {
    if (s.pointers === "front-size") return `The cyclic queue is full: ${usage(s)}; size = capacity.`;
    const same = s.pointers === "head-tail" ? `head = tail = ${s.head}` : `(rear + 1) mod ${c} = front = ${s.head}`;
    return `The cyclic queue is full: ${usage(s)}. The size field tells full from empty, since ${same} in both cases.`;
  }
  if (s.pointers === "front-rear") {
    const rear = (s.tail - 1 + c) % c;
    return (
      `The cyclic queue is full: (rear + 2) mod ${c} = (${rear} + 2) mod ${c} = ${s.head}, which is front. ` +
      `Slot ${s.tail} stays empty as the spare slot, so (rear + 1) mod ${c} = front can only mean empty.`
    );
  }
  return (
    `The cyclic queue is full: (tail + 1) mod ${c} = (${s.tail} + 1) mod ${c} = ${s.head}, which is head. ` +
    `Slot ${s.tail} stays empty as the spare slot, so head = tail can only mean empty.`
  );
}

/** The empty refusal: "The cyclic queue is empty: 0 of 8 slots used. Nothing to dequeue." */
export function emptySentence(s: CyclicState, nothing: string): string {
  const rear = (s.tail - 1 + s.capacity) % s.capacity;
  const why = s.fullRule === "count" ? usage(s) : s.pointers === "front-rear" ? `(rear + 1) mod ${s.capacity} = (${rear} + 1) mod ${s.capacity} = ${s.head}, which is front` : `head = tail = ${s.head}`;
  return `The cyclic queue is empty: ${why}. ${nothing}`;
}

/** What clear sets: "head = tail = 0 and size = 0", "front = 0, rear = 7 and size = 0", "front = 0 and size = 0". */
export function resetSentence(s: CyclicState): string {
  const size = s.fullRule === "count";
  if (s.pointers === "front-size") return "front = 0 and size = 0";
  if (s.pointers === "front-rear") return size ? `front = 0, rear = ${s.capacity - 1} and size = 0` : `front = 0 and rear = ${s.capacity - 1}`;
  return size ? "head = tail = 0 and size = 0" : "head = tail = 0";
}
