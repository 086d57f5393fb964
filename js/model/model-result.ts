// Typed results of pure model operations: a value, or the reason it was refused.
export type RefusalReason = "full" | "empty";

export type ModelResult<T> = { ok: true; value: T } | { ok: false; reason: RefusalReason };

export function ok<T>(value: T): ModelResult<T> {
  return { ok: true, value };
}

export function refuse<T>(reason: RefusalReason): ModelResult<T> {
  return { ok: false, reason };
}

/** Throws a RangeError unless `capacity` is a whole number in [min, max]. */
export function checkCapacity(capacity: number, min: number, max: number): number {
  if (!Number.isInteger(capacity) || capacity < min || capacity > max) {
    throw new RangeError(`capacity must be a whole number from ${min} to ${max}, not ${capacity}`);
  }
  return capacity;
}
