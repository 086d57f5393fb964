// Grades a student's picture of linked nodes against the operation's trace and names each
// mistake: the node not made or not linked in, the list lost by moving top before linking,
// a reference left where it was, a wrong next, the size, the value returned.
import { LinkedState } from "../linked/linked-model";
import { StructureKit } from "../model/kit";
import { finalState } from "../model/trace";
import { Grade, MistakeId } from "./grader";
import { LinkedSketch, linkedSketchOf, sameLinked, walk } from "./linked-sketch";
import { Task } from "./task";

type Add = (id: MistakeId, say: string) => void;
const shown = (v: string | null | undefined) => (v === null || v === undefined ? "null" : v);

/** The model's answer: the picture after the trace, with the value a pop or dequeue returns. */
export function linkedAnswerOf(task: Task<LinkedState>): LinkedSketch {
  const returns = task.trace.ok && (task.operation === "pop" || task.operation === "dequeue");
  return { ...linkedSketchOf(finalState(task.trace)), returned: returns ? task.trace.value || null : null };
}

export function gradeLinked(kit: StructureKit<LinkedState>, task: Task<LinkedState>, got: LinkedSketch): Grade {
  const want = linkedAnswerOf(task);
  if (sameLinked(got, want)) return { correct: true, mistakes: [] };
  const start = linkedSketchOf(task.start);
  const mistakes: { id: MistakeId; say: string }[] = [];
  const add: Add = (id, say) => mistakes.push({ id, say });
  if (!task.trace.ok) {
    const full = task.trace.reason === "full";
    add(full ? "changed-when-full" : "changed-when-empty", `The ${kit.noun} is ${full ? "full" : "empty"}: ${task.operation} is refused and nothing changes.`);
  } else if (task.value !== undefined) adding(task, start, want, got, add);
  else taking(task, start, want, got, add);
  if (task.trace.ok && got.size !== want.size) add("wrong-size", `size should be ${want.size}, not ${got.size}: ${task.value !== undefined ? "the new node adds one" : "the unlinked node takes one away"}.`);
  if (!mistakes.length) add("not-the-state", `This is not the ${kit.noun} after ${task.sentence.replace(/\.$/, "").toLowerCase()}: follow the list from ${"top" in want.refs ? "top" : "head"}.`);
  return { correct: false, mistakes };
}

function reference(name: string, start: LinkedSketch, want: LinkedSketch, got: LinkedSketch, why: string, add: Add): void {
  if (got.refs[name] === want.refs[name]) return;
  if (got.refs[name] === start.refs[name]) add("forgot-pointer", `${name} still points at ${shown(start.refs[name])}: ${why}.`);
  else add("wrong-pointer", `${name} should point at ${shown(want.refs[name])}, not ${shown(got.refs[name])}: ${why}.`);
}

function adding(task: Task<LinkedState>, start: LinkedSketch, want: LinkedSketch, got: LinkedSketch, add: Add): void {
  const value = task.value as string;
  if (got.nodes.indexOf(value) < 0) return add("value-not-written", `There is no node holding ${value}: ${task.operation} starts with node = new Node(${value}).`);
  if ("top" in want.refs) {
    const old = start.refs.top;
    if (got.refs.top === value && got.next[value] === null && old !== null)
      return add("lost-list", `top points at the new node ${value}, but ${value}.next is null: ${old} and the nodes after it are lost. Set node.next = top before top = node.`);
    if (got.next[value] !== old) add("wrong-next", `${value}.next should be ${shown(old)}, the old top, not ${shown(got.next[value])}.`);
    return reference("top", start, want, got, `after the push top is the new node ${value}`, add);
  }
  const tail = start.refs.tail;
  if (tail !== null && got.next[tail] !== value && walk(got, got.refs.head).indexOf(value) < 0)
    add("not-linked", `${value} is not linked in: tail.next = node makes ${tail} point at it.`);
  else if (tail === null) reference("head", start, want, got, `an enqueue on an empty queue makes the new node head`, add);
  if (got.next[value] !== null) add("wrong-next", `${value}.next should be null: it is the last node, not ${shown(got.next[value])}.`);
  reference("tail", start, want, got, `after the enqueue tail is the new node ${value}`, add);
  if (tail !== null && got.refs.head !== start.refs.head) add("moved-head", `An enqueue leaves head alone: it moved from ${shown(start.refs.head)} to ${shown(got.refs.head)}.`);
}

function taking(task: Task<LinkedState>, start: LinkedSketch, want: LinkedSketch, got: LinkedSketch, add: Add): void {
  const first = "top" in want.refs ? "top" : "head";
  const front = start.refs[first] as string;
  if (got.returned === null) add("nothing-returned", `Nothing is returned: a ${task.operation} returns ${first}.value, ${front}; choose it under Returns.`);
  else if (got.returned !== want.returned) add("took-wrong-value", `${got.returned} is returned: a ${task.operation} returns ${first}.value, ${front}.`);
  reference(first, start, want, got, `${first} = ${first}.next unlinks ${front}`, add);
  if (first === "head" && want.refs.tail === null) reference("tail", start, want, got, "the queue is empty once its last node goes", add);
  else if (first === "head" && got.refs.tail !== start.refs.tail) add("moved-tail", `A dequeue leaves tail alone: it moved from ${shown(start.refs.tail)} to ${shown(got.refs.tail)}.`);
}
