// A labelled arrow such as "top", "front" or "head" that glides to the slot it names.
import { Point } from "./element";
import { Paint, HAlign, Surface, VAlign } from "./surface";
import { Tween } from "./tween";

/** The way the arrow points, from its label towards its tip. */
export type Direction = "left" | "right" | "up" | "down";

export class PointerMark {
  private readonly x = new Tween(0);
  private readonly y = new Tween(0);
  private readonly alpha = new Tween(0);
  private placed = false;
  /** Drawn bolder while a step is about it. */
  focused = false;

  constructor(
    readonly label: string,
    readonly color: Paint,
    readonly direction: Direction,
    readonly length = 34,
  ) {}

  /** Moves the tip to `tip`, or hides the arrow when `tip` is null. */
  point(tip: Point | null, now: number, duration: number): void {
    if (!tip) {
      this.alpha.retarget(0, now, duration);
      return;
    }
    if (!this.placed) {
      this.x.set(tip.x);
      this.y.set(tip.y);
      this.placed = true;
    } else {
      this.x.retarget(tip.x, now, duration);
      this.y.retarget(tip.y, now, duration);
    }
    this.alpha.retarget(1, now, duration);
  }

  tip(now: number): Point {
    return { x: this.x.value(now), y: this.y.value(now) };
  }

  visible(now: number): boolean {
    return this.alpha.value(now) > 0;
  }

  isAnimating(now: number): boolean {
    return this.x.isMoving(now) || this.y.isMoving(now) || this.alpha.isMoving(now);
  }

  /** Where a reader grabs this arrow to drag it (practice mode), when it points at `tip`. */
  grip(tip: Point): Point {
    const [dx, dy] = unit(this.direction);
    return gripPoint(tip, { x: dx, y: dy }, this.length);
  }

  draw(surface: Surface, now: number): void {
    const opacity = Math.round(255 * this.alpha.value(now));
    if (opacity <= 0) return;
    const [dx, dy] = unit(this.direction);
    drawArrow(surface, this.tip(now), { x: dx, y: dy }, this.length, this.label, this.color, opacity, false, this.focused);
  }
}

/**
 * A labelled arrow whose tip is at `tip`, pointing along the unit vector `dir`. The label
 * sits beyond the arrow's tail, or `beside` its shaft (which takes less room along the
 * arrow), aligned so that it extends away from the arrow. A `bold` arrow is the one a
 * step is about.
 */
export function drawArrow(
  surface: Surface,
  tip: Point,
  dir: Point,
  length: number,
  label: string,
  color: Paint,
  opacity = 255,
  beside = false,
  bold = false,
): void {
  const { x, y } = tip;
  const dx = dir.x;
  const dy = dir.y;
  const tailX = x - dx * length;
  const tailY = y - dy * length;
  surface.stroke(color, opacity);
  surface.strokeWeight(bold ? 5 : 3);
  surface.line(tailX, tailY, x - dx * 8, y - dy * 8);
  surface.noStroke();
  surface.fill(color, opacity);
  // Arrowhead: tip plus two corners behind it.
  const px = -dy;
  const py = dx;
  surface.triangle(x, y, x - dx * 11 + px * 7, y - dy * 11 + py * 7, x - dx * 11 - px * 7, y - dy * 11 - py * 7);
  surface.textStyle(true);
  surface.textSize(LABEL_SIZE);
  const anchor = arrowLabelAnchor(tip, dir, length, beside);
  surface.textAlign(anchor.h, anchor.v);
  surface.text(label, anchor.x, anchor.y);
}

/** Text size of pointer labels, and the box a label such as "head" or "front" takes. */
export const LABEL_SIZE = 16;
export const LABEL_WIDTH = 46;
export const LABEL_HEIGHT = 18;
/** Gap between an arrow's tail (or shaft) and its label. */
export const LABEL_GAP = 4;

/** Where an arrow's label is anchored and how it is aligned there (see drawArrow). */
export function arrowLabelAnchor(tip: Point, dir: Point, length: number, beside = false): Point & { h: HAlign; v: VAlign } {
  if (!beside) {
    const reach = length + LABEL_GAP;
    return { x: tip.x - dir.x * reach, y: tip.y - dir.y * reach, ...labelAlignment(dir) };
  }
  // Beside the middle of the shaft, on the side a quarter turn anticlockwise from the arrow.
  const side = { x: dir.y, y: -dir.x };
  const mid = (length + 8) / 2;
  return {
    x: tip.x - dir.x * mid + side.x * (LABEL_GAP + 2),
    y: tip.y - dir.y * mid + side.y * (LABEL_GAP + 2),
    ...labelAlignment({ x: -side.x, y: -side.y }),
  };
}

/** The box an arrow's label covers, for layouts that keep labels inside the canvas. */
export function arrowLabelBox(tip: Point, dir: Point, length: number, beside = false): { left: number; right: number; top: number; bottom: number } {
  const a = arrowLabelAnchor(tip, dir, length, beside);
  const left = a.h === "left" ? a.x : a.h === "right" ? a.x - LABEL_WIDTH : a.x - LABEL_WIDTH / 2;
  const top = a.v === "top" ? a.y : a.v === "bottom" ? a.y - LABEL_HEIGHT : a.y - LABEL_HEIGHT / 2;
  return { left, right: left + LABEL_WIDTH, top, bottom: top + LABEL_HEIGHT };
}

/** How an arrow's label is aligned to its anchor so that it extends away from the tip. */
export function labelAlignment(dir: Point): { h: HAlign; v: VAlign } {
  return {
    h: -dir.x > 0.38 ? "left" : -dir.x < -0.38 ? "right" : "center",
    v: -dir.y > 0.38 ? "top" : -dir.y < -0.38 ? "bottom" : "center",
  };
}
/** The back of an arrow pointing along `dir` to `tip`, between its shaft and its label: where to grab it. */
export function gripPoint(tip: Point, dir: Point, length: number): Point {
  return { x: tip.x - dir.x * length, y: tip.y - dir.y * length };
}

function unit(direction: Direction): [number, number] {
  switch (direction) {
    case "left":
      return [-1, 0];
    case "right":
      return [1, 0];
    case "up":
      return [0, -1];
    default:
      return [0, 1];
  }
}
