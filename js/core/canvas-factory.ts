// The only place that creates Processing instances. Each example gets its own
// instance on its own uniquely named canvas, sized for devicePixelRatio, and its
// draw loop runs only while something animates.
import Processing = require("processing");
import { Clock, performanceClock } from "./clock";
import { ProcessingSurface } from "./processing-surface";
import { Surface } from "./surface";

export interface CanvasOptions {
  width: number;
  height: number;
  /** Accessible name of the drawing. */
  label: string;
  /** Draws one frame; returns true while something is still moving. */
  draw(surface: Surface, now: number): boolean;
  clock?: Clock;
  pixelRatio?: number;
}

export interface CanvasHandle {
  readonly canvas: HTMLCanvasElement;
  readonly pixelRatio: number;
  /** Frames drawn so far. */
  readonly frames: number;
  /** True while the draw loop's timer runs. */
  readonly looping: boolean;
  /** Something changed: draw now, and keep drawing while it moves. */
  invalidate(): void;
  resize(width: number, height: number): void;
  /** Exit the Processing instance and remove the canvas. Safe to call twice. */
  release(): void;
}

let canvasCount = 0;
let initDisabled = false;

export function createCanvas(parent: HTMLElement, options: CanvasOptions): CanvasHandle {
  if (!initDisabled) {
    // Processing's own DOMContentLoaded scan would exit every instance we made.
    Processing.disableInit();
    initDisabled = true;
  }
  const clock = options.clock || performanceClock;
  const pixelRatio = options.pixelRatio || window.devicePixelRatio || 1;
  const canvas = document.createElement("canvas");
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

  const applySize = (p: Processing.PInstance) => {
    p.size(Math.round(width * pixelRatio), Math.round(height * pixelRatio));
    canvas.style.width = width + "px";
    canvas.style.height = "auto"; // keeps the aspect ratio when CSS narrows it
  };

  instance = new Processing(canvas, (p) => {
    const surface = new ProcessingSurface(p);
    p.setup = () => {
      applySize(p);
      p.noLoop();
    };
    p.draw = () => {
      frames++;
      p.resetMatrix();
      p.scale(pixelRatio);
      const moving = options.draw(surface, clock.now());
      if (moving && !looping) {
        looping = true;
        p.loop();
      } else if (!moving && looping) {
        looping = false;
        p.noLoop();
      }
    };
  });

  return {
    canvas,
    pixelRatio,
    get frames() {
      return frames;
    },
    get looping() {
      return looping;
    },
    invalidate() {
      if (!released && instance) instance.redraw();
    },
    resize(w: number, h: number) {
      if (released || !instance || (w === width && h === height)) return;
      width = w;
      height = h;
      applySize(instance);
      instance.redraw();
    },
    release() {
      if (released || !instance) return;
      released = true;
      looping = false;
      exitInstance(instance);
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
