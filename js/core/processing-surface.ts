// The one Surface that draws for real: it forwards to a Processing instance.
import Processing = require("processing");
import { lightPalette, Palette } from "./palette";
import { Color, HAlign, Paint, Surface, VAlign } from "./surface";

type Rgb = [number, number, number];

const rgbCache = new Map<Color, Rgb>();

/** "#rrggbb" -> [r, g, b]; cached because the same few colours are drawn every frame. */
export function parseColor(color: Color): Rgb {
  let rgb = rgbCache.get(color);
  if (!rgb) {
    const n = parseInt(color.slice(1), 16);
    rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
    rgbCache.set(color, rgb);
  }
  return rgb;
}

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const BASELINES: Record<VAlign, CanvasTextBaseline> = {
  top: "top",
  center: "middle",
  bottom: "bottom",
  baseline: "alphabetic",
};

export class ProcessingSurface implements Surface {
  /** The theme's colours that palette roles resolve to; switching it is a redraw away. */
  palette: Palette = lightPalette;
  private bold = false;
  private size = 12;
  private align: CanvasTextAlign = "left";
  private baseline: CanvasTextBaseline = "alphabetic";
  private fillStyle = "rgba(0, 0, 0, 1)";
  private fontSet = "";
  private filled = false;

  constructor(private readonly p: Processing.PInstance) {}

  private rgb(paint: Paint): Rgb {
    return parseColor(paint.charAt(0) === "#" ? paint : this.palette[paint as keyof Palette]);
  }

  background(paint: Paint): void {
    const [r, g, b] = this.rgb(paint);
    this.p.background(r, g, b);
  }
  fill(paint: Paint, alpha = 255): void {
    const [r, g, b] = this.rgb(paint);
    this.p.fill(r, g, b, alpha);
    this.fillStyle = `rgba(${r}, ${g}, ${b}, ${alpha / 255})`;
    this.filled = true;
  }
  noFill(): void {
    this.p.noFill();
  }
  stroke(paint: Paint, alpha = 255): void {
    const [r, g, b] = this.rgb(paint);
    this.p.stroke(r, g, b, alpha);
  }
  noStroke(): void {
    this.p.noStroke();
  }
  strokeWeight(weight: number): void {
    this.p.strokeWeight(weight);
  }
  rect(x: number, y: number, w: number, h: number, radius?: number): void {
    if (radius) this.p.rect(x, y, w, h, radius);
    else this.p.rect(x, y, w, h);
  }
  ellipse(cx: number, cy: number, w: number, h: number): void {
    this.p.ellipse(cx, cy, w, h);
  }
  line(x1: number, y1: number, x2: number, y2: number): void {
    this.p.line(x1, y1, x2, y2);
  }
  triangle(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): void {
    this.p.triangle(x1, y1, x2, y2, x3, y3);
  }
  arc(cx: number, cy: number, w: number, h: number, start: number, stop: number): void {
    this.p.arc(cx, cy, w, h, start, stop);
  }
  // Text goes straight to the canvas context that Processing draws on (same transform):
  // Processing's PFont measures every new font size by scanning pixels, which cost
  // ~90 ms of the demo's first paint, and its text() adds nothing we need.
  textStyle(bold: boolean): void {
    this.bold = bold;
  }
  textSize(size: number): void {
    this.size = size;
  }
  textAlign(h: HAlign, v: VAlign): void {
    this.align = h;
    this.baseline = BASELINES[v];
  }
  text(value: string, x: number, y: number): void {
    const ctx = this.p.externals.context;
    this.setFont(ctx, this.size);
    if (ctx.textAlign !== this.align) ctx.textAlign = this.align;
    if (ctx.textBaseline !== this.baseline) ctx.textBaseline = this.baseline;
    // Every fill() also gives Processing the same colour, which it applies lazily before
    // its next shape (Drawing2D.fill always marks it dirty): text in that colour leaves
    // Processing's state right. Only before any fill() must its colour be put back.
    const processingFill = this.filled ? undefined : ctx.fillStyle;
    ctx.fillStyle = this.fillStyle;
    ctx.fillText(value, x, y);
    if (processingFill !== undefined) ctx.fillStyle = processingFill;
  }
  textWidth(value: string, size: number): number {
    const ctx = this.p.externals.context;
    this.setFont(ctx, size);
    return ctx.measureText(value).width;
  }
  /**
   * Processing draws each frame between the context's save() and restore(), and resizing
   * resets the context: at the start of a frame, nothing set on it before is there.
   */
  contextRestored(): void {
    this.fontSet = "";
  }
  /** Setting a context's font parses it, a good part of what a text costs: only when it differs. */
  private setFont(ctx: CanvasRenderingContext2D, size: number): void {
    const font = `${this.bold ? "bold " : ""}${size}px ${FONT_FAMILY}`;
    if (font === this.fontSet) return;
    ctx.font = font;
    this.fontSet = font;
  }
  pushMatrix(): void {
    this.p.pushMatrix();
  }
  popMatrix(): void {
    this.p.popMatrix();
  }
  translate(x: number, y: number): void {
    this.p.translate(x, y);
  }
  scale(factor: number): void {
    this.p.scale(factor);
  }
}
