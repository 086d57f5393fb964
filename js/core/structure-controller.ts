// What every structure's controller shares: running named operations, keeping
// tiles in step with the model, and telling listeners that the state changed.
import { Clock } from "./clock";
import { OperationResult, refused } from "../model/result";
import { Point } from "./element";
import { Scene } from "./scene";
import { SlotBox } from "./slot-drawing";
import { Item, makeItem, OperationName, OperationSpec, StructureName, StructureState } from "../model/structure";
import { checkValue } from "../model/values";
import { Surface } from "./surface";

export interface ControllerContext {
  clock: Clock;
  /** How long a move takes now (speed and reduced motion applied). */
  duration(): number;
  /** Ask the canvas to draw again. */
  invalidate(): void;
  random?: () => number;
}

export interface CanvasSize {
  width: number;
  height: number;
}

/** One picture of a structure's state, e.g. the cyclic queue's "ring" or "row". */
export interface ViewSpec {
  name: string;
  label: string;
}

/** What a layout is, as far as whether it changed goes: its canvas size and its slots. */
export interface Geometry {
  width: number;
  height: number;
  slots: readonly SlotBox[];
}

export type ChangeListener = (state: StructureState, result: OperationResult) => void;

type Handler = (value?: unknown) => OperationResult;

export abstract class StructureController {
  abstract readonly structure: StructureName;
  /** The buttons of this structure, in order. */
  abstract readonly operations: readonly OperationSpec[];
  protected readonly scene = new Scene();
  private readonly listeners: ChangeListener[] = [];
  private widthLimit = Infinity;

  constructor(protected readonly ctx: ControllerContext) {}

  /** Runs operation `name`; refuses names this structure does not have. */
  run(name: OperationName, value?: unknown): OperationResult {
    const handler = this.handlers()[name];
    if (!handler) {
      const own = this.operations.map((o) => o.name).join(", ");
      return refused(`A ${this.noun} has no ${name} operation; use ${own}.`);
    }
    const result = handler(value);
    this.ctx.invalidate();
    if (result.ok && name !== "peek") this.emit(result);
    return result;
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** A plain-language name, e.g. "stack" or "cyclic queue". */
  get noun(): string {
    return this.structure.replace("-", " ");
  }

  /** The pictures the reader can switch between, in order; empty when there is only one. */
  get views(): readonly ViewSpec[] {
    return [];
  }

  /** The name of the picture the reader chose (undefined when there is only one). */
  get view(): string | undefined {
    return undefined;
  }

  /** The picture drawn now: the chosen one, unless the box is too narrow for it. */
  get shownView(): string | undefined {
    return this.view;
  }

  /**
   * Shows picture `name` instead: redraws (the canvas size may change) and never changes
   * the state. Returns false, changing nothing, for a view this structure does not have.
   */
  setView(_name: string): boolean {
    return false;
  }

  /** The widest the picture may be, in drawing units (Infinity: as wide as it likes). */
  protected get maxWidth(): number {
    return this.widthLimit;
  }

  /**
   * Lays the picture out again for at most `maxWidth` units of width: rows wrap onto more
   * lines, the ring shrinks. Tiles jump to their new places. True when anything moved or
   * the canvas size changed; a width that changes nothing costs nothing.
   */
  fit(maxWidth: number): boolean {
    if (!(maxWidth > 0) || maxWidth === this.widthLimit) return false;
    this.widthLimit = maxWidth;
    const before = this.geometry();
    this.layOut();
    if (sameGeometry(before, this.geometry())) return false;
    this.place(0);
    return true;
  }

  /** Recomputes the layout for the current view and maxWidth. */
  protected abstract layOut(): void;
  /** The current layout's size and slots. */
  protected abstract geometry(): Geometry;

  abstract state(): StructureState;
  abstract canvasSize(): CanvasSize;
  /** A one-sentence description of the picture, for the canvas's accessible name. */
  abstract describe(): string;
  /** Draws the whole picture at `now`; returns true while anything still moves. */
  abstract draw(surface: Surface, now: number): boolean;

  protected abstract handlers(): Partial<Record<OperationName, Handler>>;

  /**
   * The item an add operation (push, enqueue) would store, or its refusal: `fullMessage`
   * when the structure is full (said first), else what is wrong with the value. An empty
   * value means a random number.
   */
  protected admit(raw: unknown, fullMessage: string | null): { item: Item } | { refusal: OperationResult } {
    if (fullMessage !== null) return { refusal: refused(fullMessage) };
    const checked = checkValue(raw, { allowEmpty: true, random: this.ctx.random });
    if (!checked.ok) return { refusal: refused(checked.message) };
    return { item: makeItem(checked.value) };
  }

  /** Gives every tile (and pointer) its target from the current layout, moving over `duration` ms. */
  protected abstract place(duration: number): void;

  /** Sends the tiles of `items` out towards `to`, moves the rest to their new places, and clears the outline. */
  protected takeOut(items: readonly Item[], to: Point): void {
    const now = this.now();
    const duration = this.ctx.duration();
    for (const item of items) this.scene.remove(item.id, to, now, duration);
    this.place(duration);
    this.scene.highlight(null);
  }

  protected now(): number {
    return this.ctx.clock.now();
  }

  private emit(result: OperationResult): void {
    const state = this.state();
    for (const listener of this.listeners.slice()) listener(state, result);
  }
}

function sameGeometry(a: Geometry, b: Geometry): boolean {
  if (a.width !== b.width || a.height !== b.height || a.slots.length !== b.slots.length) return false;
  return a.slots.every((s, i) => {
    const t = b.slots[i];
    return s.x === t.x && s.y === t.y && s.w === t.w && s.h === t.h;
  });
}
