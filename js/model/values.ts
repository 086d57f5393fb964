// The rule every value obeys, whether typed, given as an initial value or passed to the API.

export const MAX_VALUE_LENGTH = 6;

export type ValueCheck = { ok: true; value: string } | { ok: false; message: string };

/** A random whole number 1..99 as text; `random` returns [0, 1) like Math.random. */
export function randomValue(random: () => number = Math.random): string {
  return String(1 + Math.floor(random() * 99));
}

/**
 * Checks a value: trimmed text of 1..6 characters with no control characters.
 * An empty value (only when `allowEmpty`) means a random number 1..99.
 */
export function checkValue(
  raw: unknown,
  options: { allowEmpty: boolean; random?: () => number },
): ValueCheck {
  if (typeof raw === "number" && Number.isFinite(raw)) raw = String(raw);
  if (raw === undefined && options.allowEmpty) raw = "";
  if (typeof raw !== "string") {
    return { ok: false, message: "A value must be text of 1 to 6 characters." };
  }
  const value = raw.trim();
  if (value === "") {
    if (options.allowEmpty) return { ok: true, value: randomValue(options.random) };
    return { ok: false, message: "A value cannot be empty." };
  }
  // Count characters (code points), not UTF-16 units, so "😀" is one character.
  const length = Array.from(value).length;
  if (length > MAX_VALUE_LENGTH) {
    return {
      ok: false,
      message: `"${shorten(value)}" is too long: values have at most ${MAX_VALUE_LENGTH} characters.`,
    };
  }
  if (/[\u0000-\u001f\u007f-\u009f]/.test(value)) {
    return { ok: false, message: "A value cannot contain control characters." };
  }
  return { ok: true, value };
}

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
type SegmenterClass = new (locale?: string, options?: { granularity: "grapheme" }) => Segmenter;
const IntlSegmenter = (typeof Intl !== "undefined" ? (Intl as unknown as { Segmenter?: SegmenterClass }).Segmenter : undefined);
let segmenter: Segmenter | undefined;

/** The user-perceived characters of `text` (grapheme clusters where the browser knows them, else code points). */
export function graphemes(text: string): string[] {
  if (!IntlSegmenter) return Array.from(text);
  segmenter = segmenter || new IntlSegmenter(undefined, { granularity: "grapheme" });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Echoes long user text back in messages without flooding them. */
export function shorten(text: string, max = 12): string {
  const chars = Array.from(text);
  return chars.length > max ? chars.slice(0, max).join("") + "…" : text;
}
