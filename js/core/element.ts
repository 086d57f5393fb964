// An Element tile: one value drawn as a labelled box. It knows its geometry,
// how to move, enter and leave, and how to draw itself; it knows nothing about
// which structure it belongs to.
import { Surface } from "./surface";
import { palette } from "./palette";
import { Tween } from "./tween";

export interface TileFlags {
  /** Outlined in the highlight colour: the item just added or peeked. */
  highlight: boolean;
  /** On its way out: drawn muted and removed once it has faded. */
  leaving: boolean;
}

export interface Point {
  x: number;
  y: number;
}

let nextTileId = 1;

export class Tile {
  readonly id = nextTileId++;
  readonly flags: TileFlags = { highlight: false, leaving: false };
  private readonly x: Tween;
  private readonly y: Tween;
  private readonly alpha = new Tween(1);

  constructor(
    readonly value: string,
    at: Point,
    public w: number,
    public h: number,
  ) {
    this.x = new Tween(at.x);
    this.y = new Tween(at.y);
  }

  /** Centre position at `now`. */
  position(now: number): Point {
    return { x: this.x.value(now), y: this.y.value(now) };
  }

  opacity(now: number): number {
    return this.alpha.value(now);
  }

  target(): Point {
    return { x: this.x.target, y: this.y.target };
  }

  moveTo(to: Point, now: number, duration: number): void {
    this.x.retarget(to.x, now, duration);
    this.y.retarget(to.y, now, duration);
  }

  /** Fade and slide in from `from` to `to`. */
  enter(from: Point, to: Point, now: number, duration: number): void {
    this.x.set(from.x);
    this.y.set(from.y);
    this.alpha.set(0);
    this.moveTo(to, now, duration);
    this.alpha.retarget(1, now, duration);
  }

  /** Fade out while moving to `to`; the owner drops the tile once `isGone`. */
  exit(to: Point, now: number, duration: number): void {
    this.flags.leaving = true;
    this.flags.highlight = false;
    this.moveTo(to, now, duration);
    this.alpha.retarget(0, now, duration);
  }

  isAnimating(now: number): boolean {
    return this.x.isMoving(now) || this.y.isMoving(now) || this.alpha.isMoving(now);
  }

  isGone(now: number): boolean {
    return this.flags.leaving && !this.isAnimating(now);
  }

  draw(surface: Surface, now: number): void {
    const { x, y } = this.position(now);
    const opacity = Math.round(255 * this.opacity(now));
    if (opacity <= 0) return;
    const left = x - this.w / 2;
    const top = y - this.h / 2;
    surface.strokeWeight(this.flags.highlight ? 4 : 2);
    surface.stroke(this.flags.highlight ? palette.tileHighlight : palette.tileStroke, opacity);
    surface.fill(this.flags.leaving ? palette.tileLeaving : palette.tileFill, opacity);
    surface.rect(left, top, this.w, this.h, Math.min(8, this.h / 4));
    surface.noStroke();
    surface.fill(palette.tileText, opacity);
    surface.textStyle(true);
    surface.textSize(tileTextSize(this.value, this.w, this.h));
    surface.textAlign("center", "center");
    surface.text(this.value, x, y);
  }
}

/** The largest text size at which `value` fits inside a w x h tile. */
export function tileTextSize(value: string, w: number, h: number): number {
  const byHeight = h * 0.66;
  const padding = Math.min(6, w * 0.2); // narrow tiles (32 in a row) keep more room for text
  const byWidth = (w - padding) / (0.62 * Math.max(1, value.length));
  return Math.max(8, Math.floor(Math.min(byHeight, byWidth, 30)));
}
