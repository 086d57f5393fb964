// How one example follows its page: it lays itself out for the width its element gives
// it (rather than letting CSS shrink the picture), keeps the canvas's backing store at
// the on-screen size in device pixels (devicePixelRatio, zoom and CSS transforms such as
// a slide deck's scaling included), and prints at twice that or more. Each change
// costs one redraw; nothing runs in between.
import { CanvasHandle } from "../core/canvas-factory";
import { StructureController } from "../core/structure-controller";

/** Drawing units are CSS px at this font size; the example's own font size scales them. */
export const BASE_FONT_SIZE = 16;
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
    if (this.controller.fit((width - chrome) / zoom)) {
      const size = this.controller.canvasSize();
      this.canvas.resize(size.width, size.height);
    }
    this.rescale(zoom);
  }

  /**
   * Matches the backing store to the canvas's on-screen size in device pixels. False when
   * the canvas is not shown (nothing to measure: it is measured when it shows).
   */
  rescale(zoom = this.canvas.zoom): boolean {
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
