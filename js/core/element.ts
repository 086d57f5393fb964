// An Element tile: one value drawn as a labelled box. It knows its geometry,
// how to move, enter and leave, and how to draw itself; it knows nothing about
// which structure it belongs to.
import { graphemes } from "../model/values";
import { Surface } from "./surface";
import { Tween } from "./tween";

export interface TileFlags {
  /** Outlined in the highlight colour: the item just added or peeked. */
  highlight: boolean;
  /** On its way out: drawn muted and removed once it has faded. */
  leaving: boolean;
  /** A copy left in a slot its item has moved from: drawn muted until the slot is cleared. */
  stale: boolean;
}

export interface Point {
  x: number;
  y: number;
}

let nextTileId = 1;

export class Tile {
  readonly id = nextTileId++;
  readonly flags: TileFlags = { highlight: false, leaving: false, stale: false };
  private readonly x: Tween;
  private readonly y: Tween;
  private readonly alpha = new Tween(1);
  /** The value's text fitted to the tile's size, kept until the size changes. */
  private fitted?: { w: number; h: number; text: TileText };

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
    surface.stroke(this.flags.highlight ? "tileHighlight" : "tileStroke", opacity);
    surface.fill(this.flags.stale ? "tileStale" : this.flags.leaving ? "tileLeaving" : "tileFill", opacity);
    surface.rect(left, top, this.w, this.h, Math.min(8, this.h / 4));
    surface.noStroke();
    surface.fill(this.flags.stale ? "tileStaleText" : "tileText", opacity);
    surface.textStyle(true);
    const { size, lines } = this.text(surface);
    surface.textSize(size);
    surface.textAlign("center", "center");
    if (lines.length === 1) surface.text(lines[0], x, y);
    else lines.forEach((line, i) => surface.text(line, x, y + (i - 0.5) * size * LINE_HEIGHT));
  }

  private text(surface: Surface): TileText {
    const f = this.fitted;
    if (f && f.w === this.w && f.h === this.h) return f.text;
    const text = fitTileText(this.value, this.w, this.h, (line, size) => surface.textWidth(line, size));
    this.fitted = { w: this.w, h: this.h, text };
    return text;
  }
}

/** How a value is written on its tile: the text size and one or two lines. */
export interface TileText {
  size: number;
  lines: string[];
}

/** Values are drawn no larger than this, and (where the layouts allow) no smaller than MIN_TEXT. */
export const MAX_TEXT = 30;
export const MIN_TEXT = 12;
const LINE_HEIGHT = 1.1;

/**
 * The largest text at which `value` fits a w x h tile: on one line, or split into two
 * lines when that is larger (six characters in a narrow tile stay legible).
 * `measure(line, size)` is the width of `line` at text size `size`.
 */
export function fitTileText(value: string, w: number, h: number, measure: (line: string, size: number) => number): TileText {
  const padding = Math.min(6, w * 0.2);
  const widthAt = (line: string) => Math.max(1, measure(line, 100)) / 100; // width per unit of size
  const one = Math.min(MAX_TEXT, h * 0.66, (w - padding) / widthAt(value));
  if (one >= MIN_TEXT || value.length < 2) return { size: Math.max(8, Math.floor(one)), lines: [value] };
  const chars = graphemes(value); // only now: the first segmenting costs tens of ms
  if (chars.length < 2) return { size: Math.max(8, Math.floor(one)), lines: [value] };
  const half = Math.ceil(chars.length / 2);
  const lines = [chars.slice(0, half).join(""), chars.slice(half).join("")];
  const widest = Math.max(widthAt(lines[0]), widthAt(lines[1]));
  const two = Math.min(MAX_TEXT, (h - 4) / (2 * LINE_HEIGHT), (w - padding) / widest);
  if (two <= one) return { size: Math.max(8, Math.floor(one)), lines: [value] };
  return { size: Math.max(8, Math.floor(two)), lines };
}
