// The stack's pure model as a kit: its buttons, operations, start state and what a lesson
// may ask about it (top).
import { range, StructureKit } from "../model/kit";
import { makeItem, OperationSpec } from "../model/structure";
import { clear, peek, pop, push, StackState, stackFull, stackItems, stackOf, topField } from "./stack-model";
import { StackPointers } from "../model/conventions";
import { canGrow } from "../model/growth";

/** The values `top` may take: −1 to capacity − 1, or 0 to capacity when it is the next free slot. */
const topRange = (s: StackState) => (s.pointers === "next-free" ? range(0, s.capacity) : range(-1, s.capacity - 1));

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
  start: (o) => stackOf(o.capacity, o.values.map(makeItem), (o.pointers as StackPointers) || "top-item", o.growth),
  isFull: (s) => stackFull(s) && !canGrow(s),
  items: stackItems,
  askable: {
    top: { read: topField, range: topRange, asks: "where" },
  },
  askNames: () => ["top"],
  pointers: (s) => ({ top: topField(s) }),
  pointerRange: topRange,
  withPointers: (like, slots, p) => ({ ...like, slots, top: like.pointers === "next-free" ? p.top - 1 : p.top }),
};
