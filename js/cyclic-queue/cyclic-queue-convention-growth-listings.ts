// The cyclic queue that doubles (growth "double") under the other pointer conventions, front
// and rear (the slot of the last item) under each full rule and front and size, in five
// languages, each line tagged with the step it executes: a full array is copied, unwrapped,
// into one twice as long.
import { ListingSet } from "../code/listing";

export const FRONT_REAR_GROWTH_COUNT: ListingSet = {
  pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if size = capacity:                       ⟦check-full⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to size − 1: bigger[i] ← slots[(front + i) mod capacity] ⟦grow⟧
    slots ← bigger; front ← 0; rear ← size − 1 ⟦grow⟧
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
  private String[] slots; // replaced by one twice as long when an enqueue finds it full
  private int front = 0; // the slot of the front item
  private int rear; // the slot of the last item
  private int size = 0; // tells full from empty: rear is just behind front in both

  public CircularQueue(int capacity) {
    slots = new String[capacity];
    rear = capacity - 1; // so the first enqueue fills slot 0
  }

  public void enqueue(String x) {                                        ⟦enqueue⟧
    if (size == slots.length) {                                          ⟦check-full⟧
      String[] bigger = new String[2 * slots.length];                    ⟦grow⟧
      for (int i = 0; i < size; i++) // unwrap: the front goes to slot 0 ⟦grow⟧
        bigger[i] = slots[(front + i) % slots.length];                   ⟦grow⟧
      slots = bigger; front = 0; rear = size - 1;                        ⟦grow⟧
    }
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
            bigger = [None] * (2 * len(self.slots))      ⟦grow⟧
            for i in range(self.size):  # unwrap: the front goes to slot 0 ⟦grow⟧
                bigger[i] = self.slots[(self.front + i) % len(self.slots)] ⟦grow⟧
            self.slots = bigger                          ⟦grow⟧
            self.front = 0                               ⟦grow⟧
            self.rear = self.size - 1                    ⟦grow⟧
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
#include <stddef.h>
#include <stdlib.h>

typedef struct {
  const char **slots; /* malloc'ed; replaced by one twice as long when full */
  int capacity;
  int front; /* the slot of the front item; starts at 0 */
  int rear; /* the slot of the last item; starts at capacity - 1 */
  int size; /* tells full from empty: rear is just behind front in both */
} CircularQueue;

void init(CircularQueue *q, int capacity) {
  q->slots = malloc(capacity * sizeof *q->slots);
  q->capacity = capacity;
  q->front = 0; q->rear = capacity - 1; q->size = 0;
}

void enqueue(CircularQueue *q, const char *x) {      ⟦enqueue⟧
  if (q->size == q->capacity) {                      ⟦check-full⟧
    const char **bigger = malloc(2 * q->capacity * sizeof *bigger); ⟦grow⟧
    for (int i = 0; i < q->size; i++) /* unwrap: the front goes to slot 0 */ ⟦grow⟧
      bigger[i] = q->slots[(q->front + i) % q->capacity]; ⟦grow⟧
    free(q->slots);                                  ⟦grow⟧
    q->slots = bigger; q->capacity = 2 * q->capacity; ⟦grow⟧
    q->front = 0; q->rear = q->size - 1;             ⟦grow⟧
  }
  q->rear = (q->rear + 1) % q->capacity;             ⟦advance-rear⟧
  q->slots[q->rear] = x;                             ⟦write⟧
  q->size = q->size + 1;                             ⟦count-up⟧
}

const char *dequeue(CircularQueue *q) {              ⟦dequeue⟧
  if (q->size == 0) return NULL; /* empty */         ⟦check-empty⟧
  const char *x = q->slots[q->front];                ⟦read⟧
  q->slots[q->front] = NULL;                         ⟦erase⟧
  q->front = (q->front + 1) % q->capacity;           ⟦advance-front⟧
  q->size = q->size - 1;                             ⟦count-down⟧
  return x;                                          ⟦return⟧
}

const char *peek(const CircularQueue *q) {           ⟦peek⟧
  if (q->size == 0) return NULL; /* empty */         ⟦check-empty⟧
  return q->slots[q->front];                         ⟦return-front⟧
}

void clear(CircularQueue *q) {                       ⟦clear⟧
  for (int i = 0; i < q->capacity; i++) q->slots[i] = NULL; ⟦clear-slots⟧
  q->front = 0; q->rear = q->capacity - 1; q->size = 0; ⟦reset⟧
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
    if (this.size === this.slots.length) {                           ⟦check-full⟧
      const bigger = new Array(2 * this.slots.length).fill(null);    ⟦grow⟧
      for (let i = 0; i < this.size; i++) // unwrap: the front goes to slot 0 ⟦grow⟧
        bigger[i] = this.slots[(this.front + i) % this.slots.length]; ⟦grow⟧
      this.slots = bigger; this.front = 0; this.rear = this.size - 1; ⟦grow⟧
    }
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

export const FRONT_REAR_GROWTH_SPARE_SLOT: ListingSet = {
  pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if (rear + 2) mod capacity = front:       ⟦check-full⟧
    n ← capacity − 1                        ⟦grow⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to n − 1: bigger[i] ← slots[(front + i) mod capacity] ⟦grow⟧
    slots ← bigger; front ← 0; rear ← n − 1 ⟦grow⟧
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
  private String[] slots; // one slot always stays empty; doubled when only it is left
  private int front = 0; // the slot of the front item
  private int rear; // the slot of the last item; rear just behind front means empty

  public CircularQueue(int capacity) {
    slots = new String[capacity];
    rear = capacity - 1; // so the first enqueue fills slot 0
  }

  public void enqueue(String x) {                                        ⟦enqueue⟧
    if ((rear + 2) % slots.length == front) {                            ⟦check-full⟧
      int n = slots.length - 1; // the items held                        ⟦grow⟧
      String[] bigger = new String[2 * slots.length];                    ⟦grow⟧
      for (int i = 0; i < n; i++) // unwrap: the front goes to slot 0    ⟦grow⟧
        bigger[i] = slots[(front + i) % slots.length];                   ⟦grow⟧
      slots = bigger; front = 0; rear = n - 1;                           ⟦grow⟧
    }
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
            n = len(self.slots) - 1  # the items held    ⟦grow⟧
            bigger = [None] * (2 * len(self.slots))      ⟦grow⟧
            for i in range(n):  # unwrap: the front goes to slot 0 ⟦grow⟧
                bigger[i] = self.slots[(self.front + i) % len(self.slots)] ⟦grow⟧
            self.slots = bigger                          ⟦grow⟧
            self.front = 0                               ⟦grow⟧
            self.rear = n - 1                            ⟦grow⟧
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
#include <stddef.h>
#include <stdlib.h>

typedef struct {
  const char **slots; /* malloc'ed; one slot always stays empty */
  int capacity;
  int front; /* the slot of the front item; starts at 0 */
  int rear; /* the slot of the last item; starts at capacity - 1; just behind front means empty */
} CircularQueue;

void init(CircularQueue *q, int capacity) {
  q->slots = malloc(capacity * sizeof *q->slots);
  q->capacity = capacity;
  q->front = 0; q->rear = capacity - 1;
}

void enqueue(CircularQueue *q, const char *x) {      ⟦enqueue⟧
  if ((q->rear + 2) % q->capacity == q->front) {     ⟦check-full⟧
    int n = q->capacity - 1; /* the items held */    ⟦grow⟧
    const char **bigger = malloc(2 * q->capacity * sizeof *bigger); ⟦grow⟧
    for (int i = 0; i < n; i++) /* unwrap: the front goes to slot 0 */ ⟦grow⟧
      bigger[i] = q->slots[(q->front + i) % q->capacity]; ⟦grow⟧
    free(q->slots);                                  ⟦grow⟧
    q->slots = bigger; q->capacity = 2 * q->capacity; ⟦grow⟧
    q->front = 0; q->rear = n - 1;                   ⟦grow⟧
  }
  q->rear = (q->rear + 1) % q->capacity;             ⟦advance-rear⟧
  q->slots[q->rear] = x;                             ⟦write⟧
}

const char *dequeue(CircularQueue *q) {              ⟦dequeue⟧
  if ((q->rear + 1) % q->capacity == q->front)       ⟦check-empty⟧
    return NULL; /* empty */                         ⟦check-empty⟧
  const char *x = q->slots[q->front];                ⟦read⟧
  q->slots[q->front] = NULL;                         ⟦erase⟧
  q->front = (q->front + 1) % q->capacity;           ⟦advance-front⟧
  return x;                                          ⟦return⟧
}

const char *peek(const CircularQueue *q) {           ⟦peek⟧
  if ((q->rear + 1) % q->capacity == q->front)       ⟦check-empty⟧
    return NULL; /* empty */                         ⟦check-empty⟧
  return q->slots[q->front];                         ⟦return-front⟧
}

void clear(CircularQueue *q) {                       ⟦clear⟧
  for (int i = 0; i < q->capacity; i++) q->slots[i] = NULL; ⟦clear-slots⟧
  q->front = 0; q->rear = q->capacity - 1;           ⟦reset⟧
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
    if ((this.rear + 2) % this.slots.length === this.front) {        ⟦check-full⟧
      const n = this.slots.length - 1; // the items held             ⟦grow⟧
      const bigger = new Array(2 * this.slots.length).fill(null);    ⟦grow⟧
      for (let i = 0; i < n; i++) // unwrap: the front goes to slot 0 ⟦grow⟧
        bigger[i] = this.slots[(this.front + i) % this.slots.length]; ⟦grow⟧
      this.slots = bigger; this.front = 0; this.rear = n - 1;        ⟦grow⟧
    }
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

export const FRONT_SIZE_GROWTH: ListingSet = {
  pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if size = capacity:                       ⟦check-full⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to size − 1: bigger[i] ← slots[(front + i) mod capacity] ⟦grow⟧
    slots ← bigger; front ← 0               ⟦grow⟧
  slots[(front + size) mod capacity] ← x    ⟦write⟧
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
  front ← 0; size ← 0                       ⟦reset⟧
`,
  java: `
public class CircularQueue {
  private String[] slots; // replaced by one twice as long when an enqueue finds it full
  private int front = 0; // the slot of the front item
  private int size = 0; // the next enqueue fills (front + size) % capacity

  public CircularQueue(int capacity) {
    slots = new String[capacity];
  }

  public void enqueue(String x) {                                        ⟦enqueue⟧
    if (size == slots.length) {                                          ⟦check-full⟧
      String[] bigger = new String[2 * slots.length];                    ⟦grow⟧
      for (int i = 0; i < size; i++) // unwrap: the front goes to slot 0 ⟦grow⟧
        bigger[i] = slots[(front + i) % slots.length];                   ⟦grow⟧
      slots = bigger; front = 0;                                         ⟦grow⟧
    }
    slots[(front + size) % slots.length] = x;                            ⟦write⟧
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
    front = 0; size = 0;                                                 ⟦reset⟧
  }
}
`,
  python: `
class CircularQueue:
    def __init__(self, capacity):
        self.slots = [None] * capacity
        self.front = 0  # the slot of the front item
        self.size = 0  # the next enqueue fills (front + size) % capacity

    def enqueue(self, x):                                ⟦enqueue⟧
        if self.size == len(self.slots):                 ⟦check-full⟧
            bigger = [None] * (2 * len(self.slots))      ⟦grow⟧
            for i in range(self.size):  # unwrap: the front goes to slot 0 ⟦grow⟧
                bigger[i] = self.slots[(self.front + i) % len(self.slots)] ⟦grow⟧
            self.slots = bigger                          ⟦grow⟧
            self.front = 0                               ⟦grow⟧
        self.slots[(self.front + self.size) % len(self.slots)] = x ⟦write⟧
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
        self.front = self.size = 0                       ⟦reset⟧
`,
  c: `
#include <stddef.h>
#include <stdlib.h>

typedef struct {
  const char **slots; /* malloc'ed; replaced by one twice as long when full */
  int capacity;
  int front; /* the slot of the front item */
  int size; /* the next enqueue fills (front + size) % capacity */
} CircularQueue;

void init(CircularQueue *q, int capacity) {
  q->slots = malloc(capacity * sizeof *q->slots);
  q->capacity = capacity;
  q->front = q->size = 0;
}

void enqueue(CircularQueue *q, const char *x) {      ⟦enqueue⟧
  if (q->size == q->capacity) {                      ⟦check-full⟧
    const char **bigger = malloc(2 * q->capacity * sizeof *bigger); ⟦grow⟧
    for (int i = 0; i < q->size; i++) /* unwrap: the front goes to slot 0 */ ⟦grow⟧
      bigger[i] = q->slots[(q->front + i) % q->capacity]; ⟦grow⟧
    free(q->slots);                                  ⟦grow⟧
    q->slots = bigger; q->capacity = 2 * q->capacity; ⟦grow⟧
    q->front = 0;                                    ⟦grow⟧
  }
  q->slots[(q->front + q->size) % q->capacity] = x;  ⟦write⟧
  q->size = q->size + 1;                             ⟦count-up⟧
}

const char *dequeue(CircularQueue *q) {              ⟦dequeue⟧
  if (q->size == 0) return NULL; /* empty */         ⟦check-empty⟧
  const char *x = q->slots[q->front];                ⟦read⟧
  q->slots[q->front] = NULL;                         ⟦erase⟧
  q->front = (q->front + 1) % q->capacity;           ⟦advance-front⟧
  q->size = q->size - 1;                             ⟦count-down⟧
  return x;                                          ⟦return⟧
}

const char *peek(const CircularQueue *q) {           ⟦peek⟧
  if (q->size == 0) return NULL; /* empty */         ⟦check-empty⟧
  return q->slots[q->front];                         ⟦return-front⟧
}

void clear(CircularQueue *q) {                       ⟦clear⟧
  for (int i = 0; i < q->capacity; i++) q->slots[i] = NULL; ⟦clear-slots⟧
  q->front = q->size = 0;                            ⟦reset⟧
}
`,
  javascript: `
class CircularQueue {
  constructor(capacity) {
    this.slots = new Array(capacity).fill(null);
    this.front = 0; // the slot of the front item
    this.size = 0; // the next enqueue fills (front + size) % capacity
  }

  enqueue(x) {                                                       ⟦enqueue⟧
    if (this.size === this.slots.length) {                           ⟦check-full⟧
      const bigger = new Array(2 * this.slots.length).fill(null);    ⟦grow⟧
      for (let i = 0; i < this.size; i++) // unwrap: the front goes to slot 0 ⟦grow⟧
        bigger[i] = this.slots[(this.front + i) % this.slots.length]; ⟦grow⟧
      this.slots = bigger; this.front = 0;                           ⟦grow⟧
    }
    this.slots[(this.front + this.size) % this.slots.length] = x;    ⟦write⟧
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
    this.front = this.size = 0;                                      ⟦reset⟧
  }
}
`,
};
