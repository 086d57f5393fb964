import { autoMount, get, Handle, mount } from "../js/embed";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("auto-mount follows the document", () => {
  let area: HTMLElement;
  let stop: () => void;

  beforeEach(() => {
    area = document.createElement("div");
    document.body.appendChild(area);
    stop = autoMount(document);
  });

  afterEach(() => {
    stop();
    for (const el of Array.from(area.querySelectorAll("[data-dsviz]"))) {
      const h = get(el);
      if (h) h.destroy();
    }
    area.remove();
  });

  it("a [data-dsviz] element added after the first scan mounts, nested ones too", async () => {
    area.innerHTML = '<div data-dsviz="stack" id="a"></div><section><div data-dsviz="queue" data-values="1 2"></div></section>';
    await tick();
    const elements = Array.from(area.querySelectorAll("[data-dsviz]"));
    expect(elements.map((el) => !!get(el))).toEqual([true, true]);
    expect(get(elements[1])!.state().items).toEqual(["1", "2"]);
    expect(area.querySelectorAll("canvas").length).toBe(2);
  });

  it("an element that gets data-dsviz later mounts; an invalid one shows its error once, and mounts when fixed", async () => {
    const el = document.createElement("div");
    area.append(el);
    const errors = spyOn(console, "error");
    el.setAttribute("data-dsviz", "tree");
    await tick();
    expect(get(el)).toBeUndefined();
    expect(el.querySelector(".dsviz-error")!.textContent).toContain('data-dsviz must be one of "stack", "queue", "cyclic-queue"');
    expect(errors).toHaveBeenCalledTimes(1);
    el.setAttribute("data-dsviz", "queue");
    await tick();
    expect(get(el)).toBeDefined();
    expect(el.querySelector(".dsviz-error")).toBeNull();
  });

  it("an example whose element leaves the document is destroyed: canvas released, handle refuses, element restored", async () => {
    area.innerHTML = '<div data-dsviz="stack"><p>Needs JavaScript.</p></div>';
    await tick();
    const el = area.firstElementChild as HTMLElement;
    const handle = get(el) as Handle;
    const changes = jasmine.createSpy("change");
    handle.on("change", changes);
    el.remove();
    await tick();
    expect(get(el)).toBeUndefined();
    expect(handle.push("1")).toEqual({ ok: false, message: "This example has been destroyed." });
    expect(changes).not.toHaveBeenCalled();
    expect(el.innerHTML).toBe("<p>Needs JavaScript.</p>");
  });

  it("content swapped by innerHTML (instant navigation) releases the old examples and mounts the new", async () => {
    area.innerHTML = '<div data-dsviz="stack"></div><div data-dsviz="stack"></div>';
    await tick();
    const old = Array.from(area.children).map((el) => get(el) as Handle);
    area.innerHTML = '<div data-dsviz="cyclic-queue"></div>';
    await tick();
    expect(old.map((h) => h.push("1").ok)).toEqual([false, false]);
    expect(get(area.firstElementChild)!.state().structure).toBe("cyclic-queue");
    expect(document.querySelectorAll(".dsviz-example").length).toBe(1);
  });

  it("moving an example within one task keeps it, with its state", async () => {
    area.innerHTML = '<div data-dsviz="stack" id="m"></div><div id="elsewhere"></div>';
    await tick();
    const el = area.querySelector("#m") as HTMLElement;
    const handle = get(el) as Handle;
    handle.push("7");
    (area.querySelector("#elsewhere") as HTMLElement).append(el);
    await tick();
    expect(get(el)).toBe(handle);
    expect(handle.state().items).toEqual(["7"]);
  });

  it("an example mounted on an element that was never in the document is not destroyed for that", async () => {
    const detached = document.createElement("div");
    const handle = mount(detached, { values: ["1"] });
    area.append(document.createElement("p"));
    area.firstElementChild!.remove(); // a removal somewhere: auto-mount looks for examples to release
    await tick();
    expect(handle.push("2").ok).toBe(true);
    area.append(detached);
    await tick();
    expect(get(detached)).toBe(handle); // mounted already: not mounted twice
    detached.remove();
    await tick();
    expect(handle.push("3").ok).toBe(false); // it was in the document, and left
  });

  it("the example's own changes (narration, canvas) never make auto-mount scan the page", async () => {
    area.innerHTML = '<div data-dsviz="stack"></div>';
    await tick();
    const handle = get(area.firstElementChild) as Handle;
    const scans = spyOn(Element.prototype, "querySelector").and.callThrough();
    for (let i = 0; i < 5; i++) handle.push(String(i));
    handle.clear();
    await tick();
    expect(scans.calls.all().filter((c) => c.args[0] === "[data-dsviz]").length).toBe(0);
  });

  it("after stop(), added elements are left alone", async () => {
    stop();
    area.innerHTML = '<div data-dsviz="stack"></div>';
    await tick();
    expect(get(area.firstElementChild)).toBeUndefined();
  });
});
