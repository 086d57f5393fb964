// Names and shapes shared by every structure: the public state and the operations.
export type StructureName = "stack" | "queue" | "cyclic-queue";
export const STRUCTURE_NAMES: readonly StructureName[] = ["stack", "queue", "cyclic-queue"];

export type OperationName = "push" | "pop" | "enqueue" | "dequeue" | "peek" | "clear";

/** What `state()` returns: stack items bottom..top; queue items front..rear. */
export interface StructureState {
  structure: StructureName;
  capacity: number;
  items: string[];
  slots?: (string | null)[];
  head?: number;
  tail?: number;
}

/** One button of an example. */
export interface OperationSpec {
  name: OperationName;
  label: string;
  takesValue: boolean;
}

/** A value with an identity, so the same value pushed twice is two tiles. */
export interface Item {
  id: number;
  value: string;
}

let nextItemId = 1;
export function makeItem(value: string): Item {
  return { id: nextItemId++, value };
}
