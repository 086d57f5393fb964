import fc = require("fast-check");
import { checkValue, graphemes, randomValue } from "../js/model/values";

describe("checkValue", () => {
  const typed = { allowEmpty: true };

  it("checkValue trims the value", () => {
    expect(checkValue("  7 ", typed)).toEqual({ ok: true, value: "7" });
  });

  it("checkValue accepts 1 to 6 characters, counting emoji as one", () => {
    expect(checkValue("abcdef", typed)).toEqual({ ok: true, value: "abcdef" });
    expect(checkValue("😀😀😀😀😀😀", typed).ok).toBe(true);
  });

  it("checkValue refuses more than 6 characters with a message", () => {
    const r = checkValue("1234567", typed);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toBe('"1234567" is too long: values have at most 6 characters.');
  });

  it("checkValue with an empty value gives a random number 1 to 99 when allowed", () => {
    expect(checkValue("", { allowEmpty: true, random: () => 0 })).toEqual({ ok: true, value: "1" });
    expect(checkValue("   ", { allowEmpty: true, random: () => 0.999999 })).toEqual({ ok: true, value: "99" });
    expect(checkValue(undefined, { allowEmpty: true, random: () => 0.5 })).toEqual({ ok: true, value: "50" });
  });

  it("checkValue refuses an empty value when not allowed (initial values)", () => {
    expect(checkValue("", { allowEmpty: false }).ok).toBe(false);
  });

  it("checkValue accepts finite numbers as their text and refuses other types", () => {
    expect(checkValue(12, typed)).toEqual({ ok: true, value: "12" });
    for (const bad of [NaN, Infinity, {}, [], true]) expect(checkValue(bad, typed).ok).toBe(false);
  });

  it("checkValue: no value at all (undefined, null or \"\") means a random number where one may be drawn", () => {
    for (const none of [undefined, null, "", "   ", "\uFEFF\u00A0"]) expect(checkValue(none, { allowEmpty: true, random: () => 0 })).toEqual({ ok: true, value: "1" });
    for (const none of [undefined, null, ""]) expect(checkValue(none, { allowEmpty: false }).ok).toBe(false); // an initial value must be given
  });

  it("checkValue refuses control characters", () => {
    expect(checkValue("a\u0007b", typed).ok).toBe(false);
  });

  it("randomValue covers exactly 1..99", () => {
    expect(randomValue(() => 0)).toBe("1");
    expect(randomValue(() => 0.9999999)).toBe("99");
  });
});

describe("graphemes", () => {
  const segmenter = new (Intl as unknown as { Segmenter: new (l?: string, o?: object) => { segment(t: string): Iterable<{ segment: string }> } }).Segmenter(undefined, { granularity: "grapheme" });
  const reference = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

  it("graphemes(text) agrees with Intl.Segmenter on printable ASCII (its fast path) and on text mixing in marks and emoji", () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 12 });
    const mixed = fc.string({ unit: fc.constantFrom("a", " ", "7", "\u0301", "\u200d", "👍", "🏽", "\r", "\n", "é", "ग", "ि"), maxLength: 12 });
    fc.assert(fc.property(fc.oneof(ascii, mixed), (text) => expect(graphemes(text)).toEqual(reference(text))), { numRuns: 2000 });
    expect(graphemes("e\u0301x")).toEqual(["e\u0301", "x"]);
    expect(graphemes("a\r\nb")).toEqual(["a", "\r\n", "b"]);
  });
});
