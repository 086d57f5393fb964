// Lazy drawing: an example's Processing instance and first draw wait until its element
// comes within one screen of the viewport, so a page of a hundred examples only starts
// the few a reader sees. One IntersectionObserver per window; the examples mounted in one
// task are also looked at in the next animation frame, before it paints, so those in view
// draw in the first frame instead of one frame late (or at once: lookNow).

const MARGIN = "100%"; // one screen, every side

/**
 * Where `element` is now against the viewport widened by `screens` screens on every side:
 * "near" (inside), "below" (further down), "far" (elsewhere) or "hidden" (no box).
 */
export function placeOf(element: Element, screens: number): "near" | "below" | "far" | "hidden" {
  const win = element.ownerDocument.defaultView;
  if (!win || element.getClientRects().length === 0) return "hidden";
  const r = element.getBoundingClientRect();
  const height = win.innerHeight;
  const width = win.innerWidth;
  if (r.top > (1 + screens) * height) return "below";
  return r.bottom >= -screens * height && r.right >= -screens * width && r.left <= (1 + screens) * width ? "near" : "far";
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
  readonly firstLook = () => {
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    // Only those in view draw before this first paint; the observer starts the others (a screen away) after it.
    const near = Array.from(this.fresh).filter((element) => placeOf(element, 0) === "near");
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
 * Starts now, not in the next frame, the examples added in `win` since the last look that
 * are in view: auto-mount calls it after each example it mounts in view, so the first
 * draws before the next one is even built.
 */
export function lookNow(win: Window): void {
  const watcher = watchers.get(win);
  if (watcher) watcher.firstLook();
}

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
