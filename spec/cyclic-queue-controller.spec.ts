import { CyclicQueueController } from "../js/cyclic-queue/cyclic-queue-controller";
import { advanceSentence } from "../js/cyclic-queue/cyclic-queue-narration";
import { cyclicRingLayout, cyclicRowLayout, ARROW_LENGTH } from "../js/cyclic-queue/cyclic-queue-layout";
import { FullRule } from "../js/cyclic-queue/cyclic-queue-model";
import { arrowLabelAnchor } from "../js/core/pointer";
import { ArrowPlace } from "../js/core/slot-pointer";
import { RecordingSurface } from "./support/recording-surface";
import { finished, testContext } from "./support/test-context";

type View = "ring" | "row";

function cyclic(capacity = 8, values: string[] = [], fullRule: FullRule = "count", view: View = "ring") {
  const ctx = testContext();
  return { ctx, controller: new CyclicQueueController(ctx, { capacity, values, fullRule, view }) };
}

/** Where the text `value` was drawn, as [x, y]. */
function textAt(surface: RecordingSurface, value: string): number[] | undefined {
  const call = surface.calls.find((c) => c.startsWith(`text ${JSON.stringify(value)} `));
  return call ? call.split(" ").slice(-2).map(Number) : undefined;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Where a pointer's label is drawn when its arrow is at `place`. */
/** Where a pointer's label is drawn, as the layout places its arrow (beyond its tail, or beside it). */
function labelAt(place: ArrowPlace): number[] {
  const anchor = arrowLabelAnchor(place.tip, place.dir, place.length || ARROW_LENGTH, place.beside);
  return [round(anchor.x), round(anchor.y)];
}

describe("CyclicQueueController", () => {
  it("cyclic.run('enqueue', v) writes v into slot tail and narrates the slot, the slots used and tail's move", () => {
    const { controller } = cyclic(8, ["3", "1"]);
    expect(controller.run("enqueue", "7")).toEqual({ ok: true, value: "7", message: "Enqueued 7 into slot 2; 3 of 8 slots used. Tail moves from 2 to 3." });
    expect(controller.state()).toEqual({
      structure: "cyclic-queue",
      capacity: 8,
      items: ["3", "1", "7"],
      slots: ["3", "1", "7", null, null, null, null, null],
      head: 0,
      tail: 3,
      size: 3,
    });
  });

  it("cyclic enqueue into the last slot narrates the wrap: 'Tail moves from 7 to (7 + 1) mod 8 = 0.'", () => {
    const { controller } = cyclic(8, ["a", "b", "c", "d", "e", "f", "g"]);
    controller.run("dequeue");
    expect(controller.run("enqueue", "h").message).toBe("Enqueued h into slot 7; 7 of 8 slots used. Tail moves from 7 to (7 + 1) mod 8 = 0.");
    expect(controller.run("enqueue", "i").message).toBe("Enqueued i into slot 0; 8 of 8 slots used. Tail moves from 0 to 1.");
    expect(controller.state().slots).toEqual(["i", "b", "c", "d", "e", "f", "g", "h"]);
    expect(controller.state().items).toEqual(["b", "c", "d", "e", "f", "g", "h", "i"]);
  });

  it("cyclic dequeue takes the front from slot head, moves nothing else and narrates head's move", () => {
    const { controller } = cyclic(8, ["4", "1", "5"]);
    expect(controller.run("dequeue")).toEqual({ ok: true, value: "4", message: "Dequeued 4 from slot 0; nothing else moves, 2 of 8 slots used. Head moves from 0 to 1." });
    expect(controller.state().slots).toEqual([null, "1", "5", null, null, null, null, null]);
    expect([controller.state().head, controller.state().tail]).toEqual([1, 3]);
  });

  it("cyclic dequeue from the last slot narrates the wrap: 'Head moves from 3 to (3 + 1) mod 4 = 0.'", () => {
    const { controller } = cyclic(4, ["a", "b", "c", "d"]);
    ["dequeue", "dequeue", "dequeue"].forEach(() => controller.run("dequeue"));
    expect(controller.run("dequeue").message).toBe("Dequeued d from slot 3; the cyclic queue is now empty. Head moves from 3 to (3 + 1) mod 4 = 0.");
    expect(controller.state()).toEqual(jasmine.objectContaining({ items: [], head: 0, tail: 0 }));
  });

  it("advanceSentence shows the mod arithmetic only when the pointer wraps", () => {
    expect(advanceSentence("Tail", 3, 4, 8)).toBe("Tail moves from 3 to 4.");
    expect(advanceSentence("Head", 31, 0, 32)).toBe("Head moves from 31 to (31 + 1) mod 32 = 0.");
  });

  it("a full cyclic queue under the count rule refuses with the rule explained and changes nothing", () => {
    const { controller } = cyclic(8, ["1", "2", "3", "4", "5", "6", "7", "8"]);
    controller.run("dequeue");
    controller.run("enqueue", "9");
    const before = controller.state();
    expect(controller.run("enqueue", "x")).toEqual({
      ok: false,
      message: "The cyclic queue is full: 8 of 8 slots used. The size field tells full from empty, since head = tail = 1 in both cases.",
    });
    expect(controller.state()).toEqual(before);
  });

  it("a full cyclic queue under the spare-slot rule refuses with (tail + 1) mod c = head explained and changes nothing", () => {
    const { controller } = cyclic(8, ["1", "2", "3", "4", "5", "6", "7"], "spare-slot");
    const before = controller.state();
    expect(controller.run("enqueue", "x")).toEqual({
      ok: false,
      message:
        "The cyclic queue is full: (tail + 1) mod 8 = (7 + 1) mod 8 = 0, which is head. " +
        "Slot 7 stays empty as the spare slot, so head = tail can only mean empty.",
    });
    expect(controller.state()).toEqual(before);
    expect(before.slots).toEqual(["1", "2", "3", "4", "5", "6", "7", null]);
  });

  it("an empty cyclic queue refuses dequeue and peek, saying why under each rule, and changes nothing", () => {
    const counted = cyclic(8, ["1", "2", "3"]).controller;
    ["dequeue", "dequeue", "dequeue"].forEach(() => counted.run("dequeue"));
    const before = counted.state();
    expect(counted.run("dequeue")).toEqual({ ok: false, message: "The cyclic queue is empty: 0 of 8 slots used. Nothing to dequeue." });
    expect(counted.run("peek")).toEqual({ ok: false, message: "The cyclic queue is empty: 0 of 8 slots used. Nothing to peek at." });
    expect(counted.state()).toEqual(before);
    const spare = cyclic(8, ["1", "2", "3"], "spare-slot").controller;
    ["dequeue", "dequeue", "dequeue"].forEach(() => spare.run("dequeue"));
    expect(spare.run("dequeue")).toEqual({ ok: false, message: "The cyclic queue is empty: head = tail = 3. Nothing to dequeue." });
  });

  it("cyclic.run('peek') names the front and its slot and changes nothing", () => {
    const { controller } = cyclic(8, ["3", "1"]);
    controller.run("dequeue");
    expect(controller.run("peek")).toEqual({ ok: true, value: "1", message: "Peek: the front is 1, in slot 1. The cyclic queue is unchanged." });
  });

  it("cyclic.run('clear') empties every slot and puts head and tail back at slot 0", () => {
    const { controller } = cyclic(4, ["a", "b", "c"]);
    controller.run("dequeue");
    expect(controller.run("clear")).toEqual({ ok: true, message: "Cleared 2 items. Head and tail are back at slot 0." });
    expect(controller.state()).toEqual({ structure: "cyclic-queue", capacity: 4, items: [], slots: [null, null, null, null], head: 0, tail: 0, size: 0 });
    expect(controller.run("clear").message).toBe("The cyclic queue is already empty.");
  });

  it("cyclic.run('clear') on an empty queue whose pointers moved still resets them to 0", () => {
    const { controller } = cyclic(4, ["a"]);
    controller.run("dequeue");
    expect(controller.run("clear").message).toBe("The cyclic queue was already empty; head and tail are back at slot 0.");
    expect([controller.state().head, controller.state().tail]).toEqual([0, 0]);
  });

  it("cyclic.setView('row') and back redraws without changing the state", () => {
    const { controller, ctx } = cyclic(8, ["3", "1", "4"]);
    controller.run("dequeue");
    const before = controller.state();
    expect(controller.view).toBe("ring");
    expect(controller.views.map((v) => v.label)).toEqual(["Ring", "Row"]);
    const invalidations = ctx.invalidations;
    expect(controller.setView("row")).toBe(true);
    expect(controller.view).toBe("row");
    expect(controller.state()).toEqual(before);
    expect(controller.canvasSize()).toEqual({ width: cyclicRowLayout(8).width, height: cyclicRowLayout(8).height });
    expect(ctx.invalidations).toBe(invalidations + 1);
    expect(controller.setView("ring")).toBe(true);
    expect(controller.state()).toEqual(before);
    expect(controller.canvasSize().width).toBe(cyclicRingLayout(8).width);
  });

  it("cyclic.setView refuses an unknown view and changes nothing", () => {
    const { controller } = cyclic(8, ["3"], "count", "row");
    expect(controller.setView("diagonal")).toBe(false);
    expect(controller.view).toBe("row");
  });

  it("the ring view draws the track, every slot index, the values in their slots and the head and tail labels", () => {
    const { controller, ctx } = cyclic(8, ["p", "q", "r"]);
    controller.run("dequeue");
    const surface = new RecordingSurface();
    expect(controller.draw(surface, finished(ctx, controller))).toBe(false);
    const layout = cyclicRingLayout(8);
    expect(surface.calls.some((c) => c.startsWith("ellipse "))).toBe(true);
    for (let i = 0; i < 8; i++) expect(surface.calls).toContain(`text "${i}" ${round(layout.indexLabels[i].x)} ${round(layout.indexLabels[i].y)}`);
    expect(textAt(surface, "r")).toEqual([round(layout.slots[2].x), round(layout.slots[2].y)]);
    expect(textAt(surface, "head")).toEqual(labelAt(layout.head(1)));
    expect(textAt(surface, "tail")).toEqual(labelAt(layout.tail(3)));
    expect(surface.texts()).not.toContain("p"); // dequeued: gone once settled
  });

  it("the row view draws every slot index under its slot and head above, tail below", () => {
    const { controller, ctx } = cyclic(4, ["x", "y"], "count", "row");
    const surface = new RecordingSurface();
    controller.draw(surface, ctx.clock.now() + 1000);
    const layout = cyclicRowLayout(4);
    for (let i = 0; i < 4; i++) expect(surface.calls).toContain(`text "${i}" ${round(layout.indexLabels[i].x)} ${round(layout.indexLabels[i].y)}`);
    expect(surface.calls.some((c) => c.startsWith("ellipse "))).toBe(false);
    expect(textAt(surface, "head")).toEqual(labelAt(layout.head(0)));
    expect(textAt(surface, "tail")).toEqual(labelAt(layout.tail(2)));
    expect((textAt(surface, "head") as number[])[1]).toBeLessThan(layout.slots[0].y);
    expect((textAt(surface, "tail") as number[])[1]).toBeGreaterThan(layout.slots[0].y);
  });

  it("after a view switch the tiles are drawn in the new view's slots at once", () => {
    const { controller, ctx } = cyclic(8, ["a", "b"]);
    controller.setView("row");
    const surface = new RecordingSurface();
    expect(controller.draw(surface, ctx.clock.now())).toBe(false);
    const row = cyclicRowLayout(8);
    expect(textAt(surface, "b")).toEqual([round(row.slots[1].x), round(row.slots[1].y)]);
  });

  it("cyclic items never move: during a dequeue and an enqueue the other tiles stay in their slots", () => {
    const { controller, ctx } = cyclic(8, ["a", "b", "c"]);
    controller.run("dequeue");
    controller.run("enqueue", "d");
    const surface = new RecordingSurface();
    expect(controller.draw(surface, ctx.clock.now() + 100)).toBe(true);
    const layout = cyclicRingLayout(8);
    expect(textAt(surface, "b")).toEqual([round(layout.slots[1].x), round(layout.slots[1].y)]);
    expect(textAt(surface, "c")).toEqual([round(layout.slots[2].x), round(layout.slots[2].y)]);
  });

  it("on the ring, tail glides forward across the wrap from slot 7 to slot 0 (through 7.5, not back round)", () => {
    const { controller, ctx } = cyclic(8, ["a", "b", "c", "d", "e", "f", "g"]);
    controller.run("dequeue");
    controller.run("enqueue", "h"); // its third step moves tail 7 -> 0, 1000 ms on, over 400 ms
    const surface = new RecordingSurface();
    controller.draw(surface, ctx.clock.now() + 1200); // half way: eased to exactly the middle
    expect(textAt(surface, "tail")).toEqual(labelAt(cyclicRingLayout(8).tail(7.5)));
  });

  it("under the spare-slot rule a full queue's empty slot is labelled 'spare'", () => {
    const { controller, ctx } = cyclic(4, ["1", "2", "3"], "spare-slot");
    const surface = new RecordingSurface();
    controller.draw(surface, ctx.clock.now() + 1000);
    const slot = cyclicRingLayout(4).slots[3];
    expect(surface.calls).toContain(`text "spare" ${round(slot.x)} ${round(slot.y)}`);
    controller.run("dequeue");
    surface.clear();
    controller.draw(surface, finished(ctx, controller));
    expect(surface.texts()).not.toContain("spare");
  });

  it("cyclic.describe() names the view, the items front to rear and both pointers", () => {
    const { controller } = cyclic(8, ["3", "1"]);
    expect(controller.describe()).toBe("Cyclic queue, ring view, front to rear: 3, 1. The head is slot 0, tail is slot 2; 2 of 8 slots used.");
    controller.setView("row");
    controller.run("clear");
    controller.player.finish(0);
    expect(controller.describe()).toBe("Cyclic queue, row view, empty: head is slot 0, tail is slot 0; 0 of 8 slots used.");
  });
});
