// The five defects the independent reliability harness found, each pinned by a spec that
// failed before its fix.
import { checkValue, isolate } from "../js/model/values";
import { Handle, mount } from "../js/embed";
import { QUIET, useHost } from "./support/host";

const FSI = "\u2068";
const PDI = "\u2069";

describe("defect 1: change fires only for a change", () => {
  const t = useHost();
  for (const structure of ["stack", "queue", "cyclic-queue"]) {
    it(`clear() on an empty ${structure} is ok but not a change: no change event, no history`, () => {
      const handle = t.mount({ structure, capacity: structure === "cyclic-queue" ? 2 : 1 });
      const heard = jasmine.createSpy("change");
      handle.on("change", heard);
      const result = handle.clear();
      expect(result.ok).toBe(true);
      expect(result.message).toMatch(/already empty\.$/);
      expect(heard).not.toHaveBeenCalled();
      expect(handle.history()).toEqual([]);
      expect(handle.undo()).toEqual({ ok: false, message: "Nothing to undo." });
    });
  }

  it("clear() on an empty cyclic queue whose pointers moved is a change (they go back to 0)", () => {
    const handle = t.mount({ structure: "cyclic-queue", capacity: 4 });
    handle.enqueue("1");
    handle.dequeue();
    const heard = jasmine.createSpy("change");
    handle.on("change", heard);
    expect(handle.clear().message).toBe("The cyclic queue was already empty; head and tail are back at slot 0.");
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

describe("defect 2: a listener that operates on the example", () => {
  const t = useHost();
  it("every listener hears every state in order, and the last it hears is the state now", () => {
    const handle: Handle = t.mount({ structure: "stack", capacity: 4 });
    const sizesA: number[] = [];
    const sizesB: number[] = [];
    handle.on("change", (state) => {
      sizesA.push(state.items.length);
      if (state.items.length === 1) handle.push("2");
    });
    handle.on("change", (state) => sizesB.push(state.items.length));
    handle.push("1");
    expect(handle.state().items).toEqual(["1", "2"]);
    expect(sizesA).toEqual([1, 2]);
    expect(sizesB).toEqual([1, 2]);
  });
});

describe("defect 3: the six-character limit counts user-perceived characters", () => {
  const typed = { allowEmpty: true };
  const family = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}"; // one character, seven code points
  const flags = "\u{1F1EB}\u{1F1F7}\u{1F1E9}\u{1F1EA}\u{1F1EE}\u{1F1F9}\u{1F1EA}\u{1F1F8}"; // France Germany Italy Spain
  const thumbs = "\u{1F44D}\u{1F3FD}".repeat(4);
  const accents = "e\u0301".repeat(5); // "ééééé" typed with combining accents

  it("a family emoji, four flags, four skin-toned thumbs and five combined accents are accepted", () => {
    for (const value of [family, flags, thumbs, accents, family.repeat(6)]) expect(checkValue(value, typed)).toEqual({ ok: true, value });
  });

  it("seven user-perceived characters are too long, however few or many code points they take", () => {
    for (const value of ["abcdefg", family.repeat(7), "e\u0301".repeat(7)]) {
      expect(checkValue(value, typed)).toEqual({ ok: false, message: jasmine.stringMatching(/is too long: values have at most 6 characters\.$/) });
    }
  });

  it("a family emoji pushed shows as one tile's value and one item", () => {
    const host = document.createElement("div");
    document.body.append(host);
    const handle = mount(host, { structure: "stack" });
    expect(handle.push(family).ok).toBe(true);
    expect(handle.state().items).toEqual([family]);
    handle.destroy();
    host.remove();
  });
});

describe("defect 4: right-to-left values keep the narration in order", () => {
  const t = useHost();
  it("a right-to-left value is isolated in every sentence; a left-to-right one is left as it is", () => {
    const handle = t.mount({ structure: "stack" }, undefined, QUIET);
    expect(handle.push("שלום").message).toBe(`Pushed ${FSI}שלום${PDI}. Top is now ${FSI}שלום${PDI}; 1 of 8 slots used.`);
    expect((t.host.querySelector(".dsviz-status") as HTMLElement).textContent).toBe(`Pushed ${FSI}שלום${PDI}. Top is now ${FSI}שלום${PDI}; 1 of 8 slots used.`);
    expect((t.host.querySelector("canvas") as HTMLElement).getAttribute("aria-label")).toContain(`${FSI}שלום${PDI}`);
    expect(handle.push("abc").message).toBe("Pushed abc. Top is now abc; 2 of 8 slots used.");
    expect(isolate("١٢")).toBe(`${FSI}١٢${PDI}`);
  });

  it("bidirectional control characters are refused in values, with the reason", () => {
    for (const control of ["\u202E", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"]) {
      expect(checkValue(`ab${control}c`, { allowEmpty: true })).toEqual({
        ok: false,
        message: "A value cannot contain bidirectional control characters (such as U+202E), which would reorder the sentences it is said in.",
      });
    }
  });

  it("a right-to-left label reads right to left in the title", () => {
    t.mount({ structure: "queue", label: "תור" }, undefined, QUIET);
    expect((t.host.querySelector(".dsviz-title") as HTMLElement).dir).toBe("auto");
  });
});

describe("defect 5: a value must show something", () => {
  it("zero-width space, a joiner alone, word joiner, soft hyphen and other invisible values are refused", () => {
    for (const invisible of ["\u200B", "\u200D", "\u200C", "\u2060", "\u00AD", "\u0301", "\uFE0F", "\u3164", "\u2800", "\u200B\u200D\u2060"]) {
      expect(checkValue(invisible, { allowEmpty: true })).withContext(escape(invisible)).toEqual({
        ok: false,
        message: "A value must contain at least one visible character.",
      });
    }
  });

  it("a visible character with invisible ones around it is accepted as given", () => {
    for (const value of ["a\u200B", "\u00ADb", "\u2764\uFE0F", "x\u0301"]) expect(checkValue(value, { allowEmpty: true })).toEqual({ ok: true, value });
  });
});

describe("decided and documented", () => {
  it("push(null) and enqueue(null) mean no value: a random number, like push()", () => {
    const host = document.createElement("div");
    document.body.append(host);
    const stack = mount(host, { structure: "stack" });
    const pushed = stack.push(null as unknown as string);
    expect(pushed.ok).toBe(true);
    expect(Number(pushed.value)).toBeGreaterThanOrEqual(1);
    stack.destroy();
    host.remove();
  });

  it("mount on an <svg> or MathML element is refused, as mountAll skips them", () => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    const math = document.createElementNS("http://www.w3.org/1998/Math/MathML", "math");
    document.body.append(svg, math);
    expect(() => mount(svg as unknown as HTMLElement)).toThrowError(TypeError, "dsviz.mount needs an HTML element, such as a <div>; got a <svg> element that is not HTML.");
    expect(() => mount(math as unknown as HTMLElement)).toThrowError(TypeError, /got a <math> element that is not HTML/);
    expect(svg.childNodes.length).toBe(0);
    svg.remove();
    math.remove();
  });
});
