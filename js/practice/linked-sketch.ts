// The student's picture of linked nodes in practice mode, as a plain immutable value: the
// nodes they have (by value: a task's values are distinct), each node's next, the
// references (top; head and tail), the size field and the value they say is returned.
// Moves are pure functions of it; what counts is the list reachable from top or head.
import { Item } from "../model/structure";
import { LinkedState } from "../linked/linked-model";

export interface LinkedSketch {
  /** Every node, in the order made (the start's list first). */
  readonly nodes: readonly string[];
  /** Each node's next: a node's value, or null. */
  readonly next: Readonly<Record<string, string | null>>;
  /** top, or head and tail: a node's value, or null. */
  readonly refs: Readonly<Record<string, string | null>>;
  readonly size: number;
  /** What the student says the operation returns. */
  readonly returned: string | null;
}

/** A move and the picture after it; `refusal` says why nothing changed. */
export interface LinkedMoved {
  sketch: LinkedSketch;
  refusal?: string;
}

/** The student's picture of state `s`: its list, references and size; nothing returned. */
export function linkedSketchOf(s: LinkedState): LinkedSketch {
  const values = s.chain.map((i) => i.value);
  const next: Record<string, string | null> = {};
  values.forEach((v, i) => (next[v] = i + 1 < values.length ? values[i + 1] : null));
  const first = values.length ? values[0] : null;
  const refs: Record<string, string | null> = s.kind === "stack" ? { top: first } : { head: first, tail: s.tail >= 0 && s.tail < values.length ? values[s.tail] : null };
  return { nodes: values, next, refs, size: s.size, returned: null };
}

/** The values reachable from `from` along next (a loop is followed once round). */
export function walk(s: LinkedSketch, from: string | null): string[] {
  const seen: string[] = [];
  for (let v = from; v !== null && seen.indexOf(v) < 0; v = s.next[v] ?? null) seen.push(v);
  return seen;
}

/** True when two pictures mean the same: the same list from top or head, the same tail, size and value returned. */
export function sameLinked(a: LinkedSketch, b: LinkedSketch): boolean {
  const first = "top" in b.refs ? "top" : "head";
  const [x, y] = [walk(a, a.refs[first]), walk(b, b.refs[first])];
  return x.length === y.length && x.every((v, i) => v === y[i]) && a.refs.tail === b.refs.tail && a.size === b.size && a.returned === b.returned;
}

/** Makes the task's new node (next null). */
export function newNode(s: LinkedSketch, value: string | undefined): LinkedMoved {
  if (value === undefined) return { sketch: s, refusal: "This task adds no value: there is no node to make." };
  if (s.nodes.indexOf(value) >= 0) return { sketch: s, refusal: `There is a node holding ${value} already.` };
  return { sketch: { ...s, nodes: [...s.nodes, value], next: { ...s.next, [value]: null } } };
}

export function setNext(s: LinkedSketch, node: string, target: string | null): LinkedMoved {
  if (s.nodes.indexOf(node) < 0 || (target !== null && s.nodes.indexOf(target) < 0)) return { sketch: s, refusal: "There is no such node." };
  return s.next[node] === target ? { sketch: s } : { sketch: { ...s, next: { ...s.next, [node]: target } } };
}

export function setRef(s: LinkedSketch, name: string, target: string | null): LinkedMoved {
  if (!(name in s.refs) || (target !== null && s.nodes.indexOf(target) < 0)) return { sketch: s, refusal: `There is no reference ${name} here.` };
  return s.refs[name] === target ? { sketch: s } : { sketch: { ...s, refs: { ...s.refs, [name]: target } } };
}

export function setSize(s: LinkedSketch, size: number): LinkedMoved {
  return s.size === size ? { sketch: s } : { sketch: { ...s, size } };
}

export function setReturned(s: LinkedSketch, value: string | null): LinkedMoved {
  return s.returned === value ? { sketch: s } : { sketch: { ...s, returned: value } };
}

/**
 * The state that draws the student's picture: the list reachable from top or head, and a
 * made node that is not reachable waiting below it (linked to top, if its next says so).
 * Nodes no reference reaches are gone from the picture: a lost list shows as lost.
 */
export function linkedStateOf(like: LinkedState, s: LinkedSketch, itemOf: (value: string) => Item): LinkedState {
  const first = like.kind === "stack" ? s.refs.top : s.refs.head;
  const chain = walk(s, first);
  const loose = s.nodes.find((v) => chain.indexOf(v) < 0 && like.chain.every((i) => i.value !== v));
  const tail = like.kind === "queue" && s.refs.tail !== null ? chain.indexOf(s.refs.tail) : -1;
  return {
    ...like,
    chain: chain.map(itemOf),
    loose: loose !== undefined ? itemOf(loose) : null,
    looseLinked: loose !== undefined && chain.length > 0 && s.next[loose] === chain[0],
    tail,
    size: s.size,
  };
}
