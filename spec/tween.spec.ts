import { easeInOutCubic, Tween } from "../js/core/tween";

describe("Tween", () => {
  it("tween.value(now) stays at its start value until retargeted", () => {
    const t = new Tween(5);
    expect(t.value(0)).toBe(5);
    expect(t.value(1e6)).toBe(5);
    expect(t.isMoving(0)).toBe(false);
  });

  it("tween.retarget(to, now, d) moves from the start to the target over d ms, eased", () => {
    const t = new Tween(0);
    t.retarget(100, 1000, 400);
    expect(t.value(1000)).toBe(0);
    expect(t.value(1100)).toBeCloseTo(100 * easeInOutCubic(0.25), 6);
    expect(t.value(1200)).toBeCloseTo(50, 6);
    expect(t.value(1400)).toBe(100);
    expect(t.isMoving(1399)).toBe(true);
    expect(t.isMoving(1400)).toBe(false);
  });

  it("tween.retarget mid-flight starts from the current value, not the old start", () => {
    const t = new Tween(0);
    t.retarget(100, 0, 400);
    const midway = t.value(200);
    t.retarget(-50, 200, 400);
    expect(t.value(200)).toBeCloseTo(midway, 6);
    expect(t.value(600)).toBe(-50);
  });

  it("tween.retarget with duration 0 jumps (reduced motion)", () => {
    const t = new Tween(0);
    t.retarget(30, 10, 0);
    expect(t.value(10)).toBe(30);
    expect(t.isMoving(10)).toBe(false);
  });

  it("tween.set(v) jumps at once and stops any motion", () => {
    const t = new Tween(0);
    t.retarget(100, 0, 400);
    t.set(7);
    expect(t.value(100)).toBe(7);
    expect(t.target).toBe(7);
    expect(t.isMoving(100)).toBe(false);
  });

  it("easeInOutCubic maps 0 to 0, 0.5 to 0.5 and 1 to 1, monotonically", () => {
    expect(easeInOutCubic(0)).toBe(0);
    expect(easeInOutCubic(0.5)).toBe(0.5);
    expect(easeInOutCubic(1)).toBe(1);
    let last = -1;
    for (let i = 0; i <= 20; i++) {
      const v = easeInOutCubic(i / 20);
      expect(v).toBeGreaterThanOrEqual(last);
      last = v;
    }
  });
});
