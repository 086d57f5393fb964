import { QueueController } from "../js/queue/queue-controller";
import { queueLayout } from "../js/queue/queue-layout";
import { RecordingSurface } from "./support/recording-surface";
import { finished, testContext } from "./support/test-context";

function queue(capacity = 8, values: string[] = []) {
  const ctx = testContext();
  return { ctx, controller: new QueueController(ctx, { capacity, values }) };
}

/** Every place the text `value` was drawn, as [x, y]. */
function textsAt(surface: RecordingSurface, value: string): number[][] {
  return surface.calls.filter((c) => c.startsWith(`text ${JSON.stringify(value)} `)).map((c) => c.split(" ").slice(-2).map(Number));
}

/** Where the text `value` was drawn, as [x, y]. */
function textAt(surface: RecordingSurface, value: string): number[] | undefined {
  const call = surface.calls.find((c) => c.startsWith(`text ${JSON.stringify(value)} `));
  return call ? call.split(" ").slice(-2).map(Number) : undefined;
}

describe("QueueController", () => {
  it("queue.run('enqueue', v) narrates the enqueue, the new rear and the slots used", () => {
    const { controller } = queue(8, ["3", "1"]);
    expect(controller.run("enqueue", "7")).toEqual({ ok: true, value: "7", message: "Enqueued 7. Rear is now 7; 3 of 8 slots used." });
    expect(controller.state()).toEqual({ structure: "queue", capacity: 8, items: ["3", "1", "7"], size: 3 });
  });

  it("queue.run('enqueue') with no value enqueues a random number 1 to 99", () => {
    const { controller } = queue();
    expect(controller.run("enqueue").value).toBe("50"); // the test context's random() is 0.5
  });

  it("queue.run('enqueue') when full is refused with 'The queue is full: 8 of 8.' and changes nothing", () => {
    const { controller } = queue(8, ["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(controller.run("enqueue", "9")).toEqual({ ok: false, message: "The queue is full: 8 of 8." });
    expect(controller.state().items).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
  });

  it("queue.run('enqueue') refuses values over 6 characters and changes nothing", () => {
    const { controller } = queue(8, ["1"]);
    const r = controller.run("enqueue", "toolong1");
    expect(r.ok).toBe(false);
    expect(r.message).toContain("at most 6 characters");
    expect(controller.state().items).toEqual(["1"]);
  });

  it("queue.run('dequeue') returns the front and says how many items shifted forward and the new front", () => {
    const { controller } = queue(8, ["4", "1", "5"]);
    expect(controller.run("dequeue")).toEqual({ ok: true, value: "4", message: "Dequeued 4; 2 items shifted forward. Front is now 1; 2 of 8 slots used." });
    expect(controller.run("dequeue").message).toBe("Dequeued 1; 1 item shifted forward. Front is now 5; 1 of 8 slots used.");
    expect(controller.run("dequeue").message).toBe("Dequeued 5; no items shifted. The queue is now empty.");
    expect(controller.state().items).toEqual([]);
  });

  it("queue.run('dequeue') on an empty queue is refused with 'The queue is empty. Nothing to dequeue.'", () => {
    const { controller } = queue();
    expect(controller.run("dequeue")).toEqual({ ok: false, message: "The queue is empty. Nothing to dequeue." });
    expect(controller.run("peek")).toEqual({ ok: false, message: "The queue is empty. Nothing to peek at." });
  });

  it("queue.run('peek') reports the front and leaves the queue unchanged", () => {
    const { controller } = queue(8, ["3", "1"]);
    expect(controller.run("peek")).toEqual({ ok: true, value: "3", message: "Peek: the front is 3. The queue is unchanged." });
    expect(controller.state().items).toEqual(["3", "1"]);
  });

  it("queue.run('clear') empties the queue and counts what it removed", () => {
    const { controller } = queue(8, ["3", "1"]);
    expect(controller.run("clear")).toEqual({ ok: true, message: "Cleared 2 items. The queue is now empty." });
    expect(controller.state().items).toEqual([]);
    expect(controller.run("clear").message).toBe("The queue is already empty.");
  });

  it("queue.run('push') is refused: a queue has enqueue and dequeue", () => {
    const { controller } = queue();
    expect(controller.run("push", "1")).toEqual({ ok: false, message: "A queue has no push operation; use enqueue, dequeue, peek, clear." });
  });

  it("queue.operations are the Enqueue, Dequeue, Peek and Clear buttons", () => {
    expect(queue().controller.operations.map((o) => o.label)).toEqual(["Enqueue", "Dequeue", "Peek", "Clear"]);
  });

  it("queue.onChange(fn) is told of each change (not of peeks or refusals)", () => {
    const { controller } = queue(1);
    const seen: string[][] = [];
    controller.onChange((state) => seen.push(state.items));
    controller.run("enqueue", "a");
    controller.run("enqueue", "b"); // refused: full
    controller.run("peek");
    controller.run("dequeue");
    controller.run("dequeue"); // refused: empty
    expect(seen).toEqual([["a"], []]);
  });

  it("queue.draw shows every slot index, the values, and the front and rear pointers", () => {
    const { controller, ctx } = queue(4, ["3", "1"]);
    controller.run("enqueue", "<i>");
    const surface = new RecordingSurface();
    expect(controller.draw(surface, finished(ctx, controller))).toBe(false);
    const texts = surface.texts();
    for (const label of ["0", "1", "2", "3", "3", "1", "<i>", "front", "rear"]) expect(texts).toContain(label);
    const layout = queueLayout(4);
    expect(textAt(surface, "<i>")).toEqual([layout.slots[2].x, layout.slots[2].y]);
  });

  it("queue dequeue: the front tile leaves, then each other tile slides forward at its own step, leaving a stale copy until cleared", () => {
    const { controller, ctx } = queue(4, ["a", "b", "c"]); // steps 500 ms apart, glides of 400 ms
    const slots = queueLayout(4).slots;
    const t0 = ctx.clock.now();
    controller.run("dequeue"); // check, read, shift b, shift c, erase, count down, return, done
    const surface = new RecordingSurface();
    const xs = (value: string) => textsAt(surface, value).map((p) => p[0]);
    expect(controller.draw(surface, t0 + 1200)).toBe(true); // shift b: b glides, c waits
    expect(xs("b")[0]).toBeLessThan(slots[1].x);
    expect(xs("b")[0]).toBeGreaterThan(slots[0].x);
    expect(xs("c")).toEqual([slots[2].x]);
    surface.clear();
    controller.draw(surface, t0 + 1450); // b has landed; a stale copy of b stays in slot 1
    expect(xs("b").sort((p, q) => p - q)).toEqual([slots[0].x, slots[1].x]);
    expect(surface.texts()).not.toContain("a"); // overwritten: it has left
    surface.clear();
    controller.draw(surface, t0 + 1700); // shift c
    expect(xs("c")[0]).toBeLessThan(slots[2].x);
    expect(xs("c")[0]).toBeGreaterThan(slots[1].x);
    surface.clear();
    expect(controller.draw(surface, t0 + 5000)).toBe(false);
    expect(textsAt(surface, "b")).toEqual([[slots[0].x, slots[0].y]]);
    expect(textsAt(surface, "c")).toEqual([[slots[1].x, slots[1].y]]);
  });

  it("an empty queue's picture says 'empty' and hides the front and rear pointers", () => {
    const { controller, ctx } = queue(4);
    const surface = new RecordingSurface();
    controller.draw(surface, ctx.clock.now() + 1000);
    expect(surface.texts()).toContain("empty");
    expect(surface.texts()).not.toContain("front");
    expect(surface.texts()).not.toContain("rear");
  });

  it("queue.describe() reads the queue front to rear for screen readers", () => {
    expect(queue(8, ["3", "1"]).controller.describe()).toBe("Queue, front to rear: 3, 1. Front is 3, rear is 1; 2 of 8 slots used.");
    expect(queue(8).controller.describe()).toBe("Queue, empty; 0 of 8 slots used.");
  });
});
