// A horizontal row of array slots, slot 0 at the left, shared by the queue and the
// cyclic queue's row view. Above each line of slots is a band for a pointer that points
// down at a slot; below it, the slot indices and a band for a pointer that points up.
// More than 16 slots wrap onto two lines, so values stay legible at 32; a narrow box wraps
// onto more lines rather than shrinking the slots below legibility.
import { Point } from "./element";
import { SlotBox } from "./slot-drawing";

export interface RowLayout {
  width: number;
  height: number;
  slots: SlotBox[];
  /** Slots on each line, and the distance between neighbouring slot centres. */
  perLine: number;
  pitch: number;
  /** Text size of the index labels. */
  indexSize: number;
  /** Centre of slot i's index label, under the slot. */
  indexAt(i: number): Point;
  /**
   * Tip of a pointer above the row (pointing down) or below it (pointing up) at slot
   * position s; a fractional s lies between two slots, so pointers can glide.
   */
  above(s: number): Point;
  below(s: number): Point;
}

/** The longest a line of slots gets, so a canvas stays within ~760 px. */
export const ROW_SPAN = 704;
/** Rows longer than this wrap onto two lines. */
export const MAX_ONE_LINE = 16;
/** Closest slot spacing: below it, a narrow box gets more lines instead (values stay >= 12 px). */
export const MIN_PITCH = 44;
const SIDE = 28;
const MIN_WIDTH = 320;
const MAX_PITCH = 84;
/** Room above a line for a pointer's label and arrow; below it for indices, arrow and label. */
const ABOVE = 64;
const BELOW = 90;

/** Slots per line: 16 at most, fewer when `maxWidth` is narrow; lines are balanced. */
export function rowPerLine(capacity: number, maxWidth = Infinity): number {
  const natural = capacity > MAX_ONE_LINE ? Math.ceil(capacity / 2) : capacity;
  const fits = Math.max(1, Math.floor(rowSpan(maxWidth) / MIN_PITCH));
  const lines = Math.ceil(capacity / Math.min(natural, fits));
  return Math.ceil(capacity / lines);
}

export function rowPitch(capacity: number, maxWidth = Infinity): number {
  return Math.min(MAX_PITCH, Math.floor(rowSpan(maxWidth) / rowPerLine(capacity, maxWidth)));
}

/** The width a line of slots may take inside `maxWidth`. */
function rowSpan(maxWidth: number): number {
  return Math.max(MIN_PITCH, Math.min(ROW_SPAN, maxWidth - 2 * SIDE));
}

/** A row of `capacity` slots no wider than `maxWidth` (as wide as it likes by default). */
export function rowLayout(capacity: number, maxWidth = Infinity): RowLayout {
  const perLine = rowPerLine(capacity, maxWidth);
  const pitch = rowPitch(capacity, maxWidth);
  const gap = pitch >= 40 ? 6 : 2;
  const w = pitch - gap;
  const h = Math.max(40, Math.min(60, Math.round(pitch * 0.72)));
  const lineHeight = ABOVE + h + BELOW;
  const lines = Math.ceil(capacity / perLine);
  const width = Math.max(Math.min(MIN_WIDTH, maxWidth), perLine * pitch + 2 * SIDE);
  const left = (width - perLine * pitch) / 2;
  const indexSize = pitch >= 30 ? 14 : 12;
  const lineTop = (i: number) => Math.floor(i / perLine) * lineHeight;
  const slots: SlotBox[] = [];
  for (let i = 0; i < capacity; i++) {
    slots.push({ x: left + pitch * (i % perLine) + pitch / 2, y: lineTop(i) + ABOVE + h / 2, w, h });
  }
  const aboveAt = (i: number): Point => ({ x: slots[i].x, y: lineTop(i) + ABOVE - 4 });
  const belowAt = (i: number): Point => ({ x: slots[i].x, y: lineTop(i) + ABOVE + h + 8 + indexSize + 4 });
  return {
    width,
    height: lines * lineHeight,
    slots,
    perLine,
    pitch,
    indexSize,
    indexAt: (i) => ({ x: slots[i].x, y: lineTop(i) + ABOVE + h + 4 + indexSize / 2 }),
    above: (s) => between(aboveAt, s, capacity),
    below: (s) => between(belowAt, s, capacity),
  };
}

/** The point at fractional slot position s, on the straight path between its two slots. */
function between(at: (i: number) => Point, s: number, capacity: number): Point {
  const clamped = Math.max(0, Math.min(capacity - 1, s));
  const i = Math.floor(clamped);
  const t = clamped - i;
  const a = at(i);
  if (t === 0) return a;
  const b = at(i + 1);
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}
