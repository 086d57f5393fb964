// Where a linked structure's nodes go, as a pure function of the most nodes and the width
// it may take: node i of the chain (from top or head) at place i, left to right, wrapping
// onto more lines. Each node is a value box and a next box; the next arrow crosses the gap
// to the node after it. Above a line is the band for top or head; below it, the band for
// tail and for a node just allocated and not yet linked in.
import { Point } from "../core/element";
import { SlotBox } from "../core/slot-drawing";

export interface LinkedLayout {
  width: number;
  height: number;
  /** The value box of the node at each place (as `slots`, for the scene and the text view). */
  slots: SlotBox[];
  /** Width of the next box, right of each value box. */
  nextWidth: number;
  /** Where a node allocated for place i waits before it is linked in (below that place). */
  loose(i: number): SlotBox;
  /** Tips of a pointer above place s (pointing down) or below it (pointing up). */
  above(s: number): Point;
  below(s: number): Point;
  /** Where the picture says "top = null" when there is no node. */
  notePos: Point;
}

/** 8 nodes (the default capacity) fit one line of MAX_SPAN. */
const PITCH = 90;
const VALUE_W = 58;
const NEXT_W = 16;
const H = 44;
const SIDE = 24;
const ABOVE = 62;
const BELOW = 84;
const MAX_SPAN = 720;
const MIN_WIDTH = 320;

/** Nodes per line: as many as fit `maxWidth` (at most 8), balanced over the lines. */
export function linkedPerLine(capacity: number, maxWidth = Infinity): number {
  const fits = Math.max(1, Math.floor(Math.min(MAX_SPAN, maxWidth - 2 * SIDE) / PITCH));
  const lines = Math.ceil(capacity / Math.min(capacity, fits));
  return Math.ceil(capacity / lines);
}

export function linkedLayout(capacity: number, maxWidth = Infinity): LinkedLayout {
  const perLine = linkedPerLine(capacity, maxWidth);
  const lines = Math.ceil(capacity / perLine);
  const lineHeight = ABOVE + H + BELOW;
  const width = Math.max(Math.min(MIN_WIDTH, maxWidth), perLine * PITCH + 2 * SIDE);
  const left = (width - perLine * PITCH) / 2;
  const place = (i: number): Point => ({
    x: left + PITCH * (i % perLine) + VALUE_W / 2 + 4,
    y: Math.floor(i / perLine) * lineHeight + ABOVE + H / 2,
  });
  const slots: SlotBox[] = [];
  for (let i = 0; i < capacity; i++) slots.push({ ...place(i), w: VALUE_W, h: H });
  const at = (s: number) => place(Math.max(0, Math.min(capacity - 1, Math.round(s))));
  return {
    width,
    height: lines * lineHeight,
    slots,
    nextWidth: NEXT_W,
    loose: (i) => {
      const p = at(i);
      return { x: p.x, y: p.y + H + 22, w: VALUE_W, h: H };
    },
    above: (s) => ({ x: at(s).x, y: at(s).y - H / 2 - 4 }),
    below: (s) => ({ x: at(s).x, y: at(s).y + H / 2 + 4 }),
    notePos: { x: width / 2, y: ABOVE + H / 2 },
  };
}
