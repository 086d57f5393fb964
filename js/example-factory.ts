// Maps a structure name to its controller and builds one example's DOM:
// title, canvas, Value input, buttons and a live status region.
import { createCanvas, CanvasHandle } from "./core/canvas-factory";
import { Clock, performanceClock } from "./core/clock";
import { OperationResult } from "./model/result";
import { OperationName, StructureName } from "./model/structure";
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

/** Throws an OptionError when `structure` has no controller in this build. */
export function assertAvailable(structure: StructureName): void {
  if (!registry[structure]) throw new OptionError(`The ${structure} is not available yet.`);
}

export class Example {
  readonly root: HTMLElement;
  readonly controller!: StructureController;
  readonly canvas!: CanvasHandle;
  readonly narration: Narration;
  readonly controls?: Controls;
  /** The "View" select of a structure drawn in more than one way. */
  readonly viewSelect?: HTMLSelectElement;
  private reducedMotion = false;
  private speed: number;
  private motionQuery?: MediaQueryList;
  private readonly onMotionChange = (e: MediaQueryListEvent) => (this.reducedMotion = e.matches);
  private destroyed = false;
  /** The element's own child nodes, kept aside while the example shows. */
  private saved: ChildNode[] = [];

  constructor(
    private readonly host: HTMLElement,
    readonly options: Options,
    env: ExampleEnvironment = {},
  ) {
    assertAvailable(options.structure);
    const factory = registry[options.structure] as ControllerFactory;
    const doc = host.ownerDocument;
    this.speed = options.speed;
    this.root = doc.createElement("div");
    this.narration = new Narration(doc);
    let canvas: CanvasHandle | undefined;
    try {
      if (env.reducedMotion !== undefined) {
        this.reducedMotion = env.reducedMotion;
      } else {
        const view = doc.defaultView;
        this.motionQuery = view && typeof view.matchMedia === "function" ? view.matchMedia(REDUCED_MOTION) : undefined;
        this.reducedMotion = !!this.motionQuery && this.motionQuery.matches;
        if (this.motionQuery) this.motionQuery.addEventListener("change", this.onMotionChange);
      }

      this.root.className = `dsviz-example dsviz-${options.structure}`;
      this.root.setAttribute("role", "group");
      this.root.setAttribute("aria-label", options.label);
      const title = doc.createElement("div");
      title.className = "dsviz-title";
      title.textContent = options.label;
      const stage = doc.createElement("div");
      stage.className = "dsviz-stage";
      this.root.append(title, stage);
      // The example takes the element's place: its own content (a fallback text, an
      // error box) is kept aside and put back by destroy().
      this.saved = Array.from(host.childNodes);
      for (const node of this.saved) node.remove();
      host.append(this.root);

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
    } catch (error) {
      // Leave nothing behind: no listener, no Processing instance, the element as it was.
      if (canvas) canvas.release();
      this.release();
      throw error;
    }
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

  /** Releases the Processing instance and every listener, and gives the element back its own content. */
  destroy(): void {
    if (this.destroyed) return;
    this.canvas.release();
    this.release();
  }

  private release(): void {
    this.destroyed = true;
    if (this.motionQuery) this.motionQuery.removeEventListener("change", this.onMotionChange);
    this.root.remove();
    for (const node of this.saved) this.host.append(node);
    this.saved = [];
  }
}
