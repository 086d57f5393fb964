// The rule every value obeys, whether typed, given as an initial value or passed to the API.

export const MAX_VALUE_LENGTH = 6;

export type ValueCheck = { ok: true; value: string } | { ok: false; message: string };

/** A random whole number 1..99 as text; `random` returns [0, 1) like Math.random. */
export function randomValue(random: () => number = Math.random): string {
  return String(1 + Math.floor(random() * 99));
}

/** Longer text is too long whatever it shows (six characters of the longest emoji fit). */
const MAX_CODE_UNITS = 100;
// Control characters, and the line and paragraph separators that would break a sentence.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Unicode's Bidi_Control characters: they would reorder the sentences a value is said in.
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// What shows nothing on its own: spaces, format characters (zero-width space, joiners, soft
// hyphen, word joiner), combining marks with no base, and the blank-looking fillers.
const INVISIBLE = new RegExp("[\\p{White_Space}\\p{Cf}\\p{Mn}\\p{Me}\\u115f\\u1160\\u3164\\uffa0\\u2800]", "gu");

/**
 * Checks a value: trimmed text of 1..6 user-perceived characters (grapheme clusters: a
 * family emoji, a flag or an accented letter typed as two code points are one), with at
 * least one visible character and no control or bidirectional control characters.
 * An empty value, or none (undefined or null), means a random number 1..99 when `allowEmpty`.
 */
export function checkValue(
  raw: unknown,
  options: { allowEmpty: boolean; random?: () => number },
): ValueCheck {
  if (typeof raw === "number" && Number.isFinite(raw)) raw = String(raw);
  if ((raw === undefined || raw === null) && options.allowEmpty) raw = "";
  if (typeof raw !== "string") {
    return { ok: false, message: "A value must be text of 1 to 6 characters." };
  }
  const value = raw.trim();
  if (value === "") {
    if (options.allowEmpty) return { ok: true, value: randomValue(options.random) };
    return { ok: false, message: "A value cannot be empty." };
  }
  if (value.length > MAX_CODE_UNITS || graphemes(value).length > MAX_VALUE_LENGTH) {
    return {
      ok: false,
      message: `"${isolate(shorten(value))}" is too long: values have at most ${MAX_VALUE_LENGTH} characters.`,
    };
  }
  const unsafe = unsafeText(value, "A value");
  return unsafe ? { ok: false, message: unsafe } : { ok: true, value };
}

/**
 * Why `text` (a value, a lesson's sentence) cannot be shown as it is, or undefined when it
 * can: a control or bidirectional control character, or nothing visible at all.
 */
export function unsafeText(text: string, what: string): string | undefined {
  if (CONTROL.test(text)) return `${what} cannot contain control characters.`;
  if (BIDI_CONTROL.test(text)) {
    return `${what} cannot contain bidirectional control characters (such as U+202E), which would reorder the sentences it is said in.`;
  }
  if (text.replace(INVISIBLE, "") === "") return `${what} must contain at least one visible character.`;
  return undefined;
}

// Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, ...).
const RIGHT_TO_LEFT = new RegExp("[\\u0590-\\u08ff\\ufb1d-\\ufdff\\ufe70-\\ufefc\\u{10800}-\\u{10fff}\\u{1e800}-\\u{1efff}]", "u");
const FSI = "\u2068";
const PDI = "\u2069";

/**
 * A value as it goes into a sentence: one with right-to-left letters is isolated (FSI ...
 * PDI), so it keeps its own direction and the sentence around it keeps its order.
 */
export function isolate(value: string): string {
  return RIGHT_TO_LEFT.test(value) ? FSI + value + PDI : value;
}

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
type SegmenterClass = new (locale?: string, options?: { granularity: "grapheme" }) => Segmenter;
const IntlSegmenter = (typeof Intl !== "undefined" ? (Intl as unknown as { Segmenter?: SegmenterClass }).Segmenter : undefined);
let segmenter: Segmenter | undefined;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The user-perceived characters of `text` (grapheme clusters where the browser knows them, else code points). */
export function graphemes(text: string): string[] {
  // Printable ASCII never joins into clusters: no segmenter (whose first use loads the
  // browser's break rules, ~15 ms of a page's first paint) for "42" or "abc".
  if (PRINTABLE_ASCII.test(text) || !IntlSegmenter) return Array.from(text);
  segmenter = segmenter || new IntlSegmenter(undefined, { granularity: "grapheme" });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Echoes long user text back in messages without flooding them (cut between user-perceived characters). */
export function shorten(text: string, max = 12): string {
  const head = text.length > 200 ? text.slice(0, 200) : text; // segment no more than a message shows
  const chars = graphemes(head);
  return chars.length > max || head !== text ? chars.slice(0, max).join("") + "…" : text;
}

/** −1 with a true minus sign, as the narration writes it. */
export function numberText(n: number): string {
  return n < 0 ? `−${-n}` : String(n);
}
