// The only place that creates Processing instances. Each example gets its own
// instance on its own uniquely named canvas, its backing store sized in device pixels,
// and its draw loop runs only while something animates.
import Processing = require("processing");
import { Clock, performanceClock } from "./clock";
import { lightPalette, Palette } from "./palette";
import { ProcessingSurface } from "./processing-surface";
import { Surface } from "./surface";

export interface CanvasOptions {
  /** The drawing's size, in drawing units. */
  width: number;
  height: number;
  /** Accessible name of the drawing. */
  label: string;
  /** Draws one frame; returns true while something is still moving. */
  draw(surface: Surface, now: number): boolean;
  clock?: Clock;
  /** Device pixels per CSS pixel of the backing store (default devicePixelRatio). */
  pixelRatio?: number;
  /** CSS pixels per drawing unit (default 1): the example's font size knob. */
  zoom?: number;
  palette?: Palette;
  /** Make the canvas element now, but the Processing instance and first draw at start(). */
  deferred?: boolean;
}

export interface CanvasHandle {
  readonly canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel of the backing store now. */
  readonly pixelRatio: number;
  /** CSS pixels per drawing unit now. */
  readonly zoom: number;
  /** Frames drawn so far. */
  readonly frames: number;
  /** True while the draw loop's timer runs. */
  readonly looping: boolean;
  /** True once the Processing instance exists and has drawn. */
  readonly started: boolean;
  /** Creates the Processing instance and draws (a deferred canvas); does nothing after the first call. */
  start(): void;
  /** Something changed: draw now, and keep drawing while it moves. */
  invalidate(): void;
  resize(width: number, height: number): void;
  /**
   * Sizes the backing store for `pixelRatio` device pixels per CSS pixel (and `zoom` CSS
   * pixels per unit), and redraws once; changes under 1% are ignored.
   */
  setScale(pixelRatio: number, zoom?: number): void;
  /** Draws with another theme's colours from now on (redraws once). */
  setPalette(palette: Palette): void;
  /** Exit the Processing instance and remove the canvas. Safe to call twice. */
  release(): void;
}

let canvasCount = 0;

// Processing's own DOMContentLoaded scan would exit every instance we made (and, in the
// bundle, start the host page's own sketches a second time): switch it off at load.
Processing.disableInit();

// Processing 1.6.6 measures web fonts against a template: the first instance injects an
// inline <style> with a data: @font-face (refused by a Content-Security-Policy without
// 'unsafe-inline' or its hash) and leaves a hidden "AAAAAAAA" span in <body> that screen
// readers read out. dsviz loads no web fonts, so it gives Processing a detached template.
function skipFontPreloading(doc: Document): void {
  const preloading = Processing.prototype.PFont && Processing.prototype.PFont.preloading;
  if (preloading && !preloading.initialized) {
    preloading.template = doc.createElement("span");
    preloading.initialized = true;
  }
}

/** Listeners Processing would put on the canvas for mouse, touch and keys: dsviz needs none. */
const IGNORED_EVENTS = /^(touch|mouse|key|contextmenu|DOMMouseScroll)/;

/**
 * Makes `new Processing(canvas, ...)` and keeps its input handling off the canvas. On a
 * touch, Processing 1.6.6 would overwrite the canvas's style attribute (losing its CSS
 * size), set an inline onclick="void(0)" (refused under a script-src CSP), and block
 * scrolling of the page with preventDefault on touchmove.
 */
function newProcessing(canvas: HTMLCanvasElement, sketch: (p: Processing.PInstance) => void): Processing.PInstance {
  const own = canvas as HTMLCanvasElement & { addEventListener: typeof canvas.addEventListener };
  const add = canvas.addEventListener;
  own.addEventListener = function (this: HTMLCanvasElement, type: string, ...rest: [EventListenerOrEventListenerObject, boolean?]) {
    if (!IGNORED_EVENTS.test(type)) add.call(this, type, ...rest);
  } as typeof canvas.addEventListener;
  try {
    return new Processing(canvas, sketch);
  } finally {
    delete (own as Partial<typeof own>).addEventListener;
    canvas.onmousedown = null;
    canvas.onfocus = null;
    canvas.onblur = null;
  }
}

export function createCanvas(parent: HTMLElement, options: CanvasOptions): CanvasHandle {
  const doc = parent.ownerDocument;
  skipFontPreloading(doc);
  const clock = options.clock || performanceClock;
  let pixelRatio = options.pixelRatio || (doc.defaultView && doc.defaultView.devicePixelRatio) || 1;
  let zoom = options.zoom || 1;
  const canvas = doc.createElement("canvas");
  canvas.id = "dsviz-canvas-" + ++canvasCount;
  canvas.className = "dsviz-canvas";
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", options.label);
  canvas.tabIndex = -1; // Processing would make it a tab stop with nothing to do
  parent.appendChild(canvas);

  let width = options.width;
  let height = options.height;
  let looping = false;
  let released = false;
  let frames = 0;
  let instance: Processing.PInstance | undefined;
  let surface: ProcessingSurface | undefined;

  const sizeBox = () => {
    canvas.style.width = round2(width * zoom) + "px";
    // The CSS box never depends on the backing store's rounding (so resizing the backing
    // store never resizes the box), and keeps its shape if CSS ever narrows it.
    canvas.style.height = "auto";
    canvas.style.aspectRatio = `${width} / ${height}`;
  };
  const applySize = (p: Processing.PInstance) => {
    p.size(Math.round(width * zoom * pixelRatio), Math.round(height * zoom * pixelRatio));
    sizeBox();
  };

  const redrawSized = () => {
    if (!instance) return sizeBox();
    applySize(instance);
    instance.redraw();
  };
  let palette = options.palette || lightPalette;
  const sketch = (p: Processing.PInstance) => {
    surface = new ProcessingSurface(p);
    surface.palette = palette;
    const own = surface;
    p.setup = () => {
      applySize(p);
      p.noLoop();
    };
    p.draw = () => {
      frames++;
      own.contextRestored();
      p.resetMatrix();
      p.scale(zoom * pixelRatio);
      const moving = options.draw(own, clock.now());
      if (moving && !looping) {
        looping = true;
        p.loop();
      } else if (!moving && looping) {
        looping = false;
        p.noLoop();
      }
    };
  };
  const start = () => {
    if (instance || released) return;
    try {
      instance = newProcessing(canvas, sketch);
    } catch (error) {
      // The first draw threw: Processing has already registered the instance.
      for (const p of Processing.instances.slice()) {
        if (p.externals && p.externals.canvas === canvas) exitInstance(p);
      }
      canvas.remove();
      throw error;
    }
  };
  if (options.deferred) {
    sizeBox(); // the page lays out around the canvas before it draws
  } else {
    start();
  }

  return {
    canvas,
    get pixelRatio() {
      return pixelRatio;
    },
    get zoom() {
      return zoom;
    },
    get frames() {
      return frames;
    },
    get looping() {
      return looping;
    },
    get started() {
      return !!instance;
    },
    start,
    invalidate() {
      if (!released && instance) instance.redraw();
    },
    // Before start() these only remember: start() sizes and draws with what they set.
    resize(w: number, h: number) {
      if (released || (w === width && h === height)) return;
      width = w;
      height = h;
      redrawSized();
    },
    setScale(ratio: number, newZoom = zoom) {
      if (released || !(ratio > 0) || !(newZoom > 0)) return;
      if (Math.abs(ratio / pixelRatio - 1) < 0.01 && Math.abs(newZoom / zoom - 1) < 0.001) return;
      pixelRatio = ratio;
      zoom = newZoom;
      redrawSized();
    },
    setPalette(next: Palette) {
      if (released || palette === next) return;
      palette = next;
      if (instance && surface) {
        surface.palette = next;
        instance.redraw();
      }
    },
    release() {
      if (released) return;
      released = true;
      looping = false;
      if (instance) exitInstance(instance);
      instance = undefined;
      canvas.remove();
    },
  };
}

// Processing 1.6.6 removes instances by a stale index, which can drop the wrong one
// from Processing.instances and keep the exited one alive; repair the list after exit.
function exitInstance(p: Processing.PInstance): void {
  const before = Processing.instances.slice();
  p.noLoop();
  p.exit();
  const list = Processing.instances;
  list.length = 0;
  for (const other of before) if (other !== p) list.push(other);
}

const round2 = (n: number) => Math.round(n * 100) / 100;
