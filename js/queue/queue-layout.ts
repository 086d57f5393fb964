// Where everything of an array queue goes, as a pure function of its capacity:
// a row of slots with the front at the left (slot 0), the front pointer above the
// row and the rear pointer below it (over two lines beyond 16 slots).
import { Point } from "../core/element";
import { rowLayout, RowLayout } from "../core/row-layout";

export interface QueueLayout extends RowLayout {
  /** Tip of the front pointer (above, pointing down) when the front is in slot i. */
  frontTip(i: number): Point;
  /** Tip of the rear pointer (below, pointing up) when the rear is in slot i. */
  rearTip(i: number): Point;
  /** An enqueued tile arrives from beyond the last slot, at the back of the line. */
  enterFrom: Point;
  /** A dequeued tile leaves past slot 0, out of the front of the line. */
  exitTo: Point;
  /** Where the picture says "empty": in the front pointer's band, mid-row. */
  notePos: Point;
}

export function queueLayout(capacity: number, maxWidth = Infinity): QueueLayout {
  const row = rowLayout(capacity, maxWidth);
  const first = row.slots[0];
  const last = row.slots[capacity - 1];
  return {
    ...row,
    frontTip: (i) => row.above(i),
    rearTip: (i) => row.below(i),
    enterFrom: { x: last.x + row.pitch, y: last.y },
    exitTo: { x: first.x - row.pitch, y: first.y },
    notePos: { x: row.width / 2, y: row.above(0).y - 22 },
  };
}
