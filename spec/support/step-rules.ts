// What each code line may change in a state, and nothing else: specs walk every trace
// with these and fail on a step whose state does not follow from the one before.
import { finalState, Step, Trace } from "../../js/model/trace";
import { Item } from "../../js/model/structure";
import { deepFreeze, item, pick, prng } from "./sequences";
import { StackState } from "../../js/stack/stack-model";
import { QueueState } from "../../js/queue/queue-model";
import { CyclicState } from "../../js/cyclic-queue/cyclic-queue-model";
import { LinkedState } from "../../js/linked/linked-model";

type Slots = readonly unknown[];

/** True when `b` differs from `a` at most in slot `slot`. */
function onlySlot(a: Slots, b: Slots, slot: number): boolean {
  return a.length === b.length && a.every((s, i) => i === slot || s === b[i]);
}

const unchanged = <S>(prev: S, step: Step<S>) => (step.state === prev ? null : `${step.line} changed the state`);

/** A grow step: twice the capacity (up to the limit), and `items` (the items before, in order) in slots 0..n−1, the rest empty. */
function grewFrom(prev: { capacity: number; limit?: number }, next: { capacity: number; slots: readonly unknown[] }, items: readonly unknown[]): string | null {
  const doubled = next.capacity === Math.min(2 * prev.capacity, prev.limit || 64) && next.slots.length === next.capacity;
  const copied = next.slots.every((x, i) => (i < items.length ? x === items[i] : x === null));
  return doubled && copied ? null : "grow must double the array and copy every item, in order, into slots 0..n-1";
}

/** What each line may change, and nothing else: null when `step` follows from `prev` as its line says. */
export function stackStepError(prev: StackState, step: Step<StackState>): string | null {
  const next = step.state;
  const sameSlots = next.slots === prev.slots;
  switch (step.line) {
    case "check-full":
    case "check-empty":
    case "read":
    case "return":
    case "return-top":
      return unchanged(prev, step);
    case "move-top":
      return sameSlots && Math.abs(next.top - prev.top) === 1 ? null : "move-top must change top by one and nothing else";
    // Under next-free, top (here the top item's slot) names the slot below the one written or erased.
    case "write": {
      const slot = prev.pointers === "next-free" ? prev.top + 1 : prev.top;
      return next.top === prev.top && prev.slots[slot] === null && next.slots[slot] !== null && onlySlot(prev.slots, next.slots, slot)
        ? null
        : "write must fill slots[top] and nothing else";
    }
    case "erase": {
      const slot = prev.pointers === "next-free" ? prev.top + 1 : prev.top;
      return next.top === prev.top && next.slots[slot] === null && onlySlot(prev.slots, next.slots, slot) ? null : "erase must clear slots[top] only";
    }
    case "clear-slots":
      return next.top === prev.top && next.slots.every((s) => s === null) ? null : "clear-slots must clear every slot only";
    case "reset-top":
      return sameSlots && next.top === -1 ? null : "reset-top must set top to -1 only";
    case "grow":
      return next.top === prev.top ? grewFrom(prev, next, prev.slots.slice(0, prev.top + 1)) : "grow must leave top alone";
    default:
      return `unknown line ${step.line}`;
  }
}



export function queueStepError(prev: QueueState, step: Step<QueueState>): string | null {
  const next = step.state;
  switch (step.line) {
    case "check-full":
    case "check-empty":
    case "read":
    case "return":
    case "return-front":
      return unchanged(prev, step);
    case "write": {
      // Under front-rear, move-rear has counted the slot in already: write fills slots[rear].
      const slot = prev.pointers === "front-rear" ? prev.size - 1 : prev.size;
      return next.size === prev.size && prev.slots[slot] === null && next.slots[slot] !== null && onlySlot(prev.slots, next.slots, slot)
        ? null
        : "write must fill slots[size] only";
    }
    case "move-rear":
      return prev.pointers === "front-rear" && next.slots === prev.slots && Math.abs(next.size - prev.size) === 1 ? null : "move-rear must change rear by one only";
    case "reset-rear":
      return prev.pointers === "front-rear" && next.slots === prev.slots && next.size === 0 ? null : "reset-rear must set rear to -1 only";
    case "count-up":
    case "count-down":
      return next.slots === prev.slots && next.size - prev.size === (step.line === "count-up" ? 1 : -1) ? null : `${step.line} must change size only`;
    case "shift": {
      const to = step.focus && step.focus.slot;
      return to !== undefined && next.size === prev.size && next.slots[to] === prev.slots[to + 1] && onlySlot(prev.slots, next.slots, to)
        ? null
        : "shift must copy slots[i] into slots[i - 1] only";
    }
    case "erase": {
      const slot = step.focus && step.focus.slot;
      return slot === prev.size - 1 && next.slots[slot] === null && next.size === prev.size && onlySlot(prev.slots, next.slots, slot)
        ? null
        : "erase must clear slots[size - 1] only";
    }
    case "clear-slots":
      return next.size === prev.size && next.slots.every((s) => s === null) ? null : "clear-slots must clear every slot only";
    case "reset-size":
      return next.slots === prev.slots && next.size === 0 ? null : "reset-size must set size to 0 only";
    case "grow":
      return next.size === prev.size ? grewFrom(prev, next, prev.slots.slice(0, prev.size)) : "grow must leave size alone";
    default:
      return `unknown line ${step.line}`;
  }
}

export function cyclicStepError(prev: CyclicState, step: Step<CyclicState>): string | null {
  const next = step.state;
  const c = prev.capacity;
  const same = (keys: (keyof CyclicState)[]) => keys.every((k) => next[k] === prev[k]);
  const derived = (s: CyclicState) => s.fullRule === "count" || s.size === (s.tail - s.head + c) % c;
  if (!derived(next)) return `${step.line}: the spare-slot size is not (tail - head) mod capacity`;
  switch (step.line) {
    case "check-full":
    case "check-empty":
    case "read":
    case "return":
    case "return-front":
      return unchanged(prev, step);
    case "write": {
      // Under front-rear, advance-rear came first: write fills slots[rear] = slots[tail - 1].
      const slot = prev.pointers === "front-rear" ? (prev.tail - 1 + c) % c : prev.tail;
      return same(["head", "tail", "size"]) && prev.slots[slot] === null && next.slots[slot] !== null && onlySlot(prev.slots, next.slots, slot)
        ? null
        : "write must fill slots[tail] only";
    }
    case "advance-rear":
    case "advance-tail":
      return next.slots === prev.slots && next.head === prev.head && next.tail === (prev.tail + 1) % c && (prev.fullRule !== "count" || next.size === prev.size)
        ? null
        : "advance-tail must set tail = (tail + 1) mod capacity only";
    case "advance-front":
    case "advance-head":
      return next.slots === prev.slots && next.tail === prev.tail && next.head === (prev.head + 1) % c && (prev.fullRule !== "count" || next.size === prev.size)
        ? null
        : "advance-head must set head = (head + 1) mod capacity only";
    case "count-up":
    case "count-down":
      // front-size keeps no tail: ours is (head + size) mod capacity, so it follows the size.
      return prev.fullRule === "count" &&
        same(["slots", "head"]) &&
        (prev.pointers === "front-size" ? next.tail === (next.head + next.size) % c : next.tail === prev.tail) &&
        next.size - prev.size === (step.line === "count-up" ? 1 : -1)
        ? null
        : `${step.line} must change the size field only (count rule)`;
    case "erase":
      return same(["head", "tail", "size"]) && next.slots[prev.head] === null && onlySlot(prev.slots, next.slots, prev.head) ? null : "erase must clear slots[head] only";
    case "clear-slots":
      return same(["head", "tail", "size"]) && next.slots.every((s) => s === null) ? null : "clear-slots must clear every slot only";
    case "reset":
      return next.slots === prev.slots && next.head === 0 && next.tail === 0 && next.size === 0 ? null : "reset must set head, tail (and size) to 0 only";
    case "grow": {
      // Unwrapped: the items in order from head into slots 0..n−1, head 0 and tail n.
      const n = prev.fullRule === "count" ? prev.size : c - 1;
      const items = Array.from({ length: n }, (_, i) => prev.slots[(prev.head + i) % c]);
      return next.head === 0 && next.tail === n && next.size === n ? grewFrom(prev, next, items) : "grow must set head 0 and tail n";
    }
    default:
      return `unknown line ${step.line}`;
  }
}

/** What each line of the linked listings may change, and nothing else. */
export function linkedStepError(prev: LinkedState, step: Step<LinkedState>): string | null {
  const next = step.state;
  const same = (keys: (keyof LinkedState)[]) => keys.every((k) => next[k] === prev[k]);
  switch (step.line) {
    case "check-full":
    case "check-empty":
    case "read":
    case "return":
    case "return-top":
    case "return-front":
      return step.state === prev ? null : `${step.line} changed the state`;
    case "allocate":
      return !prev.loose && next.loose && same(["chain", "size", "tail"]) ? null : "allocate must make a loose node only";
    case "link":
      if (prev.kind === "stack") return next.looseLinked && next.loose === prev.loose && same(["chain", "size"]) ? null : "link must set the loose node's next only";
      return !next.loose && next.chain.length === prev.chain.length + 1 && next.chain[next.chain.length - 1] === prev.loose && same(["size", "tail"]) ? null : "link must append the node, tail unmoved";
    case "move-top":
      if (prev.loose) return !next.loose && next.chain[0] === prev.loose && next.chain.length === prev.chain.length + 1 && same(["size"]) ? null : "move-top (push) must make the node top";
      return next.chain.length === prev.chain.length - 1 && next.chain.every((n, i) => n === prev.chain[i + 1]) && same(["size"]) ? null : "move-top (pop) must unlink the top node";
    case "move-tail":
      return next.tail === next.chain.length - 1 && same(["chain", "size"]) ? null : "move-tail must point tail at the last node";
    case "move-head":
      return next.chain.length === prev.chain.length - 1 && next.chain.every((n, i) => n === prev.chain[i + 1]) && same(["size"]) ? null : "move-head must unlink the head node";
    case "clear-tail":
      return next.chain.length > 0 ? (next === prev ? null : "clear-tail must leave a non-empty queue") : next.tail === -1 ? null : "clear-tail must null tail";
    case "count-up":
    case "count-down":
      return same(["chain", "tail", "loose"]) && next.size - prev.size === (step.line === "count-up" ? 1 : -1) ? null : `${step.line} must change size only`;
    case "reset":
      return next.chain.length === 0 && next.size === 0 && (next === prev || next.tail === -1) ? null : "reset must empty the list";
    default:
      return `unknown line ${step.line}`;
  }
}

/**
 * Runs `count` random operations from `start` (each on a frozen state), checking every step with `stepError`;
 * `refuses(name, state)` says which operations must be refused. Returns the last state.
 */
export function walkRandomly<S>(
  seed: number,
  count: number,
  start: S,
  ops: Record<string, (s: S, i: Item) => Trace<S>>,
  names: readonly string[],
  stepError: (prev: S, step: Step<S>) => string | null,
  refuses: (name: string, state: S) => boolean,
): S {
  const rand = prng(seed);
  let s = start;
  for (let n = 0; n < count; n++) {
    const name = pick(rand, names);
    const t = ops[name](deepFreeze(s), item(String(n))); // frozen: an operation that wrote into it would throw
    let prev = s;
    for (const step of t.steps) {
      expect(stepError(prev, step)).withContext(`${name} #${n}: ${step.line}`).toBeNull();
      prev = step.state;
    }
    expect(t.ok).withContext(`${name} #${n}`).toBe(!refuses(name, s));
    s = finalState(t);
  }
  return s;
}
