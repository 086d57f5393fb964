// What every model's constructor shares: the capacity guard, and slots packed from slot 0.

/** Throws a RangeError unless `capacity` is a whole number in [min, max] holding `items` items. */
export function checkCapacity(capacity: number, min: number, max: number, items = 0, room = capacity): number {
  if (!Number.isInteger(capacity) || capacity < min || capacity > max) {
    throw new RangeError(`capacity must be a whole number from ${min} to ${max}, not ${capacity}`);
  }
  if (items > room) throw new RangeError(`${items} items do not fit in ${room} usable slots`);
  return capacity;
}

/** `capacity` slots holding `items` from slot 0, the rest empty. */
export function packedSlots<T>(capacity: number, items: readonly T[]): (T | null)[] {
  const slots: (T | null)[] = new Array(capacity).fill(null);
  items.forEach((item, i) => (slots[i] = item));
  return slots;
}
