// The cyclic queue (head and tail, each full rule) whose array doubles when full:
// the fixed listing with its add method growing first (allocate, copy, swap: "grow"), Java's
// slots no longer final, and the C whole.
import { growing, ListingSet } from "../code/listing";
import { COUNT, SPARE_SLOT } from "./cyclic-queue-head-tail-listings";

export const GROWTH_COUNT: ListingSet = growing(COUNT, {
  operation: "enqueue",
  methods: {
    pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if size = capacity:                       ⟦check-full⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to size − 1: bigger[i] ← slots[(head + i) mod capacity] ⟦grow⟧
    slots ← bigger; head ← 0; tail ← size   ⟦grow⟧
  slots[tail] ← x                           ⟦write⟧
  tail ← (tail + 1) mod capacity            ⟦advance-tail⟧
  size ← size + 1                           ⟦count-up⟧
`,
    java: `
  public void enqueue(String x) {                                        ⟦enqueue⟧
    if (size == slots.length) {                                          ⟦check-full⟧
      String[] bigger = new String[2 * slots.length];                    ⟦grow⟧
      for (int i = 0; i < size; i++) // unwrap: the front goes to slot 0 ⟦grow⟧
        bigger[i] = slots[(head + i) % slots.length];                    ⟦grow⟧
      slots = bigger; head = 0; tail = size;                             ⟦grow⟧
    }
    slots[tail] = x;                                                     ⟦write⟧
    tail = (tail + 1) % slots.length;                                    ⟦advance-tail⟧
    size = size + 1;                                                     ⟦count-up⟧
  }
`,
    python: `
    def enqueue(self, x):                                ⟦enqueue⟧
        if self.size == len(self.slots):                 ⟦check-full⟧
            bigger = [None] * (2 * len(self.slots))      ⟦grow⟧
            for i in range(self.size):  # unwrap: the front goes to slot 0 ⟦grow⟧
                bigger[i] = self.slots[(self.head + i) % len(self.slots)] ⟦grow⟧
            self.slots = bigger                          ⟦grow⟧
            self.head = 0                                ⟦grow⟧
            self.tail = self.size                        ⟦grow⟧
        self.slots[self.tail] = x                        ⟦write⟧
        self.tail = (self.tail + 1) % len(self.slots)    ⟦advance-tail⟧
        self.size = self.size + 1                        ⟦count-up⟧
`,
    javascript: `
  enqueue(x) {                                                       ⟦enqueue⟧
    if (this.size === this.slots.length) {                           ⟦check-full⟧
      const bigger = new Array(2 * this.slots.length).fill(null);    ⟦grow⟧
      for (let i = 0; i < this.size; i++) // unwrap: the front goes to slot 0 ⟦grow⟧
        bigger[i] = this.slots[(this.head + i) % this.slots.length]; ⟦grow⟧
      this.slots = bigger; this.head = 0; this.tail = this.size;     ⟦grow⟧
    }
    this.slots[this.tail] = x;                                       ⟦write⟧
    this.tail = (this.tail + 1) % this.slots.length;                 ⟦advance-tail⟧
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
  int head; /* the slot of the front item */
  int tail; /* the slot the next enqueue fills */
  int size; /* tells full from empty: head == tail in both */
} CircularQueue;

void init(CircularQueue *q, int capacity) {
  q->slots = malloc(capacity * sizeof *q->slots);
  q->capacity = capacity;
  q->head = q->tail = q->size = 0;
}

void enqueue(CircularQueue *q, const char *x) {      ⟦enqueue⟧
  if (q->size == q->capacity) {                      ⟦check-full⟧
    const char **bigger = malloc(2 * q->capacity * sizeof *bigger); ⟦grow⟧
    for (int i = 0; i < q->size; i++) /* unwrap: the front goes to slot 0 */ ⟦grow⟧
      bigger[i] = q->slots[(q->head + i) % q->capacity]; ⟦grow⟧
    free(q->slots);                                  ⟦grow⟧
    q->slots = bigger; q->capacity = 2 * q->capacity; ⟦grow⟧
    q->head = 0; q->tail = q->size;                  ⟦grow⟧
  }
  q->slots[q->tail] = x;                             ⟦write⟧
  q->tail = (q->tail + 1) % q->capacity;             ⟦advance-tail⟧
  q->size = q->size + 1;                             ⟦count-up⟧
}

const char *dequeue(CircularQueue *q) {              ⟦dequeue⟧
  if (q->size == 0) return NULL; /* empty */         ⟦check-empty⟧
  const char *x = q->slots[q->head];                 ⟦read⟧
  q->slots[q->head] = NULL;                          ⟦erase⟧
  q->head = (q->head + 1) % q->capacity;             ⟦advance-head⟧
  q->size = q->size - 1;                             ⟦count-down⟧
  return x;                                          ⟦return⟧
}

const char *peek(const CircularQueue *q) {           ⟦peek⟧
  if (q->size == 0) return NULL; /* empty */         ⟦check-empty⟧
  return q->slots[q->head];                          ⟦return-front⟧
}

void clear(CircularQueue *q) {                       ⟦clear⟧
  for (int i = 0; i < q->capacity; i++) q->slots[i] = NULL; ⟦clear-slots⟧
  q->head = q->tail = q->size = 0;                   ⟦reset⟧
}
`,
});

export const GROWTH_SPARE_SLOT: ListingSet = growing(SPARE_SLOT, {
  operation: "enqueue",
  methods: {
    pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if (tail + 1) mod capacity = head:        ⟦check-full⟧
    n ← capacity − 1                        ⟦grow⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to n − 1: bigger[i] ← slots[(head + i) mod capacity] ⟦grow⟧
    slots ← bigger; head ← 0; tail ← n      ⟦grow⟧
  slots[tail] ← x                           ⟦write⟧
  tail ← (tail + 1) mod capacity            ⟦advance-tail⟧
`,
    java: `
  public void enqueue(String x) {                                        ⟦enqueue⟧
    if ((tail + 1) % slots.length == head) {                             ⟦check-full⟧
      int n = slots.length - 1; // the items held                        ⟦grow⟧
      String[] bigger = new String[2 * slots.length];                    ⟦grow⟧
      for (int i = 0; i < n; i++) // unwrap: the front goes to slot 0    ⟦grow⟧
        bigger[i] = slots[(head + i) % slots.length];                    ⟦grow⟧
      slots = bigger; head = 0; tail = n;                                ⟦grow⟧
    }
    slots[tail] = x;                                                     ⟦write⟧
    tail = (tail + 1) % slots.length;                                    ⟦advance-tail⟧
  }
`,
    python: `
    def enqueue(self, x):                                ⟦enqueue⟧
        if (self.tail + 1) % len(self.slots) == self.head: ⟦check-full⟧
            n = len(self.slots) - 1  # the items held    ⟦grow⟧
            bigger = [None] * (2 * len(self.slots))      ⟦grow⟧
            for i in range(n):  # unwrap: the front goes to slot 0 ⟦grow⟧
                bigger[i] = self.slots[(self.head + i) % len(self.slots)] ⟦grow⟧
            self.slots = bigger                          ⟦grow⟧
            self.head = 0                                ⟦grow⟧
            self.tail = n                                ⟦grow⟧
        self.slots[self.tail] = x                        ⟦write⟧
        self.tail = (self.tail + 1) % len(self.slots)    ⟦advance-tail⟧
`,
    javascript: `
  enqueue(x) {                                                       ⟦enqueue⟧
    if ((this.tail + 1) % this.slots.length === this.head) {         ⟦check-full⟧
      const n = this.slots.length - 1; // the items held             ⟦grow⟧
      const bigger = new Array(2 * this.slots.length).fill(null);    ⟦grow⟧
      for (let i = 0; i < n; i++) // unwrap: the front goes to slot 0 ⟦grow⟧
        bigger[i] = this.slots[(this.head + i) % this.slots.length]; ⟦grow⟧
      this.slots = bigger; this.head = 0; this.tail = n;             ⟦grow⟧
    }
    this.slots[this.tail] = x;                                       ⟦write⟧
    this.tail = (this.tail + 1) % this.slots.length;                 ⟦advance-tail⟧
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
  int head; /* the slot of the front item */
  int tail; /* the slot the next enqueue fills; head == tail means empty */
} CircularQueue;

void init(CircularQueue *q, int capacity) {
  q->slots = malloc(capacity * sizeof *q->slots);
  q->capacity = capacity;
  q->head = q->tail = 0;
}

void enqueue(CircularQueue *q, const char *x) {      ⟦enqueue⟧
  if ((q->tail + 1) % q->capacity == q->head) {      ⟦check-full⟧
    int n = q->capacity - 1; /* the items held */    ⟦grow⟧
    const char **bigger = malloc(2 * q->capacity * sizeof *bigger); ⟦grow⟧
    for (int i = 0; i < n; i++) /* unwrap: the front goes to slot 0 */ ⟦grow⟧
      bigger[i] = q->slots[(q->head + i) % q->capacity]; ⟦grow⟧
    free(q->slots);                                  ⟦grow⟧
    q->slots = bigger; q->capacity = 2 * q->capacity; ⟦grow⟧
    q->head = 0; q->tail = n;                        ⟦grow⟧
  }
  q->slots[q->tail] = x;                             ⟦write⟧
  q->tail = (q->tail + 1) % q->capacity;             ⟦advance-tail⟧
}

const char *dequeue(CircularQueue *q) {              ⟦dequeue⟧
  if (q->head == q->tail) return NULL; /* empty */   ⟦check-empty⟧
  const char *x = q->slots[q->head];                 ⟦read⟧
  q->slots[q->head] = NULL;                          ⟦erase⟧
  q->head = (q->head + 1) % q->capacity;             ⟦advance-head⟧
  return x;                                          ⟦return⟧
}

const char *peek(const CircularQueue *q) {           ⟦peek⟧
  if (q->head == q->tail) return NULL; /* empty */   ⟦check-empty⟧
  return q->slots[q->head];                          ⟦return-front⟧
}

void clear(CircularQueue *q) {                       ⟦clear⟧
  for (int i = 0; i < q->capacity; i++) q->slots[i] = NULL; ⟦clear-slots⟧
  q->head = q->tail = 0;                             ⟦reset⟧
}
`,
});
