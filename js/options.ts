// Every option, declared once with its default and a validator whose message names it.
// Code passes options as values; `data-*` attributes arrive as text and are parsed first.
import { MAX_SPEED, MIN_SPEED } from "./core/timing";
import { STRUCTURE_NAMES, StructureName } from "./core/structure";
import { checkValue, shorten } from "./core/values";

export type CyclicView = "ring" | "row";
export type FullRule = "count" | "spare-slot";

export interface Options {
  structure: StructureName;
  capacity: number;
  values: string[];
  controls: boolean;
  view: CyclicView;
  fullRule: FullRule;
  speed: number;
  label: string;
}

export type UserOptions = { [K in keyof Options]?: unknown };

export class OptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OptionError";
  }
}

const TITLES: Record<StructureName, string> = { stack: "Stack", queue: "Queue", "cyclic-queue": "Cyclic queue" };
const MAX_LABEL = 80;
const CYCLIC_ONLY: (keyof Options)[] = ["view", "fullRule"];

export const OPTION_NAMES: readonly (keyof Options)[] = [
  "structure", "capacity", "values", "controls", "view", "fullRule", "speed", "label",
];

/** The attribute that carries an option: fullRule -> data-full-rule; structure -> data-dsviz. */
export function attributeName(option: keyof Options): string {
  if (option === "structure") return "data-dsviz";
  return "data-" + option.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}

/** Shows a user's value inside an error message, safely shortened. */
function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(shorten(value, 24));
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? "an array" : "an object";
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === "string" && (allowed as readonly string[]).indexOf(value) >= 0) return value as T;
  throw new OptionError(`${name} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}; got ${show(value)}.`);
}

/**
 * Turns user options into complete, valid Options, or throws an OptionError whose
 * message names the option (`nameOf` picks "capacity" or "data-capacity").
 */
export function resolveOptions(input: UserOptions, nameOf: (o: keyof Options) => string = (o) => o): Options {
  if (typeof input !== "object" || input === null) throw new OptionError("options must be an object.");
  for (const key of Object.keys(input)) {
    if ((OPTION_NAMES as readonly string[]).indexOf(key) < 0) {
      throw new OptionError(`Unknown option ${show(key)}; the options are ${OPTION_NAMES.join(", ")}.`);
    }
  }
  const given = (o: keyof Options) => input[o] !== undefined;
  const structure = given("structure") ? oneOf(nameOf("structure"), input.structure, STRUCTURE_NAMES) : "stack";
  const cyclic = structure === "cyclic-queue";
  for (const o of CYCLIC_ONLY) {
    if (given(o) && !cyclic) throw new OptionError(`${nameOf(o)} applies only to the cyclic queue, not to a ${structure}.`);
  }
  const minCapacity = cyclic ? 2 : 1;
  const capacity = given("capacity") ? input.capacity : 8;
  if (typeof capacity !== "number" || !Number.isInteger(capacity) || capacity < minCapacity || capacity > 32) {
    throw new OptionError(`${nameOf("capacity")} must be a whole number from ${minCapacity} to 32; got ${show(capacity)}.`);
  }
  const fullRule: FullRule = given("fullRule") ? oneOf(nameOf("fullRule"), input.fullRule, ["count", "spare-slot"] as const) : "count";
  const view: CyclicView = given("view") ? oneOf(nameOf("view"), input.view, ["ring", "row"] as const) : "ring";
  const values = resolveValues(nameOf("values"), given("values") ? input.values : [], capacity, fullRule === "spare-slot" && cyclic);
  const controls = given("controls") ? input.controls : true;
  if (typeof controls !== "boolean") throw new OptionError(`${nameOf("controls")} must be true or false; got ${show(controls)}.`);
  const speed = given("speed") ? input.speed : 1;
  if (typeof speed !== "number" || !(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
    throw new OptionError(`${nameOf("speed")} must be a number from ${MIN_SPEED} to ${MAX_SPEED}; got ${show(speed)}.`);
  }
  const label = given("label") ? input.label : TITLES[structure];
  if (typeof label !== "string" || label.trim() === "" || label.length > MAX_LABEL) {
    throw new OptionError(`${nameOf("label")} must be text of 1 to ${MAX_LABEL} characters; got ${show(label)}.`);
  }
  return { structure, capacity, values, controls, view, fullRule, speed, label: label.trim() };
}

function resolveValues(name: string, raw: unknown, capacity: number, spareSlot: boolean): string[] {
  const list = typeof raw === "string" ? raw.split(/[\s,]+/).filter((v) => v !== "") : raw;
  if (!Array.isArray(list)) throw new OptionError(`${name} must be a list of values; got ${show(raw)}.`);
  const room = spareSlot ? capacity - 1 : capacity;
  if (list.length > room) {
    const why = spareSlot ? ` (the spare-slot rule keeps one of the ${capacity} slots empty)` : "";
    throw new OptionError(`${name} has ${list.length} values but only ${room} fit${why}.`);
  }
  return list.map((v, i) => {
    const checked = checkValue(v, { allowEmpty: false });
    if (!checked.ok) throw new OptionError(`${name}, value ${i + 1}: ${checked.message}`);
    return checked.value;
  });
}

/** Reads the `data-*` attributes of an element into options (text parsed, not yet validated). */
export function optionsFromAttributes(element: HTMLElement): UserOptions {
  const options: UserOptions = {};
  for (const option of OPTION_NAMES) {
    const text = element.getAttribute(attributeName(option));
    if (text === null) continue;
    options[option] = parseAttribute(option, text.trim());
  }
  return options;
}

function parseAttribute(option: keyof Options, text: string): unknown {
  switch (option) {
    case "capacity":
      return /^[0-9]+$/.test(text) ? Number(text) : text;
    case "speed":
      return /^[0-9]*\.?[0-9]+$/.test(text) ? Number(text) : text;
    case "controls":
      return text === "" || text === "true" ? true : text === "false" ? false : text;
    default:
      return text;
  }
}

export function titleOf(structure: StructureName): string {
  return TITLES[structure];
}
