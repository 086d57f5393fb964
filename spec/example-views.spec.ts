import { ManualClock } from "../js/core/clock";
import { cyclicRingLayout, cyclicRowLayout } from "../js/cyclic-queue/cyclic-queue-layout";
import { Example } from "../js/example";
import { resolveOptions, UserOptions } from "../js/options";

describe("Example views", () => {
  let host: HTMLElement;
  const examples: Example[] = [];

  beforeEach(() => {
    host = document.createElement("div");
    document.body.appendChild(host);
  });

  afterEach(() => {
    examples.splice(0).forEach((e) => e.destroy());
    host.remove();
  });

  function example(options: UserOptions): Example {
    const made = new Example(host, resolveOptions(options), { clock: new ManualClock(), pixelRatio: 1, reducedMotion: true, stepDwell: 0, lazy: false });
    examples.push(made);
    return made;
  }

  function viewSelect(e: Example): HTMLSelectElement | null {
    const label = Array.from(e.root.querySelectorAll("label")).find((l) => l.textContent === "View");
    return label ? (e.root.querySelector("#" + label.htmlFor) as HTMLSelectElement) : null;
  }

  it("a cyclic queue example has a select labelled View with Ring and Row, starting at options.view", () => {
    const select = viewSelect(example({ structure: "cyclic-queue", view: "row" }));
    expect(select).not.toBeNull();
    const options = Array.from((select as HTMLSelectElement).options).map((o) => [o.value, o.textContent]);
    expect(options).toEqual([["ring", "Ring"], ["row", "Row"]]);
    expect((select as HTMLSelectElement).value).toBe("row");
  });

  it("choosing Row in the View select redraws at the row's size and keeps the state", () => {
    const e = example({ structure: "cyclic-queue", values: ["3", "1", "4"] });
    e.run("dequeue");
    const before = e.controller.state();
    expect(e.canvas.canvas.style.width).toBe(cyclicRingLayout(8).width + "px");
    const framesBefore = e.canvas.frames;
    const select = viewSelect(e) as HTMLSelectElement;
    select.value = "row";
    select.dispatchEvent(new Event("change"));
    expect(e.canvas.canvas.style.width).toBe(cyclicRowLayout(8).width + "px");
    expect(e.canvas.canvas.width).toBe(cyclicRowLayout(8).width);
    expect(e.canvas.frames).toBeGreaterThan(framesBefore);
    expect(e.controller.state()).toEqual(before);
    expect(e.canvas.canvas.getAttribute("aria-label")).toContain("row view");
    expect(e.narration.text).toBe("Dequeued 3 from slot 0; nothing else moves, 2 of 8 slots used. Head moves from 0 to 1.");
  });

  it("example.setView(name) moves the View select too, and refuses unknown views", () => {
    const e = example({ structure: "cyclic-queue" });
    expect(e.setView("row")).toBe(true);
    expect((viewSelect(e) as HTMLSelectElement).value).toBe("row");
    expect(e.setView("spiral")).toBe(false);
    expect(e.controller.view).toBe("row");
  });

  it("queue and stack examples have no View select; a cyclic queue without controls has none either", () => {
    expect(viewSelect(example({ structure: "queue" }))).toBeNull();
    expect(viewSelect(example({ structure: "stack" }))).toBeNull();
    expect(viewSelect(example({ structure: "cyclic-queue", controls: false }))).toBeNull();
  });

  it("queue and cyclic queue examples have Enqueue, Dequeue, Peek and Clear buttons", () => {
    for (const structure of ["queue", "cyclic-queue"]) {
      const e = example({ structure });
      const names = Array.from(e.root.querySelectorAll(".dsviz-op")).map((b) => b.textContent);
      expect(names).toEqual(["Enqueue", "Dequeue", "Peek", "Clear"]);
    }
  });
});
