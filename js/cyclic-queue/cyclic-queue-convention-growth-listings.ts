// The cyclic queue (front and rear, or front and size) whose array doubles when full:
// the fixed listing with its add method growing first (allocate, copy, swap: "grow"), Java's
// slots no longer final, and the C whole.
import { growing, ListingSet } from "../code/listing";
import { FRONT_REAR_COUNT, FRONT_REAR_SPARE_SLOT } from "./cyclic-queue-front-rear-listings";
import { FRONT_SIZE } from "./cyclic-queue-front-size-listings";

export const FRONT_REAR_GROWTH_COUNT: ListingSet = growing(FRONT_REAR_COUNT, {
  operation: "enqueue",
  methods: {
    pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if size = capacity:                       ⟦check-full⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to size − 1: bigger[i] ← slots[(front + i) mod capacity] ⟦grow⟧
    slots ← bigger; front ← 0; rear ← size − 1 ⟦grow⟧
  rear ← (rear + 1) mod capacity            ⟦advance-rear⟧
  slots[rear] ← x                           ⟦write⟧
  size ← size + 1                           ⟦count-up⟧
`,
    java: `
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
`,
    python: `
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
`,
    javascript: `
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
`,
  },
  javaField: "  private String[] slots; // replaced by one twice as long when an enqueue finds it full",
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
});

export const FRONT_REAR_GROWTH_SPARE_SLOT: ListingSet = growing(FRONT_REAR_SPARE_SLOT, {
  operation: "enqueue",
  methods: {
    pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if (rear + 2) mod capacity = front:       ⟦check-full⟧
    n ← capacity − 1                        ⟦grow⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to n − 1: bigger[i] ← slots[(front + i) mod capacity] ⟦grow⟧
    slots ← bigger; front ← 0; rear ← n − 1 ⟦grow⟧
  rear ← (rear + 1) mod capacity            ⟦advance-rear⟧
  slots[rear] ← x                           ⟦write⟧
`,
    java: `
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
`,
    python: `
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
`,
    javascript: `
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
`,
  },
  javaField: "  private String[] slots; // one slot always stays empty; doubled when only it is left",
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
});

export const FRONT_SIZE_GROWTH: ListingSet = growing(FRONT_SIZE, {
  operation: "enqueue",
  methods: {
    pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if size = capacity:                       ⟦check-full⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to size − 1: bigger[i] ← slots[(front + i) mod capacity] ⟦grow⟧
    slots ← bigger; front ← 0               ⟦grow⟧
  slots[(front + size) mod capacity] ← x    ⟦write⟧
  size ← size + 1                           ⟦count-up⟧
`,
    java: `
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
`,
    python: `
    def enqueue(self, x):                                ⟦enqueue⟧
        if self.size == len(self.slots):                 ⟦check-full⟧
            bigger = [None] * (2 * len(self.slots))      ⟦grow⟧
            for i in range(self.size):  # unwrap: the front goes to slot 0 ⟦grow⟧
                bigger[i] = self.slots[(self.front + i) % len(self.slots)] ⟦grow⟧
            self.slots = bigger                          ⟦grow⟧
            self.front = 0                               ⟦grow⟧
        self.slots[(self.front + self.size) % len(self.slots)] = x ⟦write⟧
        self.size = self.size + 1                        ⟦count-up⟧
`,
    javascript: `
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
`,
  },
  javaField: "  private String[] slots; // replaced by one twice as long when an enqueue finds it full",
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
});
