// A labelled arrow such as "top", "front" or "head" that glides to the slot it names.
import { Point } from "./element";
import { Color, HAlign, Surface, VAlign } from "./surface";
import { Tween } from "./tween";

/** The way the arrow points, from its label towards its tip. */
export type Direction = "left" | "right" | "up" | "down";

export class PointerMark {
  private readonly x = new Tween(0);
  private readonly y = new Tween(0);
  private readonly alpha = new Tween(0);
  private placed = false;

  constructor(
    readonly label: string,
    readonly color: Color,
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

  draw(surface: Surface, now: number): void {
    const opacity = Math.round(255 * this.alpha.value(now));
    if (opacity <= 0) return;
    const [dx, dy] = unit(this.direction);
    drawArrow(surface, this.tip(now), { x: dx, y: dy }, this.length, this.label, this.color, opacity);
  }
}

/**
 * A labelled arrow whose tip is at `tip`, pointing along the unit vector `dir`; the label
 * sits beyond the arrow's tail, aligned so that it extends away from the tip.
 */
export function drawArrow(surface: Surface, tip: Point, dir: Point, length: number, label: string, color: Color, opacity = 255): void {
  const { x, y } = tip;
  const dx = dir.x;
  const dy = dir.y;
  const tailX = x - dx * length;
  const tailY = y - dy * length;
  surface.stroke(color, opacity);
  surface.strokeWeight(3);
  surface.line(tailX, tailY, x - dx * 8, y - dy * 8);
  surface.noStroke();
  surface.fill(color, opacity);
  // Arrowhead: tip plus two corners behind it.
  const px = -dy;
  const py = dx;
  surface.triangle(x, y, x - dx * 11 + px * 7, y - dy * 11 + py * 7, x - dx * 11 - px * 7, y - dy * 11 - py * 7);
  surface.textStyle(true);
  surface.textSize(16);
  const { h, v } = labelAlignment(dir);
  surface.textAlign(h, v);
  surface.text(label, tailX - dx * LABEL_GAP, tailY - dy * LABEL_GAP);
}

/** Gap between an arrow's tail and its label. */
export const LABEL_GAP = 4;

/** How an arrow's label is aligned to its anchor so that it extends away from the tip. */
export function labelAlignment(dir: Point): { h: HAlign; v: VAlign } {
  return {
    h: -dir.x > 0.38 ? "left" : -dir.x < -0.38 ? "right" : "center",
    v: -dir.y > 0.38 ? "top" : -dir.y < -0.38 ? "bottom" : "center",
  };
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
