// Code listings are data: one source text per structure, rule and language, each line
// that a step executes tagged with the step's id at its end (" ⟦write⟧"), and the first
// line of each operation's method tagged with the operation (" ⟦push⟧"). A method runs
// from that line to the line before the next blank line. The JavaScript listing is real
// code: specs run it against the model.
import { OperationName } from "../model/structure";
import { StepId } from "../model/trace";

export type Language = "pseudocode" | "java" | "python" | "c" | "javascript";

export const LANGUAGES: readonly { name: Language; label: string }[] = [
  { name: "pseudocode", label: "Pseudocode" },
  { name: "java", label: "Java" },
  { name: "python", label: "Python" },
  { name: "c", label: "C" },
  { name: "javascript", label: "JavaScript" },
];

/** One structure's (and rule's) listing in every language, as tagged source text. */
export type ListingSet = Record<Language, string>;

export interface ListingLine {
  text: string;
  /** The step this line executes, if any. */
  step?: StepId;
}

export interface Method {
  operation: OperationName;
  /** The method's lines, dedented. */
  lines: ListingLine[];
}

const OPERATIONS: readonly OperationName[] = ["push", "pop", "enqueue", "dequeue", "peek", "clear"];
const TAG = /\s*⟦([a-z-]+)⟧\s*$/;

/** The source as a program: every tag taken out (what a reader copies, what the specs run). */
export function programText(source: string): string {
  return source
    .split("\n")
    .map((line) => line.replace(TAG, ""))
    .join("\n");
}

/** Every line of `source`, with its step id. */
export function listingLines(source: string): ListingLine[] {
  return source.split("\n").map((line) => {
    const tag = TAG.exec(line);
    const text = line.replace(TAG, "");
    return tag && OPERATIONS.indexOf(tag[1] as OperationName) < 0 ? { text, step: tag[1] } : { text };
  });
}

/** The method of `operation` in `source`, dedented; undefined when the listing has none. */
export function methodOf(source: string, operation: OperationName): Method | undefined {
  const raw = source.split("\n");
  const start = raw.findIndex((line) => (TAG.exec(line) || [])[1] === operation);
  if (start < 0) return undefined;
  let end = start;
  while (end + 1 < raw.length && raw[end + 1].trim() !== "") end++;
  const lines = listingLines(raw.slice(start, end + 1).join("\n"));
  const indent = Math.min(...lines.filter((l) => l.text.trim() !== "").map((l) => (/^ */.exec(l.text) as RegExpExecArray)[0].length));
  return { operation, lines: lines.map((l) => ({ ...l, text: l.text.slice(indent) })) };
}

/** Every step id the listing's lines carry. */
export function stepIds(source: string): Set<StepId> {
  const ids = new Set<StepId>();
  for (const line of listingLines(source)) if (line.step) ids.add(line.step);
  return ids;
}

/** `source` with the method of `operation` (its tagged first line to the next blank line) replaced by `method`. */
export function withMethod(source: string, operation: OperationName, method: string): string {
  const lines = source.split("\n");
  const start = lines.findIndex((line) => (TAG.exec(line) || [])[1] === operation);
  if (start < 0) throw new Error(`the listing has no ${operation} method`);
  let end = start;
  while (end + 1 < lines.length && lines[end + 1].trim() !== "") end++;
  return [...lines.slice(0, start), ...method.replace(/^\n|\n$/g, "").split("\n"), ...lines.slice(end + 1)].join("\n");
}

/** What a growing listing changes in its fixed one: the add method, Java's slots field (no longer final) and the whole C. */
export interface Growing {
  operation: OperationName;
  methods: Record<Exclude<Language, "c">, string>;
  javaField: string;
  c: string;
}

/**
 * The listing set of an array that doubles: the fixed one's other methods as they are. Each
 * language is made when first read (nine sets of five are built at load otherwise; a page
 * shows one or two).
 */
export function growing(fixed: ListingSet, change: Growing): ListingSet {
  const swap = (language: Exclude<Language, "c">, source: string) => withMethod(source, change.operation, change.methods[language]);
  const make: ListingMakers = {
    pseudocode: () => swap("pseudocode", fixed.pseudocode),
    java: () => swap("java", fixed.java.replace(/^ *private final String\[\] slots;.*$/m, change.javaField)),
    python: () => swap("python", fixed.python),
    c: () => change.c,
    javascript: () => swap("javascript", fixed.javascript),
  };
  const set = {} as ListingSet;
  for (const { name } of LANGUAGES) {
    Object.defineProperty(set, name, {
      enumerable: true,
      configurable: true,
      get: () => {
        const source = make[name]();
        Object.defineProperty(set, name, { value: source, enumerable: true });
        return source;
      },
    });
  }
  return set;
}

type ListingMakers = Record<Language, () => string>;
