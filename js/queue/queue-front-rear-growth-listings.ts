// The array queue (a rear index) whose array doubles when an enqueue finds it full:
// the fixed listing with its add method growing first (allocate, copy, swap: "grow"), Java's
// slots no longer final, and the C whole.
import { growing, ListingSet } from "../code/listing";
import { QUEUE_FRONT_REAR_LISTINGS } from "./queue-front-rear-listings";

export const QUEUE_FRONT_REAR_GROWTH_LISTINGS: ListingSet = growing(QUEUE_FRONT_REAR_LISTINGS, {
  operation: "enqueue",
  methods: {
    pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if rear = capacity − 1:                   ⟦check-full⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to rear: bigger[i] ← slots[i] ⟦grow⟧
    slots ← bigger                          ⟦grow⟧
  rear ← rear + 1                           ⟦move-rear⟧
  slots[rear] ← x                           ⟦write⟧
`,
    java: `
  public void enqueue(String x) {                                        ⟦enqueue⟧
    if (rear == slots.length - 1) {                                      ⟦check-full⟧
      String[] bigger = new String[2 * slots.length];                    ⟦grow⟧
      for (int i = 0; i <= rear; i++)                                    ⟦grow⟧
        bigger[i] = slots[i];                                            ⟦grow⟧
      slots = bigger;                                                    ⟦grow⟧
    }
    rear = rear + 1;                                                     ⟦move-rear⟧
    slots[rear] = x;                                                     ⟦write⟧
  }
`,
    python: `
    def enqueue(self, x):                                ⟦enqueue⟧
        if self.rear == len(self.slots) - 1:             ⟦check-full⟧
            bigger = [None] * (2 * len(self.slots))      ⟦grow⟧
            for i in range(self.rear + 1):               ⟦grow⟧
                bigger[i] = self.slots[i]                ⟦grow⟧
            self.slots = bigger                          ⟦grow⟧
        self.rear = self.rear + 1                        ⟦move-rear⟧
        self.slots[self.rear] = x                        ⟦write⟧
`,
    javascript: `
  enqueue(x) {                                                       ⟦enqueue⟧
    if (this.rear === this.slots.length - 1) {                       ⟦check-full⟧
      const bigger = new Array(2 * this.slots.length).fill(null);    ⟦grow⟧
      for (let i = 0; i <= this.rear; i++)                           ⟦grow⟧
        bigger[i] = this.slots[i];                                   ⟦grow⟧
      this.slots = bigger;                                           ⟦grow⟧
    }
    this.rear = this.rear + 1;                                       ⟦move-rear⟧
    this.slots[this.rear] = x;                                       ⟦write⟧
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
  int rear; /* the front is slots[0], the rear slots[rear]; -1 when empty */
} Queue;

void init(Queue *q, int capacity) {
  q->slots = malloc(capacity * sizeof *q->slots);
  q->capacity = capacity;
  q->rear = -1;
}

void enqueue(Queue *q, const char *x) {              ⟦enqueue⟧
  if (q->rear == q->capacity - 1) {                  ⟦check-full⟧
    const char **bigger = malloc(2 * q->capacity * sizeof *bigger); ⟦grow⟧
    for (int i = 0; i <= q->rear; i++)               ⟦grow⟧
      bigger[i] = q->slots[i];                       ⟦grow⟧
    free(q->slots);                                  ⟦grow⟧
    q->slots = bigger; q->capacity = 2 * q->capacity; ⟦grow⟧
  }
  q->rear = q->rear + 1;                             ⟦move-rear⟧
  q->slots[q->rear] = x;                             ⟦write⟧
}

const char *dequeue(Queue *q) {                      ⟦dequeue⟧
  if (q->rear == -1) return NULL; /* empty */        ⟦check-empty⟧
  const char *x = q->slots[0];                       ⟦read⟧
  for (int i = 1; i <= q->rear; i++)                 ⟦shift⟧
    q->slots[i - 1] = q->slots[i];                   ⟦shift⟧
  q->slots[q->rear] = NULL;                          ⟦erase⟧
  q->rear = q->rear - 1;                             ⟦move-rear⟧
  return x;                                          ⟦return⟧
}

const char *peek(const Queue *q) {                   ⟦peek⟧
  if (q->rear == -1) return NULL; /* empty */        ⟦check-empty⟧
  return q->slots[0];                                ⟦return-front⟧
}

void clear(Queue *q) {                               ⟦clear⟧
  for (int i = 0; i <= q->rear; i++) q->slots[i] = NULL; ⟦clear-slots⟧
  q->rear = -1;                                      ⟦reset-rear⟧
}
`,
});
