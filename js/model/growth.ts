// Growth: an array that is full either refuses an add ("fixed") or doubles ("double"): a
// new array of twice the capacity, every item copied into it, then the add. The picture
// holds at most MAX_GROWN_CAPACITY slots, so a grown array refuses beyond that.
import { plural } from "./result";

export type Growth = "fixed" | "double";
export const GROWTHS: readonly Growth[] = ["fixed", "double"];

/** The most slots a doubled array has (the picture's limit). */
export const MAX_GROWN_CAPACITY = 64;

/** What every growing state carries: its rule, and (for the bench) a limit other than the picture's. */
export interface Grows {
  readonly capacity: number;
  readonly growth: Growth;
  /** The most slots it may double to; MAX_GROWN_CAPACITY unless set. */
  readonly limit?: number;
}

/** True when a full array of `s` doubles instead of refusing. */
export function canGrow(s: Grows): boolean {
  return s.growth === "double" && s.capacity < (s.limit || MAX_GROWN_CAPACITY);
}

/** The capacity after doubling (never past the limit). */
export function grownCapacity(s: Grows): number {
  return Math.min(2 * s.capacity, s.limit || MAX_GROWN_CAPACITY);
}

/** The grow step's sentence: "A new array of 16 slots; the 8 items are copied into slots 0 to 7: 8 copies." */
export function growSentence(from: number, to: number, copies: number, how = ""): string {
  const into = copies === 1 ? "slot 0" : `slots 0 to ${copies - 1}`;
  return `A new array of 2 × ${from} = ${to} slots; ${plural(copies, "item")} copied into ${into}${how}: ${copies} ${copies === 1 ? "copy" : "copies"}.`;
}

/** What a result adds after a growth: "The array doubled from 8 to 16 slots: copied 8 items." */
export function grewSentence(from: number, to: number, copies: number): string {
  return `The array doubled from ${from} to ${to} slots: copied ${plural(copies, "item")}.`;
}

/** The refusal at the limit, said after the structure's full sentence. */
export function limitSentence(s: Grows): string {
  return s.growth === "double" ? ` It cannot double past ${s.limit || MAX_GROWN_CAPACITY} slots.` : "";
}
