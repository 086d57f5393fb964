// The cyclic queue kept by front and rear (the slot of the last item) in five languages,
// under each full rule, each line tagged with the step it executes.
import { ListingSet } from "../code/listing";

export const FRONT_REAR_COUNT: ListingSet = {
  pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if size = capacity: refuse, full          ⟦check-full⟧
  rear ← (rear + 1) mod capacity            ⟦advance-rear⟧
  slots[rear] ← x                           ⟦write⟧
  size ← size + 1                           ⟦count-up⟧

dequeue():                                  ⟦dequeue⟧
  if size = 0: refuse, empty                ⟦check-empty⟧
  x ← slots[front]                          ⟦read⟧
  slots[front] ← empty                      ⟦erase⟧
  front ← (front + 1) mod capacity          ⟦advance-front⟧
  size ← size − 1                           ⟦count-down⟧
  return x                                  ⟦return⟧

peek():                                     ⟦peek⟧
  if size = 0: refuse, empty                ⟦check-empty⟧
  return slots[front]                       ⟦return-front⟧

clear():                                    ⟦clear⟧
  every slot ← empty                        ⟦clear-slots⟧
  front ← 0; rear ← capacity − 1; size ← 0  ⟦reset⟧
`,
  java: `
public class CircularQueue {
  private final String[] slots;
  private int front = 0; // the slot of the front item
  private int rear; // the slot of the last item
  private int size = 0; // tells full from empty: rear is just behind front in both

  public CircularQueue(int capacity) {
    slots = new String[capacity];
    rear = capacity - 1; // so the first enqueue fills slot 0
  }

  public void enqueue(String x) {                                        ⟦enqueue⟧
    if (size == slots.length) throw new IllegalStateException("queue is full"); ⟦check-full⟧
    rear = (rear + 1) % slots.length;                                    ⟦advance-rear⟧
    slots[rear] = x;                                                     ⟦write⟧
    size = size + 1;                                                     ⟦count-up⟧
  }

  public String dequeue() {                                              ⟦dequeue⟧
    if (size == 0) throw new IllegalStateException("queue is empty");    ⟦check-empty⟧
    String x = slots[front];                                             ⟦read⟧
    slots[front] = null;                                                 ⟦erase⟧
    front = (front + 1) % slots.length;                                  ⟦advance-front⟧
    size = size - 1;                                                     ⟦count-down⟧
    return x;                                                            ⟦return⟧
  }

  public String peek() {                                                 ⟦peek⟧
    if (size == 0) throw new IllegalStateException("queue is empty");    ⟦check-empty⟧
    return slots[front];                                                 ⟦return-front⟧
  }

  public void clear() {                                                  ⟦clear⟧
    java.util.Arrays.fill(slots, null);                                  ⟦clear-slots⟧
    front = 0; rear = slots.length - 1; size = 0;                        ⟦reset⟧
  }
}
`,
  python: `
class CircularQueue:
    def __init__(self, capacity):
        self.slots = [None] * capacity
        self.front = 0  # the slot of the front item
        self.rear = capacity - 1  # the slot of the last item: the first enqueue fills slot 0
        self.size = 0  # tells full from empty: rear is just behind front in both

    def enqueue(self, x):                                ⟦enqueue⟧
        if self.size == len(self.slots):                 ⟦check-full⟧
            raise IndexError("queue is full")            ⟦check-full⟧
        self.rear = (self.rear + 1) % len(self.slots)    ⟦advance-rear⟧
        self.slots[self.rear] = x                        ⟦write⟧
        self.size = self.size + 1                        ⟦count-up⟧

    def dequeue(self):                                   ⟦dequeue⟧
        if self.size == 0:                               ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        x = self.slots[self.front]                       ⟦read⟧
        self.slots[self.front] = None                    ⟦erase⟧
        self.front = (self.front + 1) % len(self.slots)  ⟦advance-front⟧
        self.size = self.size - 1                        ⟦count-down⟧
        return x                                         ⟦return⟧

    def peek(self):                                      ⟦peek⟧
        if self.size == 0:                               ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        return self.slots[self.front]                    ⟦return-front⟧

    def clear(self):                                     ⟦clear⟧
        self.slots = [None] * len(self.slots)            ⟦clear-slots⟧
        self.front, self.rear, self.size = 0, len(self.slots) - 1, 0 ⟦reset⟧
`,
  c: `
#include <stdbool.h>
#include <stddef.h>
#define CAPACITY 8

typedef struct {
  const char *slots[CAPACITY];
  int front; /* the slot of the front item; starts at 0 */
  int rear; /* the slot of the last item; starts at CAPACITY - 1 */
  int size; /* tells full from empty: rear is just behind front in both */
} CircularQueue;

/* Start empty: CircularQueue q = CIRCULAR_QUEUE_EMPTY; (rear is not 0) */
#define CIRCULAR_QUEUE_EMPTY { {NULL}, 0, CAPACITY - 1, 0 }

bool enqueue(CircularQueue *q, const char *x) {      ⟦enqueue⟧
  if (q->size == CAPACITY) return false; /* full */  ⟦check-full⟧
  q->rear = (q->rear + 1) % CAPACITY;                ⟦advance-rear⟧
  q->slots[q->rear] = x;                             ⟦write⟧
  q->size = q->size + 1;                             ⟦count-up⟧
  return true;
}

const char *dequeue(CircularQueue *q) {              ⟦dequeue⟧
  if (q->size == 0) return NULL; /* empty */         ⟦check-empty⟧
  const char *x = q->slots[q->front];                ⟦read⟧
  q->slots[q->front] = NULL;                         ⟦erase⟧
  q->front = (q->front + 1) % CAPACITY;              ⟦advance-front⟧
  q->size = q->size - 1;                             ⟦count-down⟧
  return x;                                          ⟦return⟧
}

const char *peek(const CircularQueue *q) {           ⟦peek⟧
  if (q->size == 0) return NULL; /* empty */         ⟦check-empty⟧
  return q->slots[q->front];                         ⟦return-front⟧
}

void clear(CircularQueue *q) {                       ⟦clear⟧
  for (int i = 0; i < CAPACITY; i++) q->slots[i] = NULL; ⟦clear-slots⟧
  q->front = 0; q->rear = CAPACITY - 1; q->size = 0; ⟦reset⟧
}
`,
  javascript: `
class CircularQueue {
  constructor(capacity) {
    this.slots = new Array(capacity).fill(null);
    this.front = 0; // the slot of the front item
    this.rear = capacity - 1; // the slot of the last item: the first enqueue fills slot 0
    this.size = 0; // tells full from empty: rear is just behind front in both
  }

  enqueue(x) {                                                       ⟦enqueue⟧
    if (this.size === this.slots.length) throw new Error("full");    ⟦check-full⟧
    this.rear = (this.rear + 1) % this.slots.length;                 ⟦advance-rear⟧
    this.slots[this.rear] = x;                                       ⟦write⟧
    this.size = this.size + 1;                                       ⟦count-up⟧
  }

  dequeue() {                                                        ⟦dequeue⟧
    if (this.size === 0) throw new Error("empty");                   ⟦check-empty⟧
    const x = this.slots[this.front];                                ⟦read⟧
    this.slots[this.front] = null;                                   ⟦erase⟧
    this.front = (this.front + 1) % this.slots.length;               ⟦advance-front⟧
    this.size = this.size - 1;                                       ⟦count-down⟧
    return x;                                                        ⟦return⟧
  }

  peek() {                                                           ⟦peek⟧
    if (this.size === 0) throw new Error("empty");                   ⟦check-empty⟧
    return this.slots[this.front];                                   ⟦return-front⟧
  }

  clear() {                                                          ⟦clear⟧
    this.slots.fill(null);                                           ⟦clear-slots⟧
    this.front = 0; this.rear = this.slots.length - 1; this.size = 0; ⟦reset⟧
  }
}
`,
};

export const FRONT_REAR_SPARE_SLOT: ListingSet = {
  pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if (rear + 2) mod capacity = front:       ⟦check-full⟧
    refuse, full: one slot stays spare      ⟦check-full⟧
  rear ← (rear + 1) mod capacity            ⟦advance-rear⟧
  slots[rear] ← x                           ⟦write⟧

dequeue():                                  ⟦dequeue⟧
  if (rear + 1) mod capacity = front:       ⟦check-empty⟧
    refuse, empty                           ⟦check-empty⟧
  x ← slots[front]                          ⟦read⟧
  slots[front] ← empty                      ⟦erase⟧
  front ← (front + 1) mod capacity          ⟦advance-front⟧
  return x                                  ⟦return⟧

peek():                                     ⟦peek⟧
  if (rear + 1) mod capacity = front:       ⟦check-empty⟧
    refuse, empty                           ⟦check-empty⟧
  return slots[front]                       ⟦return-front⟧

clear():                                    ⟦clear⟧
  every slot ← empty                        ⟦clear-slots⟧
  front ← 0; rear ← capacity − 1            ⟦reset⟧
`,
  java: `
public class CircularQueue {
  private final String[] slots; // one slot always stays empty
  private int front = 0; // the slot of the front item
  private int rear; // the slot of the last item; rear just behind front means empty

  public CircularQueue(int capacity) {
    slots = new String[capacity];
    rear = capacity - 1; // so the first enqueue fills slot 0
  }

  public void enqueue(String x) {                                        ⟦enqueue⟧
    if ((rear + 2) % slots.length == front)                              ⟦check-full⟧
      throw new IllegalStateException("queue is full");                  ⟦check-full⟧
    rear = (rear + 1) % slots.length;                                    ⟦advance-rear⟧
    slots[rear] = x;                                                     ⟦write⟧
  }

  public String dequeue() {                                              ⟦dequeue⟧
    if ((rear + 1) % slots.length == front)                              ⟦check-empty⟧
      throw new IllegalStateException("queue is empty");                 ⟦check-empty⟧
    String x = slots[front];                                             ⟦read⟧
    slots[front] = null;                                                 ⟦erase⟧
    front = (front + 1) % slots.length;                                  ⟦advance-front⟧
    return x;                                                            ⟦return⟧
  }

  public String peek() {                                                 ⟦peek⟧
    if ((rear + 1) % slots.length == front)                              ⟦check-empty⟧
      throw new IllegalStateException("queue is empty");                 ⟦check-empty⟧
    return slots[front];                                                 ⟦return-front⟧
  }

  public void clear() {                                                  ⟦clear⟧
    java.util.Arrays.fill(slots, null);                                  ⟦clear-slots⟧
    front = 0; rear = slots.length - 1;                                  ⟦reset⟧
  }
}
`,
  python: `
class CircularQueue:
    def __init__(self, capacity):
        self.slots = [None] * capacity  # one slot always stays empty
        self.front = 0  # the slot of the front item
        self.rear = capacity - 1  # the slot of the last item; rear just behind front means empty

    def enqueue(self, x):                                ⟦enqueue⟧
        if (self.rear + 2) % len(self.slots) == self.front: ⟦check-full⟧
            raise IndexError("queue is full")            ⟦check-full⟧
        self.rear = (self.rear + 1) % len(self.slots)    ⟦advance-rear⟧
        self.slots[self.rear] = x                        ⟦write⟧

    def dequeue(self):                                   ⟦dequeue⟧
        if (self.rear + 1) % len(self.slots) == self.front: ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        x = self.slots[self.front]                       ⟦read⟧
        self.slots[self.front] = None                    ⟦erase⟧
        self.front = (self.front + 1) % len(self.slots)  ⟦advance-front⟧
        return x                                         ⟦return⟧

    def peek(self):                                      ⟦peek⟧
        if (self.rear + 1) % len(self.slots) == self.front: ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        return self.slots[self.front]                    ⟦return-front⟧

    def clear(self):                                     ⟦clear⟧
        self.slots = [None] * len(self.slots)            ⟦clear-slots⟧
        self.front, self.rear = 0, len(self.slots) - 1   ⟦reset⟧
`,
  c: `
#include <stdbool.h>
#include <stddef.h>
#define CAPACITY 8

typedef struct {
  const char *slots[CAPACITY]; /* one slot always stays empty */
  int front; /* the slot of the front item; starts at 0 */
  int rear; /* the slot of the last item; starts at CAPACITY - 1; just behind front means empty */
} CircularQueue;

/* Start empty: CircularQueue q = CIRCULAR_QUEUE_EMPTY; (rear is not 0) */
#define CIRCULAR_QUEUE_EMPTY { {NULL}, 0, CAPACITY - 1 }

bool enqueue(CircularQueue *q, const char *x) {      ⟦enqueue⟧
  if ((q->rear + 2) % CAPACITY == q->front)          ⟦check-full⟧
    return false; /* full: one slot stays spare */   ⟦check-full⟧
  q->rear = (q->rear + 1) % CAPACITY;                ⟦advance-rear⟧
  q->slots[q->rear] = x;                             ⟦write⟧
  return true;
}

const char *dequeue(CircularQueue *q) {              ⟦dequeue⟧
  if ((q->rear + 1) % CAPACITY == q->front)          ⟦check-empty⟧
    return NULL; /* empty */                         ⟦check-empty⟧
  const char *x = q->slots[q->front];                ⟦read⟧
  q->slots[q->front] = NULL;                         ⟦erase⟧
  q->front = (q->front + 1) % CAPACITY;              ⟦advance-front⟧
  return x;                                          ⟦return⟧
}

const char *peek(const CircularQueue *q) {           ⟦peek⟧
  if ((q->rear + 1) % CAPACITY == q->front)          ⟦check-empty⟧
    return NULL; /* empty */                         ⟦check-empty⟧
  return q->slots[q->front];                         ⟦return-front⟧
}

void clear(CircularQueue *q) {                       ⟦clear⟧
  for (int i = 0; i < CAPACITY; i++) q->slots[i] = NULL; ⟦clear-slots⟧
  q->front = 0; q->rear = CAPACITY - 1;              ⟦reset⟧
}
`,
  javascript: `
class CircularQueue {
  constructor(capacity) {
    this.slots = new Array(capacity).fill(null); // one slot always stays empty
    this.front = 0; // the slot of the front item
    this.rear = capacity - 1; // the slot of the last item; rear just behind front means empty
  }

  enqueue(x) {                                                       ⟦enqueue⟧
    if ((this.rear + 2) % this.slots.length === this.front)          ⟦check-full⟧
      throw new Error("full");                                       ⟦check-full⟧
    this.rear = (this.rear + 1) % this.slots.length;                 ⟦advance-rear⟧
    this.slots[this.rear] = x;                                       ⟦write⟧
  }

  dequeue() {                                                        ⟦dequeue⟧
    if ((this.rear + 1) % this.slots.length === this.front)          ⟦check-empty⟧
      throw new Error("empty");                                      ⟦check-empty⟧
    const x = this.slots[this.front];                                ⟦read⟧
    this.slots[this.front] = null;                                   ⟦erase⟧
    this.front = (this.front + 1) % this.slots.length;               ⟦advance-front⟧
    return x;                                                        ⟦return⟧
  }

  peek() {                                                           ⟦peek⟧
    if ((this.rear + 1) % this.slots.length === this.front)          ⟦check-empty⟧
      throw new Error("empty");                                      ⟦check-empty⟧
    return this.slots[this.front];                                   ⟦return-front⟧
  }

  clear() {                                                          ⟦clear⟧
    this.slots.fill(null);                                           ⟦clear-slots⟧
    this.front = 0; this.rear = this.slots.length - 1;               ⟦reset⟧
  }
}
`,
};
