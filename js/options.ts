// Every option, declared once: its `data-*` attribute, its default, the allowed values in
// words, how attribute text is parsed, and its validator. Code passes values; `data-*`
// attributes arrive as text, are parsed into the same options, and meet the same checks.
// Every message names the option (or its attribute) and says what is allowed.
import { MAX_SPEED, MIN_SPEED } from "./core/timing";
import { STRUCTURE_NAMES, StructureName } from "./model/structure";
import { OptionError, show } from "./model/messages";
import { checkValue, graphemes } from "./model/values";
import { Language, LANGUAGES } from "./code/listing";
import { kitOf } from "./lesson/kits";
import { planLesson } from "./lesson/plan";
import { Command, MAX_SCRIPT_LENGTH, parseScript } from "./lesson/script";
import { Pointers, QUEUE_POINTERS, STACK_POINTERS } from "./model/conventions";
import { Growth, GROWTHS, MAX_GROWN_CAPACITY } from "./model/growth";

export type CyclicView = "ring" | "row";
export type FullRule = "count" | "spare-slot";
export type Theme = "light" | "dark" | "auto";
export type CodeOption = Language | "none";
export type Mode = "explore" | "practice";
export type Implementation = "array" | "linked";
/** The groups of controls an example can show: `controls: "ops undo"` shows only those. */
export type ControlGroup = "ops" | "undo" | "steps" | "speed" | "history" | "image";
export const CONTROL_GROUPS: readonly ControlGroup[] = ["ops", "undo", "steps", "speed", "history", "image"];

/** A lesson's script: its text, and the commands read from it (checked against the start state). */
export interface LessonScript {
  source: string;
  commands: Command[];
}

export interface Options {
  structure: StructureName;
  capacity: number;
  values: string[];
  /** true (every group), false (none), or the groups to show. */
  controls: boolean | readonly ControlGroup[];
  view: CyclicView;
  fullRule: FullRule;
  /** The pointer convention: the stack's "top-item" or "next-free"; a queue's "head-tail", "front-rear" or "front-size". */
  pointers: Pointers;
  /** "double": a full array doubles (up to 64 slots) instead of refusing. */
  growth: Growth;
  /** The stack's and the queue's: an "array", or "linked" nodes. */
  implementation: Implementation;
  speed: number;
  label: string;
  theme: Theme;
  code: CodeOption;
  script: LessonScript | null;
  presenter: boolean;
  mode: Mode;
  /** The practice series' seed; null draws one at random. */
  seed: number | null;
}

export type OptionName = keyof Options;
export type UserOptions = { [K in OptionName]?: unknown };

export { OptionError, show };

export const MAX_CAPACITY = 32;
export const MAX_LABEL = 80;
/** Longer attribute text is refused before it is parsed at all. */
export const MAX_ATTRIBUTE_LENGTH = 1000;
const VIEWS: readonly CyclicView[] = ["ring", "row"];
const FULL_RULES: readonly FullRule[] = ["count", "spare-slot"];
const THEMES: readonly Theme[] = ["light", "dark", "auto"];
const MODES: readonly Mode[] = ["explore", "practice"];
const IMPLEMENTATIONS: readonly Implementation[] = ["array", "linked"];
export const MAX_SEED = 2147483647;
const CODES: readonly CodeOption[] = [...LANGUAGES.map((l) => l.name), "none"];
const TITLES: Record<StructureName, string> = { stack: "Stack", queue: "Queue", "cyclic-queue": "Cyclic queue" };

/** What a validator knows about the options resolved before it (see RESOLUTION_ORDER). */
type Resolved = Partial<Options> & { structure: StructureName };

interface OptionSpec<K extends OptionName> {
  /** The allowed values in words, as messages and the docs say them. */
  allowed(resolved: Resolved): string;
  /** The default, which may depend on the options resolved before it. */
  defaultValue(resolved: Resolved): Options[K];
  /** Only these structures accept the option. */
  only?: readonly StructureName[];
  /** Attribute text -> value; text that does not parse stays text, for the validator to refuse. */
  parse(text: string): unknown;
  /** Longer attribute text is refused before it is parsed (default MAX_ATTRIBUTE_LENGTH). */
  maxLength?: number;
  /** Returns the valid value, or throws an OptionError whose message begins with `name`. */
  check(value: unknown, name: string, resolved: Resolved): Options[K];
}

const asText = (text: string): unknown => text;
/** A boolean attribute: present and empty, or "true"; "false". */
const parseBoolean = (text: string): unknown => (text === "" || text === "true" ? true : text === "false" ? false : text);

export const OPTIONS: { readonly [K in OptionName]: OptionSpec<K> } = {
  structure: {
    allowed: () => listOf(STRUCTURE_NAMES),
    defaultValue: () => "stack",
    parse: asText,
    check: (value, name) => oneOf(name, value, STRUCTURE_NAMES),
  },
  capacity: {
    allowed: (r) => `a whole number from ${minCapacity(r.structure)} to ${MAX_CAPACITY}`,
    defaultValue: () => 8,
    parse: (text) => (/^[0-9]{1,3}$/.test(text) ? Number(text) : text),
    check(value, name, r) {
      if (typeof value === "number" && Number.isInteger(value) && value >= minCapacity(r.structure) && value <= MAX_CAPACITY) {
        return value;
      }
      throw invalid(name, this.allowed(r), value);
    },
  },
  values: {
    allowed: () => "up to capacity values of 1 to 6 characters, separated by spaces or commas",
    defaultValue: () => [],
    parse: asText,
    check: (value, name, r) => checkValues(name, value, r),
  },
  controls: {
    allowed: () => `true, false, or a list of the groups ${CONTROL_GROUPS.join(", ")} (separated by spaces)`,
    defaultValue: () => true,
    parse: parseBoolean,
    check: (value, name, r) => checkControls(name, value, OPTIONS.controls.allowed(r)),
  },
  view: {
    allowed: () => listOf(VIEWS),
    defaultValue: () => "ring",
    only: ["cyclic-queue"],
    parse: asText,
    check: (value, name) => oneOf(name, value, VIEWS),
  },
  fullRule: {
    allowed: () => listOf(FULL_RULES),
    defaultValue: () => "count",
    only: ["cyclic-queue"],
    parse: asText,
    check: (value, name) => oneOf(name, value, FULL_RULES),
  },
  implementation: {
    allowed: () => listOf(IMPLEMENTATIONS),
    defaultValue: () => "array",
    only: ["stack", "queue"],
    parse: asText,
    check: (value, name) => oneOf(name, value, IMPLEMENTATIONS),
  },
  pointers: {
    allowed: (r) => listOf(r.structure === "stack" ? STACK_POINTERS : QUEUE_POINTERS),
    defaultValue: (r) => (r.structure === "stack" ? "top-item" : "head-tail"),
    parse: asText,
    check(value, name, r) {
      const pointers = oneOf<Pointers>(name, value, r.structure === "stack" ? STACK_POINTERS : QUEUE_POINTERS);
      if (r.implementation === "linked" && pointers !== (r.structure === "stack" ? "top-item" : "head-tail")) {
        throw new OptionError(`${name} names array slots; linked nodes have references instead (${r.structure === "stack" ? "top" : "head and tail"}): leave it out with implementation "linked".`);
      }
      if (pointers === "front-size" && r.fullRule === "spare-slot") {
        throw new OptionError(`${name} "front-size" keeps a size field, which already tells full from empty: it goes with the full rule "count", not "spare-slot".`);
      }
      return pointers;
    },
  },
  growth: {
    allowed: () => listOf(GROWTHS),
    defaultValue: () => "fixed",
    parse: asText,
    check(value, name, r) {
      const growth = oneOf(name, value, GROWTHS);
      if (growth === "double" && r.implementation === "linked") throw new OptionError(`${name} "double" is for arrays: linked nodes never fill an array, so there is nothing to double.`);
      return growth;
    },
  },
  speed: {
    allowed: () => `a number from ${MIN_SPEED} to ${MAX_SPEED}`,
    defaultValue: () => 1,
    parse: (text) => (/^[0-9]{0,2}(\.[0-9]{1,6})?$/.test(text) && text !== "" && text !== "." ? Number(text) : text),
    check(value, name, r) {
      if (typeof value === "number" && value >= MIN_SPEED && value <= MAX_SPEED) return value;
      throw invalid(name, this.allowed(r), value);
    },
  },
  label: {
    allowed: () => `text of 1 to ${MAX_LABEL} characters`,
    defaultValue: (r) => (r.implementation === "linked" ? `Linked ${TITLES[r.structure].toLowerCase()}` : TITLES[r.structure]),
    parse: asText,
    check(value, name, r) {
      const text = typeof value === "string" && value.length <= 20 * MAX_LABEL ? value.replace(/\s+/g, " ").trim() : undefined;
      if (text !== undefined && text !== "" && graphemes(text).length <= MAX_LABEL) return text;
      throw invalid(name, this.allowed(r), value);
    },
  },
  theme: {
    allowed: () => listOf(THEMES),
    defaultValue: () => "auto",
    parse: asText,
    check: (value, name) => oneOf(name, value, THEMES),
  },
  code: {
    allowed: () => listOf(CODES),
    defaultValue: () => "none",
    parse: asText,
    check: (value, name) => oneOf(name, value, CODES),
  },
  script: {
    allowed: () => `a lesson: commands such as "push 3; say Now the top is 3; pop", separated by ";" or new lines`,
    defaultValue: () => null,
    parse: asText,
    maxLength: MAX_SCRIPT_LENGTH,
    check: (value, name, r) => checkScript(name, value, r),
  },
  presenter: {
    allowed: () => "true or false",
    defaultValue: () => false,
    parse: parseBoolean,
    check(value, name, r) {
      if (typeof value === "boolean") return value;
      throw invalid(name, this.allowed(r), value);
    },
  },
  mode: {
    allowed: () => listOf(MODES),
    defaultValue: () => "explore",
    parse: asText,
    check(value, name, r) {
      const mode = oneOf(name, value, MODES);
      if (mode === "practice" && r.script) throw new OptionError(`${name} "practice" and a lesson script do not go together: a lesson shows, practice asks the student to do.`);
      if (mode === "practice" && r.growth === "double") {
        throw new OptionError(`${name} "practice" grades a student's picture of one array: it does not go with growth "double", which replaces the array by one of up to ${MAX_GROWN_CAPACITY} slots.`);
      }
      return mode;
    },
  },
  seed: {
    allowed: () => `a whole number from 0 to ${MAX_SEED} (practice mode's series of tasks)`,
    defaultValue: () => null,
    parse: (text) => (/^[0-9]{1,10}$/.test(text) ? Number(text) : text),
    check(value, name, r) {
      if (value === null) return null;
      if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_SEED) return value;
      throw invalid(name, this.allowed(r), value);
    },
  },
};

/** The options in the order the docs list them. */
export const OPTION_NAMES: readonly OptionName[] = [
  "structure", "capacity", "values", "controls", "view", "fullRule", "pointers", "growth", "implementation", "speed", "label", "theme", "code", "script", "presenter", "mode", "seed",
];
/** The order they are resolved in: each validator may use the ones before it. */
const RESOLUTION_ORDER: readonly OptionName[] = [
  "structure", "capacity", "implementation", "fullRule", "pointers", "growth", "view", "values", "script", "controls", "speed", "label", "theme", "code", "presenter", "mode", "seed",
];

/** The attribute that carries an option: fullRule -> data-full-rule; structure -> data-dsviz. */
export function attributeName(option: OptionName): string {
  if (option === "structure") return "data-dsviz";
  return "data-" + option.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}

/** The allowed values of an option in words, as its messages say them. */
export function allowedValues(option: OptionName, structure: StructureName = "stack"): string {
  return OPTIONS[option].allowed({ structure });
}

/** The default of an option for a structure. */
export function defaultOf<K extends OptionName>(option: K, structure: StructureName = "stack"): Options[K] {
  return OPTIONS[option].defaultValue({ structure }) as Options[K];
}

export function titleOf(structure: StructureName): string {
  return TITLES[structure];
}

function minCapacity(structure: StructureName): number {
  return structure === "cyclic-queue" ? 2 : 1;
}

function listOf(allowed: readonly string[]): string {
  const quoted = allowed.map((a) => `"${a}"`);
  return quoted.length === 2 ? quoted.join(" or ") : `one of ${quoted.join(", ")}`;
}

function invalid(name: string, allowed: string, value: unknown): OptionError {
  return new OptionError(`${name} must be ${allowed}; got ${show(value)}.`);
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === "string" && (allowed as readonly string[]).indexOf(value) >= 0) return value as T;
  throw invalid(name, listOf(allowed), value);
}

/** true, false, or the groups named (in text separated by spaces, or in an array), in their usual order. */
function checkControls(name: string, value: unknown, allowed: string): boolean | ControlGroup[] {
  if (typeof value === "boolean") return value;
  const list: unknown = typeof value === "string" ? value.split(/\s+/).filter((g) => g !== "") : value;
  if (Array.isArray(list) && list.length > 0) {
    const unknown = list.find((g) => (CONTROL_GROUPS as readonly unknown[]).indexOf(g) < 0);
    if (unknown === undefined) return CONTROL_GROUPS.filter((g) => list.indexOf(g) >= 0);
    throw new OptionError(`${name} must be ${allowed}; ${show(unknown)} is not a group.`);
  }
  throw invalid(name, allowed, value);
}

/** The groups of controls an example shows. */
export function controlGroups(controls: boolean | readonly ControlGroup[]): Set<ControlGroup> {
  return new Set(controls === true ? CONTROL_GROUPS : controls === false ? [] : controls);
}

function checkValues(name: string, raw: unknown, r: Resolved): string[] {
  const list: unknown = typeof raw === "string" ? raw.split(/[\s,]+/).filter((v) => v !== "") : raw;
  if (!Array.isArray(list)) {
    throw new OptionError(`${name} must be a list of values (an array, or text separated by spaces or commas); got ${show(raw)}.`);
  }
  const capacity = r.capacity as number;
  const spareSlot = r.structure === "cyclic-queue" && r.fullRule === "spare-slot";
  const room = spareSlot ? capacity - 1 : capacity;
  if (list.length > room) {
    const why = spareSlot ? `the capacity is ${capacity} and the spare-slot rule keeps one slot empty` : `the capacity is ${capacity}`;
    throw new OptionError(`${name} has ${list.length} values but at most ${room} fit: ${why}.`);
  }
  return list.map((v: unknown, i: number) => {
    const checked = checkValue(v, { allowEmpty: false });
    if (!checked.ok) throw new OptionError(`${name}, value ${i + 1} of ${list.length}: ${checked.message}`);
    return checked.value;
  });
}

/** Reads a lesson's script and plays it on the start state: a step that would overflow or underflow is refused now. */
function checkScript(name: string, value: unknown, r: Resolved): LessonScript {
  const kit = kitOf(r.structure, r.implementation);
  const start = kit.start({ capacity: r.capacity as number, values: r.values as string[], fullRule: r.fullRule, pointers: r.pointers, growth: r.growth });
  const vocabulary = { noun: kit.noun, operations: kit.operations, askable: kit.askNames(start) };
  const commands = parseScript(value, vocabulary, name);
  planLesson(kit, start, commands);
  return { source: value as string, commands };
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/**
 * Turns user options into complete, valid Options, or throws an OptionError whose message
 * names the option (`nameOf` picks "capacity" or "data-capacity") and its allowed values.
 * An option given as `undefined` takes its default.
 */
export function resolveOptions(input: unknown, nameOf: (o: OptionName) => string = (o) => o): Options {
  if (input === undefined) input = {};
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new OptionError(`The options must be an object such as { structure: "stack", capacity: 8 }; got ${show(input)}.`);
  }
  const given = input as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if ((OPTION_NAMES as readonly string[]).indexOf(key) < 0) {
      const hint = closest(key, OPTION_NAMES);
      throw new OptionError(
        `Unknown option ${show(key)}${hint ? `; did you mean ${hint}?` : "."} The options are ${OPTION_NAMES.join(", ")}.`,
      );
    }
  }
  const isGiven = (o: OptionName) => hasOwn(given, o) && given[o] !== undefined;
  const resolved: Resolved = { structure: "stack" };
  for (const option of RESOLUTION_ORDER) {
    const spec = OPTIONS[option] as OptionSpec<OptionName>;
    if (!isGiven(option)) {
      (resolved as Record<string, unknown>)[option] = spec.defaultValue(resolved);
      continue;
    }
    if (spec.only && spec.only.indexOf(resolved.structure) < 0) {
      throw new OptionError(
        `${nameOf(option)} applies only to the ${spec.only.map(titleOf).join(", ").toLowerCase()} ` +
          `(${nameOf("structure")} ${spec.only.map((s) => `"${s}"`).join(", ")}), not to a ${titleOf(resolved.structure).toLowerCase()}.`,
      );
    }
    (resolved as Record<string, unknown>)[option] = spec.check(given[option], nameOf(option), resolved);
  }
  return resolved as Options;
}

/**
 * Reads an element's `data-*` attributes into options (text parsed, not yet validated).
 * Throws an OptionError for text too long to be meant and for misspelt dsviz attributes.
 */
export function optionsFromAttributes(element: Element): UserOptions {
  checkAttributeNames(element);
  const options: UserOptions = {};
  for (const option of OPTION_NAMES) {
    const name = attributeName(option);
    const text = element.getAttribute(name);
    if (text === null) continue;
    const max = OPTIONS[option].maxLength || MAX_ATTRIBUTE_LENGTH;
    if (text.length > max) {
      throw new OptionError(
        `${name} is ${text.length} characters long; it must be ${OPTIONS[option].allowed({ structure: "stack" })}, ` +
          `and at most ${max} characters. It begins ${show(text)}.`,
      );
    }
    options[option] = OPTIONS[option].parse(text.trim());
  }
  return options;
}

/** The attribute names dsviz reads. */
export const ATTRIBUTE_NAMES: readonly string[] = OPTION_NAMES.map(attributeName);

/**
 * Other `data-*` attributes belong to the host page and are left alone, except those in
 * dsviz's own `data-dsviz-` namespace and near misses of ours ("data-capcity"): those
 * are mistakes an author wants to hear about.
 */
function checkAttributeNames(element: Element): void {
  for (const attr of Array.from(element.attributes)) {
    const name = attr.name.toLowerCase();
    if (!name.startsWith("data-") || ATTRIBUTE_NAMES.indexOf(name) >= 0) continue;
    const hint = name === "data-structure" ? "data-dsviz" : closest(name, ATTRIBUTE_NAMES);
    if (hint || name.startsWith("data-dsviz-")) {
      throw new OptionError(
        `Unknown attribute ${show(name)}${hint ? `; did you mean ${hint}?` : "."} The attributes are ${ATTRIBUTE_NAMES.join(", ")}.`,
      );
    }
  }
}

/** The candidate within two edits of `word` (case-insensitive), if there is one. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  if (w.length > 40) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}
