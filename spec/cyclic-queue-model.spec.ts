import { CyclicQueueModel, FullRule } from "../js/cyclic-queue/cyclic-queue-model";

function filled(capacity: number, rule: FullRule, values: number[]): CyclicQueueModel<number> {
  const q = new CyclicQueueModel<number>(capacity, rule);
  values.forEach((v) => q.enqueue(v));
  return q;
}

function snapshot(q: CyclicQueueModel<number>) {
  return { items: q.toArray(), slots: q.slots(), head: q.head, tail: q.tail, size: q.size };
}

describe("CyclicQueueModel", () => {
  it("new CyclicQueueModel() has capacity 8, the count rule, head = tail = 0 and no items", () => {
    const q = new CyclicQueueModel<string>();
    expect(q.capacity).toBe(8);
    expect(q.fullRule).toBe("count");
    expect([q.head, q.tail, q.size]).toEqual([0, 0, 0]);
    expect(q.isEmpty()).toBe(true);
    expect(q.slots()).toEqual([null, null, null, null, null, null, null, null]);
  });

  it("cyclic.enqueue(v) writes v into slot tail and advances tail by one", () => {
    const q = new CyclicQueueModel<string>(4);
    expect(q.enqueue("a")).toEqual({ ok: true, value: { value: "a", slot: 0, from: 0, to: 1, wrapped: false } });
    q.enqueue("b");
    expect(q.slots()).toEqual(["a", "b", null, null]);
    expect([q.head, q.tail]).toEqual([0, 2]);
  });

  it("cyclic.dequeue() takes the value in slot head, advances head and moves no other item", () => {
    const q = filled(4, "count", [1, 2, 3]);
    expect(q.dequeue()).toEqual({ ok: true, value: { value: 1, slot: 0, from: 0, to: 1, wrapped: false } });
    expect(q.slots()).toEqual([null, 2, 3, null]);
    expect([q.head, q.tail, q.size]).toEqual([1, 3, 2]);
  });

  it("tail wraps from the last slot to slot 0: (tail + 1) mod capacity", () => {
    const q = filled(4, "count", [1, 2, 3]);
    q.dequeue();
    q.enqueue(4); // fills slot 3
    expect(q.tail).toBe(0);
    const step = q.enqueue(5);
    expect(step).toEqual({ ok: true, value: { value: 5, slot: 0, from: 0, to: 1, wrapped: false } });
    expect(q.slots()).toEqual([5, 2, 3, 4]);
    expect(q.toArray()).toEqual([2, 3, 4, 5]);
  });

  it("cyclic.enqueue into the last slot reports the wrap of tail to 0", () => {
    const q = filled(4, "count", [1, 2, 3]);
    expect(q.enqueue(4)).toEqual({ ok: true, value: { value: 4, slot: 3, from: 3, to: 0, wrapped: true } });
  });

  it("head wraps from the last slot to slot 0: (head + 1) mod capacity", () => {
    const q = filled(4, "count", [1, 2, 3, 4]);
    [1, 2, 3].forEach(() => q.dequeue());
    q.enqueue(5);
    expect(q.head).toBe(3);
    expect(q.dequeue()).toEqual({ ok: true, value: { value: 4, slot: 3, from: 3, to: 0, wrapped: true } });
    expect(q.head).toBe(0);
    expect(q.peek()).toEqual({ ok: true, value: 5 });
  });

  it("cyclic.toArray() lists items front to rear even when they wrap past the last slot", () => {
    const q = filled(5, "count", [1, 2, 3, 4]);
    q.dequeue();
    q.dequeue();
    q.enqueue(5);
    q.enqueue(6);
    expect(q.slots()).toEqual([6, null, 3, 4, 5]);
    expect(q.toArray()).toEqual([3, 4, 5, 6]);
    expect([q.head, q.tail]).toEqual([2, 1]);
  });

  it("under the count rule every slot is usable: full when size = capacity, with head = tail", () => {
    const q = filled(4, "count", [1, 2, 3]);
    expect(q.isFull()).toBe(false);
    q.enqueue(4);
    expect(q.isFull()).toBe(true);
    expect(q.room).toBe(4);
    expect([q.head, q.tail, q.size]).toEqual([0, 0, 4]);
  });

  it("under the count rule head = tail with size 0 means empty", () => {
    const q = filled(4, "count", [1, 2]);
    q.dequeue();
    q.dequeue();
    expect([q.head, q.tail]).toEqual([2, 2]);
    expect(q.isEmpty()).toBe(true);
    expect(q.isFull()).toBe(false);
  });

  it("under the spare-slot rule the queue is full when (tail + 1) mod capacity = head, one slot left empty", () => {
    const q = filled(4, "spare-slot", [1, 2]);
    expect(q.isFull()).toBe(false);
    q.enqueue(3);
    expect(q.isFull()).toBe(true);
    expect(q.room).toBe(3);
    expect(q.size).toBe(3);
    expect(q.slots()).toEqual([1, 2, 3, null]);
    expect((q.tail + 1) % 4).toBe(q.head);
  });

  it("under the spare-slot rule the full test follows the pointers after they wrap", () => {
    const q = filled(4, "spare-slot", [1, 2, 3]);
    q.dequeue();
    q.dequeue();
    expect(q.enqueue(4).ok).toBe(true); // slot 3, tail wraps to 0
    expect(q.enqueue(5).ok).toBe(true); // slot 0, tail = 1 = head - 1
    expect([q.head, q.tail]).toEqual([2, 1]);
    expect(q.isFull()).toBe(true);
    expect(q.enqueue(6)).toEqual({ ok: false, reason: "full" });
    expect(q.slots()).toEqual([5, null, 3, 4]);
  });

  it("under the spare-slot rule head = tail means empty and the size is (tail - head) mod capacity", () => {
    const q = filled(4, "spare-slot", [1, 2, 3]);
    q.dequeue();
    q.enqueue(4);
    expect([q.head, q.tail, q.size]).toEqual([1, 0, 3]);
    [1, 2, 3].forEach(() => q.dequeue());
    expect([q.head, q.tail]).toEqual([0, 0]);
    expect(q.isEmpty()).toBe(true);
  });

  for (const rule of ["count", "spare-slot"] as FullRule[]) {
    it(`cyclic.enqueue(v) on a full queue is refused as full and changes nothing (${rule})`, () => {
      const q = filled(4, rule, [1, 2, 3, 4]);
      const before = snapshot(q);
      expect(q.enqueue(9)).toEqual({ ok: false, reason: "full" });
      expect(snapshot(q)).toEqual(before);
    });

    it(`cyclic.dequeue() and cyclic.peek() on an empty queue are refused as empty and change nothing (${rule})`, () => {
      const q = filled(4, rule, [1, 2]);
      q.dequeue();
      q.dequeue();
      const before = snapshot(q);
      expect(q.dequeue()).toEqual({ ok: false, reason: "empty" });
      expect(q.peek()).toEqual({ ok: false, reason: "empty" });
      expect(snapshot(q)).toEqual(before);
      expect([q.head, q.tail]).toEqual([2, 2]);
    });

    it(`cyclic.clear() empties every slot, returns the items front to rear and resets head and tail to 0 (${rule})`, () => {
      const q = filled(4, rule, [1, 2, 3]);
      q.dequeue();
      q.enqueue(4);
      expect(q.clear()).toEqual([2, 3, 4]);
      expect(snapshot(q)).toEqual({ items: [], slots: [null, null, null, null], head: 0, tail: 0, size: 0 });
      expect(q.enqueue(7)).toEqual({ ok: true, value: { value: 7, slot: 0, from: 0, to: 1, wrapped: false } });
    });
  }

  it("cyclic.peek() returns the item in slot head without moving anything", () => {
    const q = filled(4, "count", [1, 2, 3]);
    q.dequeue();
    const before = snapshot(q);
    expect(q.peek()).toEqual({ ok: true, value: 2 });
    expect(snapshot(q)).toEqual(before);
  });

  it("cyclic.slots() and cyclic.toArray() are copies", () => {
    const q = filled(4, "count", [1]);
    q.slots()[1] = 99;
    q.toArray().push(99);
    expect(q.slots()).toEqual([1, null, null, null]);
    expect(q.toArray()).toEqual([1]);
  });

  it("a capacity-2 cyclic queue keeps wrapping: head and tail stay in 0..1", () => {
    const q = new CyclicQueueModel<number>(2, "count");
    for (let i = 0; i < 7; i++) {
      expect(q.enqueue(i).ok).toBe(true);
      expect(q.dequeue()).toEqual({ ok: true, value: jasmine.objectContaining({ value: i }) });
      expect(q.head).toBeLessThan(2);
      expect(q.tail).toBeLessThan(2);
    }
    expect([q.head, q.tail]).toEqual([1, 1]);
  });

  it("new CyclicQueueModel(c) accepts capacities 2 to 32 and refuses others with a RangeError", () => {
    expect(new CyclicQueueModel(2).capacity).toBe(2);
    expect(new CyclicQueueModel(32).capacity).toBe(32);
    for (const bad of [1, 0, 33, 2.5, NaN]) {
      expect(() => new CyclicQueueModel(bad)).toThrowError(RangeError, /capacity must be a whole number from 2 to 32/);
    }
  });

  it("new CyclicQueueModel(c, rule) refuses an unknown full rule with a RangeError", () => {
    expect(() => new CyclicQueueModel(4, "guess" as FullRule)).toThrowError(RangeError, /fullRule/);
  });
});
