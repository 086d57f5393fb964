// Where everything of a stack goes, as a pure function of its capacity and the width
// it may take. Slot 0 is at the bottom; the top grows upwards. Compact: a stack of 8 is
// about 330 px tall, so a whole example fits a slide.
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

const TOP_MARGIN = 16;
const BOTTOM_MARGIN = 12;
const GAP = 4;
/** Tall stacks (up to 32 slots) pack tighter, so the values stay readable on a laptop. */
const TIGHT_GAP = 2;
const MIN_SLOT = 20;
const MAX_SLOT = 40;
const SLOT_WIDTH = 150;
/** Slots narrower than this would squeeze six-character values under 12 px. */
const MIN_SLOT_WIDTH = 90;
const LEFT = 70;
/** Room right of the slots for the top pointer's arrow and label. */
const RIGHT = 100;
const WIDTH = LEFT + SLOT_WIDTH + RIGHT;

/** Slot height: large for small stacks, shrinking so 32 slots still fit on a laptop. */
export function stackSlotHeight(capacity: number): number {
  return Math.max(MIN_SLOT, Math.min(MAX_SLOT, Math.floor(288 / capacity) - GAP));
}

/** A stack of `capacity` slots, no wider than `maxWidth` where it can be (at least 260 px). */
export function stackLayout(capacity: number, maxWidth = Infinity): StackLayout {
  const h = stackSlotHeight(capacity);
  const gap = h < 30 ? TIGHT_GAP : GAP;
  const height = TOP_MARGIN + capacity * (h + gap) - gap + BOTTOM_MARGIN;
  const slotWidth = Math.max(MIN_SLOT_WIDTH, Math.min(SLOT_WIDTH, Math.floor(maxWidth) - LEFT - RIGHT));
  const x = LEFT + slotWidth / 2;
  const slots: Box[] = [];
  for (let i = 0; i < capacity; i++) {
    const bottom = height - BOTTOM_MARGIN - i * (h + gap);
    slots.push({ x, y: bottom - h / 2, w: slotWidth, h });
  }
  return {
    width: WIDTH - SLOT_WIDTH + slotWidth,
    height,
    slots,
    outside: { x, y: -h / 2 },
    indexX: LEFT - 12,
    pointerX: x + slotWidth / 2 + 8,
  };
}
