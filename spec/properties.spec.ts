// Property-based tests (fast-check): thousands of random sequences of every operation,
// refusals, Clear, Undo and Redo, at capacities 1 to 32, against a plain reference
// implementation written here; and the controller under a clock that jumps at random,
// paused and stepped at random, whose picture must end up showing the final state.
// Each run prints its seed; a failure prints the seed and the shrunk sequence.
import { CYCLIC_CONVENTIONS } from "./support/sequences";
import { QueuePointers, StackPointers, STACK_POINTERS } from "../js/model/conventions";
import { Growth } from "../js/model/growth";
import { LinkedController } from "../js/linked/linked-controller";
import fc = require("fast-check");
import { StackController } from "../js/stack/stack-controller";
import { QueueController } from "../js/queue/queue-controller";
import { CyclicQueueController } from "../js/cyclic-queue/cyclic-queue-controller";
import { stackLayout } from "../js/stack/stack-layout";
import { queueLayout } from "../js/queue/queue-layout";
import { cyclicLayout } from "../js/cyclic-queue/cyclic-queue-layout";
import { AnyController } from "../js/example-factory";
import { StructureState } from "../js/model/structure";
import { Step } from "../js/model/trace";
import { RecordingSurface } from "./support/recording-surface";
import { cyclicStepError, linkedStepError, queueStepError, stackStepError } from "./support/step-rules";
import { testContext } from "./support/test-context";
import { parseScript } from "../js/lesson/script";
import { planLesson } from "../js/lesson/plan";
import { Lesson } from "../js/lesson/lesson";

const SEED = Date.now() % 2147483647;
const RUNS = 1000;
// Karma shows the browser's console: the seed of this run, to replay a failure.
console.log(`properties.spec: fast-check seed ${SEED} (${RUNS} sequences per structure and rule)`);

/** A plain reference: what each structure must do, written the obvious way. */
interface Reference {
  /** The public state, as state() must report it. */
  view(): StructureState;
  /** Applies an operation; returns its outcome. */
  apply(op: string, value: string): { ok: boolean; value?: string };
  snapshot(): unknown;
  restore(snapshot: unknown): void;
}

/** Room for one more item in an array of `capacity`, doubling it (up to 64) when it grows: the new capacity, or 0 when refused. */
function roomFor(size: number, capacity: number, growth: Growth): number {
  if (size < capacity) return capacity;
  return growth === "double" && capacity < 64 ? Math.min(2 * capacity, 64) : 0;
}

function stackReference(start: number, pointers: StackPointers, growth: Growth = "fixed"): Reference {
  let items: string[] = [];
  let capacity = start;
  return {
    // top: the top item's slot, or the next free slot.
    view: () => ({ structure: "stack", capacity, items: items.slice(), top: pointers === "next-free" ? items.length : items.length - 1 }),
    apply(op, value) {
      if (op === "push") {
        const room = roomFor(items.length, capacity, growth);
        return room ? ((capacity = room), items.push(value), { ok: true, value }) : { ok: false };
      }
      if (op === "pop") return items.length ? { ok: true, value: items.pop() } : { ok: false };
      if (op === "peek") return items.length ? { ok: true, value: items[items.length - 1] } : { ok: false };
      items = [];
      return { ok: true };
    },
    snapshot: () => ({ items: items.slice(), capacity }),
    restore: (s) => ({ items, capacity } = { ...(s as { items: string[]; capacity: number }), items: (s as { items: string[] }).items.slice() }),
  };
}

function queueReference(start: number, pointers: QueuePointers, growth: Growth = "fixed"): Reference {
  let items: string[] = [];
  let capacity = start;
  return {
    // The front is always slot 0: a rear index under front-rear, a size field otherwise.
    view: () => ({ structure: "queue", capacity, items: items.slice(), ...(pointers === "front-rear" ? { rear: items.length - 1 } : { size: items.length }) }),
    apply(op, value) {
      if (op === "enqueue") {
        const room = roomFor(items.length, capacity, growth);
        return room ? ((capacity = room), items.push(value), { ok: true, value }) : { ok: false };
      }
      if (op === "dequeue") return items.length ? { ok: true, value: items.shift() } : { ok: false };
      if (op === "peek") return items.length ? { ok: true, value: items[0] } : { ok: false };
      items = [];
      return { ok: true };
    },
    snapshot: () => ({ items: items.slice(), capacity }),
    restore: (s) => ({ items, capacity } = { ...(s as { items: string[]; capacity: number }), items: (s as { items: string[] }).items.slice() }),
  };
}

function cyclicReference(start: number, rule: "count" | "spare-slot", pointers: QueuePointers, growth: Growth = "fixed"): Reference {
  let q = { slots: new Array<string | null>(start).fill(null), head: 0, tail: 0, count: 0 };
  let capacity = start;
  const room = () => (rule === "count" ? capacity : capacity - 1);
  const items = () => Array.from({ length: q.count }, (_, i) => q.slots[(q.head + i) % capacity] as string);
  const fields = () => {
    const size = rule === "count" ? { size: q.count } : {};
    if (pointers === "front-size") return { front: q.head, size: q.count };
    if (pointers === "front-rear") return { front: q.head, rear: (q.tail + capacity - 1) % capacity, ...size };
    return { head: q.head, tail: q.tail, ...size };
  };
  return {
    view: () => ({ structure: "cyclic-queue", capacity, items: items(), slots: q.slots.slice(), ...fields() }),
    apply(op, value) {
      if (op === "enqueue") {
        if (q.count === room()) {
          // Doubling unwraps: the items in order from head into slots 0..n−1.
          const grown = roomFor(capacity, capacity, growth);
          if (!grown) return { ok: false };
          const list = items();
          capacity = grown;
          q = { slots: [...list, ...new Array<string | null>(grown - list.length).fill(null)], head: 0, tail: list.length, count: list.length };
        }
        q.slots[q.tail] = value;
        q.tail = (q.tail + 1) % capacity;
        q.count++;
        return { ok: true, value };
      }
      if (op === "dequeue" || op === "peek") {
        if (q.count === 0) return { ok: false };
        const front = q.slots[q.head] as string;
        if (op === "dequeue") {
          q.slots[q.head] = null;
          q.head = (q.head + 1) % capacity;
          q.count--;
        }
        return { ok: true, value: front };
      }
      q = { slots: new Array(capacity).fill(null), head: 0, tail: 0, count: 0 };
      return { ok: true };
    },
    snapshot: () => ({ q: { ...q, slots: q.slots.slice() }, capacity }),
    restore: (s) => {
      const saved = s as { q: typeof q; capacity: number };
      q = { ...saved.q, slots: saved.q.slots.slice() };
      capacity = saved.capacity;
    },
  };
}

interface Case {
  name: string;
  minCapacity: number;
  ops: string[];
  make(capacity: number, ctx: ReturnType<typeof testContext>): AnyController;
  reference(capacity: number): Reference;
  stepError(prev: unknown, step: Step<unknown>): string | null;
  /** Slot centres of the final layout, for the picture. */
  slots(capacity: number): { x: number; y: number }[];
}

const CASES: Case[] = [
  ...STACK_POINTERS.map(
    (pointers): Case => ({
      name: pointers === "top-item" ? "stack" : `stack (${pointers})`,
      minCapacity: 1,
      ops: ["push", "pop", "peek", "clear"],
      make: (capacity, ctx) => new StackController(ctx, { capacity, values: [], pointers }),
      reference: (c) => stackReference(c, pointers),
      stepError: stackStepError as Case["stepError"],
      slots: (c) => stackLayout(c).slots,
    }),
  ),
  ...(["head-tail", "front-rear"] as const).map(
    (pointers): Case => ({
      name: pointers === "head-tail" ? "queue" : `queue (${pointers})`,
      minCapacity: 1,
      ops: ["enqueue", "dequeue", "peek", "clear"],
      make: (capacity, ctx) => new QueueController(ctx, { capacity, values: [], pointers }),
      reference: (c) => queueReference(c, pointers),
      stepError: queueStepError as Case["stepError"],
      slots: (c) => queueLayout(c).slots,
    }),
  ),
  // Every full rule under every pointer convention that goes with it.
  ...CYCLIC_CONVENTIONS.map(
    ([rule, pointers]): Case => ({
      name: pointers === "head-tail" ? `cyclic queue (${rule})` : `cyclic queue (${rule}, ${pointers})`,
      minCapacity: 2,
      ops: ["enqueue", "dequeue", "peek", "clear"],
      make: (capacity, ctx) => new CyclicQueueController(ctx, { capacity, values: [], view: "ring", fullRule: rule, pointers }),
      reference: (c) => cyclicReference(c, rule, pointers),
      stepError: cyclicStepError as Case["stepError"],
      slots: (c) => cyclicLayout(c, "ring").slots,
    }),
  ),
];

/** Arrays that double (growth "double"): results and state() against references that double too. */
const GROWTH_CASES: Case[] = [
  ...STACK_POINTERS.map(
    (pointers): Case => ({
      ...CASES[0],
      name: `stack (${pointers}, growth double)`,
      make: (capacity, ctx) => new StackController(ctx, { capacity, values: [], pointers, growth: "double" }),
      reference: (c) => stackReference(c, pointers, "double"),
    }),
  ),
  ...(["head-tail", "front-rear"] as const).map(
    (pointers): Case => ({
      ...CASES[2],
      name: `queue (${pointers}, growth double)`,
      make: (capacity, ctx) => new QueueController(ctx, { capacity, values: [], pointers, growth: "double" }),
      reference: (c) => queueReference(c, pointers, "double"),
    }),
  ),
  ...CYCLIC_CONVENTIONS.map(
    ([rule, pointers]): Case => ({
      ...CASES[4],
      name: `cyclic queue (${rule}, ${pointers}, growth double)`,
      make: (capacity, ctx) => new CyclicQueueController(ctx, { capacity, values: [], view: "ring", fullRule: rule, pointers, growth: "double" }),
      reference: (c) => cyclicReference(c, rule, pointers, "double"),
    }),
  ),
];

/** Linked nodes: the same references, with `nodes` (top or head first) in state(). */
function linkedReference(kind: "stack" | "queue", capacity: number): Reference {
  const ref = kind === "stack" ? stackReference(capacity, "top-item") : queueReference(capacity, "head-tail");
  return {
    ...ref,
    view: () => {
      const { structure, items } = ref.view();
      return { structure, capacity, items, nodes: kind === "stack" ? items.slice().reverse() : items.slice(), size: items.length };
    },
  };
}

const LINKED_CASES: Case[] = (["stack", "queue"] as const).map((kind) => ({
  ...CASES[kind === "stack" ? 0 : 2],
  name: `linked ${kind}`,
  make: (capacity, ctx) => new LinkedController(ctx, kind, { capacity, values: [] }),
  reference: (c) => linkedReference(kind, c),
  stepError: linkedStepError as Case["stepError"],
}));

/** Values to add: short letters ("" draws a random number; the test context's is always 50). */
const VALUES = ["a", "b", "c", "xy", "z", ""];

function commands(c: Case) {
  const op = fc.record({ kind: fc.constant("op" as const), name: fc.constantFrom(...c.ops, c.ops[0]), value: fc.constantFrom(...VALUES) });
  const undo = fc.record({ kind: fc.constantFrom("undo" as const, "redo" as const) });
  // size "max": lengths spread evenly up to the maximum (fast-check favours short arrays otherwise).
  return fc.array(fc.oneof({ arbitrary: op, weight: 4 }, { arbitrary: undo, weight: 1 }), { maxLength: 60, size: "max" });
}

describe("properties: random sequences against a reference", () => {
  for (const c of [...CASES, ...GROWTH_CASES, ...LINKED_CASES]) {
    it(`${c.name}: results, state(), every step, history and change events agree with the reference`, () => {
      fc.assert(
        fc.property(fc.integer({ min: c.minCapacity, max: 32 }), commands(c), (capacity, cmds) => {
          const ctx = testContext();
          const controller = c.make(capacity, ctx);
          const ref = c.reference(capacity);
          const done: unknown[] = [];
          let undone: unknown[] = [];
          let heard = 0;
          let changes = 0;
          controller.onChange(() => heard++);
          for (const cmd of cmds) {
            if (cmd.kind === "op") {
              const before = ref.snapshot();
              const beforeView = JSON.stringify(ref.view());
              const value = cmd.value === "" ? "50" : cmd.value;
              const want = ref.apply(cmd.name, value);
              const shown = controller.player.trace;
              const got = controller.run(cmd.name as never, cmd.value);
              if (got.ok !== want.ok || got.value !== want.value) return false;
              const trace = controller.player.trace;
              if (trace === shown) return false; // every operation here is traced
              let prev = trace!.before;
              for (const step of trace!.steps) {
                if (c.stepError(prev, step) !== null) return false;
                prev = step.state;
              }
              if (JSON.stringify(ref.view()) !== beforeView) {
                done.push(before);
                undone = [];
                changes++;
              }
            } else if (cmd.kind === "undo") {
              const result = controller.undo();
              if (result.ok !== done.length > 0) return false;
              if (result.ok) {
                undone.push(ref.snapshot());
                ref.restore(done.pop());
                changes++;
              }
            } else {
              const result = controller.redo();
              if (result.ok !== undone.length > 0) return false;
              if (result.ok) {
                done.push(ref.snapshot());
                ref.restore(undone.pop());
                changes++;
              }
            }
            if (JSON.stringify(controller.state()) !== JSON.stringify(ref.view())) return false;
            if (controller.history.entries().length !== done.length) return false;
            if (heard !== changes) return false; // exactly one change event per real change
          }
          return true;
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }
});

describe("properties: the picture catches up with the state", () => {
  for (const c of CASES) {
    it(`${c.name}: after random operations, clock jumps, pauses and steps, the tiles stand where the final state has them`, () => {
      const action = fc.oneof(
        { arbitrary: fc.record({ kind: fc.constant("op" as const), name: fc.constantFrom(...c.ops), value: fc.constantFrom("a", "b", "c", "d") }), weight: 5 },
        { arbitrary: fc.record({ kind: fc.constantFrom("undo" as const, "redo" as const, "pause" as const, "resume" as const, "next" as const, "previous" as const) }), weight: 3 },
        { arbitrary: fc.record({ kind: fc.constant("advance" as const), ms: fc.integer({ min: 0, max: 2500 }) }), weight: 3 },
      );
      fc.assert(
        fc.property(fc.integer({ min: c.minCapacity, max: 16 }), fc.array(action, { maxLength: 60, size: "max" }), (capacity, actions) => {
          const ctx = testContext();
          const controller = c.make(capacity, ctx);
          const surface = new RecordingSurface();
          for (const a of actions) {
            const now = ctx.clock.now();
            if (a.kind === "op") controller.run(a.name as never, a.value);
            else if (a.kind === "undo") controller.undo();
            else if (a.kind === "redo") controller.redo();
            else if (a.kind === "pause") controller.player.pause();
            else if (a.kind === "resume") controller.player.resume(now);
            else if (a.kind === "next") controller.player.next(now);
            else if (a.kind === "previous") controller.player.previous(now);
            else if (a.kind === "advance") ctx.clock.advance(a.ms);
            controller.draw(surface, ctx.clock.now());
          }
          controller.player.resume(ctx.clock.now());
          for (let i = 0; i < 20; i++) {
            ctx.clock.advance(1000);
            controller.draw(surface, ctx.clock.now());
          }
          surface.clear();
          if (controller.draw(surface, ctx.clock.now())) return false; // nothing moves any more
          const slots = (controller.state() as StructureState & { slots?: (string | null)[] }).slots || slotValues(controller.state(), capacity);
          const boxes = c.slots(capacity);
          const want: string[] = [];
          slots.forEach((v: string | null, i: number) => v !== null && want.push(`text ${JSON.stringify(v)} ${round(boxes[i].x)} ${round(boxes[i].y)}`));
          want.sort();
          const drawn = surface.calls.filter((call) => /^text "[a-d]" /.test(call)).sort();
          return JSON.stringify(drawn) === JSON.stringify(want);
        }),
        { seed: SEED, numRuns: RUNS / 4 },
      );
    });
  }
});

/** A stack's or array queue's slots: its items packed from slot 0. */
function slotValues(state: StructureState, capacity: number): (string | null)[] {
  return Array.from({ length: capacity }, (_, i) => (i < state.items.length ? state.items[i] : null));
}

const round = (n: number) => Math.round(n * 100) / 100;

describe("properties: lessons", () => {
  for (const c of [...CASES, ...LINKED_CASES]) {
    it(`${c.name}: random lessons under random Next, Back, free operations, Undo and Redo: the lesson's state is always the reference's at its step`, () => {
      const planned = fc.record({ name: fc.constantFrom(...c.ops), value: fc.constantFrom("a", "b", "c"), extra: fc.constantFrom("", "say", "ask") });
      const action = fc.record({ kind: fc.constantFrom("next", "next", "back", "back", "op", "undo", "redo"), name: fc.constantFrom(...c.ops), value: fc.constantFrom("x", "y") });
      fc.assert(
        fc.property(
          fc.integer({ min: c.minCapacity, max: 12 }),
          fc.array(planned, { minLength: 1, maxLength: 30, size: "max" }),
          fc.array(action, { maxLength: 60, size: "max" }),
          (capacity, steps, actions) => {
            // A script the reference can play (a step it refuses would be refused when read),
            // and the reference's state after each of its steps.
            const ref = c.reference(capacity);
            const lines: string[] = [];
            const want = [JSON.stringify(ref.view())];
            const controller = c.make(capacity, testContext());
            for (const step of steps) {
              const before = ref.snapshot();
              const value = step.name === c.ops[0] ? ` ${step.value}` : "";
              if (!ref.apply(step.name, step.value).ok) {
                ref.restore(before);
                continue;
              }
              ref.restore(before);
              if (step.extra === "say") lines.push(`say before ${step.name}`), want.push(want[want.length - 1]);
              const target = controller.kit.askNames(controller.model)[0];
              if (step.extra === "ask") lines.push(`ask ${target}`), want.push(want[want.length - 1]);
              ref.apply(step.name, step.value);
              lines.push(step.name + value);
              want.push(JSON.stringify(ref.view()));
            }
            if (!lines.length) return true;
            const kit = controller.kit;
            const commands = parseScript(lines.join("\n"), { noun: kit.noun, operations: kit.operations, askable: kit.askNames(controller.model) });
            const lesson = new Lesson<unknown>(controller, planLesson(kit, controller.model, commands), { say: () => undefined, update: () => undefined });
            const N = lines.length;
            for (const a of actions) {
              const wasPaused = lesson.paused;
              const at = lesson.status().position;
              if (a.kind === "next") lesson.next();
              else if (a.kind === "back") lesson.back();
              else if (a.kind === "op") controller.run(a.name as never, a.value);
              else if (a.kind === "undo") controller.undo();
              else controller.redo();
              const { position, paused } = lesson.status();
              if (position < 0 || position > N) return false;
              if (!paused && JSON.stringify(controller.state()) !== want[position]) return false;
              if (a.kind === "next" || a.kind === "back") {
                if (paused) return false; // Next and Back always bring the lesson back
                // From a pause, both put back the step the lesson was at; otherwise one step on or back.
                const expected = wasPaused ? at : a.kind === "next" ? Math.min(N, at + 1) : Math.max(0, at - 1);
                if (position !== expected) return false;
              }
            }
            return true;
          },
        ),
        { seed: SEED, numRuns: RUNS / 4 },
      );
    });
  }
});
