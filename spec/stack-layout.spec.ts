import { stackLayout, stackSlotHeight } from "../js/stack/stack-layout";

describe("stackLayout", () => {
  it("stackLayout(c) has c slots, slot 0 at the bottom, each higher slot above the last", () => {
    const layout = stackLayout(8);
    expect(layout.slots.length).toBe(8);
    for (let i = 1; i < 8; i++) {
      expect(layout.slots[i].y).toBeLessThan(layout.slots[i - 1].y);
      expect(layout.slots[i].x).toBe(layout.slots[0].x);
    }
  });

  it("stackLayout slots never overlap and all fit inside the canvas", () => {
    for (const capacity of [1, 8, 32]) {
      const layout = stackLayout(capacity);
      layout.slots.forEach((s, i) => {
        expect(s.y - s.h / 2).toBeGreaterThan(0);
        expect(s.y + s.h / 2).toBeLessThanOrEqual(layout.height);
        if (i > 0) expect(layout.slots[i - 1].y - s.y).toBeGreaterThanOrEqual(s.h);
      });
    }
  });

  it("stackLayout puts tiles' way in and out above the top slot", () => {
    const layout = stackLayout(8);
    expect(layout.outside.y).toBeLessThan(layout.slots[7].y - layout.slots[7].h / 2);
  });

  it("stackSlotHeight is large for small stacks and shrinks, readable, for 32", () => {
    expect(stackSlotHeight(4)).toBe(40);
    expect(stackSlotHeight(32)).toBeGreaterThanOrEqual(20);
    expect(stackSlotHeight(32)).toBeLessThan(stackSlotHeight(8));
  });

  it("stackLayout(8) is compact: at most 330 px tall, so a whole example fits a slide", () => {
    expect(stackLayout(8).height).toBeLessThanOrEqual(330);
  });

  it("stackLayout(c, maxWidth) narrows its slots to fit a narrow box, down to 260 px in all", () => {
    expect(stackLayout(8).width).toBe(320);
    expect(stackLayout(8, 1000).width).toBe(320);
    const narrow = stackLayout(8, 290);
    expect(narrow.width).toBe(290);
    expect(narrow.slots[0].w).toBeLessThan(stackLayout(8).slots[0].w);
    expect(narrow.pointerX + 60).toBeLessThanOrEqual(narrow.width); // the "top" label still fits
    expect(stackLayout(8, 100).width).toBe(260); // never narrower: CSS shrinks it as a last resort
  });
});
