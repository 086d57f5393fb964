// The pointer conventions a course may teach: which fields an array structure keeps and
// what they point at. Models keep one internal form (head, tail, size; the stack's top
// item) and narrate, draw and report the fields of the chosen convention.

/** The queues: "head-tail" (tail = next free slot), "front-rear" (rear = slot of the last item), "front-size" (rear computed). */
export type QueuePointers = "head-tail" | "front-rear" | "front-size";
/** The stack: `top` is the slot of the top item, or the next free slot. */
export type StackPointers = "top-item" | "next-free";
export type Pointers = QueuePointers | StackPointers;

export const QUEUE_POINTERS: readonly QueuePointers[] = ["head-tail", "front-rear", "front-size"];
export const STACK_POINTERS: readonly StackPointers[] = ["top-item", "next-free"];

/** The front pointer's name: "head" under head-tail, "front" otherwise. */
export function frontName(p: QueuePointers): "head" | "front" {
  return p === "head-tail" ? "head" : "front";
}
