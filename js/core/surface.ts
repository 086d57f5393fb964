// The narrow drawing interface that elements and views draw through.
// Only the Processing adapter implements it for real; specs use a recording one.
import { PaletteRole } from "./palette";

/** A colour as "#rrggbb". */
export type Color = string;
/** What to paint with: a role of the theme's palette ("tileFill"), or a literal "#rrggbb". */
export type Paint = PaletteRole | Color;
export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "center" | "bottom" | "baseline";

export interface Surface {
  background(paint: Paint): void;
  fill(paint: Paint, alpha?: number): void;
  noFill(): void;
  stroke(paint: Paint, alpha?: number): void;
  noStroke(): void;
  strokeWeight(weight: number): void;
  rect(x: number, y: number, w: number, h: number, radius?: number): void;
  ellipse(cx: number, cy: number, w: number, h: number): void;
  line(x1: number, y1: number, x2: number, y2: number): void;
  triangle(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): void;
  arc(cx: number, cy: number, w: number, h: number, start: number, stop: number): void;
  textSize(size: number): void;
  textStyle(bold: boolean): void;
  textAlign(h: HAlign, v: VAlign): void;
  text(value: string, x: number, y: number): void;
  /** The width `value` takes at text size `size` in the current style (bold or not). */
  textWidth(value: string, size: number): number;
  pushMatrix(): void;
  popMatrix(): void;
  translate(x: number, y: number): void;
  scale(factor: number): void;
}
