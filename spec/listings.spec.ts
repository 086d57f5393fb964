// The code a student reads is code that was run: every step a model emits is a line of the
// operation's method in every language, and the JavaScript listing, run here, does exactly
// what the model does on random sequences.
import { growing, LANGUAGES, ListingSet, methodOf, programText, stepIds, withMethod } from "../js/code/listing";
import { finalState, Trace } from "../js/model/trace";
import { Item, OperationName } from "../js/model/structure";
import * as stack from "../js/stack/stack-model";
import * as queue from "../js/queue/queue-model";
import * as cyclic from "../js/cyclic-queue/cyclic-queue-model";
import { STACK_LISTINGS } from "../js/stack/stack-listings";
import { QUEUE_LISTINGS } from "../js/queue/queue-listings";
import { cyclicListings } from "../js/cyclic-queue/cyclic-queue-listings";
import { STACK_NEXT_FREE_LISTINGS } from "../js/stack/stack-next-free-listings";
import { QUEUE_FRONT_REAR_LISTINGS } from "../js/queue/queue-front-rear-listings";
import { cyclicFields } from "../js/cyclic-queue/cyclic-queue-kit";
import { topField } from "../js/stack/stack-model";
import { STACK_GROWTH_LISTINGS } from "../js/stack/stack-growth-listings";
import * as linked from "../js/linked/linked-model";
import { LINKED_QUEUE_LISTINGS, LINKED_STACK_LISTINGS } from "../js/linked/linked-listings";
import { QUEUE_GROWTH_LISTINGS } from "../js/queue/queue-growth-listings";
import { STACK_NEXT_FREE_GROWTH_LISTINGS } from "../js/stack/stack-next-free-growth-listings";
import { QUEUE_FRONT_REAR_GROWTH_LISTINGS } from "../js/queue/queue-front-rear-growth-listings";
import { item, pick, prng, CYCLIC_CONVENTIONS } from "./support/sequences";

interface Case<S> {
  name: string;
  listings: ListingSet;
  className: string;
  start(capacity: number): S;
  ops: Partial<Record<OperationName, (s: S, item: Item) => Trace<S>>>;
  /** The fields the JavaScript object must have equal to the model's. */
  fields(s: S): Record<string, unknown>;
  /** How to read those fields off the JavaScript object, when not as its own properties (linked nodes). */
  read?(js: any): Record<string, unknown>;
  minCapacity: number;
}

/** The values from `node` along next. */
function along(node: { value: unknown; next: unknown } | null): unknown[] {
  const values: unknown[] = [];
  for (let n = node; n; n = n.next as typeof node) values.push(n.value);
  return values;
}

const values = (slots: readonly (Item | null)[]) => slots.map((i) => (i ? i.value : null));

const CASES: Case<any>[] = [
  ...(["stack", "queue"] as const).map(
    (kind) =>
      ({
        name: `linked ${kind}`,
        listings: kind === "stack" ? LINKED_STACK_LISTINGS : LINKED_QUEUE_LISTINGS,
        className: kind === "stack" ? "LinkedStack" : "LinkedQueue",
        start: (c) => linked.linkedOf(kind, c),
        ops: kind === "stack" ? { push: linked.push, pop: linked.pop, peek: linked.peek, clear: linked.clear } : { enqueue: linked.enqueue, dequeue: linked.dequeue, peek: linked.peek, clear: linked.clear },
        fields: (s: linked.LinkedState) => ({ nodes: s.chain.map((i) => i.value), size: s.size, ...(kind === "queue" ? { tail: s.tail >= 0 ? s.chain[s.tail].value : null } : {}) }),
        read: (js) => ({ nodes: along(kind === "stack" ? js.top : js.head), size: js.size, ...(kind === "queue" ? { tail: js.tail ? js.tail.value : null } : {}) }),
        minCapacity: 1,
      }) as Case<linked.LinkedState>,
  ),
  {
    name: "stack",
    listings: STACK_LISTINGS,
    className: "ArrayStack",
    start: (c) => stack.stackOf(c),
    ops: { push: stack.push, pop: stack.pop, peek: stack.peek, clear: stack.clear },
    fields: (s: stack.StackState) => ({ slots: values(s.slots), top: s.top }),
    minCapacity: 1,
  } as Case<stack.StackState>,
  {
    name: "stack (next-free)",
    listings: STACK_NEXT_FREE_LISTINGS,
    className: "ArrayStack",
    start: (c) => stack.stackOf(c, [], "next-free"),
    ops: { push: stack.push, pop: stack.pop, peek: stack.peek, clear: stack.clear },
    fields: (s: stack.StackState) => ({ slots: values(s.slots), top: topField(s) }),
    minCapacity: 1,
  } as Case<stack.StackState>,
  {
    name: "stack (growth double)",
    listings: STACK_GROWTH_LISTINGS,
    className: "ArrayStack",
    start: (c) => stack.stackOf(c, [], "top-item", "double"),
    ops: { push: stack.push, pop: stack.pop, peek: stack.peek, clear: stack.clear },
    fields: (s: stack.StackState) => ({ slots: values(s.slots), top: s.top }),
    minCapacity: 1,
  } as Case<stack.StackState>,
  {
    name: "queue (growth double)",
    listings: QUEUE_GROWTH_LISTINGS,
    className: "ArrayQueue",
    start: (c) => queue.queueOf(c, [], "head-tail", "double"),
    ops: { enqueue: queue.enqueue, dequeue: queue.dequeue, peek: queue.peek, clear: queue.clear },
    fields: (s: queue.QueueState) => ({ slots: values(s.slots), size: s.size }),
    minCapacity: 1,
  } as Case<queue.QueueState>,
  {
    name: "stack (next-free, growth double)",
    listings: STACK_NEXT_FREE_GROWTH_LISTINGS,
    className: "ArrayStack",
    start: (c) => stack.stackOf(c, [], "next-free", "double"),
    ops: { push: stack.push, pop: stack.pop, peek: stack.peek, clear: stack.clear },
    fields: (s: stack.StackState) => ({ slots: values(s.slots), top: topField(s) }),
    minCapacity: 1,
  } as Case<stack.StackState>,
  {
    name: "queue (front-rear, growth double)",
    listings: QUEUE_FRONT_REAR_GROWTH_LISTINGS,
    className: "ArrayQueue",
    start: (c) => queue.queueOf(c, [], "front-rear", "double"),
    ops: { enqueue: queue.enqueue, dequeue: queue.dequeue, peek: queue.peek, clear: queue.clear },
    fields: (s: queue.QueueState) => ({ slots: values(s.slots), rear: s.size - 1 }),
    minCapacity: 1,
  } as Case<queue.QueueState>,
  ...CYCLIC_CONVENTIONS.map(
    ([rule, pointers]) =>
      ({
        name: `cyclic queue (${rule}, ${pointers}, growth double)`,
        listings: cyclicListings(rule, pointers, "double"),
        className: "CircularQueue",
        start: (c) => cyclic.cyclicOf(c, rule, [], pointers, "double"),
        ops: { enqueue: cyclic.enqueue, dequeue: cyclic.dequeue, peek: cyclic.peek, clear: cyclic.clear },
        fields: (s: cyclic.CyclicState) => ({ slots: values(s.slots), ...cyclicFields(s) }),
        minCapacity: 2,
      }) as Case<cyclic.CyclicState>,
  ),
  {
    name: "queue (front-rear)",
    listings: QUEUE_FRONT_REAR_LISTINGS,
    className: "ArrayQueue",
    start: (c) => queue.queueOf(c, [], "front-rear"),
    ops: { enqueue: queue.enqueue, dequeue: queue.dequeue, peek: queue.peek, clear: queue.clear },
    fields: (s: queue.QueueState) => ({ slots: values(s.slots), rear: s.size - 1 }),
    minCapacity: 1,
  } as Case<queue.QueueState>,
  {
    name: "queue",
    listings: QUEUE_LISTINGS,
    className: "ArrayQueue",
    start: (c) => queue.queueOf(c),
    ops: { enqueue: queue.enqueue, dequeue: queue.dequeue, peek: queue.peek, clear: queue.clear },
    fields: (s: queue.QueueState) => ({ slots: values(s.slots), size: s.size }),
    minCapacity: 1,
  } as Case<queue.QueueState>,
  // Every full rule under every pointer convention that goes with it; the fields compared
  // are the convention's own (head/tail, front/rear, front/size), as state() reports them.
  ...CYCLIC_CONVENTIONS.map(
    ([rule, pointers]) =>
      ({
        name: `cyclic queue (${rule}, ${pointers})`,
        listings: cyclicListings(rule, pointers),
        className: "CircularQueue",
        start: (c) => cyclic.cyclicOf(c, rule, [], pointers),
        ops: { enqueue: cyclic.enqueue, dequeue: cyclic.dequeue, peek: cyclic.peek, clear: cyclic.clear },
        fields: (s: cyclic.CyclicState) => ({ slots: values(s.slots), ...cyclicFields(s) }),
        minCapacity: 2,
      }) as Case<cyclic.CyclicState>,
  ),
];

describe("code listings", () => {
  it("withMethod(source, op, method) swaps that method only, and refuses a listing without it", () => {
    const source = "class A:\n  a():  ⟦push⟧\n    x  ⟦write⟧\n\n  b():  ⟦pop⟧\n    y  ⟦read⟧\n";
    expect(withMethod(source, "push", "\n  a():  ⟦push⟧\n    z  ⟦grow⟧\n    x  ⟦write⟧\n")).toBe("class A:\n  a():  ⟦push⟧\n    z  ⟦grow⟧\n    x  ⟦write⟧\n\n  b():  ⟦pop⟧\n    y  ⟦read⟧\n");
    expect(() => withMethod(source, "enqueue", "")).toThrowError(/no enqueue method/);
  });

  it("a growing listing keeps every other method of its fixed listing, word for word", () => {
    for (const language of ["pseudocode", "java", "python", "javascript"] as const) {
      for (const op of ["pop", "peek", "clear"] as const) expect(methodOf(STACK_GROWTH_LISTINGS[language], op)).toEqual(methodOf(STACK_LISTINGS[language], op));
    }
    expect(STACK_GROWTH_LISTINGS.java).not.toContain("final String[] slots");
  });

  it("growing(fixed, change) makes each language's listing when it is first read, and once", () => {
    const reads: string[] = [];
    const fixed = {} as ListingSet;
    for (const { name } of LANGUAGES) {
      Object.defineProperty(fixed, name, {
        get: () => (reads.push(name), (STACK_LISTINGS as Record<string, string>)[name]),
        enumerable: true,
      });
    }
    const methods = { pseudocode: "push(x):  ⟦push⟧\n  grow  ⟦grow⟧", java: "  void push() {  ⟦push⟧", python: "  def push(self):  ⟦push⟧", javascript: "  push() {  ⟦push⟧" };
    const set = growing(fixed, { operation: "push", methods, javaField: "  private String[] slots;", c: "int c;" });
    expect(reads).toEqual([]);
    expect(Object.keys(set)).toEqual(LANGUAGES.map((l) => l.name));
    expect(set.pseudocode).toContain("grow  ⟦grow⟧");
    expect(set.pseudocode).toBe(set.pseudocode);
    expect(reads).toEqual(["pseudocode"]);
    expect(set.c).toBe("int c;");
    expect(set.java).not.toContain("final String[] slots");
    expect(reads).toEqual(["pseudocode", "java"]);
  });

  for (const c of CASES) {
    const names = Object.keys(c.ops) as OperationName[];

    it(`${c.name}: every step id the model emits is a line of that operation's method in every language`, () => {
      const rand = prng(21);
      const emitted = new Map<OperationName, Set<string>>();
      for (let round = 0; round < 20; round++) {
        let s = c.start(c.minCapacity + Math.floor(rand() * 5));
        for (let n = 0; n < 40; n++) {
          const name = pick(rand, names);
          const t = (c.ops[name] as (s: unknown, i: Item) => Trace<unknown>)(s, item(String(n)));
          if (!emitted.has(name)) emitted.set(name, new Set());
          t.steps.forEach((step) => emitted.get(name)!.add(step.line));
          s = finalState(t);
        }
      }
      for (const { name: language } of LANGUAGES) {
        for (const [operation, lines] of emitted) {
          const method = methodOf(c.listings[language], operation);
          expect(method).withContext(`${language} ${operation}`).toBeDefined();
          const tagged = new Set(method!.lines.map((l) => l.step));
          for (const line of lines) expect(tagged.has(line)).withContext(`${language} ${operation}: ${line}`).toBe(true);
        }
        // And no listing tags a line with a step the model never takes.
        const all = new Set<string>();
        emitted.forEach((set) => set.forEach((id) => all.add(id)));
        for (const id of stepIds(c.listings[language])) expect(all.has(id)).withContext(`${language}: ${id}`).toBe(true);
      }
    });

    it(`${c.name}: the JavaScript listing, run, matches the model on 1,000 random sequences`, () => {
      const Impl = new Function(`${programText(c.listings.javascript)}\nreturn ${c.className};`)();
      const rand = prng(c.name.length * 97);
      for (let seq = 0; seq < 1000; seq++) {
        const capacity = c.minCapacity + Math.floor(rand() * 8);
        const js = new Impl(capacity);
        let s = c.start(capacity);
        const length = 1 + Math.floor(rand() * 12);
        for (let n = 0; n < length; n++) {
          const name = pick(rand, names);
          const value = String(Math.floor(rand() * 100));
          const t = (c.ops[name] as (s: unknown, i: Item) => Trace<unknown>)(s, item(value));
          let returned: unknown;
          let refused = false;
          try {
            returned = js[name](value);
          } catch (error) {
            refused = true;
          }
          const context = `sequence ${seq}, ${name} #${n}`;
          expect(refused).withContext(context).toBe(!t.ok);
          if (t.ok && (name === "pop" || name === "dequeue" || name === "peek")) expect(returned).withContext(context).toBe(t.value);
          s = finalState(t);
          const want = c.fields(s);
          const got: Record<string, unknown> = {};
          if (c.read) Object.assign(got, c.read(js));
          else for (const key of Object.keys(want)) got[key] = js[key];
          expect(got).withContext(context).toEqual(want);
        }
      }
    });
  }
});
