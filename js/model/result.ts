// What every operation returns: the public `{ ok, value?, message }` shape of js/api.ts.
import type { OperationResult } from "../api";

export type { OperationResult };

export function succeeded(message: string, value?: string): OperationResult {
  return value === undefined ? { ok: true, message } : { ok: true, value, message };
}

export function refused(message: string): OperationResult {
  return { ok: false, message };
}

/** Pluralises a count: plural(3, "item") -> "3 items". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** How full an array is: slotsUsed(3, 8) -> "3 of 8 slots used". */
export function slotsUsed(size: number, capacity: number): string {
  return `${size} of ${capacity} slots used`;
}
