// The part of Processing.js 1.6.6 that dsviz uses. The demo loads it as a RequireJS
// shim of the global `Processing`; dist/dsviz.js wraps it as a private AMD module.
declare module "processing" {
  namespace Processing {
  interface PInstance {
    setup: () => void;
    draw: () => void;
    size(w: number, h: number): void;
    loop(): void;
    noLoop(): void;
    redraw(): void;
    exit(): void;
    resetMatrix(): void;
    pushMatrix(): void;
    popMatrix(): void;
    translate(x: number, y: number): void;
    scale(factor: number): void;
    background(r: number, g: number, b: number): void;
    fill(r: number, g: number, b: number, a: number): void;
    noFill(): void;
    stroke(r: number, g: number, b: number, a: number): void;
    noStroke(): void;
    strokeWeight(w: number): void;
    rect(x: number, y: number, w: number, h: number, r?: number): void;
    ellipse(x: number, y: number, w: number, h: number): void;
    line(x1: number, y1: number, x2: number, y2: number): void;
    triangle(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): void;
    arc(x: number, y: number, w: number, h: number, start: number, stop: number): void;
    readonly frameCount: number;
    externals: { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
  }
  }
  interface FontPreloading {
    initialized: boolean;
    template: HTMLElement;
  }
  interface ProcessingStatic {
    new (canvas: HTMLCanvasElement, sketch: (p: Processing.PInstance) => void): Processing.PInstance;
    instances: Processing.PInstance[];
    disableInit(): void;
    /** The default scope every instance inherits; PFont holds the web-font preloader. */
    prototype: { PFont?: { preloading?: FontPreloading } };
  }
  const Processing: ProcessingStatic;
  export = Processing;
}
