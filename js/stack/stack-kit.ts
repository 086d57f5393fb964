// The stack's pure model as a kit: its buttons, operations, start state and what a lesson
// may ask about it (top).
import { range, StructureKit } from "../model/kit";
import { makeItem, OperationSpec } from "../model/structure";
import { clear, peek, pop, push, StackState, stackFull, stackItems, stackOf } from "./stack-model";

export const STACK_OPERATIONS: readonly OperationSpec[] = [
  { name: "push", label: "Push", takesValue: true },
  { name: "pop", label: "Pop", takesValue: false },
  { name: "peek", label: "Peek", takesValue: false },
  { name: "clear", label: "Clear", takesValue: false },
];

export const STACK_KIT: StructureKit<StackState> = {
  structure: "stack",
  noun: "stack",
  operations: STACK_OPERATIONS,
  pure: { push, pop, peek, clear },
  start: (o) => stackOf(o.capacity, o.values.map(makeItem)),
  isFull: stackFull,
  items: stackItems,
  askable: {
    top: { read: (s) => s.top, range: (s) => range(-1, s.capacity - 1), asks: "where" },
  },
  pointers: (s) => ({ top: s.top }),
  pointerRange: (s) => range(-1, s.capacity - 1),
  withPointers: (like, slots, p) => ({ ...like, slots, top: p.top }),
};
