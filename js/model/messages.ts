// How a mistake in an option, an attribute or a lesson's script is reported: an
// OptionError whose message names what is wrong, quoting the user's text safely.
import { isolate, shorten } from "./values";

export class OptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OptionError";
  }
}

/** Shows a user's value inside a message: quoted, shortened, never markup (messages are shown as text). */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(isolate(shorten(value, 24)));
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  return Array.isArray(value) ? "an array" : "an object";
}
