// The cyclic queue kept by front and size alone in five languages, each line tagged with
// the step it executes: the slot an enqueue fills is computed, (front + size) mod capacity.
import { ListingSet } from "../code/listing";

export const FRONT_SIZE: ListingSet = {
  pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if size = capacity: refuse, full          ⟦check-full⟧
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
  private final String[] slots;
  private int front = 0; // the slot of the front item
  private int size = 0; // the next enqueue fills (front + size) % capacity

  public CircularQueue(int capacity) {
    slots = new String[capacity];
  }

  public void enqueue(String x) {                                        ⟦enqueue⟧
    if (size == slots.length) throw new IllegalStateException("queue is full"); ⟦check-full⟧
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
            raise IndexError("queue is full")            ⟦check-full⟧
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
#include <stdbool.h>
#include <stddef.h>
#define CAPACITY 8

typedef struct {
  const char *slots[CAPACITY];
  int front; /* the slot of the front item */
  int size; /* the next enqueue fills (front + size) % CAPACITY */
} CircularQueue;

bool enqueue(CircularQueue *q, const char *x) {      ⟦enqueue⟧
  if (q->size == CAPACITY) return false; /* full */  ⟦check-full⟧
  q->slots[(q->front + q->size) % CAPACITY] = x;     ⟦write⟧
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
    if (this.size === this.slots.length) throw new Error("full");    ⟦check-full⟧
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
