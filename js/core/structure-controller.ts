// What every structure's controller shares, beyond running traced operations: the scene
// of tiles, the views (ring or row), and laying the picture out for the width it has.
import { TracedController } from "../player/traced-controller";
import { Scene } from "./scene";
import { SlotBox } from "./slot-drawing";
import { Surface } from "./surface";

export type { ChangeListener, ControllerContext, Operations, Shown, ShowListener } from "../player/traced-controller";
export { describeOperation } from "../player/traced-controller";

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

export abstract class StructureController<S = unknown> extends TracedController<S> {
  protected readonly scene = new Scene();
  private widthLimit = Infinity;

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
    this.replace();
    return true;
  }

  /** True for a picture that reads along a line (linked nodes): presenter mode gives it the width, controls under it. */
  get readsAlong(): boolean {
    return false;
  }

  /** The pointers a reader may drag (practice mode): each name and where to grab its arrow, in drawing units. */
  pointerGrips(): { name: string; x: number; y: number }[] {
    return [];
  }

  /** The slot whose centre is nearest (x, y): where a dragged pointer is dropped. */
  slotNearest(x: number, y: number): number {
    let best = -1;
    let distance = Infinity;
    this.geometry().slots.forEach((b, i) => {
      const d = Math.hypot(x - b.x, y - b.y);
      if (d < distance) (best = i), (distance = d);
    });
    return best;
  }

  /** The slot drawn at (x, y) in drawing units (a little margin round each), or -1. */
  slotAt(x: number, y: number): number {
    const margin = 4;
    return this.geometry().slots.findIndex((b) => Math.abs(x - b.x) <= b.w / 2 + margin && Math.abs(y - b.y) <= b.h / 2 + margin);
  }

  /** Recomputes the layout for the current view and maxWidth, for `capacity` slots (default: the shown state's). */
  protected abstract layOut(capacity?: number): void;

  /** A state of another capacity than the picture's (an array that doubled, or the undo of it) is laid out anew. */
  protected followCapacity(capacity: number): void {
    if (this.geometry().slots.length === capacity) return;
    this.layOut(capacity);
    this.ctx.invalidate(); // the canvas takes the new size
  }
  /** The current layout's size and slots. */
  protected abstract geometry(): Geometry;

  abstract canvasSize(): CanvasSize;
  /** A one-sentence description of the picture shown, for the canvas's accessible name. */
  abstract describe(): string;
  /** The picture shown, slot by slot, for the text view: "slot 2: 7 (top)". */
  abstract slotsText(): string[];
  /** Draws the whole picture at `now`; returns true while anything still moves. */
  abstract draw(surface: Surface, now: number): boolean;

  /** Extra columns of the history table for the state after a change (the cyclic queue's pointers and slots). */
  historyColumns(_state: S): [string, string][] {
    return [];
  }

  /** Puts every tile where the shown state has it, at once (a new layout, a new view). */
  protected replace(): void {
    const step = this.player.step;
    this.place(this.shownState, this.now(), 0, step ? step.focus : this.lastFocus());
  }
}

function sameGeometry(a: Geometry, b: Geometry): boolean {
  if (a.width !== b.width || a.height !== b.height || a.slots.length !== b.slots.length) return false;
  return a.slots.every((s, i) => {
    const t = b.slots[i];
    return s.x === t.x && s.y === t.y && s.w === t.w && s.h === t.h;
  });
}
