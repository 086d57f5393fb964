// Lazy mounting: an example's DOM and handle exist at mount; its Processing instance and
// first draw wait until it comes within one screen of the viewport.
import Processing = require("processing");
import { Handle, mountWith } from "../js/embed";
import { ExampleEnvironment } from "../js/example";
import { MountQueue } from "../js/page/mount-queue";

const LAZY: ExampleEnvironment = { reducedMotion: true, stepDwell: 0, pixelRatio: 1 };
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
/** Two frames: the IntersectionObserver's report comes after the frame it was computed in. */
const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await frame();
};

/** The Processing instance drawing on the example's canvas, if there is one. */
function instanceOf(element: HTMLElement): Processing.PInstance | undefined {
  const canvas = element.querySelector("canvas");
  return Processing.instances.find((p) => p.externals && p.externals.canvas === canvas);
}

describe("lazy mounting", () => {
  let top: HTMLElement;
  let far: HTMLElement;
  let spacer: HTMLElement;
  const handles: Handle[] = [];
  const mount = (element: HTMLElement, options: Record<string, unknown> = {}) => {
    const handle = mountWith(element, { structure: "stack", values: ["1", "2"], ...options }, LAZY);
    handles.push(handle);
    return handle;
  };

  beforeEach(() => {
    window.scrollTo(0, 0);
    top = document.createElement("div");
    spacer = document.createElement("div");
    // Far beyond one screen below the viewport.
    spacer.style.height = 4 * window.innerHeight + "px";
    far = document.createElement("div");
    document.body.prepend(top, spacer, far);
  });
  afterEach(() => {
    handles.splice(0).forEach((h) => h.destroy());
    [top, spacer, far].forEach((e) => e.remove());
    window.scrollTo(0, 0);
  });

  it("dsviz.mount(el) in view draws by the next frame, before it paints", async () => {
    mount(top);
    expect(top.querySelector("canvas")).not.toBeNull();
    await frame();
    expect(instanceOf(top)).toBeDefined();
  });

  it("an example far below the viewport has its controls, canvas box and handle at once, and no Processing instance", async () => {
    const handle = mount(far);
    await frames();
    const canvas = far.querySelector("canvas") as HTMLCanvasElement;
    expect(canvas.getAttribute("aria-label")).toContain("Stack");
    expect(canvas.getBoundingClientRect().height).toBeGreaterThan(100); // laid out at its size already
    expect(far.querySelector("button")).not.toBeNull();
    expect(instanceOf(far)).toBeUndefined();
    expect(handle.push("7").ok).toBeTrue();
    expect(handle.state().items).toEqual(["1", "2", "7"]);
    expect(far.querySelector('[role="status"]')!.textContent).toContain("Pushed 7");
  });

  it("scrolling an example to within one screen of the viewport draws it, with the state it has then", async () => {
    const handle = mount(far);
    handle.push("7");
    await frames();
    expect(instanceOf(far)).toBeUndefined();
    far.scrollIntoView();
    await frames();
    const p = instanceOf(far);
    expect(p).toBeDefined();
    const ctx = (far.querySelector("canvas") as HTMLCanvasElement).getContext("2d") as CanvasRenderingContext2D;
    const data = ctx.getImageData(0, 0, ctx.canvas.width, ctx.canvas.height).data;
    expect(Array.from(data).some((v, i) => i % 4 === 3 && v > 0)).toBeTrue(); // it has drawn
  });

  it("an operation on an example not drawn yet plays its steps to the end (the draw loop plays them)", async () => {
    const handle = mountWith(far, { structure: "queue", values: ["1"] }, { ...LAZY, stepDwell: 30 });
    handles.push(handle);
    await frames();
    expect(handle.enqueue("5").ok).toBeTrue();
    const root = far.querySelector(".dsviz-example") as HTMLElement;
    for (let i = 0; i < 100 && root.hasAttribute("data-step"); i++) await frame();
    expect(root.hasAttribute("data-step")).toBeFalse();
    expect(far.querySelector('[role="status"]')!.textContent).toMatch(/^Enqueued 5/);
  });

  it("handle.toPNG() draws an example never scrolled to", () => {
    const handle = mount(far);
    const png = handle.toPNG();
    expect(png).toMatch(/^data:image\/png;base64,/);
    expect(instanceOf(far)).toBeDefined();
  });

  it("printing draws every example never scrolled to (beforeprint)", async () => {
    mount(far);
    await frames();
    window.dispatchEvent(new Event("beforeprint"));
    try {
      expect(instanceOf(far)).toBeDefined();
      const canvas = far.querySelector("canvas") as HTMLCanvasElement;
      expect(canvas.width).toBeGreaterThanOrEqual(2 * canvas.getBoundingClientRect().width - 1);
    } finally {
      window.dispatchEvent(new Event("afterprint"));
    }
  });

  it("destroy() before it ever drew leaves no Processing instance, no canvas and no observer work", async () => {
    const count = Processing.instances.length;
    const handle = mount(far);
    handle.destroy();
    far.remove(); // gone from the page, then scrolled where it was: nothing starts
    window.scrollTo(0, document.body.scrollHeight);
    await frames();
    expect(Processing.instances.length).toBe(count);
    expect(far.querySelector(".dsviz-example")).toBeNull();
  });

  it("auto-mount's queue draws each example in view as it mounts it, before building the next, with no frame between", () => {
    // Two examples side by side at the top of the page, one far below.
    const row = document.createElement("div");
    row.style.display = "flex";
    const [left, right] = [0, 1].map(() => row.appendChild(document.createElement("div")));
    left.style.flex = right.style.flex = "1";
    top.append(row);
    const drawnBefore: boolean[] = [];
    const queue = new MountQueue(window, (elements) => {
      // Whether the one before it is drawn already when this one starts to mount.
      for (const element of elements) {
        drawnBefore.push(element === right && !!instanceOf(left));
        mount(element as HTMLElement);
      }
    });
    try {
      queue.add([left, right, far]);
      expect(instanceOf(left)).toBeDefined(); // in this task, not the next frame
      expect(instanceOf(right)).toBeDefined();
      expect(drawnBefore).toEqual([false, true]);
      expect(instanceOf(far)).toBeUndefined(); // far below: queued, and lazy once mounted
    } finally {
      queue.flush();
    }
  });

  it("a hidden example (display: none, a later slide) waits until it is shown", async () => {
    top.style.display = "none";
    mount(top);
    await frames();
    expect(instanceOf(top)).toBeUndefined();
    top.style.display = "";
    await frames();
    expect(instanceOf(top)).toBeDefined();
  });
});
