// A lesson's script: every command, comments, separators and whitespace, and every mistake
// named by its step, including steps that would overflow or underflow on the start state.
import { OptionError } from "../js/model/messages";
import { attributeName, optionsFromAttributes, resolveOptions, UserOptions } from "../js/options";
import { Command, MAX_SCRIPT_LENGTH, MAX_STEPS, parseScript } from "../js/lesson/script";
import { kitOf } from "../js/lesson/kits";
import { StructureName } from "../js/model/structure";

function vocabulary(structure: StructureName) {
  const kit = kitOf(structure);
  return { noun: kit.noun, operations: kit.operations, askable: kit.askNames(kit.start({ capacity: 8, values: [] })) };
}

const parse = (text: string, structure: StructureName = "stack") => parseScript(text, vocabulary(structure));

/** The message resolveOptions gives for these options, or "" when they are valid. */
function messageFor(options: UserOptions): string {
  try {
    resolveOptions(options);
    return "";
  } catch (error) {
    expect(error).toEqual(jasmine.any(OptionError));
    return (error as Error).message;
  }
}

const brief = (commands: Command[]) =>
  commands.map((c) => (c.kind === "op" ? [c.step, c.operation, c.value] : c.kind === "say" ? [c.step, "say", c.sentence] : [c.step, "ask", c.target]));

describe("lesson scripts", () => {
  it("parseScript reads every command of the stack: push V, pop, peek, clear, say TEXT, ask top|value", () => {
    expect(brief(parse("push 3; ask top; push 5; say Now the top is 5; ask value; pop; peek; clear"))).toEqual([
      [1, "push", "3"],
      [2, "ask", "top"],
      [3, "push", "5"],
      [4, "say", "Now the top is 5"],
      [5, "ask", "value"],
      [6, "pop", undefined],
      [7, "peek", undefined],
      [8, "clear", undefined],
    ]);
  });

  it("parseScript reads the queues' commands: enqueue V, dequeue, and ask head, tail, rear, size", () => {
    expect(brief(parse("enqueue 9; ask tail; enqueue 2; ask head; dequeue; ask size; dequeue", "cyclic-queue")).map((c) => c[1] + (c[2] ? " " + c[2] : ""))).toEqual([
      "enqueue 9", "ask tail", "enqueue 2", "ask head", "dequeue", "ask size", "dequeue",
    ]);
    expect(brief(parse("enqueue 1; ask rear; enqueue 2; ask size; dequeue", "queue")).map((c) => c[2])).toEqual(["1", "rear", "2", "size", undefined]);
  });

  it("commands are separated by ';' and line breaks of every kind; blank pieces and surrounding spaces are ignored", () => {
    const script = "  push 1 ;\n\n push 2\r\npush 3\rpop;;  ;\t pop  ";
    expect(brief(parse(script))).toEqual([
      [1, "push", "1"],
      [2, "push", "2"],
      [3, "push", "3"],
      [4, "pop", undefined],
      [5, "pop", undefined],
    ]);
  });

  it("a command word may be written in capitals; values and sentences keep theirs; a sentence's runs of spaces become one", () => {
    expect(brief(parse("PUSH Ab; Say  The   TOP is Ab; ASK Top; Pop"))).toEqual([
      [1, "push", "Ab"],
      [2, "say", "The TOP is Ab"],
      [3, "ask", "top"],
      [4, "pop", undefined],
    ]);
  });

  it("# starts a comment, up to the next ';' or line break; comments are not steps and do not count", () => {
    const commands = parse("# The stack lesson\npush 1 ; # first value\npush 2\n#push 3\npop");
    expect(brief(commands)).toEqual([
      [1, "push", "1"],
      [2, "push", "2"],
      [3, "pop", undefined],
    ]);
    expect(commands.map((c) => c.text)).toEqual(["push 1", "push 2", "pop"]);
  });

  it("values follow the value rules: graphemes, trimmed, right-to-left allowed", () => {
    expect(brief(parse("push 👨‍👩‍👧‍👦; push שלום; push  x "))).toEqual([
      [1, "push", "👨‍👩‍👧‍👦"],
      [2, "push", "שלום"],
      [3, "push", "x"],
    ]);
  });

  describe("each mistake names its step and quotes it", () => {
    const cases: [string, StructureName, string, string][] = [
      ["an unknown command", "cyclic-queue", "enqueue 1; dequeue; enqeue 5",
        'Step 3 ("enqeue 5"): unknown command "enqeue"; use enqueue, dequeue, peek, clear, say, ask.'],
      ["another structure's operation", "queue", "push 3",
        'Step 1 ("push 3"): a queue has no push; use enqueue, dequeue, peek, clear, say, ask.'],
      ["an add without a value", "stack", "push 1; push",
        'Step 2 ("push"): push needs a value, e.g. "push 7".'],
      ["a value where none is taken", "stack", "push 1; pop 1",
        'Step 2 ("pop 1"): pop takes no value.'],
      ["a value too long", "stack", "push 1234567",
        'Step 1 ("push 1234567"): "1234567" is too long: values have at most 6 characters.'],
      ["an invisible value", "stack", "push \u200b",
        'Step 1 ("push \u200b"): A value must contain at least one visible character.'],
      ["a bidi control in a value", "stack", "push a\u202eb",
        'Step 1 ("push a\u202eb"): A value cannot contain bidirectional control characters (such as U+202E), which would reorder the sentences it is said in.'],
      ["say without a sentence", "stack", "# intro\npush 1; say",
        'Step 2 ("say"): say needs a sentence, e.g. "say Now the top is 5".'],
      ["a sentence with a bidi control", "stack", "say look \u202e here",
        'Step 1 ("say look \u202e here"): A sentence cannot contain bidirectional control characters (such as U+202E), which would reorder the sentences it is said in.'],
      ["ask without a target", "stack", "ask; pop",
        'Step 1 ("ask"): ask needs what it asks about: top or value.'],
      ["ask about what the structure has not", "cyclic-queue", "enqueue 1; ask top; dequeue",
        'Step 2 ("ask top"): a cyclic queue has no "top" to ask about; ask about head, tail, size or value.'],
      ["ask as the last step", "stack", "push 1; ask top",
        'Step 2 ("ask top"): ask comes just before the operation it asks about, but it is the last step.'],
      ["ask before a sentence", "stack", "push 1; ask top; say hello; pop",
        'Step 2 ("ask top"): ask comes just before the operation it asks about, but step 3 is "say hello".'],
      ["ask value before an add", "queue", "ask value; enqueue 3",
        'Step 1 ("ask value"): ask value asks what dequeue or peek returns, but step 2 is "enqueue 3".'],
    ];
    for (const [what, structure, script, message] of cases) {
      it(`${what}: ${JSON.stringify(message.slice(0, 40))}…`, () => {
        expect(() => parse(script, structure)).toThrowError(OptionError, message);
      });
    }

    it("a sentence longer than 200 characters", () => {
      expect(() => parse(`push 1; say ${"a".repeat(201)}`)).toThrowError(OptionError, /^Step 2 \("say a{20}…"\): the sentence is longer than 200 characters/);
      expect(brief(parse(`say ${"a".repeat(200)}`))[0][2]).toBe("a".repeat(200));
    });
  });

  it("steps that would overflow or underflow are refused when the script is read, against the start state", () => {
    expect(messageFor({ structure: "stack", capacity: 2, values: "7", script: "push 1; say full now; push 2" })).toBe(
      'Step 3 ("push 2"): push would overflow here. The stack is full: 2 of 2.',
    );
    expect(messageFor({ structure: "queue", values: "4", script: "dequeue; peek" })).toBe(
      'Step 2 ("peek"): peek would underflow here. The queue is empty. Nothing to peek at.',
    );
    expect(messageFor({ structure: "cyclic-queue", capacity: 3, fullRule: "spare-slot", values: "a", script: "enqueue b; enqueue c" })).toMatch(
      /^Step 2 \("enqueue c"\): enqueue would overflow here\. The cyclic queue is full: \(tail \+ 1\) mod 3/,
    );
    // The same script fits a larger start.
    expect(messageFor({ structure: "cyclic-queue", capacity: 4, fullRule: "spare-slot", values: "a", script: "enqueue b; enqueue c" })).toBe("");
  });

  it("mount's script option and the data-script attribute give the same messages; other mistakes name the option", () => {
    const element = document.createElement("div");
    element.setAttribute("data-dsviz", "stack");
    element.setAttribute("data-script", "pop");
    expect(() => resolveOptions(optionsFromAttributes(element), attributeName)).toThrowError(
      OptionError,
      'Step 1 ("pop"): pop would underflow here. The stack is empty. Nothing to pop.',
    );
    expect(messageFor({ script: 42 })).toBe('script must be text: commands separated by ";" or new lines; got 42.');
    expect(messageFor({ script: " ;# only a comment\n" })).toBe('script has no steps: write commands such as "push 3; pop", separated by ";" or new lines.');
    element.setAttribute("data-script", "");
    expect(() => resolveOptions(optionsFromAttributes(element), attributeName)).toThrowError(OptionError, /^data-script has no steps/);
  });

  it(`a script of 10,000 characters is refused by its length before a command is read (at most ${MAX_SCRIPT_LENGTH})`, () => {
    const long = "push 1; pop; ".repeat(800); // valid commands all through
    expect(long.length).toBeGreaterThan(10000);
    expect(messageFor({ script: long })).toBe(`script is ${long.length} characters long; a script has at most ${MAX_SCRIPT_LENGTH}.`);
    const element = document.createElement("div");
    element.setAttribute("data-dsviz", "stack");
    element.setAttribute("data-script", long);
    expect(() => optionsFromAttributes(element)).toThrowError(OptionError, new RegExp(`^data-script is ${long.length} characters long`));
  });

  it(`at most ${MAX_STEPS} steps`, () => {
    expect(parse("peek; ".repeat(MAX_STEPS) + "# the end", "stack").length).toBe(MAX_STEPS);
    expect(() => parse("peek;".repeat(MAX_STEPS + 1))).toThrowError(OptionError, `script has more than ${MAX_STEPS} steps; split the lesson in two.`);
  });

  it("a valid script becomes the script option: its text and its commands", () => {
    const options = resolveOptions({ structure: "queue", script: "enqueue 1; dequeue" });
    expect(options.script!.source).toBe("enqueue 1; dequeue");
    expect(options.script!.commands.map((c) => c.text)).toEqual(["enqueue 1", "dequeue"]);
    expect(resolveOptions({}).script).toBeNull();
  });
});
