// Course conventions: the same structures with the fields a course keeps (front/rear,
// front/size, the stack's next free slot), narrated, drawn and reported in those names.
import { finalState, Trace } from "../js/model/trace";
import * as cyclic from "../js/cyclic-queue/cyclic-queue-model";
import * as queue from "../js/queue/queue-model";
import * as stack from "../js/stack/stack-model";
import { CyclicQueueController } from "../js/cyclic-queue/cyclic-queue-controller";
import { QueueController } from "../js/queue/queue-controller";
import { StackController } from "../js/stack/stack-controller";
import { cyclicLayout, ARROW_LENGTH } from "../js/cyclic-queue/cyclic-queue-layout";
import { arrowLabelAnchor } from "../js/core/pointer";
import { FullRule } from "../js/options";
import { QueuePointers } from "../js/model/conventions";
import { resolveOptions, OptionError } from "../js/options";
import { deepFreeze, item } from "./support/sequences";
import { cyclicStepError, queueStepError, stackStepError, walkRandomly } from "./support/step-rules";
import { RecordingSurface } from "./support/recording-surface";
import { finished, testContext } from "./support/test-context";

const lines = <S>(t: Trace<S>) => t.steps.map((s) => s.line);
const says = <S>(t: Trace<S>) => t.steps.map((s) => s.say);

/** A cyclic queue after the operations: a value enqueues it, "-" dequeues. */
function cq(capacity: number, rule: FullRule, pointers: QueuePointers, ops: string[]): cyclic.CyclicState {
  let s = cyclic.cyclicOf(capacity, rule, [], pointers);
  for (const op of ops) s = finalState(op === "-" ? cyclic.dequeue(s) : cyclic.enqueue(s, item(op)));
  return s;
}

describe("course conventions: the cyclic queue under front-rear", () => {
  it("cyclicQueue (front-rear) starts with front 0 and rear at capacity − 1; the first enqueue moves rear to 0, then writes", () => {
    const s = cq(8, "count", "front-rear", []);
    expect(cyclic.rearOf(s)).toBe(7);
    const t = cyclic.enqueue(s, item("a"));
    expect(lines(t)).toEqual(["check-full", "advance-rear", "write", "count-up"]);
    expect(says(t)[1]).toBe("rear = (7 + 1) mod 8 = 0: rear wraps to slot 0.");
    expect(says(t)[2]).toBe("slots[0] = a: the new rear.");
    expect(t.message).toBe("Enqueued a into slot 0; 1 of 8 slots used. Rear moves from 7 to (7 + 1) mod 8 = 0.");
  });

  it("cyclicQueue (front-rear).dequeue() advances front, wrapping it to 0 after the last slot", () => {
    const s = cq(4, "count", "front-rear", ["a", "b", "c", "-", "-", "-", "d"]);
    expect([s.head, cyclic.rearOf(s)]).toEqual([3, 3]);
    const t = cyclic.dequeue(s);
    expect(lines(t)).toEqual(["check-empty", "read", "erase", "advance-front", "count-down", "return"]);
    expect(says(t)[3]).toBe("front = (3 + 1) mod 4 = 0: front wraps to slot 0.");
    expect(t.message).toMatch(/Front moves from 3 to \(3 \+ 1\) mod 4 = 0\.$/);
  });

  it("cyclicQueue (front-rear, spare-slot) is full when (rear + 2) mod capacity = front, and says which slot stays spare", () => {
    const s = cq(4, "spare-slot", "front-rear", ["a", "b", "c"]);
    const t = cyclic.enqueue(s, item("d"));
    expect(t.ok).toBe(false);
    expect(says(t)).toEqual(["(rear + 2) mod 4 = (2 + 2) mod 4 = 0, which is front: full, slot 3 stays the spare slot."]);
    expect(t.message).toBe("The cyclic queue is full: (rear + 2) mod 4 = (2 + 2) mod 4 = 0, which is front. Slot 3 stays empty as the spare slot, so (rear + 1) mod 4 = front can only mean empty.");
    expect(t.steps[0].focus).toEqual({ pointer: "rear" });
  });

  it("cyclicQueue (front-rear, spare-slot) is empty when (rear + 1) mod capacity = front", () => {
    const t = cyclic.dequeue(cq(4, "spare-slot", "front-rear", ["a", "-"]));
    expect(t.ok).toBe(false);
    expect(t.message).toBe("The cyclic queue is empty: (rear + 1) mod 4 = (0 + 1) mod 4 = 1, which is front. Nothing to dequeue.");
  });

  it("cyclicQueue (front-rear).clear() puts front back at 0 and rear at capacity − 1", () => {
    const t = cyclic.clear(cq(5, "count", "front-rear", ["a", "b", "-"]));
    expect(says(t)[1]).toBe("front = 0, rear = 4 and size = 0: the cyclic queue is empty.");
    expect(t.message).toBe("Cleared 1 item. Front is back at slot 0 and rear at slot 4.");
    expect(cyclic.rearOf(finalState(t))).toBe(4);
  });
});

describe("course conventions: the cyclic queue under front-size", () => {
  it("cyclicQueue (front-size).enqueue(v) writes slot (front + size) mod capacity and narrates the arithmetic", () => {
    const s = cq(4, "count", "front-size", ["a", "b", "c", "-", "-"]);
    expect([s.head, s.size]).toEqual([2, 1]);
    const t = cyclic.enqueue(s, item("x"));
    expect(lines(t)).toEqual(["check-full", "write", "count-up"]);
    expect(says(t)[1]).toBe("slots[(front + size) mod 4] = slots[(2 + 1) mod 4] = slots[3] = x.");
    const u = cyclic.enqueue(finalState(t), item("y"));
    expect(says(u)[1]).toBe("slots[(front + size) mod 4] = slots[(2 + 2) mod 4] = slots[0] = y.");
    expect(u.message).toBe("Enqueued y into slot 0; 3 of 4 slots used. The next enqueue fills slot (front + size) mod 4 = 1.");
  });

  it("front-size goes with the count rule only: the option and the model say why", () => {
    expect(() => cyclic.cyclicOf(4, "spare-slot", [], "front-size")).toThrowError(RangeError, /keeps a size field/);
    let error: unknown;
    try {
      resolveOptions({ structure: "cyclic-queue", fullRule: "spare-slot", pointers: "front-size" });
    } catch (e) {
      error = e;
    }
    expect(error).toEqual(jasmine.any(OptionError));
    expect((error as Error).message).toBe('pointers "front-size" keeps a size field, which already tells full from empty: it goes with the full rule "count", not "spare-slot".');
    expect(resolveOptions({ structure: "cyclic-queue", pointers: "front-size" }).pointers).toBe("front-size");
  });

  it("a stack's pointers are not a queue's, and the reverse: the error lists the structure's own", () => {
    expect(() => resolveOptions({ structure: "stack", pointers: "front-rear" })).toThrowError(OptionError, 'pointers must be "top-item" or "next-free"; got "front-rear".');
    expect(() => resolveOptions({ structure: "queue", pointers: "next-free" })).toThrowError(OptionError, 'pointers must be one of "head-tail", "front-rear", "front-size"; got "next-free".');
  });
});

describe("course conventions: the stack's top as the next free slot", () => {
  it("stack (next-free).push(v) writes slots[top] and then moves top up; top = capacity is full", () => {
    let s = stack.stackOf(2, [], "next-free");
    expect(stack.topField(s)).toBe(0);
    const t = stack.push(s, item("a"));
    expect(lines(t)).toEqual(["check-full", "write", "move-top"]);
    expect(says(t)).toEqual(["top is 0, not capacity 2: there is room.", "slots[0] = a: the new top item.", "top = 0 + 1 = 1: the next free slot."]);
    s = finalState(stack.push(finalState(t), item("b")));
    expect(stack.topField(s)).toBe(2);
    const full = stack.push(s, item("c"));
    expect(full.ok).toBe(false);
    expect(says(full)).toEqual(["top is 2 = capacity: the stack is full."]);
  });

  it("stack (next-free).pop() moves top down first, then reads and clears slots[top]", () => {
    const t = stack.pop(stack.stackOf(4, [item("a"), item("b")], "next-free"));
    expect(lines(t)).toEqual(["check-empty", "move-top", "read", "erase", "return"]);
    expect(says(t).slice(0, 3)).toEqual(["top is 2, not 0: the stack has items.", "top = 2 − 1 = 1: the slot of the top item.", "x = slots[1] = b."]);
    expect(t.message).toBe("Popped b. Top is now 1, the next free slot; 1 of 4 slots used.");
    expect(stack.peek(finalState(t)).steps[1].say).toBe("Return slots[top − 1] = slots[0] = a; nothing changes.");
  });
});

describe("course conventions: the array queue under front-rear", () => {
  it("queue (front-rear) keeps rear, −1 when empty: enqueue moves rear, then writes slots[rear]", () => {
    const t = queue.enqueue(queue.queueOf(3, [], "front-rear"), item("a"));
    expect(lines(t)).toEqual(["check-full", "move-rear", "write"]);
    expect(says(t)).toEqual(["rear is −1, not capacity − 1 = 2: there is room.", "rear = −1 + 1 = 0.", "slots[0] = a: the new rear."]);
    const d = queue.dequeue(queue.queueOf(3, [item("a"), item("b")], "front-rear"));
    expect(lines(d)).toEqual(["check-empty", "read", "shift", "erase", "move-rear", "return"]);
    expect(d.steps[4].say).toBe("rear = 1 − 1 = 0.");
  });
});

describe("course conventions: every step follows from the one before, on long random walks", () => {
  const combos: [FullRule, QueuePointers][] = [["count", "front-rear"], ["spare-slot", "front-rear"], ["count", "front-size"]];
  for (const [rule, pointers] of combos) {
    it(`cyclic queue (${rule}, ${pointers}): 1,000 random operations, full and empty ones among them`, () => {
      const start = cyclic.cyclicOf(5, rule, [], pointers);
      const refuses = (name: string, s: cyclic.CyclicState) => (name === "enqueue" ? cyclic.cyclicFull(s) : name !== "clear" && cyclic.cyclicEmpty(s));
      const ops = { enqueue: cyclic.enqueue, dequeue: cyclic.dequeue, peek: cyclic.peek, clear: cyclic.clear };
      walkRandomly(7, 1000, deepFreeze(start), ops, ["enqueue", "enqueue", "dequeue", "peek", "clear"], cyclicStepError, refuses);
    });
  }
  it("stack (next-free) and queue (front-rear): 1,000 random operations each", () => {
    const stackOps = { push: stack.push, pop: stack.pop, peek: stack.peek, clear: stack.clear };
    walkRandomly(8, 1000, stack.stackOf(4, [], "next-free"), stackOps, ["push", "push", "pop", "peek", "clear"], stackStepError, (n, s) => (n === "push" ? stack.stackFull(s) : n !== "clear" && s.top < 0));
    const queueOps = { enqueue: queue.enqueue, dequeue: queue.dequeue, peek: queue.peek, clear: queue.clear };
    walkRandomly(9, 1000, queue.queueOf(4, [], "front-rear"), queueOps, ["enqueue", "enqueue", "dequeue", "peek", "clear"], queueStepError, (n, s) => (n === "enqueue" ? queue.queueFull(s) : n !== "clear" && s.size === 0));
  });
});

describe("course conventions: the pictures and state() use the course's names", () => {
  const round = (n: number) => Math.round(n * 100) / 100;

  it("a front-rear cyclic queue draws front at the front item and rear at the last item (capacity − 1 when empty)", () => {
    const ctx = testContext();
    const controller = new CyclicQueueController(ctx, { capacity: 8, values: [], fullRule: "count", view: "ring", pointers: "front-rear" });
    const surface = new RecordingSurface();
    const layout = cyclicLayout(8, "ring");
    const labelAt = (place: ReturnType<typeof layout.tail>) => {
      const a = arrowLabelAnchor(place.tip, place.dir, place.length || ARROW_LENGTH, place.beside);
      return [round(a.x), round(a.y)];
    };
    const textAt = (value: string) => {
      const call = surface.calls.find((c) => c.startsWith(`text ${JSON.stringify(value)} `));
      return call ? call.split(" ").slice(-2).map(Number) : undefined;
    };
    controller.draw(surface, 0);
    expect(surface.texts()).toContain("front");
    expect(surface.texts()).toContain("rear");
    expect(surface.texts()).not.toContain("head");
    expect(surface.texts()).not.toContain("tail");
    expect(textAt("rear")).toEqual(labelAt(layout.tail(7)));
    controller.run("enqueue", "a");
    const end = finished(ctx, controller);
    surface.clear();
    controller.draw(surface, end);
    expect(textAt("rear")).toEqual(labelAt(layout.tail(0)));
    expect(textAt("front")).toEqual(labelAt(layout.head(0)));
    expect(controller.state()).toEqual({ structure: "cyclic-queue", capacity: 8, items: ["a"], slots: ["a", null, null, null, null, null, null, null], front: 0, rear: 0, size: 1 });
    expect(controller.slotsText()[0]).toBe("Slot 0: a (front, rear)");
  });

  it("a front-size cyclic queue draws only front (the slot to fill is computed) and reports front and size", () => {
    const ctx = testContext();
    const controller = new CyclicQueueController(ctx, { capacity: 4, values: ["a", "b"], fullRule: "count", view: "row", pointers: "front-size" });
    const surface = new RecordingSurface();
    controller.draw(surface, 0);
    expect(surface.texts()).toContain("front");
    expect(surface.texts().filter((t) => ["rear", "tail", "head"].indexOf(t) >= 0)).toEqual([]);
    expect(surface.texts()).toContain("size = 2");
    expect(controller.state()).toEqual({ structure: "cyclic-queue", capacity: 4, items: ["a", "b"], slots: ["a", "b", null, null], front: 0, size: 2 });
    expect(controller.pointerGrips().map((g) => g.name)).toEqual(["front"]);
  });

  it("a next-free stack points top at the next free slot, just above the array when full", () => {
    const ctx = testContext();
    const controller = new StackController(ctx, { capacity: 2, values: ["a"], pointers: "next-free" });
    expect(controller.state()).toEqual({ structure: "stack", capacity: 2, items: ["a"], top: 1 });
    expect(controller.slotsText()).toEqual(["Slot 0: a", "Slot 1: empty (top)"]);
    controller.run("push", "b");
    finished(ctx, controller);
    expect(controller.state().top).toBe(2);
    expect(controller.slotsText()).toEqual(["Slot 0: a", "Slot 1: b", "top: 2, past the last slot"]);
    const grip = controller.pointerGrips()[0];
    expect(grip.name).toBe("top");
    expect(grip.y).toBeGreaterThanOrEqual(0); // still on the canvas
  });

  it("a front-rear array queue reports rear, not size, and its listing keeps rear", () => {
    const controller = new QueueController(testContext(), { capacity: 4, values: ["a", "b"], pointers: "front-rear" });
    expect(controller.state()).toEqual({ structure: "queue", capacity: 4, items: ["a", "b"], rear: 1 });
    expect(controller.listings.javascript).toContain("this.rear = -1");
  });
});
