// Auto-mount's order: near the viewport at once, the rest in later tasks, any at once on demand.
import { MountQueue } from "../js/page/mount-queue";

const tasks = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

describe("MountQueue", () => {
  let page: HTMLElement;
  let mounted: Element[];
  let elements: HTMLElement[];
  /** Mounting gives an element a default example's height, as an example does. */
  const mountNow = (list: Element[]) => {
    for (const element of list) {
      (element as HTMLElement).style.height = "500px";
      mounted.push(element);
    }
  };

  beforeEach(() => {
    window.scrollTo(0, 0);
    page = document.createElement("div");
    document.body.prepend(page);
    mounted = [];
    elements = Array.from({ length: 40 }, () => page.appendChild(document.createElement("div")));
  });
  afterEach(() => page.remove());

  it("queue.add(elements) mounts at once only those in view, then the rest in order in later tasks", async () => {
    const queue = new MountQueue(window, mountNow);
    queue.add(elements);
    const atOnce = mounted.length;
    // 500 px each: those starting within the viewport's height.
    expect(atOnce).toBe(Math.floor((window.innerHeight - page.getBoundingClientRect().top) / 500) + 1);
    expect(atOnce).toBeLessThan(elements.length);
    expect(mounted).toEqual(elements.slice(0, atOnce));
    for (let i = 0; i < 50 && mounted.length < elements.length; i++) await tasks(10);
    expect(mounted).toEqual(elements);
  });

  it("queue.take(el) mounts a waiting element at once; false for one not waiting", () => {
    const queue = new MountQueue(window, mountNow);
    queue.add(elements);
    const last = elements[elements.length - 1];
    expect(mounted).not.toContain(last);
    expect(queue.take(last)).toBeTrue();
    expect(mounted).toContain(last);
    expect(queue.take(last)).toBeFalse();
    expect(queue.take(elements[0])).toBeFalse(); // mounted already
  });

  it("beforeprint mounts everything still waiting", () => {
    const queue = new MountQueue(window, mountNow);
    queue.add(elements);
    window.dispatchEvent(new Event("beforeprint"));
    window.dispatchEvent(new Event("afterprint")); // the page's own watchers hear it too
    expect(mounted.length).toBe(elements.length);
  });

  it("a hidden element (display: none) waits for a later task; one that left the page is skipped", async () => {
    elements[0].style.display = "none";
    const queue = new MountQueue(window, mountNow);
    queue.add(elements.slice(0, 3));
    expect(mounted[0]).toBe(elements[1]); // in view: at once
    expect(mounted).not.toContain(elements[0]);
    elements[0].remove();
    await tasks();
    expect(mounted).toEqual(elements.slice(1, 3));
  });
});
