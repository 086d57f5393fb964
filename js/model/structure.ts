// Names and shapes shared by every structure: the public state and the operations.
import type { StructureName, StructureState } from "../api";

// The public types are declared once, in js/api.ts (they become dist/dsviz.d.ts).
export type { StructureName, StructureState };
export const STRUCTURE_NAMES: readonly StructureName[] = ["stack", "queue", "cyclic-queue"];

export type OperationName = "push" | "pop" | "enqueue" | "dequeue" | "peek" | "clear";

/** One button of an example. */
export interface OperationSpec {
  name: OperationName;
  label: string;
  takesValue: boolean;
}

/** The buttons of both queues (the array queue and the cyclic queue), in order. */
export const QUEUE_OPERATIONS: readonly OperationSpec[] = [
  { name: "enqueue", label: "Enqueue", takesValue: true },
  { name: "dequeue", label: "Dequeue", takesValue: false },
  { name: "peek", label: "Peek", takesValue: false },
  { name: "clear", label: "Clear", takesValue: false },
];

/** A value with an identity, so the same value pushed twice is two tiles. */
export interface Item {
  id: number;
  value: string;
}

let nextItemId = 1;
export function makeItem(value: string): Item {
  return { id: nextItemId++, value };
}
