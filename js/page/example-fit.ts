// How one example follows its page: it lays itself out for the width its element gives
// it (rather than letting CSS shrink the picture), keeps the canvas's backing store at
// the on-screen size in device pixels (devicePixelRatio, zoom and CSS transforms such as
// a slide deck's scaling included), and prints at twice that or more. Each change
// costs one redraw; nothing runs in between.
import { CanvasHandle } from "../core/canvas-factory";
import { StructureController } from "../core/structure-controller";

/** Drawing units are CSS px at this font size; the example's own font size scales them. */
export const BASE_FONT_SIZE = 16;
/** Presenter mode's column of controls beside the picture, and the gap before it, in em (dsviz.css). */
export const PRESENTER_COLUMN_EM = 17 + 1;
/** The narrowest picture (drawing units) presenter mode puts a column of controls beside. */
export const PRESENTER_MIN_PICTURE = 320;
/** Presenter mode's tallest picture beside the controls (drawing units): a stack of 8, so a slide holds it under a heading. */
export const PRESENTER_MAX_PICTURE_HEIGHT = 320;
/** The backing store while printing is at least this many device px per CSS px. */
export const PRINT_PIXEL_RATIO = 2;

export class ExampleFit {
  private printing = false;

  constructor(
    readonly element: HTMLElement,
    private readonly root: HTMLElement,
    private readonly canvas: CanvasHandle,
    private readonly controller: StructureController,
    /** devicePixelRatio, unless a spec fixes it. */
    private readonly devicePixelRatio: () => number,
  ) {}

  /** The element's content box (measured by the sizer) is `width` CSS px wide: lay out for it (0 means hidden: keep all). */
  resized(width: number): void {
    if (!(width > 0)) return;
    const style = getComputedStyle(this.root);
    const chrome = px(style.paddingLeft) + px(style.paddingRight) + px(style.borderLeftWidth) + px(style.borderRightWidth);
    const zoom = px(style.fontSize) / BASE_FONT_SIZE || 1;
    let room = (width - chrome) / zoom;
    // Presenter mode: the controls beside the picture when both fit, under it otherwise (and
    // always under a picture that reads along a line, such as linked nodes).
    const column = PRESENTER_COLUMN_EM * BASE_FONT_SIZE;
    const beside = this.root.classList.contains("dsviz-presenter") && !this.controller.readsAlong && room >= column + PRESENTER_MIN_PICTURE;
    this.root.classList.toggle("dsviz-beside", beside);
    if (beside) room -= column;
    if (this.controller.fit(room) || (beside && this.shrinkToHeight(room))) {
      const size = this.controller.canvasSize();
      this.canvas.resize(size.width, size.height);
    }
    this.rescale(zoom);
  }

  /** A picture (the ring) taller than presenter mode allows is laid out narrower, so smaller; true when it was. */
  private shrinkToHeight(room: number): boolean {
    let changed = false;
    for (let i = 0; i < 3; i++) {
      const height = this.controller.canvasSize().height;
      if (height <= PRESENTER_MAX_PICTURE_HEIGHT) break;
      room = Math.floor((room * PRESENTER_MAX_PICTURE_HEIGHT) / height);
      changed = this.controller.fit(room) || changed;
    }
    return changed;
  }

  /**
   * Matches the backing store to the canvas's on-screen size in device pixels. False when
   * the canvas is not shown or not drawn yet (it is measured when it shows or starts).
   */
  rescale(zoom = this.canvas.zoom): boolean {
    // Not drawn yet (lazy): only the zoom is kept; it is measured when it starts (measuring
    // now would lay out an example the browser is skipping).
    if (!this.canvas.started) {
      this.canvas.setScale(this.canvas.pixelRatio, zoom);
      return false;
    }
    const shown = this.canvas.canvas.getBoundingClientRect().width;
    if (!(shown > 0)) return false;
    const cssWidth = this.controller.canvasSize().width * zoom;
    const ratio = (shown / cssWidth) * this.devicePixelRatio();
    this.canvas.setScale(this.printing ? Math.max(PRINT_PIXEL_RATIO, ratio) : ratio, zoom);
    return true;
  }

  /** Printing: at least PRINT_PIXEL_RATIO, even for an example never shown (a hidden slide). */
  print(printing: boolean): void {
    this.printing = printing;
    if (printing) this.canvas.setScale(Math.max(PRINT_PIXEL_RATIO, this.canvas.pixelRatio));
    else if (!this.rescale()) this.canvas.setScale(this.devicePixelRatio());
  }
}

function px(value: string | null): number {
  const n = parseFloat(value || "");
  return Number.isFinite(n) ? n : 0;
}
