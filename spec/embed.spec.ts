import Processing = require("processing");
import { get, Handle, mount, mountAll, mountWith } from "../js/embed";
import { QUIET, useHost } from "./support/host";

describe("dsviz.mount and the handle", () => {
  const t = useHost();
  let host: HTMLElement;
  beforeEach(() => (host = t.host));
  const make = (options: Record<string, unknown> = {}, element?: HTMLElement): Handle => t.mount(options, element);

  it("mount builds one example: title, one canvas, Value, the stack's buttons and a status line", () => {
    const handle = mount(host, { values: ["3", "1"], label: "My stack" }); // the real environment
    expect(host.querySelectorAll("canvas").length).toBe(1);
    expect(host.querySelector(".dsviz-title")!.textContent).toBe("My stack");
    expect(Array.from(host.querySelectorAll(".dsviz-op")).map((b) => b.textContent)).toEqual(["Push", "Pop", "Peek", "Clear"]);
    const named = (b: Element) => b.getAttribute("aria-label") || b.textContent;
    expect(Array.from(host.querySelectorAll(".dsviz-teaching button")).map(named)).toEqual(["Undo", "Redo", "Pause", "Previous step", "Next step"]);
    expect(host.querySelector("label")!.textContent).toBe("Value");
    expect(host.querySelector('[role="status"]')).not.toBeNull();
    expect(handle.element).toBe(host);
    expect(handle.state()).toEqual({ structure: "stack", capacity: 8, items: ["3", "1"], top: 1 });
    handle.destroy();
  });

  it("controls: false leaves out the Value box and the buttons", () => {
    make({ controls: false });
    expect(host.querySelectorAll("button, input").length).toBe(0);
    expect(host.querySelectorAll("canvas").length).toBe(1);
  });

  it("push, pop, peek and clear return { ok, value, message } and narrate", () => {
    const handle = make({ values: ["3"] });
    const status = () => host.querySelector('[role="status"]')!.textContent;
    expect(handle.push("7")).toEqual({ ok: true, value: "7", message: "Pushed 7. Top is now 7; 2 of 8 slots used." });
    expect(status()).toBe("Pushed 7. Top is now 7; 2 of 8 slots used.");
    expect(handle.peek()).toEqual({ ok: true, value: "7", message: "Peek: the top is 7. The stack is unchanged." });
    expect(handle.pop()).toEqual({ ok: true, value: "7", message: "Popped 7. Top is now 3; 1 of 8 slots used." });
    expect(handle.push()).toEqual({ ok: true, value: "50", message: "Pushed 50. Top is now 50; 2 of 8 slots used." });
    expect(handle.push(42)).toEqual({ ok: true, value: "42", message: "Pushed 42. Top is now 42; 3 of 8 slots used." });
    expect(handle.clear()).toEqual({ ok: true, message: "Cleared 3 items. The stack is now empty." });
    expect(handle.state().items).toEqual([]);
  });

  it("overflow, underflow, bad values and other structures' operations are refused, never thrown", () => {
    const handle = make({ capacity: 1 });
    expect(handle.pop()).toEqual({ ok: false, message: "The stack is empty. Nothing to pop." });
    expect(handle.peek()).toEqual({ ok: false, message: "The stack is empty. Nothing to peek at." });
    expect(handle.push("1").ok).toBe(true);
    expect(handle.push("2")).toEqual({ ok: false, message: "The stack is full: 1 of 1." });
    handle.clear();
    const bad: unknown[] = ["toolong", NaN, Infinity, {}, [], () => 1, Symbol("s"), "a\u0000b"];
    for (const value of bad) {
      const result = handle.push(value as string);
      expect(result.ok).withContext(String(typeof value)).toBe(false);
      expect(typeof result.message).toBe("string");
      expect(result.value).toBeUndefined();
    }
    expect(handle.state().items).toEqual([]);
    expect(handle.enqueue("1")).toEqual({ ok: false, message: "A stack has no enqueue operation; use push, pop, peek, clear." });
    expect(handle.dequeue()).toEqual({ ok: false, message: "A stack has no dequeue operation; use push, pop, peek, clear." });
    const refusedStatus = host.querySelector('[role="status"]')!;
    expect(refusedStatus.classList).toContain("dsviz-refusal");
  });

  it("a queue's handle: enqueue, dequeue, peek, clear; push and pop are refused", () => {
    const handle = make({ structure: "queue", capacity: 2, values: ["a"] });
    expect(handle.enqueue("b")).toEqual({ ok: true, value: "b", message: "Enqueued b. Rear is now b; 2 of 2 slots used." });
    expect(handle.enqueue("c")).toEqual({ ok: false, message: "The queue is full: 2 of 2." });
    expect(handle.peek()).toEqual({ ok: true, value: "a", message: "Peek: the front is a. The queue is unchanged." });
    expect(handle.dequeue()).toEqual(jasmine.objectContaining({ ok: true, value: "a" }));
    expect(handle.state()).toEqual({ structure: "queue", capacity: 2, items: ["b"], size: 1 });
    expect(handle.push("x")).toEqual({ ok: false, message: "A queue has no push operation; use enqueue, dequeue, peek, clear." });
    expect(handle.pop().ok).toBe(false);
    expect(handle.clear()).toEqual({ ok: true, message: "Cleared 1 item. The queue is now empty." });
    expect(handle.dequeue()).toEqual({ ok: false, message: "The queue is empty. Nothing to dequeue." });
    expect(host.querySelectorAll(".dsviz-op").length).toBe(4);
  });

  it("a cyclic queue's state has slots, head and tail, which wrap around; the options reach it", () => {
    const handle = make({ structure: "cyclic-queue", capacity: 3, values: [1, 2], view: "row", fullRule: "spare-slot" });
    expect(handle.state()).toEqual({ structure: "cyclic-queue", capacity: 3, items: ["1", "2"], slots: ["1", "2", null], head: 0, tail: 2 });
    expect(handle.enqueue("3").ok).toBe(false); // spare-slot: one slot stays empty
    expect(handle.dequeue()).toEqual(jasmine.objectContaining({ ok: true, value: "1" }));
    expect(handle.enqueue("3")).toEqual(jasmine.objectContaining({ ok: true, value: "3" }));
    expect(handle.state()).toEqual({ structure: "cyclic-queue", capacity: 3, items: ["2", "3"], slots: [null, "2", "3"], head: 1, tail: 0 });
    const select = host.querySelector("select") as HTMLSelectElement;
    expect(select.value).toBe("row");
    const count = make({ structure: "cyclic-queue", capacity: 3, values: [1, 2, 3] }, host.appendChild(document.createElement("div")));
    expect(count.state().tail).toBe(0); // the count rule fills every slot
    expect(count.enqueue("4")).toEqual(jasmine.objectContaining({ ok: false }));
  });

  it("a value with markup is refused or shown as text, never as HTML", () => {
    const handle = make();
    expect(handle.push("<b>x</b>").ok).toBe(false);
    expect(handle.push("<i>").ok).toBe(true);
    expect(host.querySelector("i, b")).toBeNull();
    expect(host.querySelector('[role="status"]')!.textContent).toBe("Pushed <i>. Top is now <i>; 1 of 8 slots used.");
  });

  it("on('change') reports the new state after every change, not after peeks or refusals", () => {
    const handle = make({ capacity: 2 });
    const seen: string[][] = [];
    const off = handle.on("change", (state) => seen.push(state.items));
    handle.push("a");
    handle.peek();
    handle.push("b");
    handle.push("c"); // full: refused
    handle.pop();
    handle.clear();
    handle.pop(); // empty: refused
    expect(seen).toEqual([["a"], ["a", "b"], ["a"], []]);
    off();
    handle.push("d");
    expect(seen.length).toBe(4);
  });

  it("a listener that throws is reported and breaks neither the operation nor the other listeners", () => {
    const handle = make();
    spyOn(console, "error");
    const other = jasmine.createSpy("other");
    handle.on("change", () => {
      throw new Error("host bug");
    });
    handle.on("change", other);
    let result: unknown;
    expect(() => (result = handle.push("1"))).not.toThrow();
    expect(result).toEqual(jasmine.objectContaining({ ok: true, value: "1" }));
    expect(other).toHaveBeenCalledTimes(1);
    expect(console.error).toHaveBeenCalledWith('dsviz: a "change" listener threw.', jasmine.any(Error));
  });

  it("on() refuses events other than change and listeners that are not functions", () => {
    const handle = make();
    expect(() => handle.on("click" as "change", () => undefined)).toThrowError(TypeError, 'dsviz handles emit "change" and "answer", not "click".');
    expect(() => handle.on("change", "x" as unknown as () => void)).toThrowError(TypeError, /needs a function/);
  });

  it("the handle is frozen", () => {
    const handle = make();
    expect(Object.isFrozen(handle)).toBe(true);
  });

  it("destroy() removes the canvas, gives the element back its own content, and get() forgets it", () => {
    host.innerHTML = '<p class="fallback">This example needs JavaScript.</p>';
    const fallback = host.firstChild;
    const handle = mountWith(host, {}, QUIET);
    expect(host.querySelector(".fallback")).toBeNull();
    expect(get(host)).toBe(handle);
    const listener = jasmine.createSpy("listener");
    handle.on("change", listener);
    handle.destroy();
    expect(host.childNodes.length).toBe(1);
    expect(host.firstChild).toBe(fallback);
    expect(host.querySelector("canvas")).toBeNull();
    expect(get(host)).toBeUndefined();
    expect(handle.push("1")).toEqual({ ok: false, message: "This example has been destroyed." });
    expect(listener).not.toHaveBeenCalled();
    expect(handle.on("change", listener)).toEqual(jasmine.any(Function));
    expect(() => handle.destroy()).not.toThrow();
  });

  it("an element can be mounted again after destroy()", () => {
    make({ values: ["1"] }).destroy();
    const again = make({ values: ["2"] });
    expect(host.querySelectorAll("canvas").length).toBe(1);
    expect(again.state().items).toEqual(["2"]);
    expect(get(host)).toBe(again);
  });

  it("mounting twice on one element replaces the example: never two canvases", () => {
    const first = make({ values: ["1"] });
    const second = make({ values: ["2"] });
    expect(host.querySelectorAll("canvas").length).toBe(1);
    expect(host.querySelectorAll(".dsviz-example").length).toBe(1);
    expect(get(host)).toBe(second);
    expect(first.push("x").ok).toBe(false);
    expect(second.state().items).toEqual(["2"]);
    first.destroy(); // destroying the replaced handle leaves the new example alone
    expect(host.querySelectorAll("canvas").length).toBe(1);
    expect(get(host)).toBe(second);
  });

  it("mount throws an Error naming the option and leaves the element as it was", () => {
    const handle = make({ values: ["1"] });
    expect(() => mount(host, { capacity: 0 })).toThrowError(Error, "capacity must be a whole number from 1 to 32; got 0.");
    expect(() => mount(host, { structure: "tree" as "stack" })).toThrowError(/^structure must be one of "stack", "queue", "cyclic-queue"; got "tree"\.$/);
    expect(get(host)).toBe(handle);
    expect(host.querySelectorAll("canvas").length).toBe(1);
    expect(handle.push("2").ok).toBe(true);
  });

  it("mount needs an element", () => {
    expect(() => mount("#x" as unknown as HTMLElement)).toThrowError(TypeError, /needs an element to mount on; got the text "#x"/);
    expect(() => mount(null as unknown as HTMLElement)).toThrowError(TypeError, /got null/);
    expect(get(null)).toBeUndefined();
    expect(get(undefined)).toBeUndefined();
    expect(get(document.body)).toBeUndefined();
  });

  it("twenty examples on one element's children are independent", () => {
    const children = Array.from({ length: 20 }, () => host.appendChild(document.createElement("div")));
    const list = children.map((child, i) => make({ values: [String(i)] }, child));
    list[3].push("x");
    list[7].clear();
    list.forEach((h, i) => {
      const expected = i === 3 ? ["3", "x"] : i === 7 ? [] : [String(i)];
      expect(h.state().items).toEqual(expected);
    });
    expect(new Set(Array.from(host.querySelectorAll("canvas")).map((c) => c.id)).size).toBe(20);
  });
});

describe("dsviz.mountAll", () => {
  let root: HTMLElement;

  beforeEach(() => {
    root = document.createElement("section");
    document.body.appendChild(root);
  });

  afterEach(() => {
    Array.from(root.querySelectorAll<HTMLElement>("[data-dsviz]")).forEach((el) => {
      const h = get(el);
      if (h) h.destroy();
    });
    const own = get(root);
    if (own) own.destroy();
    root.remove();
  });

  it("mounts every [data-dsviz] element, shows invalid ones as error boxes and logs them", () => {
    root.innerHTML =
      '<div id="ok1" data-dsviz="stack" data-values="3 1 4"></div>' +
      '<div id="bad" data-dsviz="stack" data-capacity="40"></div>' +
      '<div id="ok2" data-dsviz="stack" data-controls="false"></div>';
    spyOn(console, "error");
    const handles = mountAll(root);
    expect(handles.length).toBe(2);
    expect(get(root.querySelector("#ok1"))!.state().items).toEqual(["3", "1", "4"]);
    expect(get(root.querySelector("#ok2"))).toBeDefined();
    const bad = root.querySelector<HTMLElement>("#bad")!;
    expect(get(bad)).toBeUndefined();
    const box = bad.querySelector(".dsviz-error")!;
    expect(box.getAttribute("role")).toBe("alert");
    expect(box.textContent).toBe("This example could not be shown. data-capacity must be a whole number from 1 to 32; got 40.");
    expect(bad.querySelector("canvas")).toBeNull();
    expect(console.error).toHaveBeenCalledOnceWith("dsviz: data-capacity must be a whole number from 1 to 32; got 40.", bad);
    expect(root.querySelectorAll("canvas").length).toBe(2);
  });

  it("mounts the root itself when it has data-dsviz, and never mounts an element twice", () => {
    root.setAttribute("data-dsviz", "stack");
    expect(mountAll(root).length).toBe(1);
    expect(mountAll(root).length).toBe(0);
    expect(root.querySelectorAll("canvas").length).toBe(1);
  });

  it("an element fixed after an error mounts cleanly: the error box goes", () => {
    root.innerHTML = '<div data-dsviz="stack" data-speed="fast"></div>';
    spyOn(console, "error");
    mountAll(root);
    const el = root.firstElementChild as HTMLElement;
    expect(el.querySelectorAll(".dsviz-error").length).toBe(1);
    mountAll(root); // unchanged: its error is already shown, and not logged again
    expect(el.querySelectorAll(".dsviz-error").length).toBe(1);
    expect(console.error).toHaveBeenCalledTimes(1);
    el.setAttribute("data-speed", "9");
    mountAll(root); // changed but still invalid: the new message replaces the old
    expect(el.querySelectorAll(".dsviz-error").length).toBe(1);
    expect(el.querySelector(".dsviz-error")!.textContent).toContain('data-speed must be a number from 0.25 to 4; got 9.');
    expect(console.error).toHaveBeenCalledTimes(2);
    el.setAttribute("data-speed", "2");
    expect(mountAll(root).length).toBe(1);
    expect(el.querySelector(".dsviz-error")).toBeNull();
    expect(el.querySelectorAll("canvas").length).toBe(1);
  });

  it("hostile attribute values never run, never inject markup, never break the others", () => {
    const w = window as unknown as { pwned?: boolean };
    delete w.pwned;
    const hostile = [
      'data-label="&lt;img src=x onerror=&quot;window.pwned=true&quot;&gt;"',
      'data-dsviz="&lt;script&gt;window.pwned=true&lt;/script&gt;"',
      'data-values="&lt;svg onload=window.pwned=true&gt;"',
      'data-capacity="NaN"',
      'data-capacity="-1"',
      'data-speed="Infinity"',
      'data-label="javascript:window.pwned=true"',
      'data-values="' + "x ".repeat(2000) + '"',
      'data-dsviz="constructor"',
      'data-dsviz="__proto__"',
      'data-view="toString"',
    ];
    root.innerHTML =
      hostile.map((attrs) => (attrs.startsWith("data-dsviz=") ? `<div ${attrs}></div>` : `<div data-dsviz="stack" ${attrs}></div>`)).join("") +
      '<div id="good" data-dsviz="stack"></div>';
    spyOn(console, "error");
    expect(() => mountAll(root)).not.toThrow();
    expect(w.pwned).toBeUndefined();
    expect(root.querySelectorAll("img, script, svg").length).toBe(0);
    const labelled = root.firstElementChild as HTMLElement;
    expect(labelled.querySelector(".dsviz-title")!.textContent).toBe('<img src=x onerror="window.pwned=true">');
    const boxes = Array.from(root.querySelectorAll(".dsviz-error"));
    expect(boxes.length).toBe(hostile.length - 2); // the two label-only ones are valid labels
    for (const box of boxes) expect(box.children.length).toBe(0);
    expect(boxes.every((b) => b.textContent!.length < 400)).toBe(true);
    expect(get(root.querySelector("#good"))!.push("1").ok).toBe(true);
    expect(w.pwned).toBeUndefined();
  });
});

describe("mounting and destroying hundreds of times", () => {
  it("leaks no Processing instance, canvas, timer, media-query, window or document listener", async () => {
    const host = document.createElement("div");
    document.body.appendChild(host);
    const baseline = { instances: Processing.instances.length, canvases: document.querySelectorAll("canvas").length };

    const intervals = new Set<number>();
    const realSetInterval = window.setInterval;
    const realClearInterval = window.clearInterval;
    spyOn(window, "setInterval").and.callFake(((fn: () => void, ms: number) => {
      const id = realSetInterval(fn, ms);
      intervals.add(id);
      return id;
    }) as typeof window.setInterval);
    spyOn(window, "clearInterval").and.callFake((id?: number) => {
      if (id !== undefined) intervals.delete(id);
      realClearInterval(id);
    });
    // Every listener added to a long-lived target (window, document, a MediaQueryList) and not removed.
    const live = new Map<EventTarget, Map<string, Set<unknown>>>();
    const longLived = (t: unknown) => t === window || t === document || t instanceof MediaQueryList;
    const realAdd = EventTarget.prototype.addEventListener;
    const realRemove = EventTarget.prototype.removeEventListener;
    spyOn(EventTarget.prototype, "addEventListener").and.callFake(function (this: EventTarget, type: string, fn: unknown, o?: unknown) {
      if (longLived(this)) {
        if (!live.has(this)) live.set(this, new Map());
        const byType = live.get(this)!;
        if (!byType.has(type)) byType.set(type, new Set());
        byType.get(type)!.add(fn);
      }
      return realAdd.call(this, type, fn as EventListener, o as boolean);
    });
    spyOn(EventTarget.prototype, "removeEventListener").and.callFake(function (this: EventTarget, type: string, fn: unknown, o?: unknown) {
      const byType = live.get(this);
      if (byType && byType.has(type)) byType.get(type)!.delete(fn);
      return realRemove.call(this, type, fn as EventListener, o as boolean);
    });
    const remaining = () => {
      let n = 0;
      live.forEach((byType) => byType.forEach((fns) => (n += fns.size)));
      return n;
    };

    const CYCLES = 300;
    let addedDuringMount = 0;
    for (let i = 0; i < CYCLES; i++) {
      // Half of them follow the reader's motion setting (a matchMedia listener) and are
      // destroyed in the middle of an animation (a running draw loop).
      const handle = mountWith(host, { values: ["1", "2"] }, { pixelRatio: 1, reducedMotion: i % 2 === 0 ? true : undefined });
      handle.push("3");
      addedDuringMount = Math.max(addedDuringMount, remaining());
      handle.destroy();
    }
    expect(addedDuringMount).toBeGreaterThan(0); // the tracker sees what an example adds
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Processing.instances.length).toBe(baseline.instances);
    expect(document.querySelectorAll("canvas").length).toBe(baseline.canvases);
    expect(intervals.size).toBe(0);
    expect(remaining()).toBe(0);
    expect(host.childNodes.length).toBe(0);
    host.remove();
  });

  it("Processing adds no <style> and no hidden span to the page", () => {
    const host = document.createElement("div");
    document.body.appendChild(host);
    const handle = mountWith(host, { values: ["1"] }, QUIET);
    expect(Array.from(document.querySelectorAll("style")).some((s) => /PjsEmptyFont/.test(s.textContent || ""))).toBe(false);
    expect(Array.from(document.body.children).some((e) => e.textContent === "AAAAAAAA")).toBe(false);
    handle.destroy();
    host.remove();
  });
});
