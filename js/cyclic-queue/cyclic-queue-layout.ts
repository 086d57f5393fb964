// Where everything of a cyclic queue goes, as pure functions of its capacity, in two
// views of the same state. Ring: slot i at angle -90° + 360°·i/c (slot 0 at the top,
// going clockwise), indices just outside the ring, head pointing in from outside and
// tail pointing out from inside. Row: slot 0 at the left, head above, tail below.
// Head-side things (dequeues) leave outwards/upwards; tail-side things (enqueues)
// arrive from inside/below.
import { Point } from "../core/element";
import { rowLayout } from "../core/row-layout";
import { SlotBox } from "../core/slot-drawing";

export type CyclicView = "ring" | "row";

/** An arrow's tip and the unit direction it points in (from its label towards the tip). */
export interface ArrowPlace {
  tip: Point;
  dir: Point;
}

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
  /** True when positions repeat every `capacity` slots (the ring): pointers glide on across the wrap. */
  periodic: boolean;
  enterFrom(slot: number): Point;
  exitTo(slot: number): Point;
}

export const ARROW_LENGTH = 30;
const MARGIN = 8;
const LABEL_WIDTH = 46; // "head" / "tail" in bold 16 px, plus a gap
const LABEL_HEIGHT = 22;

const MAX_RADIUS = 230;

/** The slot side we would like: 60 px up to 8 slots, shrinking towards 28 px at 32. */
function wantedSide(capacity: number): number {
  return Math.max(28, Math.min(60, Math.round(60 - ((capacity - 8) * 4) / 3)));
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
  // Half the extent, along direction (cos a, sin a), of an axis-aligned w x h box.
  const reach = (a: number, w: number, h: number) => (w / 2) * Math.abs(Math.cos(a)) + (h / 2) * Math.abs(Math.sin(a));
  const slotReach = (a: number) => reach(a, side, side);
  const indexReach = (a: number) => reach(a, indexSize * 1.3, indexSize);
  const indexRadius = (a: number) => radius + slotReach(a) + 4 + indexReach(a);
  const headTipRadius = (a: number) => indexRadius(a) + indexReach(a) + 4;
  const outer = radius + side * Math.SQRT1_2 + 8 + indexSize * 1.65 + ARROW_LENGTH + 4;
  const cx = Math.ceil(outer + LABEL_WIDTH + MARGIN);
  const cy = Math.ceil(outer + LABEL_HEIGHT + MARGIN);
  const at = (a: number, r: number): Point => ({ x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) });
  const out = (a: number): Point => ({ x: Math.cos(a), y: Math.sin(a) });
  const angle = (s: number) => ringAngle(s, capacity);

  const slots: SlotBox[] = [];
  const indexLabels: Point[] = [];
  for (let i = 0; i < capacity; i++) {
    const a = angle(i);
    slots.push({ ...at(a, radius), w: side, h: side });
    indexLabels.push(at(a, indexRadius(a)));
  }
  return {
    view: "ring",
    width: 2 * cx,
    height: 2 * cy,
    slots,
    indexLabels,
    indexSize,
    head: (s) => {
      const a = angle(s);
      const o = out(a);
      return { tip: at(a, headTipRadius(a)), dir: { x: -o.x, y: -o.y } };
    },
    tail: (s) => {
      const a = angle(s);
      return { tip: at(a, radius - slotReach(a) - 4), dir: out(a) };
    },
    periodic: true,
    enterFrom: (i) => at(angle(i), radius - side * 1.2),
    exitTo: (i) => at(angle(i), radius + side * 1.2),
  };
}

export function cyclicRowLayout(capacity: number): CyclicLayout {
  const row = rowLayout(capacity);
  const xAt = (s: number) => row.slots[0].x + s * row.pitch;
  return {
    view: "row",
    width: row.width,
    height: row.height,
    slots: row.slots,
    indexLabels: row.slots.map((slot) => ({ x: slot.x, y: row.indexY })),
    indexSize: row.indexSize,
    head: (s) => ({ tip: { x: xAt(s), y: row.aboveY }, dir: { x: 0, y: 1 } }),
    tail: (s) => ({ tip: { x: xAt(s), y: row.belowY }, dir: { x: 0, y: -1 } }),
    periodic: false,
    enterFrom: (i) => ({ x: row.slots[i].x, y: row.slots[i].y + row.slots[i].h }),
    exitTo: (i) => ({ x: row.slots[i].x, y: row.slots[i].y - row.slots[i].h }),
  };
}

export function cyclicLayout(capacity: number, view: CyclicView): CyclicLayout {
  return view === "ring" ? cyclicRingLayout(capacity) : cyclicRowLayout(capacity);
}
