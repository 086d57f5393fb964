// Undo after any sequence restores the exact earlier state (slots, pointers, size and the
// items' identities) and Redo re-applies it exactly, for every structure and rule.
import { StackController } from "../js/stack/stack-controller";
import { QueueController } from "../js/queue/queue-controller";
import { CyclicQueueController } from "../js/cyclic-queue/cyclic-queue-controller";
import { AnyController } from "../js/example-factory";
import { OperationName } from "../js/model/structure";
import { pick, prng } from "./support/sequences";
import { testContext } from "./support/test-context";

const makers: [string, () => AnyController, OperationName[]][] = [
  ["stack", () => new StackController(testContext(), { capacity: 5, values: ["a"] }), ["push", "push", "pop", "peek", "clear"]],
  ["queue", () => new QueueController(testContext(), { capacity: 5, values: ["a"] }), ["enqueue", "enqueue", "dequeue", "peek", "clear"]],
  ...(["count", "spare-slot"] as const).map(
    (fullRule) =>
      [
        `cyclic queue (${fullRule})`,
        () => new CyclicQueueController(testContext(), { capacity: 5, values: ["a"], view: "ring", fullRule }),
        ["enqueue", "enqueue", "dequeue", "dequeue", "peek", "clear"],
      ] as [string, () => AnyController, OperationName[]],
  ),
];

describe("undo and redo", () => {
  for (const [name, make, ops] of makers) {
    it(`${name}: after 300 random operations, undoing every change walks back through the exact states, and redo forward`, () => {
      const c = make();
      const rand = prng(name.length);
      const states = [c.model];
      let changes = 0;
      for (let n = 0; n < 300; n++) {
        const op = pick(rand, ops);
        const before = c.model;
        const r = c.run(op, rand() < 0.3 ? "" : String(n)); // "" draws a random value: recorded, never drawn again
        if (c.model !== before) {
          states.push(c.model);
          changes++;
        } else if (r.ok) {
          expect(op === "peek" || op === "clear").withContext(`${op} #${n} changed nothing`).toBe(true);
        }
      }
      expect(c.history.entries().length).toBe(changes);
      for (let i = states.length - 1; i > 0; i--) {
        expect(c.undo().ok).toBe(true);
        expect(c.model).toBe(states[i - 1]); // the same object: slots, pointers and item identities
      }
      expect(c.undo()).toEqual({ ok: false, message: "Nothing to undo." });
      for (let i = 1; i < states.length; i++) {
        expect(c.redo().ok).toBe(true);
        expect(c.model).toBe(states[i]);
      }
      expect(c.redo()).toEqual({ ok: false, message: "Nothing to redo." });
    });
  }

  it("refusals and peeks are not history; a change after an undo drops the redo", () => {
    const c = new StackController(testContext(), { capacity: 1, values: [] });
    c.run("pop");
    c.run("peek");
    c.run("push", "x");
    c.run("push", "y"); // full: refused
    c.run("peek");
    expect(c.history.entries().map((t) => t.operation)).toEqual(["push"]);
    c.undo();
    c.run("push", "z");
    expect(c.history.canRedo).toBe(false);
    expect(c.state().items).toEqual(["z"]);
  });

  it("change listeners hear every undo and redo, and no refusal", () => {
    const c = new StackController(testContext(), { capacity: 2, values: [] });
    const heard: string[][] = [];
    c.onChange((state) => heard.push(state.items));
    c.run("push", "1");
    c.undo();
    c.undo(); // nothing to undo: no change
    c.redo();
    c.run("clear");
    c.run("clear"); // already empty: no change
    expect(heard).toEqual([["1"], [], ["1"], []]);
  });
});
