// Where everything of a cyclic queue goes, as pure functions of its capacity, in two
// views of the same state. Ring: slot i at angle -90° + 360°·i/c (slot 0 at the top,
// going clockwise), indices just outside the ring, head pointing in from outside and
// tail pointing out from inside. Row: slot 0 at the left, head above, tail below.
// Head-side things (dequeues) leave outwards/upwards; tail-side things (enqueues)
// arrive from inside/below.
import { Point } from "../core/element";
import { rowLayout } from "../core/row-layout";
import { SlotBox } from "../core/slot-drawing";
import { labelAlignment, LABEL_GAP } from "../core/pointer";
import { ArrowPlace } from "../core/slot-pointer";

export type CyclicView = "ring" | "row";

export interface CyclicLayout {
  view: CyclicView;
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
const MARGIN = 6;
const LABEL_WIDTH = 46; // "head" in bold 16 px
const LABEL_HEIGHT = 20;

const MAX_RADIUS = 245;

/** The slot side we would like: 60 px up to 8 slots, shrinking to 30 px at 32. */
function wantedSide(capacity: number): number {
  return Math.max(30, Math.min(60, Math.round(60 - (capacity - 8) * 1.25)));
}

/** Ring radius: neighbouring square slots keep apart (centres at least 1.6 sides apart), up to 230 px. */
export function ringRadius(capacity: number): number {
  const wanted = Math.ceil((wantedSide(capacity) * 1.6) / (2 * Math.sin(Math.PI / capacity)));
  return Math.max(110, Math.min(MAX_RADIUS, wanted));
}

/** Side of a ring slot: as wanted, or smaller where the ring has reached its largest radius. */
export function ringSlotSize(capacity: number): number {
  const fits = Math.floor((2 * ringRadius(capacity) * Math.sin(Math.PI / capacity)) / 1.6);
  return Math.min(wantedSide(capacity), fits);
}

export function ringAngle(s: number, capacity: number): number {
  return -Math.PI / 2 + (2 * Math.PI * s) / capacity;
}

export function cyclicRingLayout(capacity: number): CyclicLayout {
  const side = ringSlotSize(capacity);
  const radius = ringRadius(capacity);
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
    return { tip: polar(a, indexRadius(a) + indexReach(a) + 4), dir: polar(a + Math.PI, 1) };
  };
  const tail0 = (s: number): ArrowPlace => {
    const a = angle(s);
    return { tip: polar(a, radius - slotReach(a) - 4), dir: polar(a, 1) };
  };

  // The canvas reaches as far as the head's label gets, gliding anywhere round the ring.
  let halfW = radius + side;
  let halfH = radius + side;
  for (let s = 0; s < capacity; s += 0.25) {
    const box = arrowLabelBox(head0(s));
    halfW = Math.max(halfW, Math.abs(box.left), Math.abs(box.right));
    halfH = Math.max(halfH, Math.abs(box.top), Math.abs(box.bottom));
  }
  const cx = Math.ceil(halfW + MARGIN);
  const cy = Math.ceil(halfH + MARGIN);
  const shift = (p: Point): Point => ({ x: cx + p.x, y: cy + p.y });
  const moved = (place: ArrowPlace): ArrowPlace => ({ tip: shift(place.tip), dir: place.dir });

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

/** The box a pointer's label covers (see drawArrow), around its own coordinates. */
function arrowLabelBox({ tip, dir }: ArrowPlace): { left: number; right: number; top: number; bottom: number } {
  const anchorX = tip.x - dir.x * (ARROW_LENGTH + LABEL_GAP);
  const anchorY = tip.y - dir.y * (ARROW_LENGTH + LABEL_GAP);
  const { h, v } = labelAlignment(dir);
  const left = h === "left" ? anchorX : h === "right" ? anchorX - LABEL_WIDTH : anchorX - LABEL_WIDTH / 2;
  const top = v === "top" ? anchorY : v === "bottom" ? anchorY - LABEL_HEIGHT : anchorY - LABEL_HEIGHT / 2;
  return { left, right: left + LABEL_WIDTH, top, bottom: top + LABEL_HEIGHT };
}

export function cyclicRowLayout(capacity: number): CyclicLayout {
  const row = rowLayout(capacity);
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

export function cyclicLayout(capacity: number, view: CyclicView): CyclicLayout {
  return view === "ring" ? cyclicRingLayout(capacity) : cyclicRowLayout(capacity);
}
