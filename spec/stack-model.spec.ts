import { StackModel } from "../js/stack/stack-model";

describe("StackModel", () => {
  it("new StackModel() has capacity 8 and is empty", () => {
    const s = new StackModel<string>();
    expect(s.capacity).toBe(8);
    expect(s.size).toBe(0);
    expect(s.isEmpty()).toBe(true);
  });

  it("stack.push(v) puts v on top and returns it", () => {
    const s = new StackModel<string>(3);
    expect(s.push("a")).toEqual({ ok: true, value: "a" });
    s.push("b");
    expect(s.toArray()).toEqual(["a", "b"]);
    expect(s.peek()).toEqual({ ok: true, value: "b" });
  });

  it("stack.push(v) on a full stack is refused as full and changes nothing", () => {
    const s = new StackModel<string>(2);
    s.push("a");
    s.push("b");
    expect(s.isFull()).toBe(true);
    expect(s.push("c")).toEqual({ ok: false, reason: "full" });
    expect(s.toArray()).toEqual(["a", "b"]);
  });

  it("stack.pop() removes and returns the last value pushed (LIFO)", () => {
    const s = new StackModel<number>(4);
    [1, 2, 3].forEach((v) => s.push(v));
    expect(s.pop()).toEqual({ ok: true, value: 3 });
    expect(s.pop()).toEqual({ ok: true, value: 2 });
    expect(s.toArray()).toEqual([1]);
  });

  it("stack.pop() and stack.peek() on an empty stack are refused as empty", () => {
    const s = new StackModel<number>(4);
    expect(s.pop()).toEqual({ ok: false, reason: "empty" });
    expect(s.peek()).toEqual({ ok: false, reason: "empty" });
    expect(s.size).toBe(0);
  });

  it("stack.peek() returns the top without removing it", () => {
    const s = new StackModel<number>(4);
    s.push(9);
    expect(s.peek()).toEqual({ ok: true, value: 9 });
    expect(s.size).toBe(1);
  });

  it("stack.clear() empties the stack and returns what it held, bottom to top", () => {
    const s = new StackModel<number>(4);
    [1, 2].forEach((v) => s.push(v));
    expect(s.clear()).toEqual([1, 2]);
    expect(s.isEmpty()).toBe(true);
  });

  it("stack.toArray() is a copy: changing it does not change the stack", () => {
    const s = new StackModel<number>(4);
    s.push(1);
    s.toArray().push(99);
    expect(s.toArray()).toEqual([1]);
  });

  it("new StackModel(c) accepts capacities 1 to 32 and refuses others with a RangeError", () => {
    expect(new StackModel(1).capacity).toBe(1);
    expect(new StackModel(32).capacity).toBe(32);
    for (const bad of [0, 33, -1, 2.5, NaN]) {
      expect(() => new StackModel(bad)).toThrowError(RangeError, /capacity must be a whole number from 1 to 32/);
    }
  });
});
