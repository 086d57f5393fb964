// A Surface that records every call as a line of text, so specs can compare traces.
import { graphemes } from "../../js/model/values";
import { HAlign, Paint, Surface, VAlign } from "../../js/core/surface";

const round = (n: number) => Math.round(n * 100) / 100;

export class RecordingSurface implements Surface {
  readonly calls: string[] = [];
  private log(name: string, ...args: (number | string | boolean | undefined)[]): void {
    const shown = args.filter((a) => a !== undefined).map((a) => (typeof a === "number" ? round(a) : String(a)));
    this.calls.push(shown.length ? `${name} ${shown.join(" ")}` : name);
  }
  background(color: Paint) { this.log("background", color); }
  fill(color: Paint, alpha?: number) { this.log("fill", color, alpha); }
  noFill() { this.log("noFill"); }
  stroke(color: Paint, alpha?: number) { this.log("stroke", color, alpha); }
  noStroke() { this.log("noStroke"); }
  strokeWeight(w: number) { this.log("strokeWeight", w); }
  rect(x: number, y: number, w: number, h: number, r?: number) { this.log("rect", x, y, w, h, r); }
  ellipse(x: number, y: number, w: number, h: number) { this.log("ellipse", x, y, w, h); }
  line(x1: number, y1: number, x2: number, y2: number) { this.log("line", x1, y1, x2, y2); }
  triangle(a: number, b: number, c: number, d: number, e: number, f: number) { this.log("triangle", a, b, c, d, e, f); }
  arc(x: number, y: number, w: number, h: number, s: number, e: number) { this.log("arc", x, y, w, h, s, e); }
  textSize(size: number) { this.log("textSize", size); }
  textStyle(bold: boolean) { this.log("textStyle", bold ? "bold" : "normal"); }
  textAlign(h: HAlign, v: VAlign) { this.log("textAlign", h, v); }
  text(value: string, x: number, y: number) { this.log("text", JSON.stringify(value), x, y); }
  /** Every character is 0.6 of the text size wide (measuring is not a drawing call: not recorded). */
  textWidth(value: string, size: number) { return 0.6 * size * graphemes(value).length; }
  pushMatrix() { this.log("pushMatrix"); }
  popMatrix() { this.log("popMatrix"); }
  translate(x: number, y: number) { this.log("translate", x, y); }
  scale(f: number) { this.log("scale", f); }

  /** The texts drawn, in order. */
  texts(): string[] {
    return this.calls.filter((c) => c.startsWith("text ")).map((c) => JSON.parse(c.slice(5, c.lastIndexOf('"') + 1)));
  }

  clear(): void {
    this.calls.length = 0;
  }
}
