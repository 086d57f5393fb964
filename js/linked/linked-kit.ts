// The linked stack's and the linked queue's pure models as kits: their buttons,
// operations, start state and what a lesson may ask about them (the size field).
import { range, StructureKit } from "../model/kit";
import { makeItem, QUEUE_OPERATIONS } from "../model/structure";
import { STACK_OPERATIONS } from "../stack/stack-kit";
import { clear, dequeue, enqueue, linkedFull, linkedItems, linkedOf, LinkedState, peek, pop, push } from "./linked-model";

const common = {
  isFull: linkedFull,
  items: linkedItems,
  askable: { size: { read: (s: LinkedState) => s.size, range: (s: LinkedState) => range(0, s.capacity), asks: "what" as const } },
  askNames: () => ["size"],
  // Practice mode draws arrays only (an option error says so): these never run.
  pointers: (s: LinkedState) => ({ size: s.size }),
  pointerRange: (s: LinkedState) => range(0, s.capacity),
  withPointers: (like: LinkedState) => like,
};

export const LINKED_STACK_KIT: StructureKit<LinkedState> = {
  ...common,
  structure: "stack",
  noun: "stack",
  operations: STACK_OPERATIONS,
  pure: { push, pop, peek, clear },
  start: (o) => linkedOf("stack", o.capacity, o.values.map(makeItem)),
};

export const LINKED_QUEUE_KIT: StructureKit<LinkedState> = {
  ...common,
  structure: "queue",
  noun: "queue",
  operations: QUEUE_OPERATIONS,
  pure: { enqueue, dequeue, peek, clear },
  start: (o) => linkedOf("queue", o.capacity, o.values.map(makeItem)),
};
