// The cyclic queue's state and rules, as plain data: no DOM, no drawing.
// Items never move. `head` is the slot of the front item; `tail` is the slot the next
// enqueue fills; both advance modulo the capacity. Two ways to tell full from empty
// (head = tail in both cases otherwise):
//   "count"      keeps a size field; every slot is usable.
//   "spare-slot" keeps no count and leaves one slot empty; full when (tail + 1) mod c = head.
import { checkCapacity, ModelResult, ok, refuse } from "../model/model-result";

export const CYCLIC_MIN_CAPACITY = 2;
export const CYCLIC_MAX_CAPACITY = 32;

export type FullRule = "count" | "spare-slot";

/** Where a value went or came from, and how the pointer it moved advanced. */
export interface CyclicStep<T> {
  value: T;
  slot: number;
  /** The moved pointer (tail on enqueue, head on dequeue) before and after. */
  from: number;
  to: number;
  /** True when the pointer went from the last slot back to slot 0. */
  wrapped: boolean;
}

export class CyclicQueueModel<T> {
  readonly capacity: number;
  readonly fullRule: FullRule;
  private readonly cells: (T | undefined)[];
  private used = 0; // the size field of the "count" rule
  private headSlot = 0;
  private tailSlot = 0;

  constructor(capacity = 8, fullRule: FullRule = "count") {
    this.capacity = checkCapacity(capacity, CYCLIC_MIN_CAPACITY, CYCLIC_MAX_CAPACITY);
    if (fullRule !== "count" && fullRule !== "spare-slot") {
      throw new RangeError(`fullRule must be "count" or "spare-slot", not ${String(fullRule)}`);
    }
    this.fullRule = fullRule;
    this.cells = new Array<T | undefined>(this.capacity).fill(undefined);
  }

  /** The slot of the front item (when there is one). */
  get head(): number {
    return this.headSlot;
  }

  /** The slot the next enqueue fills. */
  get tail(): number {
    return this.tailSlot;
  }

  /** Number of items: the size field, or (tail - head) mod capacity under the spare-slot rule. */
  get size(): number {
    if (this.fullRule === "count") return this.used;
    return (this.tailSlot - this.headSlot + this.capacity) % this.capacity;
  }

  /** How many items fit: all slots, or all but the spare one. */
  get room(): number {
    return this.fullRule === "count" ? this.capacity : this.capacity - 1;
  }

  /** `slot + 1` modulo the capacity. */
  next(slot: number): number {
    return (slot + 1) % this.capacity;
  }

  isEmpty(): boolean {
    return this.fullRule === "count" ? this.used === 0 : this.headSlot === this.tailSlot;
  }

  isFull(): boolean {
    return this.fullRule === "count" ? this.used === this.capacity : this.next(this.tailSlot) === this.headSlot;
  }

  /** Writes `value` into slot `tail`, then advances tail modulo the capacity. */
  enqueue(value: T): ModelResult<CyclicStep<T>> {
    if (this.isFull()) return refuse("full");
    const slot = this.tailSlot;
    this.cells[slot] = value;
    this.tailSlot = this.next(slot);
    if (this.fullRule === "count") this.used++;
    return ok({ value, slot, from: slot, to: this.tailSlot, wrapped: this.tailSlot < slot });
  }

  /** Takes the value in slot `head`, then advances head modulo the capacity. Nothing else moves. */
  dequeue(): ModelResult<CyclicStep<T>> {
    if (this.isEmpty()) return refuse("empty");
    const slot = this.headSlot;
    const value = this.cells[slot] as T;
    this.cells[slot] = undefined;
    this.headSlot = this.next(slot);
    if (this.fullRule === "count") this.used--;
    return ok({ value, slot, from: slot, to: this.headSlot, wrapped: this.headSlot < slot });
  }

  /** The front item (slot `head`), left in place. */
  peek(): ModelResult<T> {
    if (this.isEmpty()) return refuse("empty");
    return ok(this.cells[this.headSlot] as T);
  }

  /** Empties every slot and puts head and tail back at slot 0; returns the items, front to rear. */
  clear(): T[] {
    const removed = this.toArray();
    this.cells.fill(undefined);
    this.used = 0;
    this.headSlot = 0;
    this.tailSlot = 0;
    return removed;
  }

  /** The items from front (head) to rear (the slot before tail). */
  toArray(): T[] {
    const items: T[] = [];
    for (let i = 0, slot = this.headSlot; i < this.size; i++, slot = this.next(slot)) {
      items.push(this.cells[slot] as T);
    }
    return items;
  }

  /** Every slot in index order, null where empty (a copy). */
  slots(): (T | null)[] {
    const out = new Array<T | null>(this.capacity).fill(null);
    this.toArray().forEach((item, i) => (out[(this.headSlot + i) % this.capacity] = item));
    return out;
  }
}
