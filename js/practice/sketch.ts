// The student's picture in practice mode, as a plain immutable value: the slots' values,
// each pointer's slot (and the size field, where the structure has one), the value held in
// hand, and the value removed (what a pop or dequeue returns). Moves are pure functions of
// it, so Undo is the previous sketch and grading compares values.

export interface Sketch {
  readonly slots: readonly (string | null)[];
  /** top, rear, head, tail, size: as the structure has them. */
  readonly pointers: Readonly<Record<string, number>>;
  /** A value taken out of a slot and not yet put back or removed. */
  readonly held: string | null;
  /** The value the student removed: what the operation returns. */
  readonly removed: string | null;
}

/** A move and the sketch after it; `refusal` says why nothing changed. */
export interface Moved {
  sketch: Sketch;
  refusal?: string;
}

/**
 * Presses slot `i`: a full slot gives its value into the hand (if the hand is empty); an
 * empty slot takes the held value, or the task's value when nothing is held.
 */
export function pressSlot(s: Sketch, i: number, taskValue: string | null): Moved {
  if (!(i >= 0 && i < s.slots.length)) return { sketch: s, refusal: `There is no slot ${i}.` };
  const here = s.slots[i];
  if (here !== null) {
    if (s.held !== null) return { sketch: s, refusal: `Slot ${i} is full: put ${s.held} in an empty slot or remove it first.` };
    return { sketch: { ...s, slots: replaced(s.slots, i, null), held: here } };
  }
  const value = s.held !== null ? s.held : taskValue;
  if (value === null) return { sketch: s, refusal: `Slot ${i} is empty and nothing is in hand to put there.` };
  return { sketch: { ...s, slots: replaced(s.slots, i, value), held: null } };
}

/** Discards the held value: it is what the operation returns. */
export function removeHeld(s: Sketch): Moved {
  if (s.held === null) return { sketch: s, refusal: "Nothing is in hand to remove: press a full slot to take its value out." };
  if (s.removed !== null) return { sketch: s, refusal: `${s.removed} was removed already: an operation returns one value.` };
  return { sketch: { ...s, held: null, removed: s.held } };
}

/** Sets pointer (or size field) `name` to `value`. */
export function setPointer(s: Sketch, name: string, value: number): Moved {
  if (!(name in s.pointers)) return { sketch: s, refusal: `There is no pointer ${name} here.` };
  if (s.pointers[name] === value) return { sketch: s };
  return { sketch: { ...s, pointers: { ...s.pointers, [name]: value } } };
}

function replaced<T>(list: readonly T[], i: number, value: T): T[] {
  const copy = list.slice();
  copy[i] = value;
  return copy;
}

/** True when two sketches show the same picture: slots, pointers, hand and value removed. */
export function sameSketch(a: Sketch, b: Sketch): boolean {
  if (a.held !== b.held || a.removed !== b.removed || a.slots.length !== b.slots.length) return false;
  if (a.slots.some((v, i) => v !== b.slots[i])) return false;
  const names = Object.keys(b.pointers);
  return names.length === Object.keys(a.pointers).length && names.every((n) => a.pointers[n] === b.pointers[n]);
}
