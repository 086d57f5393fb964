// Where everything of a stack goes, as a pure function of its capacity.
// Slot 0 is at the bottom; the top grows upwards.
import { Point } from "../core/element";

export interface Box {
  /** Centre. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface StackLayout {
  width: number;
  height: number;
  slots: Box[];
  /** Where a pushed tile comes from and a popped tile goes to: above the stack. */
  outside: Point;
  /** x of the index labels (right-aligned) and of the top pointer's tip. */
  indexX: number;
  pointerX: number;
}

const TOP_MARGIN = 64;
const BOTTOM_MARGIN = 20;
const GAP = 4;
/** Tall stacks (up to 32 slots) pack tighter, so the values stay readable on a laptop. */
const TIGHT_GAP = 2;
const MIN_SLOT = 20;
const SLOT_WIDTH = 150;
const WIDTH = 320;

/** Slot height: large for small stacks, shrinking so 32 slots still fit on a laptop. */
export function stackSlotHeight(capacity: number): number {
  return Math.max(MIN_SLOT, Math.min(52, Math.floor(420 / capacity) - GAP));
}

export function stackLayout(capacity: number): StackLayout {
  const h = stackSlotHeight(capacity);
  const gap = h < 30 ? TIGHT_GAP : GAP;
  const height = TOP_MARGIN + capacity * (h + gap) + BOTTOM_MARGIN;
  const x = 70 + SLOT_WIDTH / 2;
  const slots: Box[] = [];
  for (let i = 0; i < capacity; i++) {
    const bottom = height - BOTTOM_MARGIN - i * (h + gap);
    slots.push({ x, y: bottom - h / 2, w: SLOT_WIDTH, h });
  }
  return {
    width: WIDTH,
    height,
    slots,
    outside: { x, y: TOP_MARGIN / 2 - 8 },
    indexX: 58,
    pointerX: x + SLOT_WIDTH / 2 + 8,
  };
}
