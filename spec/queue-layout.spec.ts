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
        const prev = layout.slots[i - 1];
        if (i > 0 && prev.y === s.y) expect(s.x - prev.x).toBeGreaterThan(s.w);
        if (i > 0 && prev.y !== s.y) expect(s.y - prev.y).toBeGreaterThan(s.h);
      });
    }
  });

  it("queueLayout keeps 32 slots legible: slots at least 36 px wide and 40 px tall", () => {
    const layout = queueLayout(32);
    expect(layout.slots[0].w).toBeGreaterThanOrEqual(36);
    expect(layout.slots[0].h).toBeGreaterThanOrEqual(40);
    expect(layout.indexSize).toBeGreaterThanOrEqual(12);
  });

  it("queueLayout puts the front pointer above the row and the rear pointer and indices below it", () => {
    const layout = queueLayout(8);
    const slot = layout.slots[3];
    const front = layout.frontTip(3);
    const rear = layout.rearTip(3);
    const index = layout.indexAt(3);
    expect(front.x).toBe(slot.x);
    expect(rear.x).toBe(slot.x);
    expect(index.x).toBe(slot.x);
    expect(front.y).toBeLessThan(slot.y - slot.h / 2);
    expect(index.y).toBeGreaterThan(slot.y + slot.h / 2);
    expect(rear.y).toBeGreaterThan(index.y + layout.indexSize / 2);
  });

  it("queueLayout brings tiles in past the last slot and sends them out past slot 0", () => {
    const layout = queueLayout(8);
    expect(layout.enterFrom.x).toBeGreaterThan(layout.slots[7].x);
    expect(layout.exitTo.x).toBeLessThan(layout.slots[0].x);
  });

  it("queueLayout wraps more than 16 slots onto two lines: slot 16 starts the second line at the left", () => {
    expect(new Set(queueLayout(16).slots.map((s) => s.y)).size).toBe(1);
    const layout = queueLayout(32);
    expect(layout.perLine).toBe(16);
    expect(layout.slots[16].x).toBe(layout.slots[0].x);
    expect(layout.slots[16].y).toBeGreaterThan(layout.slots[15].y);
    // Each line has its own pointer bands: the rear of slot 20 points at slot 20's line.
    expect(layout.rearTip(20).y).toBeGreaterThan(layout.slots[20].y);
    expect(layout.frontTip(20).y).toBeLessThan(layout.slots[20].y);
    expect(layout.frontTip(20).y).toBeGreaterThan(layout.slots[0].y);
  });

  it("rowLayout.above(s) glides between slots for a fractional s", () => {
    const row = rowLayout(8);
    const mid = row.above(2.5);
    expect(mid.x).toBeCloseTo((row.slots[2].x + row.slots[3].x) / 2, 6);
    expect(mid.y).toBe(row.above(2).y);
    expect(row.above(-1)).toEqual(row.above(0));
  });

  it("rowLayout(c, maxWidth) wraps onto more, balanced lines instead of shrinking slots under 44 px", () => {
    for (const maxWidth of [320, 375, 500, 640]) {
      for (const capacity of [1, 5, 8, 12, 16, 32]) {
        const row = rowLayout(capacity, maxWidth);
        expect(row.width).toBeLessThanOrEqual(maxWidth);
        expect(row.pitch).toBeGreaterThanOrEqual(44);
        const lines = Math.ceil(capacity / row.perLine);
        expect(capacity - (lines - 1) * row.perLine).toBeGreaterThan(row.perLine - lines); // no near-empty last line
        row.slots.forEach((s) => expect(s.x + s.w / 2).toBeLessThan(row.width));
      }
    }
    const phone = rowLayout(8, 300);
    expect(phone.perLine).toBe(4);
    expect(phone.slots[4].x).toBe(phone.slots[0].x);
    expect(phone.slots[4].y).toBeGreaterThan(phone.slots[3].y);
  });

  it("rowLayout is as wide as it likes when the box allows: maxWidth changes nothing then", () => {
    expect(rowLayout(8, 800)).toEqual(jasmine.objectContaining({ width: rowLayout(8).width, perLine: 8, pitch: rowLayout(8).pitch }));
  });

  it("rowLayout is large for small rows and shrinks for long ones", () => {
    expect(rowLayout(4).slots[0].w).toBeGreaterThan(rowLayout(12).slots[0].w);
    expect(rowLayout(12).slots[0].w).toBeGreaterThan(rowLayout(16).slots[0].w);
    expect(rowLayout(1).width).toBe(320);
  });
});
