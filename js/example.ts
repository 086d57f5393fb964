// One example's DOM: a <figure> with its title, canvas, Value input, buttons and a live
// status region. It follows its page (width, resolution, printing, theme) and keeps its
// keys to itself.
import { createCanvas, CanvasHandle } from "./core/canvas-factory";
import { Clock, performanceClock } from "./core/clock";
import { paletteOf, ThemeName } from "./core/palette";
import { ControllerContext } from "./core/structure-controller";
import { moveDuration, stepDwell } from "./core/timing";
import { AnyController, createController } from "./example-factory";
import { OperationResult } from "./model/result";
import { OperationName, StructureState } from "./model/structure";
import { controlGroups, Options } from "./options";
import { ExampleFit } from "./page/example-fit";
import { isPrinting, watchPage } from "./page/page-watch";
import { whenNearViewport } from "./page/near-viewport";
import { resolveTheme } from "./page/theme";
import { createButton, createControls, createViewSelect, Controls, noteShownView } from "./ui/controls";
import { keepKeys } from "./ui/keys";
import { arrange, placeCode } from "./ui/arrangement";
import { Narration } from "./ui/narration";
import { Teaching } from "./ui/teaching";
import { download, examplePNG } from "./ui/image";
import { createLessonPart, LessonPart } from "./lesson/lesson-part";
import { createPracticePart, PracticePart } from "./practice/practice-part";
import { AnswerReport } from "./practice/practice";

export interface ExampleEnvironment {
  clock?: Clock;
  pixelRatio?: number;
  /** Overrides the reader's prefers-reduced-motion setting. */
  reducedMotion?: boolean;
  /** How long each step of an operation stays, in ms at speed 1 (0: the end at once, for specs and tools). */
  stepDwell?: number;
  random?: () => number;
  /** Draw only once the example comes within a screen of the viewport (default true). */
  lazy?: boolean;
}

const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

/** What the API's operations, Undo and Redo say in practice mode. */
const PRACTICE_REFUSAL = "This example is in practice mode: the student makes the moves, with the practice controls.";

export class Example {
  readonly root: HTMLElement;
  readonly controller!: AnyController;
  readonly canvas!: CanvasHandle;
  readonly narration: Narration;
  readonly controls?: Controls;
  /** The "View" select of a structure drawn in more than one way. */
  readonly viewSelect?: HTMLSelectElement;
  /** The theme shown now. */
  theme: ThemeName = "light";
  /** Steps, code, undo, history and the text view. */
  readonly teaching!: Teaching;
  /** The lesson, when the options have a script. */
  readonly lesson?: LessonPart;
  /** Practice mode's task, moves and grading (mode "practice"). */
  readonly practice?: PracticePart;
  private readonly title: HTMLElement;
  private reducedMotion = false;
  private speed: number;
  private motionQuery?: MediaQueryList;
  private readonly onMotionChange = (e: MediaQueryListEvent) => (this.reducedMotion = e.matches);
  private destroyed = false;
  /** The element's own child nodes, kept aside while the example shows. */
  private saved: ChildNode[] = [];
  /**
   * An empty, zero-height block before the example, as wide as the element's content: the
   * width the example lays itself out for. (Observing the element itself would report our
   * own height changes back to us, in a ResizeObserver loop.)
   */
  private readonly sizer: HTMLElement;
  /** Fits the example to its page (set once it follows one). */
  private fit?: ExampleFit;
  /** Stops following the page and the keys. */
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly host: HTMLElement,
    readonly options: Options,
    env: ExampleEnvironment = {},
  ) {
    const doc = host.ownerDocument;
    const win = doc.defaultView;
    this.speed = options.speed;
    // A <figure> captioned by its title: no role a CSS framework styles (Pico's [role="group"]).
    this.root = doc.createElement("figure");
    this.sizer = doc.createElement("div");
    this.sizer.className = "dsviz-sizer";
    this.sizer.setAttribute("aria-hidden", "true");
    this.narration = new Narration(doc);
    this.title = doc.createElement("figcaption");
    let canvas: CanvasHandle | undefined;
    try {
      if (env.reducedMotion !== undefined) {
        this.reducedMotion = env.reducedMotion;
      } else {
        this.motionQuery = win && typeof win.matchMedia === "function" ? win.matchMedia(REDUCED_MOTION) : undefined;
        this.reducedMotion = !!this.motionQuery && this.motionQuery.matches;
        if (this.motionQuery) this.motionQuery.addEventListener("change", this.onMotionChange);
      }

      this.root.className = `dsviz-example dsviz-${options.structure} dsviz-theme-${options.theme}${options.presenter ? " dsviz-presenter" : ""}${options.mode === "practice" ? " dsviz-practice-mode" : ""}`;
      const title = this.title;
      title.className = "dsviz-title";
      title.dir = "auto"; // a right-to-left label reads right to left
      title.textContent = options.label;
      const stage = doc.createElement("div");
      stage.className = "dsviz-stage";
      this.root.append(title, stage);
      // The example takes the element's place: its own content (a fallback text, an
      // error box) is kept aside and put back by destroy().
      this.saved = Array.from(host.childNodes);
      for (const node of this.saved) node.remove();
      host.append(this.sizer, this.root);

      const clock = env.clock || performanceClock;
      const ctx: ControllerContext = {
        clock,
        duration: () => moveDuration(this.speed, this.reducedMotion),
        dwell: () => (env.stepDwell !== undefined ? env.stepDwell / this.speed : stepDwell(this.speed)),
        invalidate: () => {
          if (!canvas) return;
          const size = this.controller.canvasSize(); // a new view may need another size
          canvas.resize(size.width, size.height);
          // The draw loop plays the steps: an example not drawn yet starts when one plays.
          if (!canvas.started && this.controller.player.isPlaying) this.startDrawing();
          canvas.invalidate();
        },
        random: env.random,
      };
      this.controller = createController(ctx, options);
      this.theme = this.currentTheme();
      this.root.classList.toggle("dsviz-dark", this.theme === "dark");
      canvas = createCanvas(stage, {
        ...this.controller.canvasSize(),
        label: this.controller.describe(),
        draw: (surface, now) => this.controller.draw(surface, now),
        clock,
        pixelRatio: env.pixelRatio,
        palette: paletteOf(this.theme),
        deferred: env.lazy !== false,
      });
      this.canvas = canvas;

      const groups = controlGroups(options.controls);
      // Practice mode: the student's own controls replace the operations, Undo and History.
      if (options.mode === "practice") for (const group of ["ops", "undo", "history"] as const) groups.delete(group);
      if (groups.has("ops")) {
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
      }
      this.teaching = new Teaching(doc, this.controller, {
        root: this.root,
        canvas: canvas.canvas,
        narration: this.narration,
        groups,
        speed: options.speed,
        code: options.code,
        label: options.label,
        setSpeed: (speed) => this.setSpeed(speed),
        now: () => clock.now(),
      });
      if (options.script) this.lesson = createLessonPart(doc, this.controller, options.script.commands, this.narration);
      if (options.mode === "practice") this.practice = createPracticePart(doc, this.controller, options, canvas.canvas, this.narration);
      const guide = this.lesson ? this.lesson.view : this.practice ? this.practice.view : undefined;
      arrange({
        root: this.root,
        stage,
        code: this.teaching.codePanel.element,
        narration: this.narration.element,
        guide: guide && guide.element,
        rows: [this.controls && this.controls.element, this.teaching.controls && this.teaching.controls.element],
        history: this.teaching.historyView && this.teaching.historyView.element,
        saveImage: groups.has("image") ? () => this.saveImage() : undefined,
        textView: this.teaching.textView.element,
        presenter: options.presenter,
        createButton,
      });
      const teaching = this.teaching;
      const practice = this.practice;
      this.stops.push(keepKeys(this.root, (e) => (!!practice && practice.handlesKey(e)) || teaching.handlesKey(e)), () => teaching.destroy());
      const lesson = this.lesson;
      if (lesson) this.stops.push(() => lesson.destroy());
      if (practice) this.stops.push(() => practice.destroy());
      if (win) this.followPage(win, env);
      // The sizer, not the root, is watched: measuring it never lays out a skipped example (dsviz.css).
      if (!canvas.started) this.stops.push(whenNearViewport(this.sizer, () => this.startDrawing()));
    } catch (error) {
      // Leave nothing behind: no listener, no Processing instance, the element as it was.
      if (canvas) canvas.release();
      this.release();
      throw error;
    }
  }

  /**
   * Runs an operation: the state changes at once and the player shows its steps (the
   * narration says each). A value refused before any step is said at once.
   */
  run(name: OperationName, value?: unknown): OperationResult {
    if (this.destroyed) return { ok: false, message: "This example has been destroyed." };
    if (this.practice) return { ok: false, message: PRACTICE_REFUSAL };
    const shown = this.controller.player.trace;
    const result = this.controller.run(name, value);
    if (this.controller.player.trace === shown) this.narration.say(result.message, !result.ok);
    return result;
  }

  undo(): OperationResult {
    if (this.practice && !this.destroyed) return { ok: false, message: PRACTICE_REFUSAL };
    return this.destroyed ? { ok: false, message: "This example has been destroyed." } : this.teaching.undo();
  }

  redo(): OperationResult {
    if (this.practice && !this.destroyed) return { ok: false, message: PRACTICE_REFUSAL };
    return this.destroyed ? { ok: false, message: "This example has been destroyed." } : this.teaching.redo();
  }

  /** The state now; in practice mode, the student's picture: every slot and pointer as they set it. */
  state(): StructureState {
    const state = this.controller.state();
    if (!this.practice) return state;
    return { ...state, ...this.practice.studentState() };
  }

  /** Hears every Check in practice mode; returns the function that stops listening. */
  onAnswer(listener: (report: AnswerReport) => void): () => void {
    return this.practice && !this.destroyed ? this.practice.onAnswer(listener) : () => undefined;
  }

  /** Draws the structure another way (e.g. "ring" or "row"); the state never changes. */
  setView(name: string): boolean {
    if (this.destroyed || !this.controller.setView(name)) return false;
    if (this.viewSelect) this.viewSelect.value = name;
    this.describe();
    return true;
  }

  setSpeed(speed: number): void {
    this.speed = speed;
  }

  /** The title and the picture as a PNG data URL, at twice the canvas's CSS size or more. */
  toPNG(): string {
    if (this.destroyed) throw new Error("This example has been destroyed.");
    this.startDrawing();
    const size = this.controller.canvasSize();
    const zoom = this.canvas.zoom;
    return examplePNG({ root: this.root, title: this.title, canvas: this.canvas, cssWidth: size.width * zoom, cssHeight: size.height * zoom });
  }

  /** Downloads toPNG() as dsviz-<structure>.png. */
  saveImage(): void {
    download(this.host.ownerDocument, this.toPNG(), `dsviz-${this.options.structure}.png`);
    this.narration.say(`Saved the picture as dsviz-${this.options.structure}.png.`);
  }

  /** Releases the Processing instance and every listener, and gives the element back its own content. */
  destroy(): void {
    if (this.destroyed) return;
    this.canvas.release();
    this.release();
  }

  /** Lays out for the element's width, keeps the canvas crisp, prints sharp, follows the page's theme. */
  private followPage(win: Window, env: ExampleEnvironment): void {
    const fit = new ExampleFit(this.sizer, this.root, this.canvas, this.controller, () => env.pixelRatio || win.devicePixelRatio || 1);
    this.fit = fit;
    this.stops.push(
      watchPage(win, {
        element: this.sizer,
        canvas: this.canvas.canvas,
        resized: (width) => {
          fit.resized(width);
          placeCode(this.root, this.teaching.codePanel.element, this.controller.canvasSize());
          this.describe();
        },
        rescale: () => fit.rescale(),
        print: (printing) => {
          if (printing) this.startDrawing(); // examples never scrolled to print too
          fit.print(printing);
          this.applyTheme(); // "auto" prints light
        },
        themeChanged: () => this.applyTheme(),
      }),
    );
  }

  /**
   * Creates the Processing instance and draws, if not yet (a lazy example near the
   * viewport, printing, Save image). A failure is reported, never thrown into the page.
   */
  private startDrawing(): void {
    if (this.destroyed || this.canvas.started) return;
    try {
      this.canvas.start();
      if (this.fit) this.fit.rescale();
    } catch (error) {
      console.error("dsviz: this example could not draw:", error);
      this.narration.say("This example could not draw its picture: " + (error instanceof Error ? error.message : String(error)), true);
    }
  }

  private currentTheme(): ThemeName {
    const win = this.host.ownerDocument.defaultView;
    if (this.options.theme === "auto" && win && isPrinting(win)) return "light";
    return resolveTheme(this.options.theme, this.host);
  }

  /** Shows the theme the option and the page call for now: the controls' colours and the canvas's together. */
  private applyTheme(): void {
    const theme = this.currentTheme();
    if (theme === this.theme) return;
    this.theme = theme;
    this.root.classList.toggle("dsviz-dark", theme === "dark");
    this.canvas.setPalette(paletteOf(theme));
  }

  private describe(): void {
    this.canvas.canvas.setAttribute("aria-label", this.controller.describe());
    if (this.viewSelect) noteShownView(this.viewSelect, this.controller.views, this.controller.shownView);
  }

  private release(): void {
    this.destroyed = true;
    for (const stop of this.stops.splice(0)) stop();
    if (this.motionQuery) this.motionQuery.removeEventListener("change", this.onMotionChange);
    this.root.remove();
    this.sizer.remove();
    for (const node of this.saved) this.host.append(node);
    this.saved = [];
  }
}
