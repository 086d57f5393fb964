// A labelled arrow that names a slot by its index, such as a cyclic queue's head or tail.
// It glides through the slot positions in between, so on a ring it travels along the
// circle (and forward across the wrap from the last slot to slot 0) instead of cutting
// across it; the view says where the arrow is at each slot position.
import { Point } from "./element";
import { drawArrow } from "./pointer";
import { Paint, Surface } from "./surface";
import { Tween } from "./tween";

/** An arrow's tip and the unit direction it points in (from its label towards the tip). */
export interface ArrowPlace {
  tip: Point;
  dir: Point;
  /** The label goes beside the shaft instead of beyond its tail. */
  beside?: boolean;
  /** The arrow's length, when the view wants another than the pointer's own. */
  length?: number;
}

/** Where the arrow is when it stands at (possibly fractional) slot position `s`. */
export type ArrowPlacer = (s: number) => ArrowPlace;

export class SlotPointer {
  private readonly position = new Tween(0);
  /** Drawn bolder while a step is about it. */
  focused = false;

  constructor(
    readonly label: string,
    readonly color: Paint,
    readonly length = 30,
  ) {}

  /**
   * Heads for `slot`. On a periodic view (a ring of `capacity` slots) it goes the short
   * way round, so 7 -> 0 of 8 moves one step forward; otherwise it slides straight there.
   * A duration of 0 jumps.
   */
  point(slot: number, capacity: number, periodic: boolean, now: number, duration: number): void {
    let target = slot;
    if (periodic) {
      const from = this.position.target;
      let delta = (((slot - from) % capacity) + capacity) % capacity;
      if (delta > capacity / 2) delta -= capacity;
      target = from + delta;
    }
    if (duration <= 0) this.position.set(target);
    else this.position.retarget(target, now, duration);
  }

  /** The slot position at `now` (fractional while gliding; may exceed capacity on a ring). */
  at(now: number): number {
    return this.position.value(now);
  }

  isAnimating(now: number): boolean {
    return this.position.isMoving(now);
  }

  draw(surface: Surface, now: number, place: ArrowPlacer): void {
    const { tip, dir, beside, length } = place(this.at(now));
    drawArrow(surface, tip, dir, length || this.length, this.label, this.color, 255, beside, this.focused);
  }
}
