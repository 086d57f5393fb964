import { finalState, Trace } from "../js/model/trace";
import { clear, dequeue, enqueue, peek, QueueState, queueFull, queueItems, queueOf } from "../js/queue/queue-model";
import { deepFreeze, item } from "./support/sequences";
import { queueStepError, walkRandomly } from "./support/step-rules";

const values = (s: QueueState) => queueItems(s).map((i) => i.value);
const lines = <S>(t: Trace<S>) => t.steps.map((s) => s.line);
const filled = (capacity: number, vs: string[]) => queueOf(capacity, vs.map(item));
const slotValues = (s: QueueState) => s.slots.map((i) => (i ? i.value : null));

describe("array queue model (pure traces)", () => {
  it("queueOf(c, items) packs the items from slot 0, front to rear", () => {
    const q = filled(4, ["a", "b"]);
    expect(slotValues(q)).toEqual(["a", "b", null, null]);
    expect(q.size).toBe(2);
  });

  it("enqueue(q, x): check full, write behind the rear, count up", () => {
    const q = deepFreeze(filled(4, ["4", "1"]));
    const t = enqueue(q, item("5"));
    expect(lines(t)).toEqual(["check-full", "write", "count-up"]);
    expect(t.steps[1].say).toBe("slots[2] = 5, behind the rear.");
    expect(slotValues(finalState(t))).toEqual(["4", "1", "5", null]);
    expect(t).toEqual(jasmine.objectContaining({ ok: true, value: "5", message: "Enqueued 5. Rear is now 5; 3 of 4 slots used." }));
  });

  it("dequeue(q) reads the front, then shifts every other item forward one step each, clears the last slot and counts down", () => {
    const q = deepFreeze(filled(5, ["a", "b", "c", "d"]));
    const t = dequeue(q);
    expect(lines(t)).toEqual(["check-empty", "read", "shift", "shift", "shift", "erase", "count-down", "return"]);
    expect(t.steps.filter((s) => s.line === "shift").map((s) => s.say)).toEqual([
      "slots[0] = slots[1]: b moves forward.",
      "slots[1] = slots[2]: c moves forward.",
      "slots[2] = slots[3]: d moves forward.",
    ]);
    // Between two steps the moved item stands in both slots, as it does in the array.
    expect(slotValues(t.steps[2].state)).toEqual(["b", "b", "c", "d", null]);
    expect(slotValues(t.steps[4].state)).toEqual(["b", "c", "d", "d", null]);
    expect(slotValues(finalState(t))).toEqual(["b", "c", "d", null, null]);
    expect(t).toEqual(jasmine.objectContaining({ ok: true, value: "a", message: "Dequeued a; 3 items shifted forward. Front is now b; 3 of 5 slots used." }));
  });

  it("dequeue of the only item shifts nothing", () => {
    const t = dequeue(filled(3, ["z"]));
    expect(lines(t)).toEqual(["check-empty", "read", "erase", "count-down", "return"]);
    expect(t.message).toBe("Dequeued z; no items shifted. The queue is now empty.");
  });

  it("a full queue refuses enqueue; an empty one refuses dequeue and peek; the state is the very same", () => {
    const full = filled(2, ["1", "2"]);
    const refusal = enqueue(full, item("3"));
    expect(lines(refusal)).toEqual(["check-full"]);
    expect(finalState(refusal)).toBe(full);
    expect(refusal.message).toBe("The queue is full: 2 of 2.");
    const empty = queueOf(2);
    expect(finalState(dequeue(empty))).toBe(empty);
    expect(dequeue(empty).message).toBe("The queue is empty. Nothing to dequeue.");
    expect(peek(empty).message).toBe("The queue is empty. Nothing to peek at.");
  });

  it("peek(q) returns the front and keeps the very same state", () => {
    const q = filled(3, ["x", "y"]);
    const t = peek(q);
    expect(lines(t)).toEqual(["check-empty", "return-front"]);
    expect(finalState(t)).toBe(q);
    expect(t.message).toBe("Peek: the front is x. The queue is unchanged.");
  });

  it("clear(q) empties the queue; on an empty queue it changes nothing", () => {
    const t = clear(filled(3, ["x", "y"]));
    expect(finalState(t)).toEqual(queueOf(3));
    expect(t.message).toBe("Cleared 2 items. The queue is now empty.");
    const empty = queueOf(3);
    expect(finalState(clear(empty))).toBe(empty);
    expect(clear(empty).message).toBe("The queue is already empty.");
  });

  it("queueOf(c) accepts capacities 1 to 32 and refuses others with a RangeError", () => {
    expect(queueOf(1).capacity).toBe(1);
    expect(queueOf(32).capacity).toBe(32);
    for (const bad of [0, 33, 1.5]) expect(() => queueOf(bad)).toThrowError(RangeError, /capacity must be a whole number from 1 to 32/);
  });

  it("on 1,000 random operations every step follows from the one before by exactly what its line says", () => {
    const refuses = (name: string, q: QueueState) => (name === "enqueue" && queueFull(q)) || ((name === "dequeue" || name === "peek") && q.size === 0);
    const last = walkRandomly(11, 1000, queueOf(4), { enqueue, dequeue, peek, clear }, ["enqueue", "enqueue", "dequeue", "peek", "clear"], queueStepError, refuses);
    expect(values(last).length).toBe(last.size);
  });

});
