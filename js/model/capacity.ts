// The guard every model's constructor shares: a capacity, and the items that must fit it.

/** Throws a RangeError unless `capacity` is a whole number in [min, max] holding `items` items. */
export function checkCapacity(capacity: number, min: number, max: number, items = 0, room = capacity): number {
  if (!Number.isInteger(capacity) || capacity < min || capacity > max) {
    throw new RangeError(`capacity must be a whole number from ${min} to ${max}, not ${capacity}`);
  }
  if (items > room) throw new RangeError(`${items} items do not fit in ${room} usable slots`);
  return capacity;
}
