import { StackController } from "../js/stack/stack-controller";
import { stackLayout } from "../js/stack/stack-layout";
import { RecordingSurface } from "./support/recording-surface";
import { finished, testContext } from "./support/test-context";

function stack(capacity = 8, values: string[] = []) {
  const ctx = testContext();
  return { ctx, controller: new StackController(ctx, { capacity, values }) };
}

describe("StackController", () => {
  it("stack.run('push', v) narrates the push, the new top and the slots used", () => {
    const { controller } = stack(8, ["3", "1"]);
    const r = controller.run("push", "7");
    expect(r).toEqual({ ok: true, value: "7", message: "Pushed 7. Top is now 7; 3 of 8 slots used." });
    expect(controller.state()).toEqual({ structure: "stack", capacity: 8, items: ["3", "1", "7"], top: 2 });
  });

  it("stack.run('push') with no value pushes a random number 1 to 99", () => {
    const { controller } = stack();
    const r = controller.run("push", "");
    expect(r.ok).toBe(true);
    expect(r.value).toBe("50"); // the test context's random() is 0.5
  });

  it("stack.run('push') when full is refused with 'The stack is full: 8 of 8.' and changes nothing", () => {
    const { controller } = stack(8, ["1", "2", "3", "4", "5", "6", "7", "8"]);
    const r = controller.run("push", "9");
    expect(r).toEqual({ ok: false, message: "The stack is full: 8 of 8." });
    expect(controller.state().items.length).toBe(8);
  });

  it("stack.run('push') refuses values over 6 characters and changes nothing", () => {
    const { controller } = stack();
    const r = controller.run("push", "toolong1");
    expect(r.ok).toBe(false);
    expect(r.message).toContain("at most 6 characters");
    expect(controller.state().items).toEqual([]);
  });

  it("stack.run('pop') returns the top and names the new top", () => {
    const { controller } = stack(8, ["3", "1", "4"]);
    expect(controller.run("pop")).toEqual({ ok: true, value: "4", message: "Popped 4. Top is now 1; 2 of 8 slots used." });
    controller.run("pop");
    expect(controller.run("pop").message).toBe("Popped 3. The stack is now empty.");
  });

  it("stack.run('pop') on an empty stack says 'The stack is empty.'", () => {
    const { controller } = stack();
    const r = controller.run("pop");
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/^The stack is empty\./);
  });

  it("stack.run('peek') reports the top and leaves the stack unchanged", () => {
    const { controller } = stack(8, ["3", "1"]);
    expect(controller.run("peek")).toEqual({ ok: true, value: "1", message: "Peek: the top is 1. The stack is unchanged." });
    expect(controller.state().items).toEqual(["3", "1"]);
    expect(controller.run("peek").ok).toBe(true);
  });

  it("stack.run('clear') empties the stack and counts what it removed", () => {
    const { controller } = stack(8, ["3", "1"]);
    expect(controller.run("clear").message).toBe("Cleared 2 items. The stack is now empty.");
    expect(controller.state().items).toEqual([]);
    expect(controller.run("clear").message).toBe("The stack is already empty.");
  });

  it("stack.run('enqueue') is refused: a stack has push and pop", () => {
    const { controller } = stack();
    const r = controller.run("enqueue", "1");
    expect(r.ok).toBe(false);
    expect(r.message).toBe("A stack has no enqueue operation; use push, pop, peek, clear.");
  });

  it("stack.onChange(fn) is told of each change (not of peeks or refusals)", () => {
    const { controller } = stack(1);
    const seen: string[][] = [];
    controller.onChange((state) => seen.push(state.items));
    controller.run("push", "a");
    controller.run("push", "b"); // refused: full
    controller.run("peek");
    controller.run("pop");
    expect(seen).toEqual([["a"], []]);
  });

  it("every operation, refusals too, asks the canvas to redraw at once", () => {
    const { controller, ctx } = stack();
    for (const op of ["push", "pop", "pop"] as const) {
      const before = ctx.invalidations;
      controller.run(op, "1");
      expect(ctx.invalidations).toBeGreaterThan(before);
    }
  });

  it("stack.draw shows every slot index and the values once tiles settle", () => {
    const { controller, ctx } = stack(4, ["3", "1"]);
    controller.run("push", "<i>");
    const surface = new RecordingSurface();
    expect(controller.draw(surface, finished(ctx, controller))).toBe(false);
    const texts = surface.texts();
    for (const label of ["0", "1", "2", "3", "3", "1", "<i>", "top"]) expect(texts).toContain(label);
  });

  it("a push plays step by step: top moves at its step, then the tile glides into its slot at the write step", () => {
    const { controller, ctx } = stack(4); // steps 500 ms apart, glides of 400 ms
    const t0 = ctx.clock.now();
    controller.run("push", "5");
    const surface = new RecordingSurface();
    const slot = stackLayout(4).slots[0];
    expect(controller.draw(surface, t0 + 100)).toBe(true); // check full: nothing to see but the sentence
    expect(surface.texts()).not.toContain("5");
    surface.clear();
    expect(controller.draw(surface, t0 + 1200)).toBe(true); // write: gliding in
    expect(surface.texts()).toContain("5");
    expect(surface.calls).not.toContain(`text "5" ${slot.x} ${slot.y}`);
    surface.clear();
    controller.draw(surface, t0 + 1450);
    expect(surface.calls).toContain(`text "5" ${slot.x} ${slot.y}`);
    expect(controller.draw(surface, t0 + 1600)).toBe(false); // done: nothing moves, the loop may stop
  });

  it("a second push during an animation retargets at once: the model never waits", () => {
    const { controller, ctx } = stack(4);
    controller.run("push", "a");
    ctx.clock.advance(50);
    controller.run("push", "b");
    ctx.clock.advance(50);
    controller.run("pop");
    expect(controller.state().items).toEqual(["a"]);
    const surface = new RecordingSurface();
    expect(controller.draw(surface, finished(ctx, controller))).toBe(false);
    expect(surface.texts().filter((t) => t === "a" || t === "b")).toEqual(["a"]);
  });

  it("an empty stack's picture says 'empty' and hides the top pointer", () => {
    const { controller, ctx } = stack(4);
    const surface = new RecordingSurface();
    controller.draw(surface, ctx.clock.now() + 1000);
    expect(surface.texts()).toContain("empty");
    expect(surface.texts()).not.toContain("top");
  });

  it("stack.describe() reads the stack bottom to top for screen readers", () => {
    const { controller } = stack(8, ["3", "1"]);
    expect(controller.describe()).toBe("Stack, bottom to top: 3, 1. Top is 1; 2 of 8 slots used.");
  });
});
