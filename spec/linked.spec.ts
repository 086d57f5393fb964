// implementation: "linked": the stack and the queue as nodes with next references. A
// node is allocated on push and enqueue and unlinked on pop and dequeue; the picture
// draws each node's next arrow, and state() reports the nodes along next.
import { finalState, Trace } from "../js/model/trace";
import * as linked from "../js/linked/linked-model";
import { LinkedController } from "../js/linked/linked-controller";
import { OptionError, resolveOptions } from "../js/options";
import { deepFreeze, item } from "./support/sequences";
import { linkedStepError, walkRandomly } from "./support/step-rules";
import { RecordingSurface } from "./support/recording-surface";
import { finished, testContext } from "./support/test-context";

const lines = <S>(t: Trace<S>) => t.steps.map((s) => s.line);
const says = <S>(t: Trace<S>) => t.steps.map((s) => s.say);
const chain = (s: linked.LinkedState) => s.chain.map((i) => i.value);

describe("linked stack and linked queue", () => {
  it("linkedStack.push(v) allocates a node, links it to top, moves top to it and counts it", () => {
    const s = linked.linkedOf("stack", 4, [item("a"), item("b")]);
    expect(chain(s)).toEqual(["b", "a"]);
    const t = linked.push(s, item("c"));
    expect(lines(t)).toEqual(["check-full", "allocate", "link", "move-top", "count-up"]);
    expect(says(t).slice(1, 4)).toEqual(["node = new Node(c): a new node, not linked yet.", "node.next = top: the new node points at b.", "top = node: c is the new top."]);
    expect(t.steps[2].state.looseLinked).toBe(true);
    expect(chain(finalState(t))).toEqual(["c", "b", "a"]);
    expect(t.message).toBe("Pushed c on a new node. Top is now c; 3 nodes.");
  });

  it("linkedStack.pop() moves top to top.next: the old node is unlinked", () => {
    const t = linked.pop(linked.linkedOf("stack", 4, [item("a"), item("b")]));
    expect(lines(t)).toEqual(["check-empty", "read", "move-top", "count-down", "return"]);
    expect(says(t)[2]).toBe("top = top.next = a: the old top node is unlinked.");
    expect(t.message).toBe("Popped b; its node is unlinked. Top is now a; 1 node.");
    const empty = linked.pop(linked.linkedOf("stack", 4));
    expect([empty.ok, empty.message, says(empty)]).toEqual([false, "The stack is empty. Nothing to pop.", ["top is null: the stack is empty."]]);
  });

  it("linkedQueue.enqueue(v) on an empty queue makes the node head, then tail; otherwise links it after tail", () => {
    const t = linked.enqueue(linked.linkedOf("queue", 3), item("a"));
    expect(lines(t)).toEqual(["check-full", "allocate", "link", "move-tail", "count-up"]);
    expect(says(t)[2]).toBe("tail is null, so head = node: the queue's only node.");
    const u = linked.enqueue(finalState(t), item("b"));
    expect(says(u)[2]).toBe("tail.next = node: a now points at b.");
    expect([chain(finalState(u)), finalState(u).tail]).toEqual([["a", "b"], 1]);
  });

  it("linkedQueue.dequeue() moves head on, and sets tail to null when the last node goes", () => {
    const two = linked.linkedOf("queue", 3, [item("a"), item("b")]);
    const t = linked.dequeue(two);
    expect(lines(t)).toEqual(["check-empty", "read", "move-head", "clear-tail", "count-down", "return"]);
    expect(says(t)[3]).toBe("head is not null: tail stays.");
    const last = linked.dequeue(finalState(t));
    expect(says(last)[3]).toBe("head is null, so tail = null too: the queue is empty.");
    expect(finalState(last).tail).toBe(-1);
    expect(last.message).toBe("Dequeued b; its node is unlinked. The queue is now empty.");
  });

  it("the picture holds at most capacity nodes: an add beyond is refused politely", () => {
    const t = linked.enqueue(linked.linkedOf("queue", 2, [item("a"), item("b")]), item("c"));
    expect([t.ok, t.message]).toEqual([false, "The queue is full: 2 of 2 nodes, the most the picture holds."]);
  });

  it("every step of long random walks follows from the one before", () => {
    for (const kind of ["stack", "queue"] as const) {
      const ops: Record<string, (s: linked.LinkedState, i: ReturnType<typeof item>) => Trace<linked.LinkedState>> =
        kind === "stack" ? { push: linked.push, pop: linked.pop, peek: linked.peek, clear: linked.clear } : { enqueue: linked.enqueue, dequeue: linked.dequeue, peek: linked.peek, clear: linked.clear };
      const [add, take] = kind === "stack" ? ["push", "pop"] : ["enqueue", "dequeue"];
      const refuses = (n: string, s: linked.LinkedState) => (n === add ? linked.linkedFull(s) : n !== "clear" && s.chain.length === 0);
      walkRandomly(kind.length, 800, deepFreeze(linked.linkedOf(kind, 5)), ops, [add, add, take, "peek", "clear"], linkedStepError, refuses);
    }
  });

  it("a linked controller draws each node with its next arrow and a slash for null, and reports the nodes", () => {
    const ctx = testContext();
    const controller = new LinkedController(ctx, "queue", { capacity: 4, values: ["5", "8"] });
    const surface = new RecordingSurface();
    controller.draw(surface, 0);
    expect(surface.texts()).toEqual(jasmine.arrayContaining(["5", "8", "head", "tail"]));
    expect(controller.state()).toEqual({ structure: "queue", capacity: 4, items: ["5", "8"], nodes: ["5", "8"], size: 2 });
    expect(controller.slotsText()).toEqual(["Node 1: 5 (head), next → 8", "Node 2: 8 (tail), next → null"]);
    expect(controller.describe()).toBe("Linked queue, from head along next: 5 → 8 → null; 2 of 4 nodes.");
    controller.run("dequeue");
    controller.run("dequeue");
    const end = finished(ctx, controller);
    surface.clear();
    controller.draw(surface, end);
    expect(surface.texts()).toContain("head = tail = null");
    expect(controller.undo().ok).toBe(true);
    finished(ctx, controller);
    expect(controller.state().nodes).toEqual(["8"]);
    const stack = new LinkedController(testContext(), "stack", { capacity: 3, values: ["1", "2"] });
    expect(stack.state()).toEqual({ structure: "stack", capacity: 3, items: ["1", "2"], nodes: ["2", "1"], size: 2 });
    expect(stack.listings.java).toContain("class LinkedStack");
  });

  it('implementation "linked" is for the stack and the queue, with array-only options refused and saying why (practice is its own)', () => {
    expect(resolveOptions({ structure: "queue", implementation: "linked" }).label).toBe("Linked queue");
    expect(() => resolveOptions({ structure: "cyclic-queue", implementation: "linked" })).toThrowError(OptionError, /^implementation applies only to the stack, queue/);
    expect(() => resolveOptions({ structure: "stack", implementation: "linked", pointers: "next-free" })).toThrowError(OptionError, /^pointers names array slots; linked nodes have references instead \(top\)/);
    expect(() => resolveOptions({ structure: "queue", implementation: "linked", growth: "double" })).toThrowError(OptionError, /^growth "double" is for arrays/);
    expect(resolveOptions({ structure: "stack", implementation: "linked", mode: "practice" }).mode).toBe("practice");
    expect(() => resolveOptions({ structure: "stack", implementation: "linked", script: "push 1; ask top" })).toThrowError(OptionError, /ask about size or value/);
    expect(resolveOptions({ structure: "stack", implementation: "linked", script: "push 1; ask size; pop" }).script).not.toBeNull();
  });
});
