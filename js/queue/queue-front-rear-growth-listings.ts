// The array queue (packed from slot 0) kept by rear, the slot of its last item, that doubles
// (growth "double") in five languages, each line tagged with the step it executes: an
// enqueue onto a full array first doubles it. A dequeue shifts the rest forward.
import { ListingSet } from "../code/listing";

export const QUEUE_FRONT_REAR_GROWTH_LISTINGS: ListingSet = {
  pseudocode: `
enqueue(x):                                 ⟦enqueue⟧
  if rear = capacity − 1:                   ⟦check-full⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to rear: bigger[i] ← slots[i] ⟦grow⟧
    slots ← bigger                          ⟦grow⟧
  rear ← rear + 1                           ⟦move-rear⟧
  slots[rear] ← x                           ⟦write⟧

dequeue():                                  ⟦dequeue⟧
  if rear = −1: refuse, empty               ⟦check-empty⟧
  x ← slots[0]                              ⟦read⟧
  for i ← 1 to rear:                        ⟦shift⟧
    slots[i − 1] ← slots[i]                 ⟦shift⟧
  slots[rear] ← empty                       ⟦erase⟧
  rear ← rear − 1                           ⟦move-rear⟧
  return x                                  ⟦return⟧

peek():                                     ⟦peek⟧
  if rear = −1: refuse, empty               ⟦check-empty⟧
  return slots[0]                           ⟦return-front⟧

clear():                                    ⟦clear⟧
  slots[0 .. rear] ← empty                  ⟦clear-slots⟧
  rear ← −1                                 ⟦reset-rear⟧
`,
  java: `
public class ArrayQueue {
  private String[] slots; // replaced by one twice as long when an enqueue finds it full
  private int rear = -1; // the front is slots[0], the rear slots[rear]; -1 when empty

  public ArrayQueue(int capacity) {
    slots = new String[capacity];
  }

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

  public String dequeue() {                                              ⟦dequeue⟧
    if (rear == -1) throw new IllegalStateException("queue is empty");   ⟦check-empty⟧
    String x = slots[0];                                                 ⟦read⟧
    for (int i = 1; i <= rear; i++)                                      ⟦shift⟧
      slots[i - 1] = slots[i];                                           ⟦shift⟧
    slots[rear] = null;                                                  ⟦erase⟧
    rear = rear - 1;                                                     ⟦move-rear⟧
    return x;                                                            ⟦return⟧
  }

  public String peek() {                                                 ⟦peek⟧
    if (rear == -1) throw new IllegalStateException("queue is empty");   ⟦check-empty⟧
    return slots[0];                                                     ⟦return-front⟧
  }

  public void clear() {                                                  ⟦clear⟧
    java.util.Arrays.fill(slots, 0, rear + 1, null);                     ⟦clear-slots⟧
    rear = -1;                                                           ⟦reset-rear⟧
  }
}
`,
  python: `
class ArrayQueue:
    def __init__(self, capacity):
        self.slots = [None] * capacity
        self.rear = -1  # the front is slots[0], the rear slots[rear]; -1 when empty

    def enqueue(self, x):                                ⟦enqueue⟧
        if self.rear == len(self.slots) - 1:             ⟦check-full⟧
            bigger = [None] * (2 * len(self.slots))      ⟦grow⟧
            for i in range(self.rear + 1):               ⟦grow⟧
                bigger[i] = self.slots[i]                ⟦grow⟧
            self.slots = bigger                          ⟦grow⟧
        self.rear = self.rear + 1                        ⟦move-rear⟧
        self.slots[self.rear] = x                        ⟦write⟧

    def dequeue(self):                                   ⟦dequeue⟧
        if self.rear == -1:                              ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        x = self.slots[0]                                ⟦read⟧
        for i in range(1, self.rear + 1):                ⟦shift⟧
            self.slots[i - 1] = self.slots[i]            ⟦shift⟧
        self.slots[self.rear] = None                     ⟦erase⟧
        self.rear = self.rear - 1                        ⟦move-rear⟧
        return x                                         ⟦return⟧

    def peek(self):                                      ⟦peek⟧
        if self.rear == -1:                              ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        return self.slots[0]                             ⟦return-front⟧

    def clear(self):                                     ⟦clear⟧
        for i in range(self.rear + 1):                   ⟦clear-slots⟧
            self.slots[i] = None                         ⟦clear-slots⟧
        self.rear = -1                                   ⟦reset-rear⟧
`,
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
  javascript: `
class ArrayQueue {
  constructor(capacity) {
    this.slots = new Array(capacity).fill(null);
    this.rear = -1; // the front is slots[0], the rear slots[rear]; -1 when empty
  }

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

  dequeue() {                                                        ⟦dequeue⟧
    if (this.rear === -1) throw new Error("empty");                  ⟦check-empty⟧
    const x = this.slots[0];                                         ⟦read⟧
    for (let i = 1; i <= this.rear; i++)                             ⟦shift⟧
      this.slots[i - 1] = this.slots[i];                             ⟦shift⟧
    this.slots[this.rear] = null;                                    ⟦erase⟧
    this.rear = this.rear - 1;                                       ⟦move-rear⟧
    return x;                                                        ⟦return⟧
  }

  peek() {                                                           ⟦peek⟧
    if (this.rear === -1) throw new Error("empty");                  ⟦check-empty⟧
    return this.slots[0];                                            ⟦return-front⟧
  }

  clear() {                                                          ⟦clear⟧
    this.slots.fill(null, 0, this.rear + 1);                         ⟦clear-slots⟧
    this.rear = -1;                                                  ⟦reset-rear⟧
  }
}
`,
};
