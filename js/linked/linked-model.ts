// The linked stack and the linked queue as pure functions of an immutable state. Nodes
// are allocated on push and enqueue and unlinked on pop and dequeue; `chain` is the list
// from top (stack) or head (queue) along the next references. A node just allocated and
// not yet linked in is `loose`. `capacity` is the most nodes the picture holds.
import { checkCapacity } from "../model/capacity";
import { plural } from "../model/result";
import { Item } from "../model/structure";
import { isolate } from "../model/values";
import { Steps, Trace } from "../model/trace";

export const LINKED_MIN_CAPACITY = 1;
export const LINKED_MAX_CAPACITY = 32;

export interface LinkedState {
  readonly kind: "stack" | "queue";
  readonly capacity: number;
  /** The linked nodes from top or head along next. */
  readonly chain: readonly Item[];
  /** A node allocated and not yet linked in. */
  readonly loose: Item | null;
  /** The loose node's next is set already (a push links it to top before top moves). */
  readonly looseLinked: boolean;
  /** Queue: the tail node's place in the chain; −1 is null. (The stack keeps no tail: −1.) */
  readonly tail: number;
  /** The size field. */
  readonly size: number;
}

/** A linked stack (`items` bottom to top) or queue (front to rear). */
export function linkedOf(kind: "stack" | "queue", capacity: number, items: readonly Item[] = []): LinkedState {
  checkCapacity(capacity, LINKED_MIN_CAPACITY, LINKED_MAX_CAPACITY, items.length);
  const chain = kind === "stack" ? items.slice().reverse() : items.slice();
  return { kind, capacity, chain, loose: null, looseLinked: false, tail: kind === "queue" ? items.length - 1 : -1, size: items.length };
}

/** The items bottom to top (stack) or front to rear (queue). */
export function linkedItems(s: LinkedState): Item[] {
  return s.kind === "stack" ? s.chain.slice().reverse() : s.chain.slice();
}

export function linkedFull(s: LinkedState): boolean {
  return s.size >= s.capacity;
}

const noun = (s: LinkedState) => (s.kind === "stack" ? "stack" : "queue");
const first = (s: LinkedState) => (s.kind === "stack" ? "top" : "head");
const nodes = (n: number) => plural(n, "node");
const valueOr = (item: Item | undefined) => (item ? isolate(item.value) : "null");

function checkFull(steps: Steps<LinkedState>, s: LinkedState, operation: "push" | "enqueue"): Trace<LinkedState> | null {
  if (!linkedFull(s)) {
    steps.note("check-full", `size is ${s.size}, less than the ${nodes(s.capacity)} the picture holds: there is room.`, { pointer: "size" });
    return null;
  }
  steps.note("check-full", `size is ${s.size} = capacity: the picture holds no more nodes.`, { pointer: "size" });
  return steps.trace(s, operation, { ok: false, reason: "full", message: `The ${noun(s)} is full: ${s.size} of ${nodes(s.capacity)}, the most the picture holds.` });
}

function checkEmpty(steps: Steps<LinkedState>, s: LinkedState, operation: "pop" | "dequeue" | "peek"): Trace<LinkedState> | null {
  const ref = first(s);
  if (s.chain.length > 0) {
    steps.note("check-empty", `${ref} is not null: the ${noun(s)} has items.`, { pointer: ref });
    return null;
  }
  steps.note("check-empty", `${ref} is null: the ${noun(s)} is empty.`, { pointer: ref });
  const nothing = operation === "peek" ? "Nothing to peek at." : `Nothing to ${operation}.`;
  return steps.trace(s, operation, { ok: false, reason: "empty", message: `The ${noun(s)} is empty. ${nothing}` });
}

export function push(s: LinkedState, item: Item): Trace<LinkedState> {
  const steps = new Steps(s);
  const refused = checkFull(steps, s, "push");
  if (refused) return refused;
  const shown = isolate(item.value);
  const allocated = { ...s, loose: item };
  const chain = [item, ...s.chain];
  steps
    .to("allocate", `node = new Node(${shown}): a new node, not linked yet.`, allocated, { pointer: "node" })
    .to("link", `node.next = top: the new node points at ${valueOr(s.chain[0])}.`, { ...allocated, looseLinked: true }, { pointer: "node" })
    .to("move-top", `top = node: ${shown} is the new top.`, { ...s, chain }, { pointer: "top" })
    .to("count-up", `size = ${s.size} + 1 = ${s.size + 1}.`, { ...s, chain, size: s.size + 1 }, { pointer: "size" });
  return steps.trace(s, "push", { ok: true, value: item.value, message: `Pushed ${shown} on a new node. Top is now ${shown}; ${nodes(s.size + 1)}.` });
}

export function pop(s: LinkedState): Trace<LinkedState> {
  const steps = new Steps(s);
  const refused = checkEmpty(steps, s, "pop");
  if (refused) return refused;
  const item = s.chain[0];
  const rest = s.chain.slice(1);
  steps
    .note("read", `x = top.value = ${isolate(item.value)}.`, { slot: 0 })
    .to("move-top", `top = top.next = ${valueOr(rest[0])}: the old top node is unlinked.`, { ...s, chain: rest }, { pointer: "top" })
    .to("count-down", `size = ${s.size} − 1 = ${s.size - 1}.`, { ...s, chain: rest, size: s.size - 1 }, { pointer: "size" })
    .note("return", `Return ${isolate(item.value)}.`);
  const after = rest.length ? `Top is now ${isolate(rest[0].value)}; ${nodes(rest.length)}.` : "The stack is now empty.";
  return steps.trace(s, "pop", { ok: true, value: item.value, message: `Popped ${isolate(item.value)}; its node is unlinked. ${after}` });
}

export function enqueue(s: LinkedState, item: Item): Trace<LinkedState> {
  const steps = new Steps(s);
  const refused = checkFull(steps, s, "enqueue");
  if (refused) return refused;
  const shown = isolate(item.value);
  const chain = [...s.chain, item];
  steps.to("allocate", `node = new Node(${shown}): a new node, not linked yet.`, { ...s, loose: item }, { pointer: "node" });
  if (s.chain.length === 0) steps.to("link", `tail is null, so head = node: the queue's only node.`, { ...s, chain }, { pointer: "head" });
  else steps.to("link", `tail.next = node: ${isolate(s.chain[s.tail].value)} now points at ${shown}.`, { ...s, chain }, { slot: s.tail });
  steps
    .to("move-tail", `tail = node: ${shown} is the new tail.`, { ...s, chain, tail: chain.length - 1 }, { pointer: "tail" })
    .to("count-up", `size = ${s.size} + 1 = ${s.size + 1}.`, { ...s, chain, tail: chain.length - 1, size: s.size + 1 }, { pointer: "size" });
  return steps.trace(s, "enqueue", { ok: true, value: item.value, message: `Enqueued ${shown} on a new node at the tail; ${nodes(chain.length)}.` });
}

export function dequeue(s: LinkedState): Trace<LinkedState> {
  const steps = new Steps(s);
  const refused = checkEmpty(steps, s, "dequeue");
  if (refused) return refused;
  const item = s.chain[0];
  const rest = s.chain.slice(1);
  // With its last node gone, tail still names that node (drawn where it was) until it is set to null.
  const moved = { ...s, chain: rest, tail: rest.length ? s.tail - 1 : 0 };
  steps
    .note("read", `x = head.value = ${isolate(item.value)}.`, { slot: 0 })
    .to("move-head", `head = head.next = ${valueOr(rest[0])}: the front node is unlinked.`, moved, { pointer: "head" });
  if (rest.length) steps.note("clear-tail", "head is not null: tail stays.", { pointer: "tail" });
  else steps.to("clear-tail", "head is null, so tail = null too: the queue is empty.", { ...moved, tail: -1 }, { pointer: "tail" });
  steps
    .to("count-down", `size = ${s.size} − 1 = ${s.size - 1}.`, { ...steps.state, size: s.size - 1 }, { pointer: "size" })
    .note("return", `Return ${isolate(item.value)}.`);
  const after = rest.length ? `Head is now ${isolate(rest[0].value)}; ${nodes(rest.length)}.` : "The queue is now empty.";
  return steps.trace(s, "dequeue", { ok: true, value: item.value, message: `Dequeued ${isolate(item.value)}; its node is unlinked. ${after}` });
}

export function peek(s: LinkedState): Trace<LinkedState> {
  const steps = new Steps(s);
  const refused = checkEmpty(steps, s, "peek");
  if (refused) return refused;
  const item = s.chain[0];
  const [line, where] = s.kind === "stack" ? ["return-top", "top"] : ["return-front", "front"];
  steps.note(line, `Return ${first(s)}.value = ${isolate(item.value)}; nothing changes.`, { slot: 0 });
  return steps.trace(s, "peek", { ok: true, value: item.value, message: `Peek: the ${where} is ${isolate(item.value)}. The ${noun(s)} is unchanged.` });
}

export function clear(s: LinkedState): Trace<LinkedState> {
  const steps = new Steps(s);
  const refs = s.kind === "stack" ? "top = null" : "head = tail = null";
  if (s.chain.length === 0) {
    steps.note("reset", `${refs} and size = 0 already.`, { pointer: first(s) });
    return steps.trace(s, "clear", { ok: true, message: `The ${noun(s)} is already empty.` });
  }
  steps.to("reset", `${refs} and size = 0: every node is unlinked.`, { ...s, chain: [], tail: -1, size: 0 }, { pointer: first(s) });
  return steps.trace(s, "clear", { ok: true, message: `Cleared ${plural(s.chain.length, "item")}. The ${noun(s)} is now empty.` });
}
