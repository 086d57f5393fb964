import { rowLayout } from "../js/core/row-layout";
import { queueLayout } from "../js/queue/queue-layout";

describe("queueLayout", () => {
  it("queueLayout(c) has c slots in one row, slot 0 (the front) at the left", () => {
    const layout = queueLayout(8);
    expect(layout.slots.length).toBe(8);
    for (let i = 1; i < 8; i++) {
      expect(layout.slots[i].x).toBeGreaterThan(layout.slots[i - 1].x);
      expect(layout.slots[i].y).toBe(layout.slots[0].y);
    }
  });

  it("queueLayout slots never overlap and fit inside a canvas at most 760 px wide, at 1, 8 and 32 slots", () => {
    for (const capacity of [1, 8, 32]) {
      const layout = queueLayout(capacity);
      expect(layout.width).toBeLessThanOrEqual(760);
      layout.slots.forEach((s, i) => {
        expect(s.x - s.w / 2).toBeGreaterThan(0);
        expect(s.x + s.w / 2).toBeLessThan(layout.width);
        expect(s.y - s.h / 2).toBeGreaterThan(0);
        expect(s.y + s.h / 2).toBeLessThan(layout.height);
        if (i > 0) expect(s.x - layout.slots[i - 1].x).toBeGreaterThan(s.w);
      });
    }
  });

  it("queueLayout keeps 32 slots legible: slots at least 20 px wide and 40 px tall", () => {
    const layout = queueLayout(32);
    expect(layout.slots[0].w).toBeGreaterThanOrEqual(20);
    expect(layout.slots[0].h).toBeGreaterThanOrEqual(40);
    expect(layout.indexSize).toBeGreaterThanOrEqual(12);
  });

  it("queueLayout puts the front pointer above the row and the rear pointer and indices below it", () => {
    const layout = queueLayout(8);
    const slot = layout.slots[3];
    expect(layout.frontTip(3)).toEqual({ x: slot.x, y: layout.aboveY });
    expect(layout.rearTip(3)).toEqual({ x: slot.x, y: layout.belowY });
    expect(layout.aboveY).toBeLessThan(slot.y - slot.h / 2);
    expect(layout.indexY).toBeGreaterThan(slot.y + slot.h / 2);
    expect(layout.belowY).toBeGreaterThan(layout.indexY + layout.indexSize / 2);
  });

  it("queueLayout brings tiles in past the last slot and sends them out past slot 0", () => {
    const layout = queueLayout(8);
    expect(layout.enterFrom.x).toBeGreaterThan(layout.slots[7].x);
    expect(layout.exitTo.x).toBeLessThan(layout.slots[0].x);
  });

  it("rowLayout is large for small rows and shrinks for long ones", () => {
    expect(rowLayout(4).slots[0].w).toBeGreaterThan(rowLayout(16).slots[0].w);
    expect(rowLayout(16).slots[0].w).toBeGreaterThan(rowLayout(32).slots[0].w);
    expect(rowLayout(1).width).toBe(320);
  });
});
