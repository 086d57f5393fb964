// growth: "double": an add to a full array makes one of twice the capacity, copies every
// item (the cyclic queue unwrapped from head), narrates the copies, and then adds; the
// picture follows the capacity, and Undo brings the smaller array back.
import { finalState, Trace } from "../js/model/trace";
import * as cyclic from "../js/cyclic-queue/cyclic-queue-model";
import * as queue from "../js/queue/queue-model";
import * as stack from "../js/stack/stack-model";
import { StackController } from "../js/stack/stack-controller";
import { CyclicQueueController } from "../js/cyclic-queue/cyclic-queue-controller";
import { OptionError, resolveOptions } from "../js/options";
import { deepFreeze, item } from "./support/sequences";
import { cyclicStepError, queueStepError, stackStepError, walkRandomly } from "./support/step-rules";
import { finished, testContext } from "./support/test-context";

const lines = <S>(t: Trace<S>) => t.steps.map((s) => s.line);
const values = (slots: readonly ({ value: string } | null)[]) => slots.map((i) => (i ? i.value : null));
const items = (vs: string[]) => vs.map(item);

describe("growth: arrays that double", () => {
  it('stack (growth "double").push(v) on a full array doubles it, copies every item, then pushes, and says "copied N items"', () => {
    const t = stack.push(stack.stackOf(2, items(["a", "b"]), "top-item", "double"), item("c"));
    expect(lines(t)).toEqual(["check-full", "grow", "move-top", "write"]);
    expect(t.steps[0].say).toBe("top is 1 = capacity − 1: the array is full, so it doubles.");
    expect(t.steps[1].say).toBe("A new array of 2 × 2 = 4 slots; 2 items copied into slots 0 to 1: 2 copies.");
    const s = finalState(t);
    expect([s.capacity, s.top, values(s.slots)]).toEqual([4, 2, ["a", "b", "c", null]]);
    expect(t.message).toBe("Pushed c. Top is now c; 3 of 4 slots used. The array doubled from 2 to 4 slots: copied 2 items.");
  });

  it('a "fixed" stack still refuses, and a push with room does not grow', () => {
    expect(stack.push(stack.stackOf(2, items(["a", "b"])), item("c")).ok).toBe(false);
    expect(lines(stack.push(stack.stackOf(3, items(["a"]), "top-item", "double"), item("c")))).toEqual(["check-full", "move-top", "write"]);
  });

  it('queue (growth "double").enqueue(v) on a full array copies the items front to rear into a new one', () => {
    const t = queue.enqueue(queue.queueOf(3, items(["a", "b", "c"]), "head-tail", "double"), item("d"));
    expect(lines(t)).toEqual(["check-full", "grow", "write", "count-up"]);
    const s = finalState(t);
    expect([s.capacity, s.size, values(s.slots)]).toEqual([6, 4, ["a", "b", "c", "d", null, null]]);
    expect(t.message).toMatch(/The array doubled from 3 to 6 slots: copied 3 items\.$/);
  });

  it('cyclicQueue (growth "double", count) unwraps into slots 0..n−1: head becomes 0 and tail n', () => {
    let s = cyclic.cyclicOf(4, "count", items(["a", "b", "c", "d"]), "head-tail", "double");
    s = finalState(cyclic.dequeue(finalState(cyclic.dequeue(s))));
    s = finalState(cyclic.enqueue(finalState(cyclic.enqueue(s, item("e"))), item("f")));
    expect([values(s.slots), s.head, s.tail, s.size]).toEqual([["e", "f", "c", "d"], 2, 2, 4]);
    const t = cyclic.enqueue(s, item("g"));
    expect(lines(t)).toEqual(["check-full", "grow", "write", "advance-tail", "count-up"]);
    expect(t.steps[1].say).toBe("A new array of 2 × 4 = 8 slots; 4 items copied into slots 0 to 3, in order from head: slots[(2 + i) mod 4] to slot i; head = 0, tail = 4: 4 copies.");
    const after = finalState(t);
    expect([values(after.slots), after.head, after.tail, after.size]).toEqual([["c", "d", "e", "f", "g", null, null, null], 0, 5, 5]);
    expect(cyclic.cyclicItems(after).map((i) => i.value)).toEqual(["c", "d", "e", "f", "g"]);
  });

  it('cyclicQueue (growth "double", spare-slot) doubles when only the spare slot is left, copying capacity − 1 items', () => {
    let s = cyclic.cyclicOf(4, "spare-slot", items(["a", "b", "c"]), "head-tail", "double");
    s = finalState(cyclic.enqueue(finalState(cyclic.dequeue(s)), item("d")));
    expect([s.head, s.tail]).toEqual([1, 0]);
    const t = cyclic.enqueue(s, item("e"));
    expect(t.steps[0].say).toBe("(tail + 1) mod 4 = 1, which is head: the array is full, so it doubles.");
    const after = finalState(t);
    expect([values(after.slots), after.head, after.tail]).toEqual([["b", "c", "d", "e", null, null, null, null], 0, 4]);
    expect(t.message).toMatch(/copied 3 items\.$/);
  });

  it("under front-rear and front-size the copy sets front 0 (and rear n − 1) and the enqueue goes on as the convention does", () => {
    const fill = (pointers: "front-rear" | "front-size") => {
      let s = cyclic.cyclicOf(4, "count", items(["a", "b", "c", "d"]), pointers, "double");
      s = finalState(cyclic.enqueue(finalState(cyclic.dequeue(s)), item("e")));
      return cyclic.enqueue(s, item("f"));
    };
    const fr = fill("front-rear");
    expect(lines(fr)).toEqual(["check-full", "grow", "advance-rear", "write", "count-up"]);
    expect(fr.steps[1].say).toBe("A new array of 2 × 4 = 8 slots; 4 items copied into slots 0 to 3, in order from front: slots[(1 + i) mod 4] to slot i; front = 0, rear = 3: 4 copies.");
    expect(fr.message).toBe("Enqueued f into slot 4; 5 of 8 slots used. Rear moves from 3 to 4. The array doubled from 4 to 8 slots: copied 4 items.");
    const fs = fill("front-size");
    expect(lines(fs)).toEqual(["check-full", "grow", "write", "count-up"]);
    expect(fs.steps[2].say).toBe("slots[(front + size) mod 8] = slots[(0 + 4) mod 8] = slots[4] = f.");
    const nf = stack.push(stack.stackOf(2, items(["a", "b"]), "next-free", "double"), item("c"));
    expect(lines(nf)).toEqual(["check-full", "grow", "write", "move-top"]);
    expect(nf.steps[0].say).toBe("top is 2 = capacity: the array is full, so it doubles.");
    const qr = queue.enqueue(queue.queueOf(2, items(["a", "b"]), "front-rear", "double"), item("c"));
    expect(lines(qr)).toEqual(["check-full", "grow", "move-rear", "write"]);
    expect(values(finalState(qr).slots)).toEqual(["a", "b", "c", null]);
  });

  it("a doubling array stops at 64 slots: the add is refused and says why", () => {
    let s = stack.stackOf(32, items(Array.from({ length: 32 }, (_, i) => String(i))), "top-item", "double");
    for (let i = 0; i < 32; i++) s = finalState(stack.push(s, item("x" + i)));
    expect(s.capacity).toBe(64);
    const t = stack.push(s, item("y"));
    expect(t.ok).toBe(false);
    expect(t.message).toBe("The stack is full: 64 of 64. It cannot double past 64 slots.");
  });

  it("every step of long random walks follows from the one before, growth steps included", () => {
    const stackOps = { push: stack.push, pop: stack.pop, peek: stack.peek, clear: stack.clear };
    walkRandomly(3, 600, stack.stackOf(1, [], "top-item", "double"), stackOps, ["push", "push", "push", "pop", "peek", "clear"], stackStepError, (n, s) => n !== "push" && n !== "clear" && s.top < 0);
    const queueOps = { enqueue: queue.enqueue, dequeue: queue.dequeue, peek: queue.peek, clear: queue.clear };
    walkRandomly(4, 600, queue.queueOf(1, [], "head-tail", "double"), queueOps, ["enqueue", "enqueue", "enqueue", "dequeue", "clear"], queueStepError, (n, s) => n === "dequeue" && s.size === 0);
    for (const rule of ["count", "spare-slot"] as const) {
      const ops = { enqueue: cyclic.enqueue, dequeue: cyclic.dequeue, peek: cyclic.peek, clear: cyclic.clear };
      const refuses = (n: string, s: cyclic.CyclicState) => (n === "enqueue" ? cyclic.cyclicFull(s) && s.capacity >= 64 : n !== "clear" && cyclic.cyclicEmpty(s));
      walkRandomly(5, 600, deepFreeze(cyclic.cyclicOf(2, rule, [], "head-tail", "double")), ops, ["enqueue", "enqueue", "dequeue", "peek", "clear"], cyclicStepError, refuses);
    }
  });

  it("the picture follows the capacity: a growth lays out the bigger array, and Undo the smaller one again", () => {
    const ctx = testContext();
    const controller = new StackController(ctx, { capacity: 2, values: ["a", "b"], growth: "double" });
    const small = controller.canvasSize();
    expect(controller.run("push", "c").ok).toBe(true);
    finished(ctx, controller);
    expect(controller.state().capacity).toBe(4);
    expect(controller.slotsText().length).toBe(4);
    expect(controller.canvasSize().height).toBeGreaterThan(small.height);
    expect(controller.undo().ok).toBe(true);
    finished(ctx, controller);
    expect(controller.state()).toEqual({ structure: "stack", capacity: 2, items: ["a", "b"], top: 1 });
    expect(controller.canvasSize()).toEqual(small);
    const ring = new CyclicQueueController(testContext(), { capacity: 2, values: ["a", "b"], fullRule: "count", view: "ring", growth: "double" });
    ring.run("enqueue", "c");
    expect(ring.state()).toEqual({ structure: "cyclic-queue", capacity: 4, items: ["a", "b", "c"], slots: ["a", "b", "c", null], head: 0, tail: 3, size: 3 });
    expect(ring.listings.pseudocode).toContain("⟦grow⟧");
  });

  it("a ring that doubles past 32 slots is drawn as a row, and its description says why", () => {
    const values = Array.from({ length: 32 }, (_, i) => String(i));
    const ctx = testContext();
    const ring = new CyclicQueueController(ctx, { capacity: 32, values, fullRule: "count", view: "ring", growth: "double" });
    expect(ring.shownView).toBe("ring");
    ring.run("enqueue", "x");
    finished(ctx, ring);
    expect(ring.state().capacity).toBe(64);
    expect(ring.shownView).toBe("row");
    expect(ring.view).toBe("ring"); // the reader's choice stands: Undo brings the ring back
    expect(ring.describe()).toMatch(/^Cyclic queue, row view \(a ring of more than 32 slots is drawn as a row\), front to rear: /);
    ring.undo();
    finished(ctx, ring);
    expect(ring.shownView).toBe("ring");
  });

  it('growth "double" goes with every pointer convention, and not with practice mode: the refusal says why', () => {
    expect(resolveOptions({ structure: "queue", growth: "double" }).growth).toBe("double");
    expect(resolveOptions({ structure: "stack", pointers: "next-free", growth: "double" }).growth).toBe("double");
    expect(resolveOptions({ structure: "cyclic-queue", pointers: "front-size", growth: "double" }).growth).toBe("double");
    expect(() => resolveOptions({ structure: "cyclic-queue", growth: "double", mode: "practice" })).toThrowError(OptionError, /^mode "practice" grades a student's picture of one array: it does not go with growth "double"/);
    expect(() => resolveOptions({ structure: "stack", growth: "triple" })).toThrowError(OptionError, 'growth must be "fixed" or "double"; got "triple".');
  });
});
