import { createCanvas, CanvasHandle } from "../js/core/canvas-factory";
import { Surface } from "../js/core/surface";
import { darkPalette } from "../js/core/palette";
import Processing = require("processing");

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pixel(canvas: HTMLCanvasElement, x: number, y: number): number[] {
  const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
  return Array.from(ctx.getImageData(x, y, 1, 1).data);
}

describe("createCanvas", () => {
  let host: HTMLElement;
  const handles: CanvasHandle[] = [];

  beforeEach(() => {
    host = document.createElement("div");
    document.body.appendChild(host);
  });

  afterEach(() => {
    handles.splice(0).forEach((h) => h.release());
    host.remove();
  });

  function make(draw: (s: Surface, now: number) => boolean, pixelRatio = 1): CanvasHandle {
    const handle = createCanvas(host, { width: 60, height: 40, label: "test drawing", draw, pixelRatio });
    handles.push(handle);
    return handle;
  }

  it("createCanvas gives each canvas its own unique id and accessible name", () => {
    const a = make(() => false);
    const b = make(() => false);
    expect(a.canvas.id).not.toBe(b.canvas.id);
    expect(document.querySelectorAll("#" + a.canvas.id).length).toBe(1);
    expect(a.canvas.getAttribute("role")).toBe("img");
    expect(a.canvas.getAttribute("aria-label")).toBe("test drawing");
  });

  it("two canvases on one page never draw into each other", () => {
    let aColor = "#ff0000";
    const a = make((s) => (s.background(aColor), false));
    const b = make((s) => (s.background("#0000ff"), false));
    expect(pixel(a.canvas, 5, 5)).toEqual([255, 0, 0, 255]);
    expect(pixel(b.canvas, 5, 5)).toEqual([0, 0, 255, 255]);
    aColor = "#00ff00";
    a.invalidate();
    expect(pixel(a.canvas, 5, 5)).toEqual([0, 255, 0, 255]);
    expect(pixel(b.canvas, 5, 5)).toEqual([0, 0, 255, 255]);
  });

  it("the backing store is devicePixelRatio times the CSS size, and drawing is scaled to match", () => {
    const handle = make((s) => {
      s.background("#ffffff");
      s.noStroke();
      s.fill("#000000");
      s.rect(30, 0, 30, 40);
      return false;
    }, 2);
    expect(handle.canvas.width).toBe(120);
    expect(handle.canvas.height).toBe(80);
    expect(handle.canvas.getBoundingClientRect().width).toBe(60);
    expect(handle.canvas.getBoundingClientRect().height).toBe(40);
    expect(pixel(handle.canvas, 50, 40)).toEqual([255, 255, 255, 255]); // CSS x 25: left half
    expect(pixel(handle.canvas, 70, 40)).toEqual([0, 0, 0, 255]); // CSS x 35: right half
  });

  it("text drawn in one colour never leaks into the shapes drawn after it", () => {
    const handle = make((s) => {
      s.background("#000000");
      s.noStroke();
      s.rect(30, 0, 5, 5); // Processing applies its own fill (white) here
      s.textSize(30);
      s.text("W", 5, 25); // before any fill(): Processing's white must survive it
      s.rect(0, 30, 10, 10);
      s.fill("#ff0000");
      s.rect(10, 30, 10, 10);
      s.fill("#00ff00");
      s.text("W", 30, 25);
      s.fill("#ff0000"); // the colour Processing applied last: it must apply it again
      s.rect(20, 30, 10, 10);
      return false;
    });
    expect(pixel(handle.canvas, 5, 35)).toEqual([255, 255, 255, 255]);
    expect(pixel(handle.canvas, 15, 35)).toEqual([255, 0, 0, 255]);
    expect(pixel(handle.canvas, 25, 35)).toEqual([255, 0, 0, 255]);
  });

  it("texts keep their font after the backing store is resized (which resets the context)", () => {
    const fonts: string[] = [];
    const real = CanvasRenderingContext2D.prototype.fillText;
    spyOn(CanvasRenderingContext2D.prototype, "fillText").and.callFake(function (this: CanvasRenderingContext2D, text: string, x: number, y: number) {
      fonts.push(this.font);
      real.call(this, text, x, y);
    });
    const handle = make((s) => (s.background("#ffffff"), s.textStyle(true), s.textSize(30), s.fill("#000000"), s.text("W", 5, 25), false));
    handle.setScale(2);
    handle.invalidate();
    expect(fonts.length).toBe(3);
    for (const font of fonts) expect(font).toMatch(/^bold 30px /);
  });

  it("palette roles paint with the theme's colours; setPalette switches them in one redraw", () => {
    const handle = make((s) => (s.background("background"), s.noStroke(), s.fill("tileFill"), s.rect(0, 0, 20, 20), false));
    expect(pixel(handle.canvas, 5, 5)).toEqual([0x1d, 0x4e, 0xd8, 255]);
    expect(pixel(handle.canvas, 40, 5)).toEqual([255, 255, 255, 255]);
    const frames = handle.frames;
    handle.setPalette(darkPalette);
    expect(handle.frames).toBe(frames + 1);
    expect(pixel(handle.canvas, 5, 5)).toEqual([0x25, 0x63, 0xeb, 255]);
    expect(pixel(handle.canvas, 40, 5)).toEqual([0x0f, 0x17, 0x2a, 255]);
  });

  it("setScale(r, zoom) sizes the backing store for r device px per CSS px, zoom CSS px per unit, in one redraw", () => {
    const handle = make((s) => (s.background("#ffffff"), s.noStroke(), s.fill("#000000"), s.rect(30, 0, 30, 40), false));
    const frames = handle.frames;
    handle.setScale(1.5, 2);
    expect(handle.frames).toBe(frames + 1);
    expect(handle.canvas.style.width).toBe("120px");
    expect([handle.canvas.width, handle.canvas.height]).toEqual([180, 120]);
    expect(pixel(handle.canvas, 80, 60)).toEqual([255, 255, 255, 255]); // drawing unit 26.7: left half
    expect(pixel(handle.canvas, 100, 60)).toEqual([0, 0, 0, 255]); // unit 33.3: right half
    handle.setScale(1.505, 2); // under 1%: not worth a new backing store
    expect(handle.frames).toBe(frames + 1);
    expect(handle.canvas.width).toBe(180);
  });

  it("the draw loop runs only while draw() reports motion, then stops", async () => {
    let moving = false;
    const handle = make(() => moving);
    expect(handle.frames).toBe(1); // the first picture, drawn at once
    expect(handle.looping).toBe(false);
    moving = true;
    handle.invalidate();
    expect(handle.looping).toBe(true);
    await wait(150);
    expect(handle.frames).toBeGreaterThan(3); // the loop draws by itself while moving
    moving = false;
    await wait(100);
    expect(handle.looping).toBe(false);
    const settled = handle.frames;
    await wait(200);
    expect(handle.frames).toBe(settled); // nothing draws while settled
  });

  it("release() stops every timer the instance started and removes the canvas", async () => {
    const active = new Set<number>();
    const realSet = window.setInterval;
    const realClear = window.clearInterval;
    spyOn(window, "setInterval").and.callFake(((fn: () => void, ms: number) => {
      const id = realSet(fn, ms);
      active.add(id);
      return id;
    }) as typeof window.setInterval);
    spyOn(window, "clearInterval").and.callFake((id?: number) => {
      if (id !== undefined) active.delete(id);
      realClear(id);
    });
    const handle = make(() => true); // never settles
    handle.invalidate();
    expect(active.size).toBeGreaterThan(0);
    const frames = handle.frames;
    handle.release();
    expect(active.size).toBe(0);
    expect(host.querySelector("canvas")).toBeNull();
    await wait(100);
    expect(handle.frames).toBe(frames);
    handle.release(); // twice is harmless
  });

  it("release() leaves no exited instance in Processing.instances", () => {
    const before = Processing.instances.length;
    const a = make(() => false);
    const b = make(() => false);
    const c = make(() => false);
    a.release();
    c.release();
    expect(Processing.instances.length).toBe(before + 1);
    b.release();
    expect(Processing.instances.length).toBe(before);
  });

  it("the canvas is not a tab stop: keyboard focus goes to the controls", () => {
    const handle = make(() => false);
    expect(handle.canvas.tabIndex).toBe(-1);
  });
});

describe("createCanvas and input events", () => {
  it("a touch or a click on the canvas leaves its style and attributes alone (Processing's handlers are kept off)", () => {
    const host = document.createElement("div");
    document.body.appendChild(host);
    const handle = createCanvas(host, { width: 60, height: 40, label: "touched", draw: () => false, pixelRatio: 2 });
    const before = handle.canvas.getAttribute("style");
    const touch = new Touch({ identifier: 1, target: handle.canvas, clientX: 5, clientY: 5 });
    handle.canvas.dispatchEvent(new TouchEvent("touchstart", { touches: [touch], bubbles: true, cancelable: true }));
    const move = new TouchEvent("touchmove", { touches: [touch], bubbles: true, cancelable: true });
    handle.canvas.dispatchEvent(move);
    handle.canvas.dispatchEvent(new MouseEvent("mousedown", { bubbles: true, cancelable: true }));
    expect(handle.canvas.getAttribute("style")).toBe(before);
    expect(handle.canvas.style.width).toBe("60px");
    expect(handle.canvas.hasAttribute("onclick")).toBe(false);
    expect(move.defaultPrevented).toBe(false); // the page still scrolls under a finger
    expect(handle.canvas.onmousedown).toBeNull();
    handle.release();
    host.remove();
  });
});
