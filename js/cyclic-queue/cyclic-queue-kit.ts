// The cyclic queue's pure model as a kit: its buttons, operations, start state (under
// either full rule) and what a lesson may ask about it (head, tail, size).
import { range, StructureKit } from "../model/kit";
import { makeItem, QUEUE_OPERATIONS } from "../model/structure";
import { clear, cyclicFull, cyclicItems, cyclicOf, CyclicState, dequeue, enqueue, peek } from "./cyclic-queue-model";

export const CYCLIC_QUEUE_KIT: StructureKit<CyclicState> = {
  structure: "cyclic-queue",
  noun: "cyclic queue",
  operations: QUEUE_OPERATIONS,
  pure: { enqueue, dequeue, peek, clear },
  start: (o) => cyclicOf(o.capacity, o.fullRule || "count", o.values.map(makeItem)),
  isFull: cyclicFull,
  items: cyclicItems,
  askable: {
    head: { read: (s) => s.head, range: (s) => range(0, s.capacity - 1), asks: "where" },
    tail: { read: (s) => s.tail, range: (s) => range(0, s.capacity - 1), asks: "where" },
    size: { read: (s) => s.size, range: (s) => range(0, s.capacity), asks: "what" },
  },
  // The size field is the count rule's own; the spare-slot rule keeps none.
  pointers: (s): Record<string, number> => (s.fullRule === "count" ? { head: s.head, tail: s.tail, size: s.size } : { head: s.head, tail: s.tail }),
  // Slot `capacity` too: "tail = 8" (no wrap) is a mistake a student must be able to make.
  pointerRange: (s) => range(0, s.capacity),
  withPointers: (like, slots, p) => ({
    ...like,
    slots,
    head: p.head,
    tail: p.tail,
    size: "size" in p ? p.size : (((p.tail - p.head) % like.capacity) + like.capacity) % like.capacity,
  }),
};
