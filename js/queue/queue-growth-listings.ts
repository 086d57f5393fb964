// The array queue (packed from slot 0) that doubles (growth "double") in five languages, each
// line tagged with the step it executes: an enqueue onto a full array first doubles it.
import { ListingSet } from "../code/listing";

export const QUEUE_GROWTH_LISTINGS: ListingSet = {
  pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if size = capacity:                       ⟦check-full⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to size − 1: bigger[i] ← slots[i] ⟦grow⟧
    slots ← bigger                          ⟦grow⟧
  slots[size] ← x                           ⟦write⟧
  size ← size + 1                           ⟦count-up⟧

dequeue():                                  ⟦dequeue⟧
  if size = 0: refuse, empty                ⟦check-empty⟧
  x ← slots[0]                              ⟦read⟧
  for i ← 1 to size − 1:                    ⟦shift⟧
    slots[i − 1] ← slots[i]                 ⟦shift⟧
  slots[size − 1] ← empty                   ⟦erase⟧
  size ← size − 1                           ⟦count-down⟧
  return x                                  ⟦return⟧

peek():                                     ⟦peek⟧
  if size = 0: refuse, empty                ⟦check-empty⟧
  return slots[0]                           ⟦return-front⟧

clear():                                    ⟦clear⟧
  slots[0 .. size − 1] ← empty              ⟦clear-slots⟧
  size ← 0                                  ⟦reset-size⟧
`,
  java: `
public class ArrayQueue {
  private String[] slots; // replaced by one twice as long when an enqueue finds it full
  private int size = 0; // the front is slots[0], the rear slots[size - 1]

  public ArrayQueue(int capacity) {
    slots = new String[capacity];
  }

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

  public String dequeue() {                                              ⟦dequeue⟧
    if (size == 0) throw new IllegalStateException("queue is empty");   ⟦check-empty⟧
    String x = slots[0];                                                 ⟦read⟧
    for (int i = 1; i < size; i++)                                       ⟦shift⟧
      slots[i - 1] = slots[i];                                           ⟦shift⟧
    slots[size - 1] = null;                                              ⟦erase⟧
    size = size - 1;                                                     ⟦count-down⟧
    return x;                                                            ⟦return⟧
  }

  public String peek() {                                                 ⟦peek⟧
    if (size == 0) throw new IllegalStateException("queue is empty");   ⟦check-empty⟧
    return slots[0];                                                     ⟦return-front⟧
  }

  public void clear() {                                                  ⟦clear⟧
    java.util.Arrays.fill(slots, 0, size, null);                         ⟦clear-slots⟧
    size = 0;                                                            ⟦reset-size⟧
  }
}
`,
  python: `
class ArrayQueue:
    def __init__(self, capacity):
        self.slots = [None] * capacity
        self.size = 0  # the front is slots[0], the rear slots[size - 1]

    def enqueue(self, x):                                ⟦enqueue⟧
        if self.size == len(self.slots):                 ⟦check-full⟧
            bigger = [None] * (2 * len(self.slots))      ⟦grow⟧
            for i in range(self.size):                   ⟦grow⟧
                bigger[i] = self.slots[i]                ⟦grow⟧
            self.slots = bigger                          ⟦grow⟧
        self.slots[self.size] = x                        ⟦write⟧
        self.size = self.size + 1                        ⟦count-up⟧

    def dequeue(self):                                   ⟦dequeue⟧
        if self.size == 0:                               ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        x = self.slots[0]                                ⟦read⟧
        for i in range(1, self.size):                    ⟦shift⟧
            self.slots[i - 1] = self.slots[i]            ⟦shift⟧
        self.slots[self.size - 1] = None                 ⟦erase⟧
        self.size = self.size - 1                        ⟦count-down⟧
        return x                                         ⟦return⟧

    def peek(self):                                      ⟦peek⟧
        if self.size == 0:                               ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        return self.slots[0]                             ⟦return-front⟧

    def clear(self):                                     ⟦clear⟧
        for i in range(self.size):                       ⟦clear-slots⟧
            self.slots[i] = None                         ⟦clear-slots⟧
        self.size = 0                                    ⟦reset-size⟧
`,
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
  javascript: `
class ArrayQueue {
  constructor(capacity) {
    this.slots = new Array(capacity).fill(null);
    this.size = 0; // the front is slots[0], the rear slots[size - 1]
  }

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

  dequeue() {                                                        ⟦dequeue⟧
    if (this.size === 0) throw new Error("empty");                   ⟦check-empty⟧
    const x = this.slots[0];                                         ⟦read⟧
    for (let i = 1; i < this.size; i++)                              ⟦shift⟧
      this.slots[i - 1] = this.slots[i];                             ⟦shift⟧
    this.slots[this.size - 1] = null;                                ⟦erase⟧
    this.size = this.size - 1;                                       ⟦count-down⟧
    return x;                                                        ⟦return⟧
  }

  peek() {                                                           ⟦peek⟧
    if (this.size === 0) throw new Error("empty");                   ⟦check-empty⟧
    return this.slots[0];                                            ⟦return-front⟧
  }

  clear() {                                                          ⟦clear⟧
    this.slots.fill(null, 0, this.size);                             ⟦clear-slots⟧
    this.size = 0;                                                   ⟦reset-size⟧
  }
}
`,
};
