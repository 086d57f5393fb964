import { QueueModel } from "../js/queue/queue-model";

describe("QueueModel", () => {
  it("new QueueModel() has capacity 8 and is empty", () => {
    const q = new QueueModel<string>();
    expect(q.capacity).toBe(8);
    expect(q.size).toBe(0);
    expect(q.isEmpty()).toBe(true);
    expect(q.isFull()).toBe(false);
  });

  it("queue.enqueue(v) writes v behind the rear and returns it", () => {
    const q = new QueueModel<string>(4);
    expect(q.enqueue("a")).toEqual({ ok: true, value: "a" });
    q.enqueue("b");
    expect(q.toArray()).toEqual(["a", "b"]);
    expect(q.rear()).toEqual({ ok: true, value: "b" });
    expect(q.peek()).toEqual({ ok: true, value: "a" });
  });

  it("queue.enqueue(v) on a full queue is refused as full and changes nothing", () => {
    const q = new QueueModel<string>(2);
    q.enqueue("a");
    q.enqueue("b");
    expect(q.isFull()).toBe(true);
    expect(q.enqueue("c")).toEqual({ ok: false, reason: "full" });
    expect(q.toArray()).toEqual(["a", "b"]);
  });

  it("queue.dequeue() removes the front (first in, first out) and reports how many items shifted forward", () => {
    const q = new QueueModel<number>(8);
    [4, 1, 5, 9].forEach((v) => q.enqueue(v));
    expect(q.dequeue()).toEqual({ ok: true, value: { value: 4, shifted: 3 } });
    expect(q.dequeue()).toEqual({ ok: true, value: { value: 1, shifted: 2 } });
    expect(q.toArray()).toEqual([5, 9]);
  });

  it("queue.dequeue() of the only item shifts nothing and leaves the queue empty", () => {
    const q = new QueueModel<number>(8);
    q.enqueue(7);
    expect(q.dequeue()).toEqual({ ok: true, value: { value: 7, shifted: 0 } });
    expect(q.isEmpty()).toBe(true);
  });

  it("queue.dequeue(), queue.peek() and queue.rear() on an empty queue are refused as empty", () => {
    const q = new QueueModel<number>(4);
    expect(q.dequeue()).toEqual({ ok: false, reason: "empty" });
    expect(q.peek()).toEqual({ ok: false, reason: "empty" });
    expect(q.rear()).toEqual({ ok: false, reason: "empty" });
    expect(q.size).toBe(0);
  });

  it("queue.peek() returns the front without removing it", () => {
    const q = new QueueModel<number>(4);
    q.enqueue(3);
    q.enqueue(8);
    expect(q.peek()).toEqual({ ok: true, value: 3 });
    expect(q.toArray()).toEqual([3, 8]);
  });

  it("a queue that was full accepts an enqueue again after a dequeue", () => {
    const q = new QueueModel<number>(2);
    q.enqueue(1);
    q.enqueue(2);
    q.dequeue();
    expect(q.enqueue(3)).toEqual({ ok: true, value: 3 });
    expect(q.toArray()).toEqual([2, 3]);
  });

  it("queue.clear() empties the queue and returns what it held, front to rear", () => {
    const q = new QueueModel<number>(4);
    [1, 2, 3].forEach((v) => q.enqueue(v));
    expect(q.clear()).toEqual([1, 2, 3]);
    expect(q.isEmpty()).toBe(true);
    expect(q.clear()).toEqual([]);
  });

  it("queue.toArray() is a copy: changing it does not change the queue", () => {
    const q = new QueueModel<number>(4);
    q.enqueue(1);
    q.toArray().push(99);
    expect(q.toArray()).toEqual([1]);
  });

  it("new QueueModel(c) accepts capacities 1 to 32 and refuses others with a RangeError", () => {
    expect(new QueueModel(1).capacity).toBe(1);
    expect(new QueueModel(32).capacity).toBe(32);
    for (const bad of [0, 33, -1, 2.5, NaN]) {
      expect(() => new QueueModel(bad)).toThrowError(RangeError, /capacity must be a whole number from 1 to 32/);
    }
  });
});
