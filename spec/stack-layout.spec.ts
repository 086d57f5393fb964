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
    expect(stackSlotHeight(4)).toBe(52);
    expect(stackSlotHeight(32)).toBeGreaterThanOrEqual(20);
    expect(stackSlotHeight(32)).toBeLessThan(stackSlotHeight(8));
  });
});
