import { mountWith } from "../js/embed";
import { cyclicRingLayout } from "../js/cyclic-queue/cyclic-queue-layout";
import { QUIET, useHost } from "./support/host";
/** The ResizeObserver reports before a paint, and the example lays out at the frame after: three frames on, it has. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));

describe("an example follows its box", () => {
  const t = useHost();
  let host: HTMLElement;
  beforeEach(() => (host = t.host));
  const make = (options: Record<string, unknown>, env = QUIET) => t.mount(options, undefined, env);
  const canvas = () => host.querySelector("canvas") as HTMLCanvasElement;
  const cssWidth = () => parseFloat(canvas().style.width);

  it("in a 320 px box a queue of 8 wraps onto two lines instead of shrinking: the canvas is drawn at the size it is shown", async () => {
    host.style.width = "320px";
    make({ structure: "queue", values: ["1", "2"] });
    await frames();
    const root = host.querySelector(".dsviz-example") as HTMLElement;
    expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(canvas().getBoundingClientRect().width).toBe(cssWidth()); // not narrowed by CSS
    expect(canvas().width).toBe(Math.round(cssWidth())); // backing store for pixel ratio 1
    expect(canvas().getBoundingClientRect().height).toBeGreaterThan(350); // two lines of four
  });

  it("in presenter mode a stack gets its controls beside it, and linked nodes (read along a line) get the width, controls under", async () => {
    host.style.width = "1200px";
    t.mount({ structure: "stack", presenter: true }, host.appendChild(document.createElement("div")));
    t.mount({ structure: "stack", implementation: "linked", presenter: true, values: ["1", "2", "3"] }, host.appendChild(document.createElement("div")));
    await frames();
    const [array, linked] = Array.from(host.querySelectorAll(".dsviz-example")) as HTMLElement[];
    expect(array.classList.contains("dsviz-beside")).toBe(true);
    expect(linked.classList.contains("dsviz-beside")).toBe(false);
    const canvas = linked.querySelector("canvas") as HTMLCanvasElement;
    expect(canvas.getBoundingClientRect().width).toBeGreaterThan(canvas.getBoundingClientRect().height); // one line of nodes, not a column
  });

  it("widening the box gives the picture its full size back", async () => {
    host.style.width = "320px";
    make({ structure: "queue" });
    await frames();
    const narrow = cssWidth();
    host.style.width = "900px";
    await frames();
    expect(cssWidth()).toBeGreaterThan(narrow);
    expect(cssWidth()).toBe(728);
  });

  it("a box too narrow for the ring shows the row, and the View select and the canvas's name say so", async () => {
    host.style.width = "320px";
    make({ structure: "cyclic-queue" });
    await frames();
    const select = host.querySelector("select") as HTMLSelectElement;
    expect(select.value).toBe("ring");
    expect(select.options[0].textContent).toBe("Ring (no room)");
    expect(canvas().getAttribute("aria-label")).toContain("row view (the box is too narrow for the ring)");
    host.style.width = "900px";
    await frames();
    expect(select.options[0].textContent).toBe("Ring");
    expect(cssWidth()).toBe(cyclicRingLayout(8).width);
  });

  it("an example mounted in a hidden box lays itself out when the box shows", async () => {
    host.style.display = "none";
    make({ structure: "queue" });
    await frames();
    expect(cssWidth()).toBe(728); // nothing to measure: the full layout
    host.style.display = "block";
    host.style.width = "320px";
    await frames();
    expect(cssWidth()).toBeLessThanOrEqual(320 - 26);
  });

  it("the backing store follows a CSS transform that scales the example (slide decks), and devicePixelRatio", async () => {
    host.style.transform = "scale(1.5)";
    host.style.transformOrigin = "0 0";
    make({ structure: "stack" }, { ...QUIET, pixelRatio: 2 });
    await frames();
    expect(canvas().width / cssWidth()).toBeCloseTo(3, 1);
    host.style.transform = "scale(0.5)";
    window.dispatchEvent(new Event("resize")); // decks rescale their slides when the window resizes
    expect(canvas().width / cssWidth()).toBeCloseTo(1, 1);
  });

  it("beforeprint draws every canvas at least twice its CSS size; afterprint goes back", async () => {
    make({ structure: "stack" });
    await frames();
    expect(canvas().width).toBe(cssWidth());
    window.dispatchEvent(new Event("beforeprint"));
    expect(canvas().width).toBeGreaterThanOrEqual(2 * cssWidth());
    window.dispatchEvent(new Event("afterprint"));
    expect(canvas().width).toBe(cssWidth());
  });

  it("--dsviz-font-size scales the picture with the controls, drawn at its size", async () => {
    host.style.setProperty("--dsviz-font-size", "24px");
    make({ structure: "stack" });
    await frames();
    expect(cssWidth()).toBe(480); // 320 drawing units at 1.5 px each
    expect(canvas().width).toBe(480);
  });
});

describe("every default example fits a slide", () => {
  const cases: Record<string, unknown>[] = [
    { structure: "stack" },
    { structure: "queue" },
    { structure: "cyclic-queue" },
    { structure: "cyclic-queue", view: "row" },
    { structure: "cyclic-queue", fullRule: "spare-slot" },
  ];
  for (const options of cases) {
    it(`${JSON.stringify(options)} at capacity 8 is at most 600 px tall, with a two-line sentence`, async () => {
      const host = document.createElement("div");
      host.style.width = "1200px";
      document.body.appendChild(host);
      const handle = mountWith(host, options, QUIET);
      // The longest sentences: a refusal that explains the rule.
      for (let i = 0; i < 9; i++) if (!handle.push(String(i)).ok) handle.enqueue(String(i));
      await frames();
      const root = host.querySelector(".dsviz-example") as HTMLElement;
      const status = host.querySelector('[role="status"]') as HTMLElement;
      expect(status.textContent!.length).toBeGreaterThan(20);
      expect(root.getBoundingClientRect().height).toBeLessThanOrEqual(600);
      handle.destroy();
      host.remove();
    });
  }
});
