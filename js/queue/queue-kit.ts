// The array queue's pure model as a kit: its buttons, operations, start state and what a
// lesson may ask about it (rear, the slot of the last item; size).
import { range, StructureKit } from "../model/kit";
import { makeItem, QUEUE_OPERATIONS } from "../model/structure";
import { clear, dequeue, enqueue, peek, QueueState, queueFull, queueItems, queueOf } from "./queue-model";
import { QueuePointers } from "../model/conventions";
import { canGrow } from "../model/growth";

export const QUEUE_KIT: StructureKit<QueueState> = {
  structure: "queue",
  noun: "queue",
  operations: QUEUE_OPERATIONS,
  pure: { enqueue, dequeue, peek, clear },
  start: (o) => queueOf(o.capacity, o.values.map(makeItem), (o.pointers as QueuePointers) || "head-tail", o.growth),
  isFull: (s) => queueFull(s) && !canGrow(s),
  items: queueItems,
  askable: {
    rear: {
      read: (s) => s.size - 1,
      range: (s) => range(-1, s.capacity - 1),
      asks: "where",
      explain: (v, say) => (/^rear = /.test(say) ? say : `${say} The rear is slot size − 1 = ${v}.`),
    },
    size: { read: (s) => s.size, range: (s) => range(0, s.capacity), asks: "what" },
  },
  // Under front-rear the queue has no size field to ask about.
  askNames: (s) => (s.pointers === "front-rear" ? ["rear"] : ["rear", "size"]),
  pointers: (s) => ({ rear: s.size - 1 }),
  pointerRange: (s) => range(-1, s.capacity - 1),
  withPointers: (like, slots, p) => ({ ...like, slots, size: p.rear + 1 }),
};
