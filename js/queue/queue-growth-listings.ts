// The array queue (a size field) whose array doubles when an enqueue finds it full:
// the fixed listing with its add method growing first (allocate, copy, swap: "grow"), Java's
// slots no longer final, and the C whole.
import { growing, ListingSet } from "../code/listing";
import { QUEUE_LISTINGS } from "./queue-listings";

export const QUEUE_GROWTH_LISTINGS: ListingSet = growing(QUEUE_LISTINGS, {
  operation: "enqueue",
  methods: {
    pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if size = capacity:                       ⟦check-full⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to size − 1: bigger[i] ← slots[i] ⟦grow⟧
    slots ← bigger                          ⟦grow⟧
  slots[size] ← x                           ⟦write⟧
  size ← size + 1                           ⟦count-up⟧
`,
    java: `
  public void enqueue(String x) {                                        ⟦enqueue⟧
    if (size == slots.length) {                                          ⟦check-full⟧
      String[] bigger = new String[2 * slots.length];                    ⟦grow⟧
      for (int i = 0; i < size; i++)                                     ⟦grow⟧
        bigger[i] = slots[i];                                            ⟦grow⟧
      slots = bigger;                                                    ⟦grow⟧
    }
    slots[size] = x;                                                     ⟦write⟧
    size = size + 1;                                                     ⟦count-up⟧
  }
`,
    python: `
    def enqueue(self, x):                                ⟦enqueue⟧
        if self.size == len(self.slots):                 ⟦check-full⟧
            bigger = [None] * (2 * len(self.slots))      ⟦grow⟧
            for i in range(self.size):                   ⟦grow⟧
                bigger[i] = self.slots[i]                ⟦grow⟧
            self.slots = bigger                          ⟦grow⟧
        self.slots[self.size] = x                        ⟦write⟧
        self.size = self.size + 1                        ⟦count-up⟧
`,
    javascript: `
  enqueue(x) {                                                       ⟦enqueue⟧
    if (this.size === this.slots.length) {                           ⟦check-full⟧
      const bigger = new Array(2 * this.slots.length).fill(null);    ⟦grow⟧
      for (let i = 0; i < this.size; i++)                            ⟦grow⟧
        bigger[i] = this.slots[i];                                   ⟦grow⟧
      this.slots = bigger;                                           ⟦grow⟧
    }
    this.slots[this.size] = x;                                       ⟦write⟧
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
  int size; /* the front is slots[0], the rear slots[size - 1] */
} Queue;

void init(Queue *q, int capacity) {
  q->slots = malloc(capacity * sizeof *q->slots);
  q->capacity = capacity;
  q->size = 0;
}

void enqueue(Queue *q, const char *x) {              ⟦enqueue⟧
  if (q->size == q->capacity) {                      ⟦check-full⟧
    const char **bigger = malloc(2 * q->capacity * sizeof *bigger); ⟦grow⟧
    for (int i = 0; i < q->size; i++)                ⟦grow⟧
      bigger[i] = q->slots[i];                       ⟦grow⟧
    free(q->slots);                                  ⟦grow⟧
    q->slots = bigger; q->capacity = 2 * q->capacity; ⟦grow⟧
  }
  q->slots[q->size] = x;                             ⟦write⟧
  q->size = q->size + 1;                             ⟦count-up⟧
}

const char *dequeue(Queue *q) {                      ⟦dequeue⟧
  if (q->size == 0) return NULL; /* empty */         ⟦check-empty⟧
  const char *x = q->slots[0];                       ⟦read⟧
  for (int i = 1; i < q->size; i++)                  ⟦shift⟧
    q->slots[i - 1] = q->slots[i];                   ⟦shift⟧
  q->slots[q->size - 1] = NULL;                      ⟦erase⟧
  q->size = q->size - 1;                             ⟦count-down⟧
  return x;                                          ⟦return⟧
}

const char *peek(const Queue *q) {                   ⟦peek⟧
  if (q->size == 0) return NULL; /* empty */         ⟦check-empty⟧
  return q->slots[0];                                ⟦return-front⟧
}

void clear(Queue *q) {                               ⟦clear⟧
  for (int i = 0; i < q->size; i++) q->slots[i] = NULL; ⟦clear-slots⟧
  q->size = 0;                                       ⟦reset-size⟧
}
`,
});
