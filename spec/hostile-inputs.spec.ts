// The hostile-input catalogue: every input below goes through the API (push and enqueue
// of all three structures), the Value box, every data-* attribute, and the options of
// mount(). Each yields the literal value or a clear message; a refusal changes nothing;
// nothing throws into the page; no markup is ever inserted.
import { get, mountAll, mountWith } from "../js/embed";
import { ATTRIBUTE_NAMES, OptionError } from "../js/options";
import { QUIET } from "./support/host";

/** What an input must give: the value stored, a random number (no value), or a refusal. */
const RANDOM = { random: true } as const;
const REFUSED = { refused: true } as const;
type Expected = string | typeof RANDOM | typeof REFUSED;

const family = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}";
const throwingToString = { toString: () => { throw new Error("toString was called"); } };
const throwingProxy = new Proxy({}, { get: () => { throw new Error("a trap was touched"); } });

const CATALOGUE: [string, unknown, Expected][] = [
  // Empty and white space: no value, so a random number.
  ["empty", "", RANDOM],
  ["a space", " ", RANDOM],
  ["spaces", "     ", RANDOM],
  ["a tab", "\t", RANDOM],
  ["a newline", "\n", RANDOM],
  ["a no-break space", "\u00A0", RANDOM],
  ["an ideographic space", "\u3000", RANDOM],
  ["a byte-order mark", "\uFEFF", RANDOM],
  ["undefined", undefined, RANDOM],
  ["null", null, RANDOM],
  // Ordinary and long text.
  ["one letter", "a", "a"],
  ["a digit", "7", "7"],
  ["six letters", "abcdef", "abcdef"],
  ["padded", "  x y  ", "x y"],
  ["seven letters", "abcdefg", REFUSED],
  ["seven digits", "1234567", REFUSED],
  ["10,000 characters", "a".repeat(10000), REFUSED],
  ["a million characters", "b".repeat(1e6), REFUSED],
  // Markup and script text: stored and shown as text.
  ["a bold tag", "<b>x", "<b>x"],
  ["an img tag", "<img>", "<img>"],
  ["onerror markup", "<img src=x onerror=window.pwned=1>", REFUSED],
  ["a script tag", "<scrip", "<scrip"],
  ["a closing tag", "</div>", "</div>"],
  ["an entity", "&amp;", "&amp;"],
  ["a comment start", "<!--", "<!--"],
  ["quotes", "\"'><", "\"'><"],
  ["a javascript: URL", "javascript:", REFUSED],
  ["a template", "${x}", "${x}"],
  ["moustaches", "{{x}}", "{{x}}"],
  ["a percent escape", "%3Cb%3E", REFUSED],
  // Emoji sequences: one character each.
  ["an emoji", "\u{1F600}", "\u{1F600}"],
  ["a family", family, family],
  ["six families", family.repeat(6), family.repeat(6)],
  ["seven families", family.repeat(7), REFUSED],
  ["four flags", "\u{1F1EB}\u{1F1F7}\u{1F1E9}\u{1F1EA}\u{1F1EE}\u{1F1F9}\u{1F1EA}\u{1F1F8}", "\u{1F1EB}\u{1F1F7}\u{1F1E9}\u{1F1EA}\u{1F1EE}\u{1F1F9}\u{1F1EA}\u{1F1F8}"],
  ["skin-toned thumbs", "\u{1F44D}\u{1F3FD}".repeat(4), "\u{1F44D}\u{1F3FD}".repeat(4)],
  ["a technologist", "\u{1F469}\u{1F3FD}\u200D\u{1F4BB}", "\u{1F469}\u{1F3FD}\u200D\u{1F4BB}"],
  ["a rainbow flag", "\u{1F3F3}\uFE0F\u200D\u{1F308}", "\u{1F3F3}\uFE0F\u200D\u{1F308}"],
  ["a keycap", "1\uFE0F\u20E3", "1\uFE0F\u20E3"],
  ["a red heart", "\u2764\uFE0F", "\u2764\uFE0F"],
  // Combining marks.
  ["an accent typed as two code points", "e\u0301", "e\u0301"],
  ["five accented letters", "e\u0301".repeat(5), "e\u0301".repeat(5)],
  ["seven accented letters", "e\u0301".repeat(7), REFUSED],
  ["a mark with no letter", "\u0301", REFUSED],
  ["a letter with 150 marks", "a" + "\u0301".repeat(150), REFUSED],
  // Right-to-left text, and bidirectional controls.
  ["Hebrew", "\u05E9\u05DC\u05D5\u05DD", "\u05E9\u05DC\u05D5\u05DD"],
  ["Arabic", "\u0645\u0631\u062D\u0628\u0627", "\u0645\u0631\u062D\u0628\u0627"],
  ["Arabic-Indic digits", "\u0661\u0662\u0663", "\u0661\u0662\u0663"],
  ["mixed directions", "ab\u05E9\u05DC", "ab\u05E9\u05DC"],
  ["a right-to-left override", "\u202Eabc", REFUSED],
  ["a left-to-right override", "a\u202Db", REFUSED],
  ["an isolate", "\u2066x\u2069", REFUSED],
  ["a right-to-left mark", "x\u200F", REFUSED],
  ["an Arabic letter mark", "\u061Cx", REFUSED],
  // Zero-width and other invisible characters.
  ["a zero-width space", "\u200B", REFUSED],
  ["a zero-width joiner", "\u200D", REFUSED],
  ["a zero-width non-joiner", "\u200C", REFUSED],
  ["a word joiner", "\u2060", REFUSED],
  ["a soft hyphen", "\u00AD", REFUSED],
  ["ten zero-width spaces", "\u200B".repeat(10), REFUSED],
  ["a variation selector", "\uFE0F", REFUSED],
  ["a Hangul filler", "\u3164", REFUSED],
  ["a blank braille cell", "\u2800", REFUSED],
  ["a letter between zero-width spaces", "\u200Ba\u200B", "\u200Ba\u200B"],
  // NUL, newlines and other controls.
  ["NUL inside", "a\u0000b", REFUSED],
  ["NUL alone", "\u0000", REFUSED],
  ["a newline inside", "a\nb", REFUSED],
  ["CR LF inside", "a\r\nb", REFUSED],
  ["a bell", "\u0007x", REFUSED],
  ["an ANSI escape", "\u001b[31m", REFUSED],
  ["a line separator inside", "a\u2028b", REFUSED],
  ["a delete", "x\u007F", REFUSED],
  // Numbers: finite ones become their text.
  ["zero", 0, "0"],
  ["minus zero", -0, "0"],
  ["42", 42, "42"],
  ["a fraction", 3.25, "3.25"],
  ["a negative number", -7, "-7"],
  ["six digits", 123456, "123456"],
  ["seven digits as a number", 1234567, REFUSED],
  ["0.1 + 0.2", 0.1 + 0.2, REFUSED],
  ["1e21", 1e21, "1e+21"],
  ["NaN", NaN, REFUSED],
  ["Infinity", Infinity, REFUSED],
  ["-Infinity", -Infinity, REFUSED],
  ["1e309", 1e309, REFUSED],
  // Everything else is not text, and is never called or read.
  ["true", true, REFUSED],
  ["false", false, REFUSED],
  ["an object", {}, REFUSED],
  ["an array", [], REFUSED],
  ["an array of a value", ["a"], REFUSED],
  ["an object with a value", { value: "a" }, REFUSED],
  ["a function", () => "a", REFUSED],
  ["a symbol", Symbol("s"), REFUSED],
  ["a BigInt", (window as unknown as { BigInt(n: number): unknown }).BigInt(10), REFUSED],
  ["a String object", new String("a"), REFUSED],
  ["a date", new Date(0), REFUSED],
  ["a regular expression", /x/, REFUSED],
  ["an object with no prototype", Object.create(null), REFUSED],
  ["an object whose toString throws", throwingToString, REFUSED],
  ["an object with a friendly toString", { toString: () => "a" }, REFUSED],
  ["a proxy that throws when touched", throwingProxy, REFUSED],
];

/** The kinds of element an example is made of: anything else was inserted from an input. */
const OWN = new Set(["DIV", "FIGURE", "FIGCAPTION", "CANVAS", "INPUT", "LABEL", "BUTTON", "SELECT", "OPTION", "SPAN", "P", "DETAILS", "SUMMARY", "TABLE", "THEAD", "TBODY", "TR", "TH", "TD", "OL", "LI", "OUTPUT", "PRE", "CODE"]);

function foreignElements(root: Element): string[] {
  return Array.from(root.querySelectorAll("*"))
    .map((el) => el.tagName)
    .filter((tag) => !OWN.has(tag));
}

/** A short, safe name for a value in a spec's context. */
function label(name: string): string {
  return name;
}

function stringInputs(): [string, string, Expected][] {
  return CATALOGUE.filter((row): row is [string, string, Expected] => typeof row[1] === "string");
}

describe("hostile-input catalogue", () => {
  let host: HTMLElement;
  let pwned: unknown;
  beforeEach(() => {
    host = document.createElement("div");
    document.body.appendChild(host);
    pwned = (window as unknown as { pwned?: unknown }).pwned;
  });
  afterEach(() => {
    const handle = get(host);
    if (handle) handle.destroy();
    host.remove();
    expect((window as unknown as { pwned?: unknown }).pwned).toBe(pwned);
  });

  it("has at least 80 inputs", () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(80);
  });

  for (const structure of ["stack", "queue", "cyclic-queue"] as const) {
    it(`through the API (${structure}): the literal value or a clear message; a refusal changes nothing; nothing throws`, () => {
      const handle = mountWith(host, { structure, capacity: 32, values: ["first"] }, QUIET);
      const add = structure === "stack" ? handle.push : handle.enqueue;
      for (const [name, input, expected] of CATALOGUE) {
        const before = handle.state();
        let result: ReturnType<typeof add> | undefined;
        expect(() => (result = add(input as string))).withContext(label(name)).not.toThrow();
        const r = result as NonNullable<typeof result>;
        expect(typeof r.message).withContext(label(name)).toBe("string");
        expect(r.message.length).withContext(label(name)).toBeLessThan(300);
        if (expected === REFUSED) {
          expect(r.ok).withContext(label(name)).toBe(false);
          expect(handle.state()).withContext(label(name)).toEqual(before);
          continue;
        }
        expect(r.ok).withContext(label(name)).toBe(true);
        if (expected === RANDOM) expect(r.value).withContext(label(name)).toBe("50");
        else expect(r.value).withContext(label(name)).toBe(expected as string);
        const after = handle.state();
        expect(after.items.length).toBe(before.items.length + 1);
        expect(after.items[after.items.length - 1]).withContext(label(name)).toBe(r.value as string);
        structure === "stack" ? handle.pop() : handle.dequeue(); // room for the next
      }
      // Nothing any input said was inserted as markup: only the example's own kinds of element.
      expect(foreignElements(host)).toEqual([]);
    });
  }

  it("through the Value box: what is typed is stored as text, or refused with the reason shown", () => {
    const handle = mountWith(host, { structure: "stack", capacity: 32 }, QUIET);
    const input = host.querySelector(".dsviz-value") as HTMLInputElement;
    const push = host.querySelector(".dsviz-op-push") as HTMLButtonElement;
    const status = host.querySelector(".dsviz-status") as HTMLElement;
    for (const [name, text, expected] of stringInputs()) {
      if (/[\n\r]/.test(text)) continue; // a text box cannot hold a line break: nothing to type
      input.value = text;
      const before = handle.state();
      push.click();
      if (expected === REFUSED) {
        expect(handle.state()).withContext(label(name)).toEqual(before);
        expect(status.classList.contains("dsviz-refusal")).withContext(label(name)).toBe(true);
        expect(input.value).withContext(label(name)).toBe(text.length > 524288 ? input.value : text); // kept for correcting
        continue;
      }
      const items = handle.state().items;
      expect(items[items.length - 1]).withContext(label(name)).toBe(expected === RANDOM ? "50" : (expected as string));
      expect(status.children.length).withContext(label(name)).toBe(0); // the sentence is text only
      handle.pop();
    }
    expect(foreignElements(host)).toEqual([]);
  });

  for (const attribute of ATTRIBUTE_NAMES) {
    it(`through ${attribute}: a readable error box or a working example; no markup, no throw`, () => {
      const errors = spyOn(console, "error");
      for (const [name, text] of stringInputs()) {
        const element = document.createElement("div");
        element.setAttribute("data-dsviz", "stack");
        element.setAttribute(attribute, text);
        host.append(element);
        let mounted: unknown;
        expect(() => (mounted = mountAll(element))).withContext(label(name)).not.toThrow();
        const handle = get(element);
        if (handle) {
          expect((mounted as unknown[]).length).toBe(1);
          expect(handle.state().structure).toBe("stack");
          handle.destroy();
        } else {
          const box = element.querySelector(".dsviz-error") as HTMLElement;
          expect(box).withContext(label(name)).not.toBeNull();
          expect(box.children.length).withContext(label(name)).toBe(0);
          expect((box.textContent as string).length).withContext(label(name)).toBeLessThan(600);
          expect(box.textContent).withContext(label(name)).toMatch(/^This example could not be shown\. /);
        }
        expect(foreignElements(element)).withContext(label(name)).toEqual([]);
        element.remove();
      }
      expect(errors.calls.count()).toBeGreaterThan(0); // the invalid ones are reported in the console
    });
  }

  it("through a lesson script's push and say: read exactly as the API reads the value, or refused naming the step; said as text", () => {
    const api = mountWith(document.createElement("div"), { structure: "stack", capacity: 32 }, QUIET);
    for (const [name, text] of stringInputs()) {
      if (/[;\n\r]/.test(text) || text.length > 1000) continue; // separators split a script; long ones are refused by length
      const given = api.push(text);
      const element = document.createElement("div");
      host.append(element);
      try {
        const handle = mountWith(element, { structure: "stack", capacity: 32, script: `push ${text}; say ${text}` }, QUIET);
        // A script's value is the Value box's: a refusal there is a refusal here.
        expect(given.ok && given.value !== "50").withContext(label(name)).toBe(true);
        (element.querySelector(".dsviz-lesson-next") as HTMLButtonElement).click();
        const items = handle.state().items;
        expect(items[items.length - 1]).withContext(label(name)).toBe(given.value as string);
        (element.querySelector(".dsviz-lesson-next") as HTMLButtonElement).click();
        const status = element.querySelector(".dsviz-status") as HTMLElement;
        expect(status.children.length).withContext(label(name)).toBe(0);
        expect(status.textContent).withContext(label(name)).toContain((given.value as string).trim());
        handle.destroy();
      } catch (error) {
        expect(error).withContext(label(name)).toEqual(jasmine.any(OptionError));
        expect((error as Error).message).withContext(label(name)).toMatch(/^Step [12] \(/);
      }
      if (given.ok) api.pop();
      expect(foreignElements(element)).withContext(label(name)).toEqual([]);
      element.remove();
    }
    expect(api.state().items).toEqual([]);
  });

  for (const option of ["label", "values", "capacity", "speed", "theme", "code", "controls", "script", "presenter", "mode", "seed"]) {
    it(`through mount's ${option} option: a working example, or an Error that names ${option} (or the script's step)`, () => {
      for (const [name, input] of CATALOGUE) {
        const given = option === "values" ? [input] : input;
        let handleMounted = false;
        try {
          const handle = mountWith(host, { [option]: given }, QUIET);
          handleMounted = true;
          expect(host.querySelector(".dsviz-title")!.children.length).toBe(0);
          handle.destroy();
        } catch (error) {
          expect(error).withContext(label(name)).toEqual(jasmine.any(OptionError));
          // A script's own mistakes name their step instead ("Step 1 (…): …").
          if (option === "script") expect((error as Error).message).withContext(label(name)).toMatch(/script|^Step \d+ \(/);
          else expect((error as Error).message).withContext(label(name)).toContain(option);
          expect((error as Error).message.length).withContext(label(name)).toBeLessThan(400);
        }
        expect(foreignElements(host)).withContext(label(name)).toEqual([]);
        void handleMounted;
      }
    });
  }
});
