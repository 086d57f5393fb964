// The cyclic queue's sentences that explain its rules: the wrap arithmetic of a pointer,
// and why a full or empty queue refuses under each full rule.
import { slotsUsed } from "../model/result";
import { CyclicQueueModel } from "./cyclic-queue-model";

/** "Tail moves from 3 to 4." or, across the wrap, "Tail moves from 7 to (7 + 1) mod 8 = 0." */
export function advanceSentence(pointer: "Head" | "Tail", from: number, to: number, capacity: number): string {
  const arithmetic = to < from ? `(${from} + 1) mod ${capacity} = ${to}` : String(to);
  return `${pointer} moves from ${from} to ${arithmetic}.`;
}

/** The full refusal, explaining the rule that detects it. */
export function fullSentence<T>(m: CyclicQueueModel<T>): string {
  if (m.fullRule === "count") {
    return (
      `The cyclic queue is full: ${slotsUsed(m.size, m.capacity)}. ` +
      `The size field tells full from empty, since head = tail = ${m.head} in both cases.`
    );
  }
  return (
    `The cyclic queue is full: (tail + 1) mod ${m.capacity} = (${m.tail} + 1) mod ${m.capacity} = ${m.head}, which is head. ` +
    `Slot ${m.tail} stays empty as the spare slot, so head = tail can only mean empty.`
  );
}

/** The empty refusal: "The cyclic queue is empty: 0 of 8 slots used. Nothing to dequeue." */
export function emptySentence<T>(m: CyclicQueueModel<T>, nothing: string): string {
  const why = m.fullRule === "count" ? slotsUsed(m.size, m.capacity) : `head = tail = ${m.head}`;
  return `The cyclic queue is empty: ${why}. ${nothing}`;
}
