import { finalState, Trace } from "../js/model/trace";
import {
  clear,
  cyclicEmpty,
  cyclicFull,
  cyclicItems,
  cyclicOf,
  CyclicState,
  dequeue,
  enqueue,
  FullRule,
  peek,
  room,
} from "../js/cyclic-queue/cyclic-queue-model";
import { deepFreeze, item } from "./support/sequences";
import { cyclicStepError, walkRandomly } from "./support/step-rules";

const lines = <S>(t: Trace<S>) => t.steps.map((s) => s.line);
const slotValues = (s: CyclicState) => s.slots.map((i) => (i ? i.value : null));
const values = (s: CyclicState) => cyclicItems(s).map((i) => i.value);
const pointers = (s: CyclicState) => [s.head, s.tail, s.size];

/** Applies operations in order: a value enqueues it, "-" dequeues. */
function run(capacity: number, rule: FullRule, ops: string[]): CyclicState {
  let s = cyclicOf(capacity, rule);
  for (const op of ops) s = finalState(op === "-" ? dequeue(s) : enqueue(s, item(op)));
  return s;
}

describe("cyclic queue model (pure traces)", () => {
  it("cyclicOf(c, rule) starts with head = tail = 0 and no items", () => {
    const s = cyclicOf(8, "count");
    expect(pointers(s)).toEqual([0, 0, 0]);
    expect(cyclicEmpty(s)).toBe(true);
    expect(slotValues(s)).toEqual(new Array(8).fill(null));
  });

  it("enqueue (count rule): check full, write slots[tail], advance tail mod capacity, count up", () => {
    const s = deepFreeze(run(8, "count", ["a", "b", "c"]));
    const t = enqueue(s, item("d"));
    expect(lines(t)).toEqual(["check-full", "write", "advance-tail", "count-up"]);
    expect(t.steps.map((x) => x.say)).toEqual([
      "size is 3, less than the capacity 8: there is room.",
      "slots[3] = d.",
      "tail = (3 + 1) mod 8 = 4.",
      "size = 3 + 1 = 4.",
    ]);
    expect(pointers(finalState(t))).toEqual([0, 4, 4]);
    expect(t.message).toBe("Enqueued d into slot 3; 4 of 8 slots used. Tail moves from 3 to 4.");
  });

  it("enqueue into the last slot wraps tail to 0 and says so", () => {
    const s = run(4, "count", ["1", "2", "3", "-"]);
    const t = enqueue(s, item("4"));
    expect(t.steps[2].say).toBe("tail = (3 + 1) mod 4 = 0: tail wraps to slot 0.");
    expect(finalState(t).tail).toBe(0);
    expect(t.message).toBe("Enqueued 4 into slot 3; 3 of 4 slots used. Tail moves from 3 to (3 + 1) mod 4 = 0.");
  });

  it("enqueue (spare-slot rule) has no size field: check by (tail + 1) mod capacity = head", () => {
    const s = run(4, "spare-slot", ["1", "2"]);
    const t = enqueue(s, item("3"));
    expect(lines(t)).toEqual(["check-full", "write", "advance-tail"]);
    expect(t.steps[0].say).toBe("(tail + 1) mod 4 = 3, not head 0: there is room.");
    const full = finalState(t);
    expect(cyclicFull(full)).toBe(true);
    expect(room(full)).toBe(3);
    const refused = enqueue(full, item("4"));
    expect(lines(refused)).toEqual(["check-full"]);
    expect(refused.steps[0].say).toBe("(tail + 1) mod 4 = (3 + 1) mod 4 = 0, which is head: full, slot 3 stays the spare slot.");
    expect(refused.message).toBe(
      "The cyclic queue is full: (tail + 1) mod 4 = (3 + 1) mod 4 = 0, which is head. Slot 3 stays empty as the spare slot, so head = tail can only mean empty.",
    );
    expect(finalState(refused)).toBe(full);
  });

  it("dequeue: check, read slots[head], clear it, advance head, count down, return; nothing else moves", () => {
    const s = deepFreeze(run(4, "count", ["1", "2", "3"]));
    const t = dequeue(s);
    expect(lines(t)).toEqual(["check-empty", "read", "erase", "advance-head", "count-down", "return"]);
    expect(slotValues(finalState(t))).toEqual([null, "2", "3", null]);
    expect(pointers(finalState(t))).toEqual([1, 3, 2]);
    expect(t.message).toBe("Dequeued 1 from slot 0; nothing else moves, 2 of 4 slots used. Head moves from 0 to 1.");
  });

  it("head wraps from the last slot to slot 0, and the items stay front to rear across the wrap", () => {
    const s = run(4, "count", ["1", "2", "3", "4", "-", "-", "-", "5"]);
    expect(pointers(s)).toEqual([3, 1, 2]);
    expect(values(s)).toEqual(["4", "5"]);
    const t = dequeue(s);
    expect(t.steps[3].say).toBe("head = (3 + 1) mod 4 = 0: head wraps to slot 0.");
    expect(finalState(t).head).toBe(0);
  });

  for (const rule of ["count", "spare-slot"] as FullRule[]) {
    it(`an empty queue refuses dequeue and peek, changing nothing (${rule})`, () => {
      const s = run(4, rule, ["1", "-"]);
      for (const t of [dequeue(s), peek(s)]) {
        expect(lines(t)).toEqual(["check-empty"]);
        expect(finalState(t)).toBe(s);
      }
      expect(dequeue(s).message).toBe(rule === "count" ? "The cyclic queue is empty: 0 of 4 slots used. Nothing to dequeue." : "The cyclic queue is empty: head = tail = 1. Nothing to dequeue.");
    });

    it(`clear empties every slot and puts head and tail back at 0 (${rule})`, () => {
      const t = clear(run(4, rule, ["1", "2", "-", "3"]));
      expect(lines(t)).toEqual(["clear-slots", "reset"]);
      expect(pointers(finalState(t))).toEqual([0, 0, 0]);
      expect(t.message).toBe("Cleared 2 items. Head and tail are back at slot 0.");
      const moved = run(4, rule, ["1", "-"]);
      expect(clear(moved).message).toBe("The cyclic queue was already empty; head and tail are back at slot 0.");
      expect(finalState(clear(moved))).not.toBe(moved); // the pointers moved: a change
      const pristine = cyclicOf(4, rule);
      expect(finalState(clear(pristine))).toBe(pristine);
      expect(clear(pristine).message).toBe("The cyclic queue is already empty.");
    });
  }

  it("peek returns slots[head] and keeps the very same state", () => {
    const s = run(4, "count", ["1", "2", "-"]);
    const t = peek(s);
    expect(lines(t)).toEqual(["check-empty", "return-front"]);
    expect(finalState(t)).toBe(s);
    expect(t.message).toBe("Peek: the front is 2, in slot 1. The cyclic queue is unchanged.");
  });

  it("cyclicOf refuses capacities outside 2 to 32, an unknown rule, and more items than fit", () => {
    expect(cyclicOf(2, "count").capacity).toBe(2);
    for (const bad of [1, 0, 33, 2.5, NaN]) expect(() => cyclicOf(bad, "count")).toThrowError(RangeError, /capacity must be a whole number from 2 to 32/);
    expect(() => cyclicOf(4, "guess" as FullRule)).toThrowError(RangeError, /fullRule/);
    expect(() => cyclicOf(3, "spare-slot", [item("a"), item("b"), item("c")])).toThrowError(RangeError);
  });

  for (const rule of ["count", "spare-slot"] as FullRule[]) {
    it(`on 1,000 random operations every step follows from the one before by exactly what its line says (${rule})`, () => {
      const refuses = (name: string, s: CyclicState) => (name === "enqueue" && cyclicFull(s)) || ((name === "dequeue" || name === "peek") && cyclicEmpty(s));
      const names = ["enqueue", "enqueue", "dequeue", "dequeue", "peek", "clear"];
      const last = walkRandomly(rule === "count" ? 3 : 5, 1000, cyclicOf(5, rule), { enqueue, dequeue, peek, clear }, names, cyclicStepError, refuses);
      expect(values(last).length).toBe(last.size);
      expect(last.size).toBeLessThanOrEqual(room(last));
    });
  }

});
