// The cyclic queue's pure model as a kit: its buttons, operations, start state (under
// either full rule and any pointer convention) and what a lesson may ask about it.
import { Askable, range, StructureKit } from "../model/kit";
import { makeItem, QUEUE_OPERATIONS } from "../model/structure";
import { QueuePointers } from "../model/conventions";
import { canGrow } from "../model/growth";
import { clear, cyclicFull, cyclicItems, cyclicOf, CyclicState, dequeue, enqueue, peek, rearOf } from "./cyclic-queue-model";

/** The fields of the state's convention, as a student sets them and state() reports them. */
export function cyclicFields(s: CyclicState): Record<string, number> {
  if (s.pointers === "front-size") return { front: s.head, size: s.size };
  const fields: Record<string, number> = s.pointers === "front-rear" ? { front: s.head, rear: rearOf(s) } : { head: s.head, tail: s.tail };
  if (s.fullRule === "count") fields.size = s.size;
  return fields;
}

const where = (read: (s: CyclicState) => number): Askable<CyclicState> => ({ read, range: (s) => range(0, s.capacity - 1), asks: "where" });

export const CYCLIC_QUEUE_KIT: StructureKit<CyclicState> = {
  structure: "cyclic-queue",
  noun: "cyclic queue",
  operations: QUEUE_OPERATIONS,
  pure: { enqueue, dequeue, peek, clear },
  start: (o) => cyclicOf(o.capacity, o.fullRule || "count", o.values.map(makeItem), (o.pointers as QueuePointers) || "head-tail", o.growth),
  isFull: (s) => cyclicFull(s) && !canGrow(s),
  items: cyclicItems,
  askable: {
    head: where((s) => s.head),
    tail: where((s) => s.tail),
    front: where((s) => s.head),
    rear: where(rearOf),
    size: { read: (s) => s.size, range: (s) => range(0, s.capacity), asks: "what" },
  },
  // The size field a lesson may ask about even under the spare-slot rule (it is then (tail − head) mod capacity).
  askNames: (s) => [...Object.keys(cyclicFields(s)).filter((n) => n !== "size"), "size"],
  // The size field is the count rule's own; the spare-slot rule keeps none.
  pointers: cyclicFields,
  // Slot `capacity` too: "tail = 8" (no wrap) is a mistake a student must be able to make.
  pointerRange: (s) => range(0, s.capacity),
  withPointers: (like, slots, p) => {
    const c = like.capacity;
    const mod = (n: number) => ((n % c) + c) % c;
    const head = "head" in p ? p.head : p.front;
    const tail = "tail" in p ? p.tail : "rear" in p ? mod(p.rear + 1) : mod(p.front + p.size);
    return { ...like, slots, head, tail, size: "size" in p ? p.size : mod(tail - head) };
  },
};
