// Where everything of a cyclic queue goes, as pure functions of its capacity, in two
// views of the same state. Ring: slot i at angle -90° + 360°·i/c (slot 0 at the top,
// going clockwise), indices just outside the ring, head pointing in from outside and
// tail pointing out from inside. Row: slot 0 at the left, head above, tail below.
// Head-side things (dequeues) leave outwards/upwards; tail-side things (enqueues)
// arrive from inside/below.
import { Point } from "../core/element";
import { rowLayout } from "../core/row-layout";
import { SlotBox } from "../core/slot-drawing";
import { arrowLabelBox } from "../core/pointer";
import { ArrowPlace } from "../core/slot-pointer";

export type CyclicView = "ring" | "row";

export interface CyclicLayout {
  /** What this layout draws. */
  view: CyclicView;
  /** Set when the reader chose the ring but the box is too narrow for a legible one. */
  fallbackFrom?: CyclicView;
  width: number;
  height: number;
  slots: SlotBox[];
  /** Centre of each slot's index label, and their text size. */
  indexLabels: Point[];
  indexSize: number;
  /** Arrow of a pointer at (possibly fractional) slot position s, so pointers can glide. */
  head(s: number): ArrowPlace;
  tail(s: number): ArrowPlace;
  /** The ring's circle, drawn as a pale band under the slots (ring view only). */
  track?: { x: number; y: number; r: number; weight: number };
  /** True when positions repeat every `capacity` slots (the ring): pointers glide on across the wrap. */
  periodic: boolean;
  enterFrom(slot: number): Point;
  exitTo(slot: number): Point;
}

export const ARROW_LENGTH = 30;
/** The ring's head arrow is shorter, its label beside it: the ring stays compact. */
const HEAD_ARROW = 26;
const MARGIN = 4;
const MAX_RADIUS = 245;
/** The smallest ring slot a narrow box may get (two-digit values stay >= 12 px). */
export const MIN_RING_SIDE = 30;
/** Neighbouring slot centres are at least this many sides apart. */
const SPACING = 1.45;

/** The slot side we would like: 44 px up to 8 slots, shrinking to 30 px at 32. */
function wantedSide(capacity: number): number {
  return Math.max(MIN_RING_SIDE, Math.min(44, Math.round(44 - (capacity - 8) * 0.6)));
}

/** Ring radius for slots of `side`: neighbours keep apart, small rings stay round, up to 245 px. */
export function ringRadius(capacity: number, side = ringSlotSize(capacity)): number {
  const spaced = Math.ceil((side * SPACING) / (2 * Math.sin(Math.PI / capacity)));
  return Math.min(MAX_RADIUS, Math.max(Math.round((80 * side) / 44), spaced));
}

/** Side of a ring slot: as wanted, or smaller where the ring has reached its largest radius. */
export function ringSlotSize(capacity: number): number {
  const fits = Math.floor((2 * MAX_RADIUS * Math.sin(Math.PI / capacity)) / SPACING);
  return Math.min(wantedSide(capacity), fits);
}

export function ringAngle(s: number, capacity: number): number {
  return -Math.PI / 2 + (2 * Math.PI * s) / capacity;
}

/**
 * The ring: slots of `side` round a circle, indices just outside, head pointing in from
 * beyond the index (its label beside the arrow), tail pointing out from inside. The canvas
 * is exactly as large as what can be drawn, wherever the pointers glide.
 */
export function cyclicRingLayout(capacity: number, side = ringSlotSize(capacity)): CyclicLayout {
  const radius = ringRadius(capacity, side);
  const indexSize = capacity > 16 ? 13 : 15;
  // Everything is first placed around (0, 0), then the canvas is sized to fit it.
  const reach = (a: number, w: number, h: number) => (w / 2) * Math.abs(Math.cos(a)) + (h / 2) * Math.abs(Math.sin(a));
  const slotReach = (a: number) => reach(a, side, side);
  const indexReach = (a: number) => reach(a, indexSize * 1.3, indexSize);
  const indexRadius = (a: number) => radius + slotReach(a) + 4 + indexReach(a);
  const angle = (s: number) => ringAngle(s, capacity);
  const polar = (a: number, r: number): Point => ({ x: r * Math.cos(a), y: r * Math.sin(a) });
  const head0 = (s: number): ArrowPlace => {
    const a = angle(s);
    return { tip: polar(a, indexRadius(a) + indexReach(a) + 4), dir: polar(a + Math.PI, 1), beside: true, length: HEAD_ARROW };
  };
  const tail0 = (s: number): ArrowPlace => {
    const a = angle(s);
    return { tip: polar(a, radius - slotReach(a) - 4), dir: polar(a, 1), length: ARROW_LENGTH };
  };

  // The canvas reaches as far as the head's arrow and label get, gliding anywhere round the ring.
  let halfW = radius + side / 2;
  let halfH = radius + side / 2;
  for (let s = 0; s < capacity; s += 1 / 32) {
    const head = head0(s);
    const box = arrowLabelBox(head.tip, head.dir, HEAD_ARROW, true);
    const tail = { x: head.tip.x - head.dir.x * HEAD_ARROW, y: head.tip.y - head.dir.y * HEAD_ARROW };
    halfW = Math.max(halfW, Math.abs(box.left), Math.abs(box.right), Math.abs(tail.x) + 2);
    halfH = Math.max(halfH, Math.abs(box.top), Math.abs(box.bottom), Math.abs(tail.y) + 2);
  }
  const cx = Math.ceil(halfW + MARGIN);
  const cy = Math.ceil(halfH + MARGIN);
  const shift = (p: Point): Point => ({ x: cx + p.x, y: cy + p.y });
  const moved = (place: ArrowPlace): ArrowPlace => ({ ...place, tip: shift(place.tip) });

  const slots: SlotBox[] = [];
  const indexLabels: Point[] = [];
  for (let i = 0; i < capacity; i++) {
    const a = angle(i);
    slots.push({ ...shift(polar(a, radius)), w: side, h: side });
    indexLabels.push(shift(polar(a, indexRadius(a))));
  }
  return {
    view: "ring",
    width: 2 * cx,
    height: 2 * cy,
    slots,
    indexLabels,
    indexSize,
    track: { x: cx, y: cy, r: radius, weight: Math.round(side * 0.45) },
    head: (s) => moved(head0(s)),
    tail: (s) => moved(tail0(s)),
    periodic: true,
    enterFrom: (i) => shift(polar(angle(i), radius - side * 1.2)),
    exitTo: (i) => shift(polar(angle(i), radius + side * 1.2)),
  };
}

export function cyclicRowLayout(capacity: number, maxWidth = Infinity): CyclicLayout {
  const row = rowLayout(capacity, maxWidth);
  return {
    view: "row",
    width: row.width,
    height: row.height,
    slots: row.slots,
    indexLabels: row.slots.map((_, i) => row.indexAt(i)),
    indexSize: row.indexSize,
    head: (s) => ({ tip: row.above(s), dir: { x: 0, y: 1 } }),
    tail: (s) => ({ tip: row.below(s), dir: { x: 0, y: -1 } }),
    periodic: false,
    enterFrom: (i) => ({ x: row.slots[i].x, y: row.slots[i].y + row.slots[i].h }),
    exitTo: (i) => ({ x: row.slots[i].x, y: row.slots[i].y - row.slots[i].h }),
  };
}

/** The most slots a ring holds legibly: an array that doubled past it is drawn as a row. */
export const MAX_RING_SLOTS = 32;

/**
 * The layout of `view` no wider than `maxWidth`: the ring shrinks down to slots of
 * MIN_RING_SIDE; a box too narrow even for that, or more than MAX_RING_SLOTS slots, gets
 * the row (marked `fallbackFrom`).
 */
export function cyclicLayout(capacity: number, view: CyclicView, maxWidth = Infinity): CyclicLayout {
  if (view === "row") return cyclicRowLayout(capacity, maxWidth);
  if (capacity > MAX_RING_SLOTS) return { ...cyclicRowLayout(capacity, maxWidth), fallbackFrom: "ring" };
  for (let side = ringSlotSize(capacity); ; side -= 2) {
    const ring = cyclicRingLayout(capacity, Math.max(side, MIN_RING_SIDE));
    if (ring.width <= maxWidth) return ring;
    if (side <= MIN_RING_SIDE) break;
  }
  return { ...cyclicRowLayout(capacity, maxWidth), fallbackFrom: "ring" };
}
