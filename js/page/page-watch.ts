// One watcher per window for everything an example follows on its page: the size of its
// element (one ResizeObserver for all examples), the window's size and devicePixelRatio
// (zoom, another screen, a slide deck rescaling), printing, and the page's theme. It
// exists only while some example is mounted, uses no timers, and runs nothing while
// the page is quiet.
import { DARK_SCHEME, THEME_ATTRIBUTES } from "./theme";

export interface PageClient {
  /** The element whose width the example lays itself out for. */
  readonly element: Element;
  /** The canvas, whose size in device pixels tells of zoom and devicePixelRatio changes. */
  readonly canvas: Element;
  /** The element's content box is now `width` CSS px wide (0 while it is hidden). */
  resized(width: number): void;
  /** The on-screen scale may have changed: devicePixelRatio, window size, transforms. */
  rescale(): void;
  /** Printing starts (true) or ends (false). */
  print(printing: boolean): void;
  /** The page or the reader switched between light and dark. */
  themeChanged(): void;
}

class PageWatch {
  private readonly clients = new Set<PageClient>();
  private readonly byElement = new Map<Element, PageClient>();
  private readonly byCanvas = new Map<Element, PageClient>();
  private readonly resizeObserver?: ResizeObserver;
  private readonly themeObserver?: MutationObserver;
  private readonly queries: { query: MediaQueryList; listener: (e: MediaQueryListEvent) => void }[] = [];
  private ratioQuery?: { query: MediaQueryList; listener: () => void };
  private readonly onResize = () => this.each((c) => c.rescale());
  private readonly layOut = () => {
    this.frame = 0;
    const widths = Array.from(this.widths);
    this.widths.clear();
    for (const [client, width] of widths) if (this.clients.has(client)) client.resized(width);
  };
  private readonly onBeforePrint = () => this.setPrinting(true);
  private readonly onAfterPrint = () => this.setPrinting(false);
  private printing = false;
  /** Widths reported by the ResizeObserver, applied at the next animation frame. */
  private readonly widths = new Map<PageClient, number>();
  private frame = 0;

  constructor(private readonly win: Window) {
    const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (RO) {
      this.resizeObserver = new RO((entries) => {
        for (const entry of entries) {
          const client = this.byElement.get(entry.target);
          if (client) this.widths.set(client, entry.contentRect.width);
          const drawn = this.byCanvas.get(entry.target);
          if (drawn) drawn.rescale(); // only the backing store changes: no layout, no loop
        }
        // A new layout changes sizes on the page, which the observer would then have to
        // report again in this same frame ("ResizeObserver loop completed with undelivered
        // notifications", an error event a host page sees): lay out at the next frame.
        if (this.widths.size > 0 && !this.frame) this.frame = win.requestAnimationFrame(this.layOut);
      });
    }
    win.addEventListener("resize", this.onResize);
    win.addEventListener("beforeprint", this.onBeforePrint);
    win.addEventListener("afterprint", this.onAfterPrint);
    // Print previews and PDF printing may switch to print media without the events.
    this.listen("print", (e) => this.setPrinting(e.matches));
    this.listen(DARK_SCHEME, () => this.each((c) => c.themeChanged()));
    this.watchPixelRatio();
    const MO = (win as Window & { MutationObserver?: typeof MutationObserver }).MutationObserver;
    const doc = win.document;
    if (MO) {
      this.themeObserver = new MO(() => this.each((c) => c.themeChanged()));
      const options = { attributes: true, attributeFilter: THEME_ATTRIBUTES };
      this.themeObserver.observe(doc.documentElement, options);
      if (doc.body) this.themeObserver.observe(doc.body, options);
    }
  }

  get isPrinting(): boolean {
    return this.printing;
  }

  get size(): number {
    return this.clients.size;
  }

  add(client: PageClient): void {
    this.clients.add(client);
    this.byElement.set(client.element, client);
    this.byCanvas.set(client.canvas, client);
    const observer = this.resizeObserver;
    if (!observer) return;
    observer.observe(client.element);
    // Zoom and emulated or real devicePixelRatio changes resize the canvas in device
    // pixels, even when no resize or media query event comes.
    try {
      observer.observe(client.canvas, { box: "device-pixel-content-box" });
    } catch (error) {
      observer.observe(client.canvas);
    }
  }

  remove(client: PageClient): void {
    this.clients.delete(client);
    this.widths.delete(client);
    for (const [map, element] of [[this.byElement, client.element], [this.byCanvas, client.canvas]] as const) {
      if (map.get(element) !== client) continue;
      map.delete(element);
      if (this.resizeObserver) this.resizeObserver.unobserve(element);
    }
  }

  dispose(): void {
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    if (this.resizeObserver) this.resizeObserver.disconnect();
    if (this.themeObserver) this.themeObserver.disconnect();
    this.win.removeEventListener("resize", this.onResize);
    this.win.removeEventListener("beforeprint", this.onBeforePrint);
    this.win.removeEventListener("afterprint", this.onAfterPrint);
    for (const { query, listener } of this.queries) query.removeEventListener("change", listener);
    if (this.ratioQuery) this.ratioQuery.query.removeEventListener("change", this.ratioQuery.listener);
  }

  private each(f: (client: PageClient) => void): void {
    this.clients.forEach(f);
  }

  private setPrinting(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.each((c) => c.print(printing));
  }

  private listen(media: string, listener: (e: MediaQueryListEvent) => void): void {
    if (typeof this.win.matchMedia !== "function") return;
    const query = this.win.matchMedia(media);
    query.addEventListener("change", listener);
    this.queries.push({ query, listener });
  }

  /** A query that matches only the current devicePixelRatio tells when it changes (zoom, another screen). */
  private watchPixelRatio(): void {
    if (typeof this.win.matchMedia !== "function") return;
    const query = this.win.matchMedia(`(resolution: ${this.win.devicePixelRatio || 1}dppx)`);
    const listener = () => {
      query.removeEventListener("change", listener);
      this.watchPixelRatio();
      this.each((c) => c.rescale());
    };
    query.addEventListener("change", listener);
    this.ratioQuery = { query, listener };
  }
}

const watches = new WeakMap<Window, PageWatch>();

/**
 * Starts following the page for `client`; returns the function that stops. The window's
 * watcher is made for its first client and disposed of after its last.
 */
export function watchPage(win: Window, client: PageClient): () => void {
  let watch = watches.get(win);
  if (!watch) {
    watch = new PageWatch(win);
    watches.set(win, watch);
  }
  const own = watch;
  own.add(client);
  return () => {
    own.remove(client);
    if (own.size === 0 && watches.get(win) === own) {
      own.dispose();
      watches.delete(win);
    }
  };
}

/** True while the window prints (between beforeprint and afterprint). */
export function isPrinting(win: Window): boolean {
  const watch = watches.get(win);
  return !!watch && watch.isPrinting;
}
