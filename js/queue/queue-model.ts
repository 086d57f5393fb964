// The array queue's state and rules, as plain data: no DOM, no drawing.
// Items stay packed from slot 0 (the front); dequeue shifts every other item forward.
import { checkCapacity, ModelResult, ok, refuse } from "../model/model-result";

export const QUEUE_MIN_CAPACITY = 1;
export const QUEUE_MAX_CAPACITY = 32;

/** What a dequeue gives back: the front value and how many items slid one slot forward. */
export interface Dequeued<T> {
  value: T;
  shifted: number;
}

export class QueueModel<T> {
  private readonly items: T[] = [];
  readonly capacity: number;

  constructor(capacity = 8) {
    this.capacity = checkCapacity(capacity, QUEUE_MIN_CAPACITY, QUEUE_MAX_CAPACITY);
  }

  get size(): number {
    return this.items.length;
  }

  isEmpty(): boolean {
    return this.items.length === 0;
  }

  isFull(): boolean {
    return this.items.length === this.capacity;
  }

  /** Writes `value` into the first free slot, behind the rear. */
  enqueue(value: T): ModelResult<T> {
    if (this.isFull()) return refuse("full");
    this.items.push(value);
    return ok(value);
  }

  /** Removes the item in slot 0; every remaining item moves one slot forward. */
  dequeue(): ModelResult<Dequeued<T>> {
    if (this.isEmpty()) return refuse("empty");
    const value = this.items.shift() as T;
    return ok({ value, shifted: this.items.length });
  }

  /** The front item (slot 0), left in place. */
  peek(): ModelResult<T> {
    if (this.isEmpty()) return refuse("empty");
    return ok(this.items[0]);
  }

  /** The rear item (the last used slot), left in place. */
  rear(): ModelResult<T> {
    if (this.isEmpty()) return refuse("empty");
    return ok(this.items[this.items.length - 1]);
  }

  /** Empties the queue and returns what it held, front to rear. */
  clear(): T[] {
    return this.items.splice(0, this.items.length);
  }

  /** The items from front (slot 0) to rear (a copy). */
  toArray(): T[] {
    return this.items.slice();
  }
}
