// The cyclic queue with head and tail in five languages under each full rule, each line
// tagged with the step it executes: "count" keeps a size field; "spare-slot" keeps one slot empty.
import { ListingSet } from "../code/listing";

export const COUNT: ListingSet = {
  pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if size = capacity: refuse, full          ⟦check-full⟧
  slots[tail] ← x                           ⟦write⟧
  tail ← (tail + 1) mod capacity            ⟦advance-tail⟧
  size ← size + 1                           ⟦count-up⟧

dequeue():                                  ⟦dequeue⟧
  if size = 0: refuse, empty                ⟦check-empty⟧
  x ← slots[head]                           ⟦read⟧
  slots[head] ← empty                       ⟦erase⟧
  head ← (head + 1) mod capacity            ⟦advance-head⟧
  size ← size − 1                           ⟦count-down⟧
  return x                                  ⟦return⟧

peek():                                     ⟦peek⟧
  if size = 0: refuse, empty                ⟦check-empty⟧
  return slots[head]                        ⟦return-front⟧

clear():                                    ⟦clear⟧
  every slot ← empty                        ⟦clear-slots⟧
  head ← 0; tail ← 0; size ← 0              ⟦reset⟧
`,
  java: `
public class CircularQueue {
  private final String[] slots;
  private int head = 0; // the slot of the front item
  private int tail = 0; // the slot the next enqueue fills
  private int size = 0; // tells full from empty: head == tail in both

  public CircularQueue(int capacity) {
    slots = new String[capacity];
  }

  public void enqueue(String x) {                                        ⟦enqueue⟧
    if (size == slots.length) throw new IllegalStateException("queue is full"); ⟦check-full⟧
    slots[tail] = x;                                                     ⟦write⟧
    tail = (tail + 1) % slots.length;                                    ⟦advance-tail⟧
    size = size + 1;                                                     ⟦count-up⟧
  }

  public String dequeue() {                                              ⟦dequeue⟧
    if (size == 0) throw new IllegalStateException("queue is empty");   ⟦check-empty⟧
    String x = slots[head];                                              ⟦read⟧
    slots[head] = null;                                                  ⟦erase⟧
    head = (head + 1) % slots.length;                                    ⟦advance-head⟧
    size = size - 1;                                                     ⟦count-down⟧
    return x;                                                            ⟦return⟧
  }

  public String peek() {                                                 ⟦peek⟧
    if (size == 0) throw new IllegalStateException("queue is empty");   ⟦check-empty⟧
    return slots[head];                                                  ⟦return-front⟧
  }

  public void clear() {                                                  ⟦clear⟧
    java.util.Arrays.fill(slots, null);                                  ⟦clear-slots⟧
    head = 0; tail = 0; size = 0;                                        ⟦reset⟧
  }
}
`,
  python: `
class CircularQueue:
    def __init__(self, capacity):
        self.slots = [None] * capacity
        self.head = 0  # the slot of the front item
        self.tail = 0  # the slot the next enqueue fills
        self.size = 0  # tells full from empty: head == tail in both

    def enqueue(self, x):                                ⟦enqueue⟧
        if self.size == len(self.slots):                 ⟦check-full⟧
            raise IndexError("queue is full")            ⟦check-full⟧
        self.slots[self.tail] = x                        ⟦write⟧
        self.tail = (self.tail + 1) % len(self.slots)    ⟦advance-tail⟧
        self.size = self.size + 1                        ⟦count-up⟧

    def dequeue(self):                                   ⟦dequeue⟧
        if self.size == 0:                               ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        x = self.slots[self.head]                        ⟦read⟧
        self.slots[self.head] = None                     ⟦erase⟧
        self.head = (self.head + 1) % len(self.slots)    ⟦advance-head⟧
        self.size = self.size - 1                        ⟦count-down⟧
        return x                                         ⟦return⟧

    def peek(self):                                      ⟦peek⟧
        if self.size == 0:                               ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        return self.slots[self.head]                     ⟦return-front⟧

    def clear(self):                                     ⟦clear⟧
        self.slots = [None] * len(self.slots)            ⟦clear-slots⟧
        self.head = self.tail = self.size = 0            ⟦reset⟧
`,
  c: `
#include <stdbool.h>
#include <stddef.h>
#define CAPACITY 8

typedef struct {
  const char *slots[CAPACITY];
  int head; /* the slot of the front item */
  int tail; /* the slot the next enqueue fills */
  int size; /* tells full from empty: head == tail in both */
} CircularQueue;

bool enqueue(CircularQueue *q, const char *x) {      ⟦enqueue⟧
  if (q->size == CAPACITY) return false; /* full */  ⟦check-full⟧
  q->slots[q->tail] = x;                             ⟦write⟧
  q->tail = (q->tail + 1) % CAPACITY;                ⟦advance-tail⟧
  q->size = q->size + 1;                             ⟦count-up⟧
  return true;
}

const char *dequeue(CircularQueue *q) {              ⟦dequeue⟧
  if (q->size == 0) return NULL; /* empty */         ⟦check-empty⟧
  const char *x = q->slots[q->head];                 ⟦read⟧
  q->slots[q->head] = NULL;                          ⟦erase⟧
  q->head = (q->head + 1) % CAPACITY;                ⟦advance-head⟧
  q->size = q->size - 1;                             ⟦count-down⟧
  return x;                                          ⟦return⟧
}

const char *peek(const CircularQueue *q) {           ⟦peek⟧
  if (q->size == 0) return NULL; /* empty */         ⟦check-empty⟧
  return q->slots[q->head];                          ⟦return-front⟧
}

void clear(CircularQueue *q) {                       ⟦clear⟧
  for (int i = 0; i < CAPACITY; i++) q->slots[i] = NULL; ⟦clear-slots⟧
  q->head = q->tail = q->size = 0;                   ⟦reset⟧
}
`,
  javascript: `
class CircularQueue {
  constructor(capacity) {
    this.slots = new Array(capacity).fill(null);
    this.head = 0; // the slot of the front item
    this.tail = 0; // the slot the next enqueue fills
    this.size = 0; // tells full from empty: head === tail in both
  }

  enqueue(x) {                                                       ⟦enqueue⟧
    if (this.size === this.slots.length) throw new Error("full");    ⟦check-full⟧
    this.slots[this.tail] = x;                                       ⟦write⟧
    this.tail = (this.tail + 1) % this.slots.length;                 ⟦advance-tail⟧
    this.size = this.size + 1;                                       ⟦count-up⟧
  }

  dequeue() {                                                        ⟦dequeue⟧
    if (this.size === 0) throw new Error("empty");                   ⟦check-empty⟧
    const x = this.slots[this.head];                                 ⟦read⟧
    this.slots[this.head] = null;                                    ⟦erase⟧
    this.head = (this.head + 1) % this.slots.length;                 ⟦advance-head⟧
    this.size = this.size - 1;                                       ⟦count-down⟧
    return x;                                                        ⟦return⟧
  }

  peek() {                                                           ⟦peek⟧
    if (this.size === 0) throw new Error("empty");                   ⟦check-empty⟧
    return this.slots[this.head];                                    ⟦return-front⟧
  }

  clear() {                                                          ⟦clear⟧
    this.slots.fill(null);                                           ⟦clear-slots⟧
    this.head = this.tail = this.size = 0;                           ⟦reset⟧
  }
}
`,
};

export const SPARE_SLOT: ListingSet = {
  pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if (tail + 1) mod capacity = head:        ⟦check-full⟧
    refuse, full: one slot stays spare      ⟦check-full⟧
  slots[tail] ← x                           ⟦write⟧
  tail ← (tail + 1) mod capacity            ⟦advance-tail⟧

dequeue():                                  ⟦dequeue⟧
  if head = tail: refuse, empty             ⟦check-empty⟧
  x ← slots[head]                           ⟦read⟧
  slots[head] ← empty                       ⟦erase⟧
  head ← (head + 1) mod capacity            ⟦advance-head⟧
  return x                                  ⟦return⟧

peek():                                     ⟦peek⟧
  if head = tail: refuse, empty             ⟦check-empty⟧
  return slots[head]                        ⟦return-front⟧

clear():                                    ⟦clear⟧
  every slot ← empty                        ⟦clear-slots⟧
  head ← 0; tail ← 0                        ⟦reset⟧
`,
  java: `
public class CircularQueue {
  private final String[] slots; // one slot always stays empty
  private int head = 0; // the slot of the front item
  private int tail = 0; // the slot the next enqueue fills; head == tail means empty

  public CircularQueue(int capacity) {
    slots = new String[capacity];
  }

  public void enqueue(String x) {                                        ⟦enqueue⟧
    if ((tail + 1) % slots.length == head)                               ⟦check-full⟧
      throw new IllegalStateException("queue is full");                  ⟦check-full⟧
    slots[tail] = x;                                                     ⟦write⟧
    tail = (tail + 1) % slots.length;                                    ⟦advance-tail⟧
  }

  public String dequeue() {                                              ⟦dequeue⟧
    if (head == tail) throw new IllegalStateException("queue is empty"); ⟦check-empty⟧
    String x = slots[head];                                              ⟦read⟧
    slots[head] = null;                                                  ⟦erase⟧
    head = (head + 1) % slots.length;                                    ⟦advance-head⟧
    return x;                                                            ⟦return⟧
  }

  public String peek() {                                                 ⟦peek⟧
    if (head == tail) throw new IllegalStateException("queue is empty"); ⟦check-empty⟧
    return slots[head];                                                  ⟦return-front⟧
  }

  public void clear() {                                                  ⟦clear⟧
    java.util.Arrays.fill(slots, null);                                  ⟦clear-slots⟧
    head = 0; tail = 0;                                                  ⟦reset⟧
  }
}
`,
  python: `
class CircularQueue:
    def __init__(self, capacity):
        self.slots = [None] * capacity  # one slot always stays empty
        self.head = 0  # the slot of the front item
        self.tail = 0  # the slot the next enqueue fills; head == tail means empty

    def enqueue(self, x):                                ⟦enqueue⟧
        if (self.tail + 1) % len(self.slots) == self.head: ⟦check-full⟧
            raise IndexError("queue is full")            ⟦check-full⟧
        self.slots[self.tail] = x                        ⟦write⟧
        self.tail = (self.tail + 1) % len(self.slots)    ⟦advance-tail⟧

    def dequeue(self):                                   ⟦dequeue⟧
        if self.head == self.tail:                       ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        x = self.slots[self.head]                        ⟦read⟧
        self.slots[self.head] = None                     ⟦erase⟧
        self.head = (self.head + 1) % len(self.slots)    ⟦advance-head⟧
        return x                                         ⟦return⟧

    def peek(self):                                      ⟦peek⟧
        if self.head == self.tail:                       ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        return self.slots[self.head]                     ⟦return-front⟧

    def clear(self):                                     ⟦clear⟧
        self.slots = [None] * len(self.slots)            ⟦clear-slots⟧
        self.head = self.tail = 0                        ⟦reset⟧
`,
  c: `
#include <stdbool.h>
#include <stddef.h>
#define CAPACITY 8

typedef struct {
  const char *slots[CAPACITY]; /* one slot always stays empty */
  int head; /* the slot of the front item */
  int tail; /* the slot the next enqueue fills; head == tail means empty */
} CircularQueue;

bool enqueue(CircularQueue *q, const char *x) {      ⟦enqueue⟧
  if ((q->tail + 1) % CAPACITY == q->head)           ⟦check-full⟧
    return false; /* full: one slot stays spare */   ⟦check-full⟧
  q->slots[q->tail] = x;                             ⟦write⟧
  q->tail = (q->tail + 1) % CAPACITY;                ⟦advance-tail⟧
  return true;
}

const char *dequeue(CircularQueue *q) {              ⟦dequeue⟧
  if (q->head == q->tail) return NULL; /* empty */   ⟦check-empty⟧
  const char *x = q->slots[q->head];                 ⟦read⟧
  q->slots[q->head] = NULL;                          ⟦erase⟧
  q->head = (q->head + 1) % CAPACITY;                ⟦advance-head⟧
  return x;                                          ⟦return⟧
}

const char *peek(const CircularQueue *q) {           ⟦peek⟧
  if (q->head == q->tail) return NULL; /* empty */   ⟦check-empty⟧
  return q->slots[q->head];                          ⟦return-front⟧
}

void clear(CircularQueue *q) {                       ⟦clear⟧
  for (int i = 0; i < CAPACITY; i++) q->slots[i] = NULL; ⟦clear-slots⟧
  q->head = q->tail = 0;                             ⟦reset⟧
}
`,
  javascript: `
class CircularQueue {
  constructor(capacity) {
    this.slots = new Array(capacity).fill(null); // one slot always stays empty
    this.head = 0; // the slot of the front item
    this.tail = 0; // the slot the next enqueue fills; head === tail means empty
  }

  enqueue(x) {                                                       ⟦enqueue⟧
    if ((this.tail + 1) % this.slots.length === this.head)           ⟦check-full⟧
      throw new Error("full");                                       ⟦check-full⟧
    this.slots[this.tail] = x;                                       ⟦write⟧
    this.tail = (this.tail + 1) % this.slots.length;                 ⟦advance-tail⟧
  }

  dequeue() {                                                        ⟦dequeue⟧
    if (this.head === this.tail) throw new Error("empty");           ⟦check-empty⟧
    const x = this.slots[this.head];                                 ⟦read⟧
    this.slots[this.head] = null;                                    ⟦erase⟧
    this.head = (this.head + 1) % this.slots.length;                 ⟦advance-head⟧
    return x;                                                        ⟦return⟧
  }

  peek() {                                                           ⟦peek⟧
    if (this.head === this.tail) throw new Error("empty");           ⟦check-empty⟧
    return this.slots[this.head];                                    ⟦return-front⟧
  }

  clear() {                                                          ⟦clear⟧
    this.slots.fill(null);                                           ⟦clear-slots⟧
    this.head = this.tail = 0;                                       ⟦reset⟧
  }
}
`,
};
