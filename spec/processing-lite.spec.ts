// The Processing.js that dsviz ships is the part of 1.6.6 it uses (tools/processing-lite.js).
// The specs load that same file: here, each call js/types/processing.d.ts declares works.
import Processing = require("processing");

type Instance = Processing.PInstance;

/** As createCanvas does: no web-font preloading, which would delay every later sketch. */
function skipFontPreloading(): void {
  const preloading = Processing.prototype.PFont && Processing.prototype.PFont.preloading;
  if (preloading && !preloading.initialized) {
    preloading.template = document.createElement("span");
    preloading.initialized = true;
  }
}

function sketch(draw: (p: Instance) => void): { canvas: HTMLCanvasElement; p: Instance } {
  skipFontPreloading();
  const canvas = document.createElement("canvas");
  canvas.id = "processing-lite-" + Math.random().toString(36).slice(2);
  document.body.appendChild(canvas);
  let instance: Instance | undefined;
  new Processing(canvas, (p) => {
    instance = p;
    p.setup = () => {
      p.size(40, 40);
      p.noLoop();
    };
    p.draw = () => {
      p.background(255, 255, 255);
      draw(p);
    };
  });
  return { canvas, p: instance as Instance };
}

/** How many pixels of the canvas are not white. */
function inked(canvas: HTMLCanvasElement): number {
  const data = (canvas.getContext("2d") as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height).data;
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250) count++;
  return count;
}

describe("Processing as dsviz ships it", () => {
  const made: { canvas: HTMLCanvasElement; p: Instance }[] = [];
  afterEach(() => {
    for (const { canvas, p } of made.splice(0)) {
      p.exit();
      canvas.remove();
    }
  });
  const draws = (draw: (p: Instance) => void) => {
    const s = sketch(draw);
    made.push(s);
    return s;
  };

  const SHAPES: [string, (p: Instance) => void][] = [
    ["rect", (p) => p.rect(5, 5, 20, 10)],
    ["rect with rounded corners", (p) => p.rect(5, 5, 20, 10, 4)],
    ["ellipse", (p) => p.ellipse(20, 20, 16, 10)],
    ["triangle", (p) => p.triangle(5, 5, 30, 5, 15, 30)],
    ["arc", (p) => p.arc(20, 20, 30, 30, 0, Math.PI)],
    ["line", (p) => p.line(2, 2, 38, 38)],
  ];
  for (const [name, draw] of SHAPES) {
    it(`p.${name.split(" ")[0]}(…) draws ${name} in the fill and stroke set before it`, () => {
      const { canvas } = draws((p) => {
        p.fill(200, 0, 0, 255);
        p.stroke(0, 0, 200, 255);
        p.strokeWeight(2);
        draw(p);
      });
      expect(inked(canvas)).toBeGreaterThan(10);
    });
  }

  it("noFill() and noStroke() leave a shape unpainted", () => {
    const { canvas } = draws((p) => {
      p.noFill();
      p.noStroke();
      p.rect(5, 5, 30, 30);
    });
    expect(inked(canvas)).toBe(0);
  });

  it("pushMatrix/translate/scale/popMatrix and resetMatrix move what is drawn, then restore", () => {
    const { canvas } = draws((p) => {
      p.noStroke();
      p.fill(0, 0, 0, 255);
      p.pushMatrix();
      p.translate(20, 20);
      p.scale(2);
      p.rect(0, 0, 5, 5); // covers 20..30
      p.popMatrix();
      p.rect(0, 0, 2, 2); // back at the origin
      p.translate(100, 100);
      p.resetMatrix();
      p.rect(38, 0, 2, 2);
    });
    const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
    const at = (x: number, y: number) => ctx.getImageData(x, y, 1, 1).data[0];
    expect([at(25, 25), at(1, 1), at(39, 1), at(15, 15)]).toEqual([0, 0, 0, 255]);
  });

  it("loop() runs draw on a timer, noLoop() stops it, redraw() draws once; frameCount counts", async () => {
    let frames = 0;
    const { p } = draws(() => frames++);
    expect(frames).toBe(1);
    p.redraw();
    expect(frames).toBe(2);
    p.loop();
    await new Promise((resolve) => setTimeout(resolve, 150));
    p.noLoop();
    const stopped = frames;
    expect(stopped).toBeGreaterThan(3);
    expect(p.frameCount).toBe(frames);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(frames).toBe(stopped);
  });

  it("a new sketch adds nothing to the page, not even for a moment (its default font is not measured)", () => {
    // As on a fresh page: no font made yet (PFont caches each one).
    (Processing.prototype as unknown as { PFont: { PFontCache: object } }).PFont.PFontCache = { length: 0 };
    skipFontPreloading(); // whichever spec runs first
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { childList: true, subtree: true });
    const canvas = document.createElement("canvas");
    document.body.appendChild(canvas);
    observer.takeRecords();
    let instance: Instance | undefined;
    new Processing(canvas, (p) => {
      instance = p;
      p.setup = () => p.size(20, 20);
      p.draw = () => p.background(255, 255, 255);
    });
    const added: Node[] = [];
    for (const record of observer.takeRecords()) added.push(...Array.from(record.addedNodes));
    observer.disconnect();
    made.push({ canvas, p: instance as Instance });
    expect(added).toEqual([]);
  });

  it("size() sets no font on the context: dsviz sets its own before each text (Processing's Arial is a fallback search where it is missing)", () => {
    const fresh = (document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D).font;
    const { p } = draws(() => undefined);
    expect(p.externals.context.font).toBe(fresh);
  });

  it("a font's metrics are still measured, when first read", () => {
    type Font = { ascent: number; descent: number; leading: number; size: number };
    const PFont = (Processing.prototype as unknown as { PFont: { get(name: string, size: number): Font } }).PFont;
    const font = PFont.get("sans-serif", 40);
    expect(font.ascent).toBeGreaterThan(20);
    expect(font.descent).toBeGreaterThan(2);
    expect(font.leading).toBeGreaterThanOrEqual(40);
  });

  it("externals give the canvas and its 2D context; exit() takes the instance off Processing.instances", () => {
    const { canvas, p } = draws(() => undefined);
    expect(p.externals.canvas).toBe(canvas);
    expect(p.externals.context).toBe(canvas.getContext("2d") as CanvasRenderingContext2D);
    expect(Processing.instances).toContain(p);
    p.exit();
    expect(Processing.instances).not.toContain(p);
  });
});
