// A horizontal row of array slots, slot 0 at the left, shared by the queue and the
// cyclic queue's row view. Above the row is a band for a pointer that points down at a
// slot; below it, the slot indices and a band for a pointer that points up.
import { SlotBox } from "./slot-drawing";

export interface RowLayout {
  width: number;
  height: number;
  slots: SlotBox[];
  /** Distance between neighbouring slot centres. */
  pitch: number;
  /** Centre y of the index labels, under each slot; and their text size. */
  indexY: number;
  indexSize: number;
  /** y of the tip of a pointer above the row (pointing down) and below it (pointing up). */
  aboveY: number;
  belowY: number;
}

/** The longest a row of slots gets, so 32 slots fit a ~760 px wide canvas. */
export const ROW_SPAN = 704;
const SIDE = 28;
const MIN_WIDTH = 320;
const MAX_PITCH = 84;
const MIN_PITCH = 22;
/** Room above the row for a pointer's label and arrow; below it for indices, arrow and label. */
const ABOVE = 64;
const BELOW = 90;

export function rowPitch(capacity: number): number {
  return Math.max(MIN_PITCH, Math.min(MAX_PITCH, Math.floor(ROW_SPAN / capacity)));
}

export function rowLayout(capacity: number): RowLayout {
  const pitch = rowPitch(capacity);
  const gap = pitch >= 40 ? 6 : 2;
  const w = pitch - gap;
  const h = Math.max(40, Math.min(60, Math.round(pitch * 0.72)));
  const width = Math.max(MIN_WIDTH, capacity * pitch + 2 * SIDE);
  const left = (width - capacity * pitch) / 2;
  const y = ABOVE + h / 2;
  const slots: SlotBox[] = [];
  for (let i = 0; i < capacity; i++) slots.push({ x: left + pitch * i + pitch / 2, y, w, h });
  const bottom = ABOVE + h;
  const indexSize = pitch >= 30 ? 14 : 12;
  return {
    width,
    height: bottom + BELOW,
    slots,
    pitch,
    indexY: bottom + 4 + indexSize / 2,
    indexSize,
    aboveY: ABOVE - 4,
    belowY: bottom + 8 + indexSize + 4,
  };
}
