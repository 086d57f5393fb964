// A lesson's script, read into plain commands: one per piece of text between ";" and line
// breaks. `# ...` is a comment; every other command is a step, numbered from 1 as the
// lesson's counter numbers them, and every mistake names its step and quotes it.
import { OptionError, show } from "../model/messages";
import { OperationName, OperationSpec } from "../model/structure";
import { checkValue, graphemes, unsafeText } from "../model/values";

export type Command =
  | { kind: "op"; step: number; text: string; operation: OperationName; value?: string }
  | { kind: "say"; step: number; text: string; sentence: string }
  | { kind: "ask"; step: number; text: string; target: string };

/** What a structure's script may say: its operations and what `ask` may name besides `value`. */
export interface Vocabulary {
  noun: string;
  operations: readonly OperationSpec[];
  askable: readonly string[];
}

/** Longer scripts are refused before they are read. */
export const MAX_SCRIPT_LENGTH = 4000;
export const MAX_STEPS = 200;
/** The longest sentence of `say`, in characters. */
export const MAX_SENTENCE = 200;

const SEPARATOR = /;|\r\n|\r|\n/;
/** Operations whose result a student can predict with `ask value`. */
const RETURNS_VALUE: readonly OperationName[] = ["pop", "dequeue", "peek"];

/** The commands of `source`, or an OptionError naming the step (or `name`, the option, for the script as a whole). */
export function parseScript(source: unknown, vocabulary: Vocabulary, name = "script"): Command[] {
  if (typeof source !== "string") throw new OptionError(`${name} must be text: commands separated by ";" or new lines; got ${show(source)}.`);
  if (source.length > MAX_SCRIPT_LENGTH) {
    throw new OptionError(`${name} is ${source.length} characters long; a script has at most ${MAX_SCRIPT_LENGTH}.`);
  }
  const commands: Command[] = [];
  for (const piece of source.split(SEPARATOR)) {
    const text = piece.trim();
    if (text === "" || text.startsWith("#")) continue;
    if (commands.length === MAX_STEPS) throw new OptionError(`${name} has more than ${MAX_STEPS} steps; split the lesson in two.`);
    commands.push(readCommand(text, commands.length + 1, vocabulary));
  }
  if (commands.length === 0) {
    throw new OptionError(`${name} has no steps: write commands such as "${example(vocabulary)}", separated by ";" or new lines.`);
  }
  commands.forEach((command, i) => {
    if (command.kind === "ask") checkAsk(command, commands[i + 1], vocabulary);
  });
  return commands;
}

/** The error of step `step`: `Step 3 ("enqeue 5"): …`. */
export function stepError(step: number, text: string, why: string): OptionError {
  return new OptionError(`Step ${step} (${show(text)}): ${why}`);
}

function readCommand(text: string, step: number, vocabulary: Vocabulary): Command {
  const space = text.search(/\s/);
  const word = (space < 0 ? text : text.slice(0, space)).toLowerCase();
  const rest = space < 0 ? "" : text.slice(space).trim();
  const fail = (why: string) => stepError(step, text, why);
  if (word === "say") {
    const sentence = rest.replace(/\s+/g, " ");
    if (sentence === "") throw fail(`say needs a sentence, e.g. "say Now the top is 5".`);
    const length = graphemes(sentence.slice(0, 4 * MAX_SENTENCE)).length;
    if (length > MAX_SENTENCE) throw fail(`the sentence is longer than ${MAX_SENTENCE} characters; split it into two say steps.`);
    const unsafe = unsafeText(sentence, "A sentence");
    if (unsafe) throw fail(unsafe);
    return { kind: "say", step, text, sentence };
  }
  if (word === "ask") {
    const target = rest.toLowerCase();
    const targets = [...vocabulary.askable, "value"];
    if (target === "") throw fail(`ask needs what it asks about: ${orList(targets)}.`);
    if (targets.indexOf(target) < 0) throw fail(`a ${vocabulary.noun} has no ${show(rest)} to ask about; ask about ${orList(targets)}.`);
    return { kind: "ask", step, text, target };
  }
  const spec = vocabulary.operations.find((op) => op.name === word);
  const words = [...vocabulary.operations.map((op) => op.name), "say", "ask"].join(", ");
  if (!spec) {
    const known = ["push", "pop", "enqueue", "dequeue"].indexOf(word) >= 0;
    throw fail(known ? `a ${vocabulary.noun} has no ${word}; use ${words}.` : `unknown command ${show(word)}; use ${words}.`);
  }
  if (!spec.takesValue) {
    if (rest !== "") throw fail(`${word} takes no value.`);
    return { kind: "op", step, text, operation: spec.name };
  }
  if (rest === "") throw fail(`${word} needs a value, e.g. "${word} 7".`);
  const checked = checkValue(rest, { allowEmpty: false });
  if (!checked.ok) throw fail(checked.message);
  return { kind: "op", step, text, operation: spec.name, value: checked.value };
}

/** An ask comes just before the operation it asks about; `ask value` only before one that returns a value. */
function checkAsk(ask: Extract<Command, { kind: "ask" }>, next: Command | undefined, vocabulary: Vocabulary): void {
  if (!next) throw stepError(ask.step, ask.text, "ask comes just before the operation it asks about, but it is the last step.");
  if (next.kind !== "op") {
    throw stepError(ask.step, ask.text, `ask comes just before the operation it asks about, but step ${next.step} is ${show(next.text)}.`);
  }
  if (ask.target === "value" && RETURNS_VALUE.indexOf(next.operation) < 0) {
    const returning = vocabulary.operations.filter((op) => RETURNS_VALUE.indexOf(op.name) >= 0).map((op) => op.name);
    throw stepError(ask.step, ask.text, `ask value asks what ${orList(returning)} returns, but step ${next.step} is ${show(next.text)}.`);
  }
}

function orList(words: readonly string[]): string {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}

function example(vocabulary: Vocabulary): string {
  const add = vocabulary.operations.find((op) => op.takesValue);
  const remove = vocabulary.operations.find((op) => !op.takesValue);
  return `${add ? add.name : "push"} 3; ${remove ? remove.name : "pop"}`;
}
