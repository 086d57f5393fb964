// The stack's state and rules, as plain data: no DOM, no drawing.
import { checkCapacity, ModelResult, ok, refuse } from "../model/model-result";

export const STACK_MIN_CAPACITY = 1;
export const STACK_MAX_CAPACITY = 32;

export class StackModel<T> {
  private readonly items: T[] = [];
  readonly capacity: number;

  constructor(capacity = 8) {
    this.capacity = checkCapacity(capacity, STACK_MIN_CAPACITY, STACK_MAX_CAPACITY);
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

  push(value: T): ModelResult<T> {
    if (this.isFull()) return refuse("full");
    this.items.push(value);
    return ok(value);
  }

  pop(): ModelResult<T> {
    if (this.isEmpty()) return refuse("empty");
    return ok(this.items.pop() as T);
  }

  peek(): ModelResult<T> {
    if (this.isEmpty()) return refuse("empty");
    return ok(this.items[this.items.length - 1]);
  }

  /** Empties the stack and returns what it held, bottom to top. */
  clear(): T[] {
    return this.items.splice(0, this.items.length);
  }

  /** The items from bottom to top (a copy). */
  toArray(): T[] {
    return this.items.slice();
  }
}
