// Auto-mount's order on a long page: the examples in view mount and draw at once, one
// after the other (the first draws before the second is built); the others mount a few
// at a time in later tasks, so a page of a hundred examples shows its first ones as soon
// as a page of one. Anything that needs a waiting example now (dsviz.get, printing)
// mounts it at once.
import { lookNow, placeOf } from "./near-viewport";

/** How long one later task may spend mounting, in ms: short enough to keep a page responsive. */
const SLICE_MS = 8;

export class MountQueue {
  /** Elements still to mount, in document order. */
  private readonly waiting = new Set<Element>();
  private timer = 0;
  private readonly flushAll = () => this.flush();

  constructor(
    private readonly win: Window,
    /** Mounts the elements given (never throws: errors are shown in place). */
    private readonly mountNow: (elements: Element[]) => void,
  ) {}

  /**
   * Mounts, in document order, the elements in view now and queues the rest. An element is
   * measured just before it would mount (an empty element has no height of its own: where it
   * sits depends on the examples mounted above it); once one lies below the viewport, all
   * that follow are queued unmeasured.
   */
  add(elements: Element[]): void {
    let below = false;
    for (const element of elements) {
      if (!below) {
        const place = placeOf(element, 0);
        below = place === "below";
        if (place === "near") {
          this.mountNow([element]);
          lookNow(this.win);
          continue;
        }
      }
      this.waiting.add(element);
    }
    this.schedule();
  }

  /** Mounts `element` now if it is waiting; false if it was not. */
  take(element: Element): boolean {
    if (!this.waiting.delete(element)) return false;
    this.mountNow([element]);
    this.schedule();
    return true;
  }

  /** Mounts everything still waiting (printing is about to start). */
  flush(): void {
    const all = Array.from(this.waiting);
    this.waiting.clear();
    this.mountNow(all.filter((element) => element.isConnected));
    this.schedule();
  }

  private schedule(): void {
    const busy = this.waiting.size > 0;
    if (busy && !this.timer) {
      this.timer = this.win.setTimeout(this.slice, 0);
      this.win.addEventListener("beforeprint", this.flushAll);
    } else if (!busy) {
      if (this.timer) this.win.clearTimeout(this.timer);
      this.timer = 0;
      this.win.removeEventListener("beforeprint", this.flushAll);
    }
  }

  private readonly slice = () => {
    this.timer = 0;
    const start = this.win.performance.now();
    for (const element of this.waiting) {
      this.waiting.delete(element);
      if (element.isConnected) this.mountNow([element]);
      if (this.win.performance.now() - start > SLICE_MS) break;
    }
    this.schedule();
  };
}
