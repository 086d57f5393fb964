import {
  allowedValues,
  attributeName,
  defaultOf,
  MAX_ATTRIBUTE_LENGTH,
  OPTION_NAMES,
  OptionError,
  OptionName,
  optionsFromAttributes,
  resolveOptions,
  UserOptions,
} from "../js/options";

/** The message resolveOptions throws for `input`, or "" when it accepts it. */
function messageFor(input: unknown, nameOf?: (o: OptionName) => string): string {
  try {
    resolveOptions(input, nameOf);
    return "";
  } catch (error) {
    expect(error).toEqual(jasmine.any(OptionError));
    expect(error).toEqual(jasmine.any(Error));
    return (error as Error).message;
  }
}

/** An element with these attributes, as an author would write it. */
function element(attributes: Record<string, string>): HTMLElement {
  const el = document.createElement("div");
  for (const name of Object.keys(attributes)) el.setAttribute(name, attributes[name]);
  return el;
}

/** The message auto-mount would show for an element, or "" when its attributes are valid. */
function attributeMessage(attributes: Record<string, string>): string {
  try {
    resolveOptions(optionsFromAttributes(element(attributes)), attributeName);
    return "";
  } catch (error) {
    expect(error).toEqual(jasmine.any(OptionError));
    return (error as Error).message;
  }
}

/** For each option: a structure it applies to, and an invalid value as code and as attribute text. */
const INVALID: Record<OptionName, { structure: string; value: unknown; text: string; allowed: RegExp }> = {
  structure: { structure: "stack", value: "tree", text: "tree", allowed: /"stack", "queue", "cyclic-queue"/ },
  capacity: { structure: "stack", value: 33, text: "33", allowed: /a whole number from 1 to 32/ },
  values: { structure: "stack", value: 42, text: "1234567", allowed: /(list of values|at most 6 characters)/ },
  controls: { structure: "stack", value: 7, text: "maybe", allowed: /true, false, or a list of the groups/ },
  view: { structure: "cyclic-queue", value: "grid", text: "grid", allowed: /"ring" or "row"/ },
  fullRule: { structure: "cyclic-queue", value: "full", text: "full", allowed: /"count" or "spare-slot"/ },
  implementation: { structure: "queue", value: "tree", text: "nodes", allowed: /"array" or "linked"/ },
  growth: { structure: "stack", value: "triple", text: "grow", allowed: /"fixed" or "double"/ },
  pointers: { structure: "queue", value: "next-free", text: "front-back", allowed: /"head-tail", "front-rear", "front-size"/ },
  speed: { structure: "stack", value: 5, text: "5", allowed: /a number from 0\.25 to 4/ },
  label: { structure: "stack", value: "   ", text: "   ", allowed: /text of 1 to 80 characters/ },
  theme: { structure: "queue", value: "night", text: "Dark", allowed: /"light", "dark", "auto"/ },
  code: { structure: "stack", value: "rust", text: "Java", allowed: /"pseudocode", "java", "python", "c", "javascript", "none"/ },
  script: { structure: "stack", value: 42, text: "", allowed: /(must be text|has no steps)/ },
  presenter: { structure: "stack", value: "yes", text: "big", allowed: /true or false/ },
  mode: { structure: "queue", value: "quiz", text: "Practice", allowed: /"explore" or "practice"/ },
  seed: { structure: "stack", value: -1, text: "1.5", allowed: /a whole number from 0 to 2147483647/ },
};

describe("options", () => {
  it("resolveOptions({}) gives every option its declared default", () => {
    expect(resolveOptions({})).toEqual({
      structure: "stack",
      capacity: 8,
      values: [],
      controls: true,
      view: "ring",
      fullRule: "count",
      pointers: "top-item",
      growth: "fixed",
      implementation: "array",
      speed: 1,
      label: "Stack",
      theme: "auto",
      code: "none",
      script: null,
      presenter: false,
      mode: "explore",
      seed: null,
    });
    expect(resolveOptions(undefined)).toEqual(resolveOptions({}));
    for (const option of OPTION_NAMES) {
      expect((resolveOptions({}) as unknown as Record<string, unknown>)[option]).toEqual(defaultOf(option));
    }
  });

  it("the default label is the structure's name", () => {
    expect(resolveOptions({ structure: "queue" }).label).toBe("Queue");
    expect(resolveOptions({ structure: "cyclic-queue" }).label).toBe("Cyclic queue");
  });

  it("an option given as undefined takes its default", () => {
    expect(resolveOptions({ capacity: undefined, label: undefined })).toEqual(resolveOptions({}));
  });

  it("accepts every documented value", () => {
    const o = resolveOptions({
      structure: "cyclic-queue",
      capacity: 32,
      values: ["a", 7, "  x "],
      controls: false,
      view: "row",
      fullRule: "spare-slot",
      pointers: "front-rear",
      growth: "fixed",
      speed: 0.25,
      label: "  My   queue ",
      theme: "dark",
      code: "python",
      script: "enqueue 3; ask rear; dequeue",
      presenter: true,
      mode: "explore",
      seed: 0,
    });
    expect(o).toEqual({
      structure: "cyclic-queue",
      capacity: 32,
      values: ["a", "7", "x"],
      controls: false,
      view: "row",
      fullRule: "spare-slot",
      pointers: "front-rear",
      growth: "fixed",
      implementation: "array",
      speed: 0.25,
      label: "My queue",
      theme: "dark",
      code: "python",
      script: jasmine.objectContaining({ source: "enqueue 3; ask rear; dequeue" }),
      presenter: true,
      mode: "explore",
      seed: 0,
    });
    expect(resolveOptions({ mode: "practice", seed: 2147483647 })).toEqual(jasmine.objectContaining({ mode: "practice", seed: 2147483647 }));
    expect(() => resolveOptions({ mode: "practice", script: "push 1" })).toThrowError(OptionError, /^mode "practice" and a lesson script do not go together/);
    expect(resolveOptions({ capacity: 1 }).capacity).toBe(1);
    expect(resolveOptions({ structure: "cyclic-queue", capacity: 2 }).capacity).toBe(2);
    expect(resolveOptions({ speed: 4 }).speed).toBe(4);
    expect(resolveOptions({ values: "3, 1  4" }).values).toEqual(["3", "1", "4"]);
  });

  for (const option of OPTION_NAMES) {
    it(`an invalid ${option} is refused with a message naming ${option} and what is allowed`, () => {
      const bad = INVALID[option];
      const input: UserOptions = { [option]: bad.value };
      if (option !== "structure") input.structure = bad.structure;
      const message = messageFor(input);
      expect(message).toMatch(new RegExp("^" + option + "\\b"));
      expect(message).toMatch(bad.allowed);
    });

    it(`an invalid ${attributeName(option)} attribute is refused with a message naming ${attributeName(option)}`, () => {
      const bad = INVALID[option];
      const attributes: Record<string, string> = { [attributeName(option)]: bad.text };
      if (option !== "structure") attributes["data-dsviz"] = bad.structure;
      const message = attributeMessage(attributes);
      expect(message).toMatch(new RegExp("^" + attributeName(option) + "\\b"));
      expect(message).toMatch(bad.allowed);
      expect(message).not.toMatch(new RegExp("^" + option + "\\b"));
    });
  }

  it("attribute names mirror the options: data-dsviz is the structure, camelCase becomes kebab-case", () => {
    expect(OPTION_NAMES.map(attributeName)).toEqual([
      "data-dsviz", "data-capacity", "data-values", "data-controls", "data-view", "data-full-rule", "data-pointers", "data-growth", "data-implementation", "data-speed", "data-label",
      "data-theme", "data-code", "data-script", "data-presenter", "data-mode", "data-seed",
    ]);
  });

  it("attributes are parsed into the same options as code gives", () => {
    const fromAttributes = resolveOptions(
      optionsFromAttributes(
        element({
          "data-dsviz": "cyclic-queue",
          "data-capacity": " 12 ",
          "data-values": "3 1,4",
          "data-controls": "false",
          "data-view": "row",
          "data-full-rule": "spare-slot",
          "data-speed": "1.5",
          "data-label": "Ring buffer",
          "data-theme": "light",
          "data-code": "c",
        }),
      ),
      attributeName,
    );
    expect(fromAttributes).toEqual(
      resolveOptions({
        structure: "cyclic-queue",
        capacity: 12,
        values: ["3", "1", "4"],
        controls: false,
        view: "row",
        fullRule: "spare-slot",
        speed: 1.5,
        label: "Ring buffer",
        theme: "light",
        code: "c",
      }),
    );
  });

  it("controls: a list of groups, as text or an array, in their usual order; unknown groups are named", () => {
    expect(resolveOptions({ controls: "undo ops" }).controls).toEqual(["ops", "undo"]);
    expect(resolveOptions({ controls: ["history", "speed", "steps"] }).controls).toEqual(["steps", "speed", "history"]);
    expect(attributeMessage({ "data-dsviz": "stack", "data-controls": "ops  undo" })).toBe("");
    expect(messageFor({ controls: "ops redo" })).toBe(
      'controls must be true, false, or a list of the groups ops, undo, steps, speed, history, image (separated by spaces); "redo" is not a group.',
    );
    expect(messageFor({ controls: [] })).toMatch(/^controls must be true, false, or a list of the groups/);
    expect(messageFor({ controls: 1 })).toMatch(/^controls must be true, false, or a list/);
  });

  it("data-controls with no value, or \"true\", means true", () => {
    expect(resolveOptions(optionsFromAttributes(element({ "data-dsviz": "stack", "data-controls": "" }))).controls).toBe(true);
    expect(resolveOptions(optionsFromAttributes(element({ "data-dsviz": "stack", "data-controls": "true" }))).controls).toBe(true);
  });

  it("capacity: 1 to 32 for the stack and queue, 2 to 32 for the cyclic queue; whole numbers only", () => {
    expect(messageFor({ capacity: 0 })).toBe("capacity must be a whole number from 1 to 32; got 0.");
    expect(messageFor({ structure: "queue", capacity: 33 })).toBe("capacity must be a whole number from 1 to 32; got 33.");
    expect(messageFor({ structure: "cyclic-queue", capacity: 1 })).toBe("capacity must be a whole number from 2 to 32; got 1.");
    expect(messageFor({ capacity: 2.5 })).toBe("capacity must be a whole number from 1 to 32; got 2.5.");
    expect(messageFor({ capacity: "8" })).toBe('capacity must be a whole number from 1 to 32; got "8".');
    expect(messageFor({ capacity: NaN })).toBe("capacity must be a whole number from 1 to 32; got NaN.");
    expect(messageFor({ capacity: Infinity })).toBe("capacity must be a whole number from 1 to 32; got Infinity.");
  });

  it("hostile attribute text is refused and echoed only as short quoted text", () => {
    const cases: Record<string, string> = {
      "data-capacity": "-3",
      "data-speed": "NaN",
      "data-label": "",
      "data-dsviz": "<img src=x onerror=alert(1)>",
      "data-values": "<b>bold</b>",
      "data-view": "</div><script>alert(1)</script>",
    };
    const expected: Record<string, string> = {
      "data-capacity": 'data-capacity must be a whole number from 1 to 32; got "-3".',
      "data-speed": 'data-speed must be a number from 0.25 to 4; got "NaN".',
      "data-label": 'data-label must be text of 1 to 80 characters; got "".',
      "data-dsviz": 'data-dsviz must be one of "stack", "queue", "cyclic-queue"; got "<img src=x onerror=alert…".',
      "data-values": 'data-values, value 1 of 1: "<b>bold</b>" is too long: values have at most 6 characters.',
      "data-view": 'data-view must be "ring" or "row"; got "</div><script>alert(1)</…".',
    };
    for (const name of Object.keys(cases)) {
      const attributes: Record<string, string> = { "data-dsviz": name === "data-view" ? "cyclic-queue" : "stack", [name]: cases[name] };
      expect(attributeMessage(attributes)).withContext(name).toBe(expected[name]);
    }
  });

  it("huge attribute text is refused before it is parsed, and the message stays short", () => {
    const huge = "9 ".repeat(500000);
    const message = attributeMessage({ "data-dsviz": "stack", "data-values": huge });
    expect(message).toMatch(/^data-values is 1000000 characters long; it must be .*at most 1000 characters\. It begins "9 9 /);
    expect(message.length).toBeLessThan(300);
    expect(attributeMessage({ "data-dsviz": "x".repeat(MAX_ATTRIBUTE_LENGTH + 1) })).toMatch(/^data-dsviz is 1001 characters long/);
    expect(messageFor({ label: "x".repeat(100000) }).length).toBeLessThan(120);
  });

  it("values obey the rules of typed values: 1 to 6 characters, not empty, no control characters", () => {
    expect(messageFor({ values: ["1", "toolong"] })).toBe('values, value 2 of 2: "toolong" is too long: values have at most 6 characters.');
    expect(messageFor({ values: ["1", ""] })).toBe("values, value 2 of 2: A value cannot be empty.");
    expect(messageFor({ values: ["a\u0007"] })).toBe("values, value 1 of 1: A value cannot contain control characters.");
    expect(messageFor({ values: [NaN] })).toBe("values, value 1 of 1: A value must be text of 1 to 6 characters.");
    expect(messageFor({ values: [{}] })).toBe("values, value 1 of 1: A value must be text of 1 to 6 characters.");
    expect(messageFor({ values: 42 })).toBe(
      "values must be a list of values (an array, or text separated by spaces or commas); got 42.",
    );
    expect(resolveOptions({ values: ["😀😀😀😀😀😀"] }).values).toEqual(["😀😀😀😀😀😀"]);
  });

  it("more initial values than fit is an error that says how many fit and why", () => {
    expect(messageFor({ capacity: 2, values: [1, 2, 3] })).toBe("values has 3 values but at most 2 fit: the capacity is 2.");
    expect(messageFor({ structure: "cyclic-queue", capacity: 3, fullRule: "spare-slot", values: [1, 2, 3] })).toBe(
      "values has 3 values but at most 2 fit: the capacity is 3 and the spare-slot rule keeps one slot empty.",
    );
    expect(resolveOptions({ structure: "cyclic-queue", capacity: 3, values: [1, 2, 3] }).values).toEqual(["1", "2", "3"]);
    expect(attributeMessage({ "data-dsviz": "stack", "data-capacity": "2", "data-values": "1 2 3" })).toBe(
      "data-values has 3 values but at most 2 fit: the capacity is 2.",
    );
  });

  it("view and fullRule apply only to the cyclic queue", () => {
    expect(messageFor({ view: "row" })).toBe('view applies only to the cyclic queue (structure "cyclic-queue"), not to a stack.');
    expect(attributeMessage({ "data-dsviz": "queue", "data-full-rule": "count" })).toBe(
      'data-full-rule applies only to the cyclic queue (data-dsviz "cyclic-queue"), not to a queue.',
    );
  });

  it("unknown options are refused, with a suggestion for a near miss", () => {
    expect(messageFor({ capcity: 8 })).toBe(
      'Unknown option "capcity"; did you mean capacity? The options are structure, capacity, values, controls, view, fullRule, pointers, growth, implementation, speed, label, theme, code, script, presenter, mode, seed.',
    );
    expect(messageFor({ colour: "red" })).toBe(
      'Unknown option "colour". The options are structure, capacity, values, controls, view, fullRule, pointers, growth, implementation, speed, label, theme, code, script, presenter, mode, seed.',
    );
    expect(messageFor(null)).toMatch(/^The options must be an object/);
    expect(messageFor([1, 2])).toMatch(/^The options must be an object .*; got an array\.$/);
    expect(messageFor("stack")).toMatch(/^The options must be an object .*; got "stack"\.$/);
  });

  it("inherited properties are not options", () => {
    const input = Object.create({ capacity: 99 }) as UserOptions;
    expect(resolveOptions(input).capacity).toBe(8);
  });

  it("misspelt dsviz attributes are errors; the host page's own data-* attributes are left alone", () => {
    expect(attributeMessage({ "data-dsviz": "stack", "data-capcity": "4" })).toMatch(
      /^Unknown attribute "data-capcity"; did you mean data-capacity\? The attributes are data-dsviz, data-capacity, /,
    );
    expect(attributeMessage({ "data-dsviz": "stack", "data-value": "4" })).toMatch(/did you mean data-values\?/);
    expect(attributeMessage({ "data-dsviz": "stack", "data-fullrule": "count" })).toMatch(/did you mean data-full-rule\?/);
    expect(attributeMessage({ "data-dsviz": "", "data-structure": "queue" })).toMatch(
      /^Unknown attribute "data-structure"; did you mean data-dsviz\?/,
    );
    expect(attributeMessage({ "data-dsviz": "stack", "data-dsviz-size": "4" })).toMatch(/^Unknown attribute "data-dsviz-size"\. /);
    expect(attributeMessage({ "data-dsviz": "stack", "data-toggle": "x", "data-track-id": "7", class: "c", id: "i" })).toBe("");
  });

  it("allowedValues says the allowed values as the messages do", () => {
    expect(allowedValues("capacity")).toBe("a whole number from 1 to 32");
    expect(allowedValues("capacity", "cyclic-queue")).toBe("a whole number from 2 to 32");
    expect(allowedValues("structure")).toBe('one of "stack", "queue", "cyclic-queue"');
    expect(allowedValues("speed")).toBe("a number from 0.25 to 4");
  });
});
