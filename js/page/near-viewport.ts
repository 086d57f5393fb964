// Lazy drawing: an example's Processing instance and first draw wait until its element
// comes within one screen of the viewport, so a page of a hundred examples only starts
// the few a reader sees. One IntersectionObserver per window; the examples mounted in one
// task are also looked at in the next animation frame, before it paints, so those already
// in view draw in the first frame instead of one frame late.

const MARGIN = "100%"; // one screen, every side

/**
 * Where `element` is now: "near" (within one screen of the viewport, as MARGIN), "below"
 * (more than a screen below it), "far" (elsewhere) or "hidden" (no box: display none).
 */
export function placeOf(element: Element): "near" | "below" | "far" | "hidden" {
  const win = element.ownerDocument.defaultView;
  if (!win || element.getClientRects().length === 0) return "hidden";
  const r = element.getBoundingClientRect();
  const height = win.innerHeight;
  const width = win.innerWidth;
  if (r.top > 2 * height) return "below";
  return r.bottom >= -height && r.right >= -width && r.left <= 2 * width ? "near" : "far";
}

class NearViewport {
  private readonly waiting = new Map<Element, () => void>();
  private readonly fresh = new Set<Element>();
  private readonly observer: IntersectionObserver;
  private frame = 0;

  constructor(
    private readonly win: Window,
    IO: typeof IntersectionObserver,
  ) {
    const seen = (entries: IntersectionObserverEntry[]) => {
      for (const entry of entries) if (entry.isIntersecting) this.start(entry.target);
    };
    try {
      // The document as root: the margin then applies inside an iframe too.
      this.observer = new IO(seen, { root: win.document, rootMargin: MARGIN });
    } catch {
      this.observer = new IO(seen, { rootMargin: MARGIN });
    }
  }

  add(element: Element, start: () => void): void {
    this.waiting.set(element, start);
    this.fresh.add(element);
    this.observer.observe(element);
    if (!this.frame) this.frame = this.win.requestAnimationFrame(this.firstLook);
  }

  remove(element: Element): void {
    this.waiting.delete(element);
    this.fresh.delete(element);
    this.observer.unobserve(element);
  }

  /** All rectangles are read before anything starts: one layout for the whole batch. */
  private readonly firstLook = () => {
    this.frame = 0;
    const near = Array.from(this.fresh).filter((element) => placeOf(element) === "near");
    this.fresh.clear();
    for (const element of near) this.start(element);
  };

  private start(element: Element): void {
    const start = this.waiting.get(element);
    this.remove(element);
    if (start) start();
  }
}

const watchers = new WeakMap<Window, NearViewport>();

/**
 * Calls `start` once `element` is within one screen of the viewport (at once where the
 * browser has no IntersectionObserver). Returns the function that cancels it.
 */
export function whenNearViewport(element: Element, start: () => void): () => void {
  const win = element.ownerDocument.defaultView;
  const IO = win && (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  if (!win || !IO) {
    start();
    return () => undefined;
  }
  let watcher = watchers.get(win);
  if (!watcher) {
    watcher = new NearViewport(win, IO);
    watchers.set(win, watcher);
  }
  const near = watcher;
  near.add(element, start);
  return () => near.remove(element);
}
