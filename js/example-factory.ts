// Maps a structure name to its controller and builds one example's DOM:
// title, canvas, Value input, buttons and a live status region.
import { createCanvas, CanvasHandle } from "./core/canvas-factory";
import { Clock, performanceClock } from "./core/clock";
import { OperationResult } from "./core/result";
import { OperationName, StructureName } from "./core/structure";
import { ControllerContext, StructureController } from "./core/structure-controller";
import { moveDuration } from "./core/timing";
import { OptionError, Options } from "./options";
import { CyclicQueueController } from "./cyclic-queue/cyclic-queue-controller";
import { QueueController } from "./queue/queue-controller";
import { StackController } from "./stack/stack-controller";
import { createControls, createViewSelect, Controls } from "./ui/controls";
import { Narration } from "./ui/narration";

type ControllerFactory = (ctx: ControllerContext, options: Options) => StructureController;

/** One line per structure: adding a structure is a folder plus a line here. */
const registry: Partial<Record<StructureName, ControllerFactory>> = {
  stack: (ctx, o) => new StackController(ctx, o),
  queue: (ctx, o) => new QueueController(ctx, o),
  "cyclic-queue": (ctx, o) => new CyclicQueueController(ctx, o),
};

export interface ExampleEnvironment {
  clock?: Clock;
  pixelRatio?: number;
  /** Overrides the reader's prefers-reduced-motion setting. */
  reducedMotion?: boolean;
  random?: () => number;
}

const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

export class Example {
  readonly root: HTMLElement;
  readonly controller: StructureController;
  readonly canvas: CanvasHandle;
  readonly narration: Narration;
  readonly controls?: Controls;
  /** The "View" select of a structure drawn in more than one way. */
  readonly viewSelect?: HTMLSelectElement;
  private reducedMotion: boolean;
  private speed: number;
  private readonly motionQuery?: MediaQueryList;
  private readonly onMotionChange = (e: MediaQueryListEvent) => (this.reducedMotion = e.matches);
  private destroyed = false;

  constructor(host: HTMLElement, readonly options: Options, env: ExampleEnvironment = {}) {
    const factory = registry[options.structure];
    if (!factory) throw new OptionError(`The ${options.structure} is not available yet.`);
    const doc = host.ownerDocument;
    this.speed = options.speed;
    if (env.reducedMotion !== undefined) {
      this.reducedMotion = env.reducedMotion;
    } else {
      this.motionQuery = typeof matchMedia === "function" ? matchMedia(REDUCED_MOTION) : undefined;
      this.reducedMotion = !!this.motionQuery && this.motionQuery.matches;
      if (this.motionQuery) this.motionQuery.addEventListener("change", this.onMotionChange);
    }

    this.root = doc.createElement("div");
    this.root.className = `dsviz-example dsviz-${options.structure}`;
    this.root.setAttribute("role", "group");
    const title = doc.createElement("div");
    title.className = "dsviz-title";
    title.textContent = options.label;
    this.root.setAttribute("aria-label", options.label);
    const stage = doc.createElement("div");
    stage.className = "dsviz-stage";
    this.narration = new Narration(doc);
    this.root.append(title, stage);

    let canvas: CanvasHandle | undefined;
    const clock = env.clock || performanceClock;
    const ctx: ControllerContext = {
      clock,
      duration: () => moveDuration(this.speed, this.reducedMotion),
      invalidate: () => {
        if (!canvas) return;
        const size = this.controller.canvasSize(); // a new view may need another size
        canvas.resize(size.width, size.height);
        canvas.invalidate();
      },
      random: env.random,
    };
    this.controller = factory(ctx, options);
    canvas = createCanvas(stage, {
      ...this.controller.canvasSize(),
      label: this.controller.describe(),
      draw: (surface, now) => this.controller.draw(surface, now),
      clock,
      pixelRatio: env.pixelRatio,
    });
    this.canvas = canvas;

    if (options.controls) {
      this.controls = createControls(doc, this.controller.operations, (name, typed) => {
        const result = this.run(name, typed);
        if (result.ok && this.controls) this.controls.input.value = "";
      });
      const views = this.controller.views;
      if (views.length > 1) {
        const view = createViewSelect(doc, views, this.controller.view || views[0].name, (name) => this.setView(name));
        this.viewSelect = view.select;
        this.controls.element.append(view.element);
      }
      this.root.append(this.controls.element);
    }
    this.root.append(this.narration.element);
    host.append(this.root);
  }

  /** Runs an operation, narrates it and refreshes the canvas's accessible name. */
  run(name: OperationName, value?: unknown): OperationResult {
    if (this.destroyed) return { ok: false, message: "This example has been destroyed." };
    const result = this.controller.run(name, value);
    this.narration.say(result.message, !result.ok);
    this.canvas.canvas.setAttribute("aria-label", this.controller.describe());
    return result;
  }

  /** Draws the structure another way (e.g. "ring" or "row"); the state never changes. */
  setView(name: string): boolean {
    if (this.destroyed || !this.controller.setView(name)) return false;
    if (this.viewSelect) this.viewSelect.value = name;
    this.canvas.canvas.setAttribute("aria-label", this.controller.describe());
    return true;
  }

  setSpeed(speed: number): void {
    this.speed = speed;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.motionQuery) this.motionQuery.removeEventListener("change", this.onMotionChange);
    this.canvas.release();
    this.root.remove();
  }
}
