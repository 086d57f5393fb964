import { finalState, Trace } from "../js/model/trace";
import { clear, peek, pop, push, StackState, stackFull, stackItems, stackOf } from "../js/stack/stack-model";
import { deepFreeze, item } from "./support/sequences";
import { stackStepError, walkRandomly } from "./support/step-rules";

const values = (s: StackState) => stackItems(s).map((i) => i.value);
const lines = <S>(t: Trace<S>) => t.steps.map((s) => s.line);
const filled = (capacity: number, vs: string[]) => stackOf(capacity, vs.map(item));

describe("stack model (pure traces)", () => {
  it("stackOf(c, items) holds the items bottom to top; top is the index of the last, -1 when empty", () => {
    expect(stackOf(4)).toEqual({ capacity: 4, slots: [null, null, null, null], top: -1, pointers: "top-item", growth: "fixed" });
    const s = filled(4, ["a", "b"]);
    expect(values(s)).toEqual(["a", "b"]);
    expect(s.top).toBe(1);
  });

  it("push(s, x): check full, move top, write the slot; the value lands on top", () => {
    const s = deepFreeze(filled(8, ["3", "1"]));
    const t = push(s, item("7"));
    expect(lines(t)).toEqual(["check-full", "move-top", "write"]);
    expect(t.steps.map((x) => x.say)).toEqual(["top is 1, not capacity − 1 = 7: there is room.", "top = 1 + 1 = 2.", "slots[2] = 7: the new top."]);
    expect(t.steps.map((x) => x.focus)).toEqual([{ pointer: "top" }, { pointer: "top" }, { slot: 2 }]);
    expect(values(finalState(t))).toEqual(["3", "1", "7"]);
    expect(t).toEqual(jasmine.objectContaining({ ok: true, value: "7", operation: "push", message: "Pushed 7. Top is now 7; 3 of 8 slots used." }));
    expect(t.before).toBe(s);
  });

  it("push(s, x) on a full stack traces the check that refused; the state is the very same", () => {
    const s = filled(2, ["1", "2"]);
    const t = push(s, item("3"));
    expect(lines(t)).toEqual(["check-full"]);
    expect(t.steps[0].say).toBe("top is 1 = capacity − 1: the stack is full.");
    expect(finalState(t)).toBe(s);
    expect(t).toEqual(jasmine.objectContaining({ ok: false, reason: "full", message: "The stack is full: 2 of 2." }));
  });

  it("pop(s): check, read, erase the slot, move top, return; the top value comes off", () => {
    const t = pop(deepFreeze(filled(4, ["1", "2"])));
    expect(lines(t)).toEqual(["check-empty", "read", "erase", "move-top", "return"]);
    expect(values(finalState(t))).toEqual(["1"]);
    expect(finalState(t).slots).toEqual([jasmine.objectContaining({ value: "1" }), null, null, null]);
    expect(t).toEqual(jasmine.objectContaining({ ok: true, value: "2", message: "Popped 2. Top is now 1; 1 of 4 slots used." }));
    expect(pop(filled(4, ["1"])).message).toBe("Popped 1. The stack is now empty.");
  });

  it("pop and peek on an empty stack are refused as empty, and change nothing", () => {
    const s = stackOf(4);
    for (const t of [pop(s), peek(s)]) {
      expect(lines(t)).toEqual(["check-empty"]);
      expect(t.steps[0].say).toBe("top is −1: the stack is empty.");
      expect(finalState(t)).toBe(s);
      expect(t.reason).toBe("empty");
    }
    expect(pop(s).message).toBe("The stack is empty. Nothing to pop.");
    expect(peek(s).message).toBe("The stack is empty. Nothing to peek at.");
  });

  it("peek(s) returns the top and keeps the very same state", () => {
    const s = filled(4, ["9", "4"]);
    const t = peek(s);
    expect(lines(t)).toEqual(["check-empty", "return-top"]);
    expect(finalState(t)).toBe(s);
    expect(t).toEqual(jasmine.objectContaining({ ok: true, value: "4", message: "Peek: the top is 4. The stack is unchanged." }));
  });

  it("clear(s) empties every slot and resets top; on an empty stack it changes nothing", () => {
    const t = clear(filled(4, ["1", "2"]));
    expect(lines(t)).toEqual(["clear-slots", "reset-top"]);
    expect(finalState(t)).toEqual(stackOf(4));
    expect(t.message).toBe("Cleared 2 items. The stack is now empty.");
    const empty = stackOf(4);
    expect(finalState(clear(empty))).toBe(empty);
    expect(clear(empty).message).toBe("The stack is already empty.");
  });

  it("an item keeps its identity: the same value pushed twice is two items", () => {
    const a = item("5");
    const b = item("5");
    const s = finalState(push(finalState(push(stackOf(4), a)), b));
    expect(stackItems(s)).toEqual([a, b]);
    expect(stackItems(s)[0]).not.toBe(stackItems(s)[1]);
  });

  it("stackOf(c) accepts capacities 1 to 32 and refuses others, and too many items, with a RangeError", () => {
    expect(stackOf(1).capacity).toBe(1);
    expect(stackOf(32).capacity).toBe(32);
    for (const bad of [0, 33, -1, 2.5, NaN]) expect(() => stackOf(bad)).toThrowError(RangeError, /capacity must be a whole number from 1 to 32/);
    expect(() => filled(1, ["1", "2"])).toThrowError(RangeError);
  });

  it("on 1,000 random operations every step follows from the one before by exactly what its line says", () => {
    const refuses = (name: string, s: StackState) => (name === "push" && stackFull(s)) || ((name === "pop" || name === "peek") && s.top < 0);
    walkRandomly(7, 1000, stackOf(5), { push, pop, peek, clear }, ["push", "push", "pop", "peek", "clear"], stackStepError, refuses);
  });

});
