// The narrow drawing interface that elements and views draw through.
// Only the Processing adapter implements it for real; specs use a recording one.

/** A colour as "#rrggbb". */
export type Color = string;
export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "center" | "bottom" | "baseline";

export interface Surface {
  background(color: Color): void;
  fill(color: Color, alpha?: number): void;
  noFill(): void;
  stroke(color: Color, alpha?: number): void;
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
  pushMatrix(): void;
  popMatrix(): void;
  translate(x: number, y: number): void;
  scale(factor: number): void;
}
