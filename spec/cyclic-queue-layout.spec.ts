import { SlotBox } from "../js/core/slot-drawing";
import { arrowLabelBox } from "../js/core/pointer";
import {
  cyclicLayout,
  cyclicRingLayout,
  cyclicRowLayout,
  MIN_RING_SIDE,
  ringRadius,
  ringSlotSize,
} from "../js/cyclic-queue/cyclic-queue-layout";

const overlap = (a: SlotBox, b: SlotBox) => Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2;
const inside = (p: { x: number; y: number }, width: number, height: number) => p.x > 0 && p.x < width && p.y > 0 && p.y < height;

describe("cyclicRingLayout", () => {
  it("cyclicRingLayout(c) puts every slot on one circle around the canvas centre", () => {
    for (const capacity of [2, 8, 32]) {
      const layout = cyclicRingLayout(capacity);
      const cx = layout.width / 2;
      const cy = layout.height / 2;
      for (const s of layout.slots) expect(Math.hypot(s.x - cx, s.y - cy)).toBeCloseTo(ringRadius(capacity), 6);
    }
  });

  it("cyclicRingLayout starts slot 0 at the top and goes clockwise", () => {
    const layout = cyclicRingLayout(8);
    const [s0, s1, s2, , s4, , s6] = layout.slots;
    const cx = layout.width / 2;
    expect(s0.x).toBeCloseTo(cx, 6);
    expect(s0.y).toBeLessThan(layout.height / 2);
    expect(s1.x).toBeGreaterThan(cx); // up and to the right
    expect(s2.y).toBeCloseTo(layout.height / 2, 6); // right
    expect(s2.x).toBeGreaterThan(cx);
    expect(s4.y).toBeGreaterThan(layout.height / 2); // bottom
    expect(s6.x).toBeLessThan(cx); // left
  });

  it("cyclicRingLayout slots never overlap and everything fits the canvas, at 8 and 32 slots", () => {
    for (const capacity of [8, 32]) {
      const layout = cyclicRingLayout(capacity);
      layout.slots.forEach((s, i) => {
        const next = layout.slots[(i + 1) % capacity];
        expect(overlap(s, next)).toBe(false);
        expect(inside({ x: s.x - s.w / 2, y: s.y - s.h / 2 }, layout.width, layout.height)).toBe(true);
        expect(inside({ x: s.x + s.w / 2, y: s.y + s.h / 2 }, layout.width, layout.height)).toBe(true);
        expect(inside(layout.indexLabels[i], layout.width, layout.height)).toBe(true);
        expect(inside(layout.head(i).tip, layout.width, layout.height)).toBe(true);
      });
      expect(layout.width).toBeLessThanOrEqual(760);
    }
  });

  it("cyclicRingLayout puts each index label outside the ring, clear of its slot", () => {
    for (const capacity of [8, 32]) {
      const layout = cyclicRingLayout(capacity);
      const c = { x: layout.width / 2, y: layout.height / 2 };
      layout.indexLabels.forEach((label) => {
        expect(Math.hypot(label.x - c.x, label.y - c.y)).toBeGreaterThan(ringRadius(capacity));
        const box = { x: label.x, y: label.y, w: layout.indexSize * 1.3, h: layout.indexSize };
        for (const slot of layout.slots) expect(overlap(box, slot)).toBe(false);
      });
    }
  });

  it("cyclicRingLayout stays within 760 px and keeps neighbours apart at every capacity 2 to 32", () => {
    for (let capacity = 2; capacity <= 32; capacity++) {
      const layout = cyclicRingLayout(capacity);
      expect(layout.width).toBeLessThanOrEqual(760);
      layout.slots.forEach((s, i) => expect(overlap(s, layout.slots[(i + 1) % capacity])).toBe(false));
    }
  });

  it("cyclicRingLayout keeps 32 slots legible: slots at least 30 px", () => {
    expect(ringSlotSize(8)).toBe(44);
    expect(ringSlotSize(32)).toBeGreaterThanOrEqual(30);
  });

  it("cyclicRingLayout(8) is compact: at most 350 px tall, so a whole example fits a slide", () => {
    expect(cyclicRingLayout(8).height).toBeLessThanOrEqual(350);
  });

  it("the ring's canvas holds the head's arrow and label wherever it glides, with no empty band around", () => {
    for (const capacity of [2, 8, 13, 32]) {
      const layout = cyclicRingLayout(capacity);
      let top = Infinity;
      let bottom = -Infinity;
      for (let s = 0; s < capacity; s += 0.125) {
        const head = layout.head(s);
        const box = arrowLabelBox(head.tip, head.dir, head.length as number, head.beside);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(layout.width);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(layout.height);
        top = Math.min(top, box.top, head.tip.y - head.dir.y * (head.length as number));
        bottom = Math.max(bottom, box.bottom, head.tip.y - head.dir.y * (head.length as number));
      }
      expect(top).toBeLessThan(12); // what reaches highest is near the canvas's top edge
      expect(layout.height - bottom).toBeLessThan(12);
    }
  });

  it("cyclicLayout(c, \"ring\", maxWidth) shrinks the ring to fit, down to 30 px slots", () => {
    const full = cyclicLayout(8, "ring");
    expect(cyclicLayout(8, "ring", 2000)).toEqual(jasmine.objectContaining({ width: full.width, height: full.height }));
    const smaller = cyclicLayout(8, "ring", full.width - 40);
    expect(smaller.view).toBe("ring");
    expect(smaller.width).toBeLessThanOrEqual(full.width - 40);
    expect(smaller.slots[0].w).toBeLessThan(full.slots[0].w);
    expect(smaller.slots[0].w).toBeGreaterThanOrEqual(MIN_RING_SIDE);
    smaller.slots.forEach((s, i) => expect(overlap(s, smaller.slots[(i + 1) % 8])).toBe(false));
  });

  it("a box too narrow for a legible ring gets the row, wrapped to fit, marked as a fallback from the ring", () => {
    const narrow = cyclicLayout(8, "ring", 300);
    expect(narrow.view).toBe("row");
    expect(narrow.fallbackFrom).toBe("ring");
    expect(narrow.width).toBeLessThanOrEqual(300);
    expect(cyclicLayout(8, "ring").fallbackFrom).toBeUndefined();
    expect(cyclicLayout(8, "row", 300).fallbackFrom).toBeUndefined();
  });

  it("the ring's head arrow points in at its slot from outside the index label; the tail arrow points out from inside", () => {
    const layout = cyclicRingLayout(8);
    const c = { x: layout.width / 2, y: layout.height / 2 };
    const r = ringRadius(8);
    for (let i = 0; i < 8; i++) {
      const head = layout.head(i);
      const tail = layout.tail(i);
      const toSlot = { x: layout.slots[i].x - head.tip.x, y: layout.slots[i].y - head.tip.y };
      expect(head.dir.x * toSlot.x + head.dir.y * toSlot.y).toBeGreaterThan(0); // aims at the slot
      expect(Math.hypot(head.tip.x - c.x, head.tip.y - c.y)).toBeGreaterThan(Math.hypot(layout.indexLabels[i].x - c.x, layout.indexLabels[i].y - c.y));
      expect(Math.hypot(tail.tip.x - c.x, tail.tip.y - c.y)).toBeLessThan(r - ringSlotSize(8) / 2);
      expect(Math.hypot(tail.dir.x, tail.dir.y)).toBeCloseTo(1, 6);
    }
  });

  it("the ring is periodic: a pointer at slot position c is back at slot 0", () => {
    const layout = cyclicRingLayout(8);
    expect(layout.periodic).toBe(true);
    expect(layout.head(8).tip.x).toBeCloseTo(layout.head(0).tip.x, 6);
    expect(layout.head(8).tip.y).toBeCloseTo(layout.head(0).tip.y, 6);
  });
});

describe("cyclicRowLayout", () => {
  it("cyclicRowLayout(c) is a row with slot 0 at the left, indices under the slots", () => {
    const layout = cyclicRowLayout(8);
    expect(layout.periodic).toBe(false);
    for (let i = 1; i < 8; i++) {
      expect(layout.slots[i].x).toBeGreaterThan(layout.slots[i - 1].x);
      expect(overlap(layout.slots[i], layout.slots[i - 1])).toBe(false);
    }
    layout.slots.forEach((s, i) => {
      expect(layout.indexLabels[i].x).toBe(s.x);
      expect(layout.indexLabels[i].y).toBeGreaterThan(s.y + s.h / 2);
    });
  });

  it("cyclicRowLayout puts head above the row pointing down and tail below pointing up", () => {
    const layout = cyclicRowLayout(8);
    const s = layout.slots[5];
    expect(layout.head(5)).toEqual({ tip: { x: s.x, y: jasmine.any(Number) }, dir: { x: 0, y: 1 } });
    expect(layout.head(5).tip.y).toBeLessThan(s.y - s.h / 2);
    expect(layout.tail(5).dir).toEqual({ x: 0, y: -1 });
    expect(layout.tail(5).tip.y).toBeGreaterThan(layout.indexLabels[5].y);
    expect(layout.head(4.5).tip.x).toBeCloseTo((layout.slots[4].x + s.x) / 2, 6);
  });

  it("cyclicRowLayout fits 32 slots in at most 760 px without overlaps", () => {
    const layout = cyclicRowLayout(32);
    expect(layout.width).toBeLessThanOrEqual(760);
    layout.slots.forEach((s, i) => i > 0 && expect(overlap(s, layout.slots[i - 1])).toBe(false));
  });

  it("cyclicRowLayout(32) wraps onto two lines of 16; head and tail point at their slot's own line", () => {
    const layout = cyclicRowLayout(32);
    expect(layout.slots[16].y).toBeGreaterThan(layout.slots[15].y + layout.slots[15].h);
    const s = layout.slots[20];
    expect(layout.head(20).tip.x).toBe(s.x);
    expect(layout.head(20).tip.y).toBeLessThan(s.y - s.h / 2);
    expect(layout.head(20).tip.y).toBeGreaterThan(layout.tail(3).tip.y); // below the first line
    expect(layout.tail(20).tip.y).toBeGreaterThan(layout.indexLabels[20].y);
    expect(layout.slots[0].w).toBeGreaterThanOrEqual(36);
  });

  it("cyclicLayout(c, view) picks the ring or the row", () => {
    expect(cyclicLayout(8, "ring").view).toBe("ring");
    expect(cyclicLayout(8, "row").view).toBe("row");
    expect(cyclicLayout(8, "ring").width).not.toBe(cyclicLayout(8, "row").width);
  });
});
