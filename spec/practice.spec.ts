// Practice mode's pure core: tasks drawn from a seed, the student's moves on a sketch, and
// the grader, which accepts the model's own answer and names every mistake in its catalogue.
import { CYCLIC_QUEUE_KIT } from "../js/cyclic-queue/cyclic-queue-kit";
import { CyclicState } from "../js/cyclic-queue/cyclic-queue-model";
import { StructureKit } from "../js/model/kit";
import { Item, makeItem } from "../js/model/structure";
import { finalState } from "../js/model/trace";
import { grade, MistakeId, MISTAKES } from "../js/practice/grader";
import { pressSlot, removeHeld, setPointer, Sketch } from "../js/practice/sketch";
import { answerOf, drawTask, seededRandom, sketchOf, Task, taskOf } from "../js/practice/task";
import { QUEUE_KIT } from "../js/queue/queue-kit";
import { STACK_KIT } from "../js/stack/stack-kit";
import { createController } from "../js/example-factory";
import { resolveOptions } from "../js/options";
import { AnswerReport, Practice, PracticeStatus } from "../js/practice/practice";
import { testContext } from "./support/test-context";
import { LinkedState, linkedOf } from "../js/linked/linked-model";
import { LINKED_QUEUE_KIT, LINKED_STACK_KIT } from "../js/linked/linked-kit";
import { gradeLinked, linkedAnswerOf } from "../js/practice/linked-grader";
import { LinkedSketch, linkedSketchOf, linkedStateOf, newNode, setNext, setRef, setReturned, setSize } from "../js/practice/linked-sketch";
import { Pointers } from "../js/model/conventions";

type AnyKit = StructureKit<{ slots: readonly (Item | null)[] }>;
type Move = ["slot", number] | ["remove"] | ["pointer", string, number];

/** The student's moves from the task's start, in order; each must be accepted. */
function perform(task: Task<unknown>, kit: AnyKit, moves: Move[]): Sketch {
  let sketch = sketchOf(kit, task.start as never);
  for (const move of moves) {
    // A pointer takes only what its select offers.
    if (move[0] === "pointer") expect(kit.pointerRange(task.start as never, move[1])).withContext(JSON.stringify(move)).toContain(move[2]);
    const done = move[0] === "slot" ? pressSlot(sketch, move[1], task.value ?? null) : move[0] === "remove" ? removeHeld(sketch) : setPointer(sketch, move[1], move[2]);
    expect(done.refusal).withContext(JSON.stringify(move)).toBeUndefined();
    sketch = done.sketch;
  }
  return sketch;
}

/** The moves a student who gets it right makes: write or take, shift (array queue), pointers. */
function rightMoves(kit: AnyKit, task: Task<{ slots: readonly (Item | null)[] }>): Move[] {
  const start = sketchOf(kit, task.start);
  const want = answerOf(kit, task);
  const moves: Move[] = [];
  if (task.trace.ok && task.value !== undefined) moves.push(["slot", want.slots.findIndex((v, i) => v !== start.slots[i])]);
  if (task.trace.ok && task.value === undefined) {
    moves.push(["slot", start.slots.indexOf(want.removed)], ["remove"]);
    if (kit === (QUEUE_KIT as unknown as AnyKit)) for (let i = 1; start.slots[i] !== null && i < start.slots.length; i++) moves.push(["slot", i], ["slot", i - 1]);
  }
  for (const [name, value] of Object.entries(want.pointers)) if (start.pointers[name] !== value) moves.push(["pointer", name, value]);
  return moves;
}

const KITS: [string, AnyKit, "count" | "spare-slot", Pointers?][] = [
  ["stack", STACK_KIT as unknown as AnyKit, "count"],
  ["stack (next-free)", STACK_KIT as unknown as AnyKit, "count", "next-free"],
  ["queue", QUEUE_KIT as unknown as AnyKit, "count"],
  ["queue (front-rear)", QUEUE_KIT as unknown as AnyKit, "count", "front-rear"],
  ["cyclic queue (count)", CYCLIC_QUEUE_KIT as unknown as AnyKit, "count"],
  ["cyclic queue (spare-slot)", CYCLIC_QUEUE_KIT as unknown as AnyKit, "spare-slot"],
  ["cyclic queue (count, front-rear)", CYCLIC_QUEUE_KIT as unknown as AnyKit, "count", "front-rear"],
  ["cyclic queue (spare-slot, front-rear)", CYCLIC_QUEUE_KIT as unknown as AnyKit, "spare-slot", "front-rear"],
  ["cyclic queue (count, front-size)", CYCLIC_QUEUE_KIT as unknown as AnyKit, "count", "front-size"],
];

// Linked nodes: the student makes the node, sets each next, the references, size and what is returned.
type LinkedMove = ["node"] | ["next", string, string | null] | ["ref", string, string | null] | ["size", number] | ["returns", string | null];
function performLinked(task: Task<LinkedState>, moves: LinkedMove[]): LinkedSketch {
  let s = linkedSketchOf(task.start);
  for (const m of moves) {
    const done =
      m[0] === "node" ? newNode(s, task.value) : m[0] === "next" ? setNext(s, m[1], m[2]) : m[0] === "ref" ? setRef(s, m[1], m[2]) : m[0] === "size" ? setSize(s, m[1]) : setReturned(s, m[1]);
    expect(done.refusal).withContext(JSON.stringify(m)).toBeUndefined();
    s = done.sketch;
  }
  return s;
}
function rightLinkedMoves(task: Task<LinkedState>): LinkedMove[] {
  const start = linkedSketchOf(task.start);
  const want = linkedAnswerOf(task);
  const moves: LinkedMove[] = task.trace.ok && task.value !== undefined ? [["node"]] : [];
  for (const v of want.nodes) if (start.next[v] !== want.next[v]) moves.push(["next", v, want.next[v]]);
  for (const name of Object.keys(want.refs)) if (start.refs[name] !== want.refs[name]) moves.push(["ref", name, want.refs[name]]);
  if (want.size !== start.size) moves.push(["size", want.size]);
  if (want.returned !== null) moves.push(["returns", want.returned]);
  return moves;
}
const linkedStart = (kind: "stack" | "queue", values: string[]) => linkedOf(kind, 4, values.map(makeItem));

const LINKED_CASES: [MistakeId, () => Task<LinkedState>, LinkedMove[], RegExp][] = [
  ["lost-list", () => taskOf(LINKED_STACK_KIT, linkedStart("stack", ["1", "2"]), "push", "7"), [["node"], ["ref", "top", "7"], ["size", 3]], /^top points at the new node 7, but 7\.next is null: 2 and the nodes after it are lost\. Set node\.next = top before top = node\.$/],
  ["not-linked", () => taskOf(LINKED_QUEUE_KIT, linkedStart("queue", ["1", "2"]), "enqueue", "7"), [["node"], ["ref", "tail", "7"], ["size", 3]], /^7 is not linked in: tail\.next = node makes 2 point at it\.$/],
  ["wrong-next", () => taskOf(LINKED_STACK_KIT, linkedStart("stack", ["1", "2"]), "push", "7"), [["node"], ["next", "7", "1"], ["ref", "top", "7"], ["size", 3]], /^7\.next should be 2, the old top, not 1\.$/],
];
const LINKED_OTHERS: [MistakeId, () => Task<LinkedState>, LinkedMove[], RegExp][] = [
  ["forgot-pointer", () => taskOf(LINKED_STACK_KIT, linkedStart("stack", ["1", "2"]), "push", "7"), [["node"], ["next", "7", "2"], ["size", 3]], /^top still points at 2: after the push top is the new node 7\.$/],
  ["nothing-returned", () => taskOf(LINKED_QUEUE_KIT, linkedStart("queue", ["1", "2"]), "dequeue"), [["ref", "head", "2"], ["size", 1]], /^Nothing is returned: a dequeue returns head\.value, 1; choose it under Returns\.$/],
  ["forgot-pointer", () => taskOf(LINKED_QUEUE_KIT, linkedStart("queue", ["1"]), "dequeue"), [["ref", "head", null], ["size", 0], ["returns", "1"]], /^tail still points at 1: the queue is empty once its last node goes\.$/],
  ["wrong-pointer", () => taskOf(LINKED_STACK_KIT, linkedStart("stack", ["1", "2", "3"]), "pop"), [["ref", "top", "1"], ["size", 2], ["returns", "3"]], /^top should point at 2, not 1: top = top\.next unlinks 3\.$/],
  ["changed-when-empty", () => taskOf(LINKED_STACK_KIT, linkedStart("stack", []), "pop"), [["size", 1]], /^The stack is empty: pop is refused and nothing changes\.$/],
];

describe("practice tasks and grading", () => {
  for (const [name, kit, rule, pointers] of KITS) {
    it(`${name}: the right moves grade as correct on 1,000 random tasks, full, empty and wrapping ones among them`, () => {
      const random = seededRandom(2026);
      const seen = { refused: 0, wraps: 0, sizes: new Set<number>() };
      for (let n = 0; n < 1000; n++) {
        const task = drawTask(kit, 2 + (n % 7), rule, random, pointers);
        const result = grade(kit, task, perform(task, kit, rightMoves(kit, task)));
        expect(result).withContext(`${task.sentence} on ${JSON.stringify(sketchOf(kit, task.start))}`).toEqual({ correct: true, mistakes: [] });
        expect(grade(kit, task, answerOf(kit, task)).correct).toBe(true); // the model's own answer
        if (!task.trace.ok) seen.refused++;
        const before = kit.pointers(task.start);
        const after = kit.pointers(finalState(task.trace));
        if (["head", "tail", "front", "rear"].some((p) => p in before && before[p] > 0 && after[p] === 0)) seen.wraps++;
        seen.sizes.add(kit.items(task.start).length);
      }
      expect(seen.refused).toBeGreaterThan(50); // full or empty: nothing may change
      if (kit === (CYCLIC_QUEUE_KIT as unknown as AnyKit)) expect(seen.wraps).toBeGreaterThan(100);
      expect(seen.sizes.has(0)).toBe(true);
    });
  }

  it("drawTask(kit, c, rule, seededRandom(seed)) repeats exactly from the same seed, and differs from another", () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 20 }, () => {
        const task = drawTask(CYCLIC_QUEUE_KIT, 8, "count", random);
        return `${task.sentence} ${JSON.stringify(sketchOf(CYCLIC_QUEUE_KIT, task.start))}`;
      });
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((t) => /^(Enqueue \d+|Dequeue)\. /.test(t))).toBe(true);
  });

  /** A cyclic queue of `capacity` holding `values`, turned round `turns` slots. */
  function cyclic(capacity: number, values: string[], turns = 0, rule: "count" | "spare-slot" = "count", pointers?: Pointers): CyclicState {
    let s = CYCLIC_QUEUE_KIT.start({ capacity, values: [], fullRule: rule, pointers });
    for (let i = 0; i < turns; i++) s = finalState(CYCLIC_QUEUE_KIT.pure.dequeue!(finalState(CYCLIC_QUEUE_KIT.pure.enqueue!(s, makeItem("x"))), makeItem("")));
    for (const v of values) s = finalState(CYCLIC_QUEUE_KIT.pure.enqueue!(s, makeItem(v)));
    return s;
  }
  const stack = (capacity: number, values: string[]) => STACK_KIT.start({ capacity, values });
  const queue = (capacity: number, values: string[]) => QUEUE_KIT.start({ capacity, values });

  // Each mistake, made on purpose, and the sentence it must get.
  const CASES: [MistakeId, () => [AnyKit, Task<never>], Move[], RegExp][] = [
    ["changed-when-full", () => [STACK_KIT as never, taskOf(STACK_KIT, stack(2, ["1", "2"]), "push", "9") as never], [["slot", 1], ["remove"]], /^The stack is full: push 9 is refused and nothing changes\.$/],
    ["filled-spare-slot", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(4, ["a", "b", "c"], 0, "spare-slot"), "enqueue", "9") as never], [["slot", 3], ["pointer", "tail", 0]], /^Under the spare-slot rule one slot always stays empty: with 3 of 4 slots used/],
    ["changed-when-empty", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(4, [], 2), "dequeue") as never], [["pointer", "head", 3]], /^The cyclic queue is empty: dequeue is refused and nothing changes\.$/],
    ["value-not-written", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b"], 3), "enqueue", "7") as never], [["pointer", "tail", 6], ["pointer", "size", 3]], /^7 is not in the cyclic queue: an enqueue writes at tail, slot 5\.$/],
    ["wrote-at-head", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b"], 3), "enqueue", "7") as never], [["slot", 3], ["remove"], ["slot", 3], ["pointer", "tail", 6], ["pointer", "size", 3]], /^7 went into slot 3, where head is: an enqueue writes at tail, slot 5\.$/],
    ["wrote-elsewhere", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b"], 3), "enqueue", "7") as never], [["slot", 6], ["pointer", "tail", 6], ["pointer", "size", 3]], /^7 went into slot 6: an enqueue writes at tail, slot 5\.$/],
    ["pushed-below-top", () => [STACK_KIT as never, taskOf(STACK_KIT, stack(4, ["1", "2"]), "push", "9") as never], [["slot", 1], ["remove"], ["slot", 1], ["pointer", "top", 2]], /^9 went into slot 1, at or below the top: a push writes one above top, at slot 2\.$/],
    ["nothing-returned", () => [STACK_KIT as never, taskOf(STACK_KIT, stack(4, ["1", "2"]), "pop") as never], [["pointer", "top", 0]], /^Nothing was removed: a pop returns the top value, at slot 1; take it out and press Remove\.$/],
    ["popped-bottom", () => [STACK_KIT as never, taskOf(STACK_KIT, stack(4, ["1", "2", "3"]), "pop") as never], [["slot", 0], ["remove"], ["pointer", "top", 1]], /^1 came from slot 0, the bottom: a pop takes the top value, at slot 2\.$/],
    ["took-from-tail", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b", "c"]), "dequeue") as never], [["slot", 2], ["remove"], ["pointer", "head", 1], ["pointer", "size", 2]], /^c came from slot 2, the last one enqueued: a dequeue takes the front value, at head, slot 0\.$/],
    ["took-wrong-value", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b", "c"]), "dequeue") as never], [["slot", 1], ["remove"], ["pointer", "head", 1], ["pointer", "size", 2]], /^b came from slot 1: a dequeue takes the front value, at head, slot 0\.$/],
    ["no-shift", () => [QUEUE_KIT as never, taskOf(QUEUE_KIT, queue(6, ["a", "b", "c"]), "dequeue") as never], [["slot", 0], ["remove"], ["pointer", "rear", 1]], /^The other values stayed where they were: after a dequeue each moves one slot forward/],
    ["forgot-pointer", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a"], 2), "enqueue", "7") as never], [["slot", 3], ["pointer", "size", 2]], /^tail still points at slot 3: after the enqueue it moves to slot 4\.$/],
    ["wrong-direction", () => [STACK_KIT as never, taskOf(STACK_KIT, stack(4, ["1", "2"]), "push", "9") as never], [["slot", 2], ["pointer", "top", 0]], /^top moved from 1 to 0, the wrong way: the push moves it to slot 2\.$/],
    ["forgot-wrap", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(4, ["a", "b"], 1), "enqueue", "7") as never], [["slot", 3], ["pointer", "tail", 4], ["pointer", "size", 3]], /^tail points at slot 4, past the last slot: \(3 \+ 1\) mod 4 = 0, so it wraps to slot 0\.$/],
    ["wrapped-early", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b"]), "enqueue", "7") as never], [["slot", 2], ["pointer", "tail", 0], ["pointer", "size", 3]], /^tail wrapped to slot 0 too early: \(2 \+ 1\) mod 8 = 3\.$/],
    ["wrong-pointer", () => [QUEUE_KIT as never, taskOf(QUEUE_KIT, queue(6, ["a", "b"]), "enqueue", "7") as never], [["slot", 2], ["pointer", "rear", 4]], /^rear should point at slot 2, not 4\.$/],
    ["moved-head", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b"]), "enqueue", "7") as never], [["slot", 2], ["pointer", "tail", 3], ["pointer", "head", 1], ["pointer", "size", 3]], /^An enqueue leaves head alone: it moved from 0 to 1\.$/],
    ["moved-front", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b"], 0, "count", "front-rear"), "enqueue", "7") as never], [["slot", 2], ["pointer", "rear", 2], ["pointer", "front", 1], ["pointer", "size", 3]], /^An enqueue leaves front alone: it moved from 0 to 1\.$/],
    ["moved-rear", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b"], 0, "spare-slot", "front-rear"), "dequeue") as never], [["slot", 0], ["remove"], ["pointer", "front", 1], ["pointer", "rear", 0]], /^A dequeue leaves rear alone: it moved from 1 to 0\.$/],
    ["moved-tail", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b"]), "dequeue") as never], [["slot", 0], ["remove"], ["pointer", "head", 1], ["pointer", "tail", 1], ["pointer", "size", 1]], /^A dequeue leaves tail alone: it moved from 2 to 1\.$/],
    ["wrong-size", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b"]), "enqueue", "7") as never], [["slot", 2], ["pointer", "tail", 3]], /^size should be 3, not 2: an enqueue adds one\.$/],
    ["value-in-hand", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b"]), "dequeue") as never], [["slot", 0], ["pointer", "head", 1], ["pointer", "size", 1]], /^a is still in hand: put it in a slot, or press Remove if the operation returns it\.$/],
    ["not-the-state", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b"]), "enqueue", "7") as never], [["slot", 2], ["pointer", "tail", 3], ["pointer", "size", 3], ["slot", 0], ["slot", 5]], /^This is not the state after enqueue 7: compare slot 0\.$/],
  ];

  it("the catalogue names every mistake the grader can give, once", () => {
    expect([...CASES.map((c) => c[0]), ...LINKED_CASES.map((c) => c[0])].sort()).toEqual([...MISTAKES].sort());
  });

  // The same mistakes under other conventions are told in the course's own names.
  const IN_CONVENTIONS: [MistakeId, () => [AnyKit, Task<never>], Move[], RegExp][] = [
    ["pushed-below-top", () => [STACK_KIT as never, taskOf(STACK_KIT, STACK_KIT.start({ capacity: 4, values: ["1", "2"], pointers: "next-free" }), "push", "9") as never], [["slot", 1], ["remove"], ["slot", 1], ["pointer", "top", 3]], /^9 went into slot 1, below top: a push writes at top, slot 2\.$/],
    ["forgot-wrap", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(4, ["a", "b"], 2, "count", "front-rear"), "enqueue", "7") as never], [["slot", 0], ["pointer", "rear", 4], ["pointer", "size", 3]], /^rear points at slot 4, past the last slot: \(3 \+ 1\) mod 4 = 0, so it wraps to slot 0\.$/],
    ["value-not-written", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(8, ["a", "b"], 3, "count", "front-size"), "enqueue", "7") as never], [["pointer", "size", 3]], /^7 is not in the cyclic queue: an enqueue writes at slot \(front \+ size\) mod capacity = 5\.$/],
    ["forgot-wrap", () => [CYCLIC_QUEUE_KIT as never, taskOf(CYCLIC_QUEUE_KIT, cyclic(4, ["a"], 3, "count", "front-size"), "dequeue") as never], [["slot", 3], ["remove"], ["pointer", "front", 4], ["pointer", "size", 0]], /^front points at slot 4, past the last slot: \(3 \+ 1\) mod 4 = 0, so it wraps to slot 0\.$/],
    ["nothing-returned", () => [STACK_KIT as never, taskOf(STACK_KIT, STACK_KIT.start({ capacity: 4, values: ["1", "2"], pointers: "next-free" }), "pop") as never], [["pointer", "top", 1]], /^Nothing was removed: a pop returns the top value, at slot 1; take it out and press Remove\.$/],
  ];
  const named = (list: typeof CASES, how: (id: string, said: RegExp) => string) => list.map(([id, make, moves, said]) => ({ name: how(id, said), id, make, moves, said }));
  const ALL = [
    ...named(CASES, (id) => `grade() names ${id} when a student makes it, in its sentence`),
    ...named(IN_CONVENTIONS, (id, said) => `grade() names ${id} in the convention's own pointers: ${said.source.slice(1, 40)}…`),
  ];
  for (const { name, id, make, moves, said } of ALL) {
    it(name, () => {
      const [kit, task] = make();
      const result = grade(kit, task, perform(task, kit, moves));
      expect(result.correct).toBe(false);
      const mistake = result.mistakes.find((m) => m.id === id);
      expect(mistake).withContext(JSON.stringify(result.mistakes)).toBeDefined();
      expect(mistake!.say).toMatch(said);
    });
  }

  it("pressSlot, removeHeld and setPointer refuse what cannot be done, changing nothing", () => {
    const task = taskOf(STACK_KIT, stack(3, ["1"]), "push", "9");
    const start = sketchOf(STACK_KIT, task.start);
    const held = pressSlot(start, 0, "9").sketch;
    expect(held.held).toBe("1");
    expect(pressSlot(held, 0, "9").sketch.slots[0]).toBe("1"); // put back
    const full = pressSlot(pressSlot(held, 1, "9").sketch, 0, "9"); // 1 put in slot 1, then slot 0 gets 9
    expect(full.sketch.slots).toEqual(["9", "1", null]);
    expect(pressSlot({ ...held }, 5, null).refusal).toBe("There is no slot 5.");
    expect(removeHeld(start).refusal).toMatch(/^Nothing is in hand to remove/);
    const removed = removeHeld(held).sketch;
    expect(removed.removed).toBe("1");
    expect(setPointer(start, "head", 1).refusal).toBe("There is no pointer head here.");
    expect(pressSlot(start, 1, null).refusal).toBe("Slot 1 is empty and nothing is in hand to put there.");
  });
});

describe("practice in a controller", () => {
  function practise(seed: number) {
    const controller = createController(testContext(), resolveOptions({ structure: "stack", capacity: 4, mode: "practice", seed }));
    const said: [string, boolean][] = [];
    const reports: AnswerReport[] = [];
    let status: PracticeStatus | undefined;
    const practice = new Practice(controller as never, { capacity: 4, fullRule: "count", seed }, {
      say: (s, refusal) => said.push([s, !!refusal]),
      update: (s) => (status = s),
      answer: (r) => reports.push(r),
    }) as Practice<never>;
    return { controller, practice, said, reports, status: () => status! };
  }

  it("practice.check() scores each task's first Check; Show answer makes the next Check right and unscored", () => {
    const { practice, reports, status, controller } = practise(11);
    const sketch = status().sketch;
    // A wrong answer first (unless the task is refused: then any change is wrong).
    const full = sketch.slots.findIndex((v) => v !== null);
    if (full >= 0) practice.press(full);
    else practice.press(0);
    expect(practice.check().correct).toBe(false);
    expect(status().done).toBe(1);
    expect(status().right).toBe(0);
    practice.showAnswer();
    expect(controller.player.trace).toBeDefined(); // the model's trace plays
    expect(practice.check()).toEqual({ correct: true, mistakes: [] });
    expect(reports.map((r) => [r.correct, r.scored])).toEqual([[false, true], [true, false]]);
    expect(status().done).toBe(1);
    practice.newTask();
    expect(status().canUndo).toBe(false);
  });

  it("state() follows the student's moves; Undo and Reset go back exactly", () => {
    const { practice, status, controller } = practise(4);
    const start = JSON.stringify(controller.state());
    const sketch = status().sketch;
    const empty = sketch.slots.indexOf(null);
    const slot = empty >= 0 ? empty : 0;
    const to = sketch.pointers.top === 3 ? 0 : 3;
    practice.press(slot);
    practice.point("top", to);
    expect(JSON.stringify(controller.state())).not.toBe(start);
    expect(controller.model.top).toBe(to);
    practice.undo();
    expect(controller.model.top).toBe(sketch.pointers.top);
    practice.reset();
    expect(JSON.stringify(controller.state())).toBe(start);
    expect(status().sketch).toEqual(sketch);
  });

  for (const kit of [LINKED_STACK_KIT, LINKED_QUEUE_KIT]) {
    it(`linked ${kit.noun}: the right moves grade as correct on 1,000 random tasks, and the model's own answer too`, () => {
      const random = seededRandom(77);
      let refused = 0;
      for (let n = 0; n < 1000; n++) {
        const task = drawTask(kit, 1 + (n % 6), "count", random);
        const got = performLinked(task, rightLinkedMoves(task));
        expect(gradeLinked(kit, task, got)).withContext(task.sentence).toEqual({ correct: true, mistakes: [] });
        expect(gradeLinked(kit, task, linkedAnswerOf(task)).correct).toBe(true);
        if (!task.trace.ok) refused++;
      }
      expect(refused).toBeGreaterThan(50);
    });
  }

  for (const [id, make, moves, said] of [...LINKED_CASES, ...LINKED_OTHERS]) {
    it(`gradeLinked() names ${id}: ${said.source.slice(1, 40)}…`, () => {
      const task = make();
      const kit = task.start.kind === "stack" ? LINKED_STACK_KIT : LINKED_QUEUE_KIT;
      const result = gradeLinked(kit, task, performLinked(task, moves));
      expect(result.correct).toBe(false);
      const mistake = result.mistakes.find((m) => m.id === id);
      expect(mistake).withContext(JSON.stringify(result.mistakes)).toBeDefined();
      expect(mistake!.say).toMatch(said);
    });
  }

  it("a lost list shows as lost: the picture draws only what top reaches, and a made node waits below until linked", () => {
    const start = linkedStart("stack", ["1", "2"]);
    const task = taskOf(LINKED_STACK_KIT, start, "push", "7");
    const items = new Map(start.chain.map((i) => [i.value, i]));
    const itemOf = (v: string) => items.get(v) || (items.set(v, makeItem(v)), items.get(v)!);
    const made = performLinked(task, [["node"], ["next", "7", "2"]]);
    const waiting = linkedStateOf(start, made, itemOf);
    expect([waiting.chain.map((i) => i.value), waiting.loose && waiting.loose.value, waiting.looseLinked]).toEqual([["2", "1"], "7", true]);
    const lost = linkedStateOf(start, performLinked(task, [["node"], ["ref", "top", "7"]]), itemOf);
    expect(lost.chain.map((i) => i.value)).toEqual(["7"]);
  });
});
