import { createCanvas, CanvasHandle } from "../js/core/canvas-factory";
import { Surface } from "../js/core/surface";
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
