// The array stack whose top is the next free slot (0 when empty) and that doubles (growth
// "double") in five languages, each line tagged with the step it executes: a push onto a
// full array copies every item into one twice as long. The top item is slots[top − 1].
import { ListingSet } from "../code/listing";

export const STACK_NEXT_FREE_GROWTH_LISTINGS: ListingSet = {
  pseudocode: `
push(x):                                    ⟦push⟧
  if top = capacity:                        ⟦check-full⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to top − 1: bigger[i] ← slots[i] ⟦grow⟧
    slots ← bigger                          ⟦grow⟧
  slots[top] ← x                            ⟦write⟧
  top ← top + 1                             ⟦move-top⟧

pop():                                      ⟦pop⟧
  if top = 0: refuse, empty                 ⟦check-empty⟧
  top ← top − 1                             ⟦move-top⟧
  x ← slots[top]                            ⟦read⟧
  slots[top] ← empty                        ⟦erase⟧
  return x                                  ⟦return⟧

peek():                                     ⟦peek⟧
  if top = 0: refuse, empty                 ⟦check-empty⟧
  return slots[top − 1]                     ⟦return-top⟧

clear():                                    ⟦clear⟧
  slots[0 .. top − 1] ← empty               ⟦clear-slots⟧
  top ← 0                                   ⟦reset-top⟧
`,
  java: `
public class ArrayStack {
  private String[] slots; // replaced by one twice as long when a push finds it full
  private int top = 0; // the next free slot; the top item is slots[top - 1]; 0 when empty

  public ArrayStack(int capacity) {
    slots = new String[capacity];
  }

  public void push(String x) {                                                  ⟦push⟧
    if (top == slots.length) {                                                  ⟦check-full⟧
      String[] bigger = new String[2 * slots.length];                           ⟦grow⟧
      for (int i = 0; i < top; i++)                                             ⟦grow⟧
        bigger[i] = slots[i];                                                   ⟦grow⟧
      slots = bigger;                                                           ⟦grow⟧
    }
    slots[top] = x;                                                             ⟦write⟧
    top = top + 1;                                                              ⟦move-top⟧
  }

  public String pop() {                                                         ⟦pop⟧
    if (top == 0) throw new IllegalStateException("stack is empty");            ⟦check-empty⟧
    top = top - 1;                                                              ⟦move-top⟧
    String x = slots[top];                                                      ⟦read⟧
    slots[top] = null; // no stale reference                                    ⟦erase⟧
    return x;                                                                   ⟦return⟧
  }

  public String peek() {                                                        ⟦peek⟧
    if (top == 0) throw new IllegalStateException("stack is empty");            ⟦check-empty⟧
    return slots[top - 1];                                                      ⟦return-top⟧
  }

  public void clear() {                                                         ⟦clear⟧
    java.util.Arrays.fill(slots, 0, top, null);                                 ⟦clear-slots⟧
    top = 0;                                                                    ⟦reset-top⟧
  }
}
`,
  python: `
class ArrayStack:
    def __init__(self, capacity):
        self.slots = [None] * capacity
        self.top = 0  # the next free slot; the top item is slots[top - 1]; 0 when empty

    def push(self, x):                                   ⟦push⟧
        if self.top == len(self.slots):                  ⟦check-full⟧
            bigger = [None] * (2 * len(self.slots))      ⟦grow⟧
            for i in range(self.top):                    ⟦grow⟧
                bigger[i] = self.slots[i]                ⟦grow⟧
            self.slots = bigger                          ⟦grow⟧
        self.slots[self.top] = x                         ⟦write⟧
        self.top = self.top + 1                          ⟦move-top⟧

    def pop(self):                                       ⟦pop⟧
        if self.top == 0:                                ⟦check-empty⟧
            raise IndexError("stack is empty")           ⟦check-empty⟧
        self.top = self.top - 1                          ⟦move-top⟧
        x = self.slots[self.top]                         ⟦read⟧
        self.slots[self.top] = None                      ⟦erase⟧
        return x                                         ⟦return⟧

    def peek(self):                                      ⟦peek⟧
        if self.top == 0:                                ⟦check-empty⟧
            raise IndexError("stack is empty")           ⟦check-empty⟧
        return self.slots[self.top - 1]                  ⟦return-top⟧

    def clear(self):                                     ⟦clear⟧
        for i in range(self.top):                        ⟦clear-slots⟧
            self.slots[i] = None                         ⟦clear-slots⟧
        self.top = 0                                     ⟦reset-top⟧
`,
  c: `
#include <stddef.h>
#include <stdlib.h>

typedef struct {
  const char **slots; /* malloc'ed; replaced by one twice as long when full */
  int capacity;
  int top; /* the next free slot; the top item is slots[top - 1]; 0 when empty */
} Stack;

void init(Stack *s, int capacity) {
  s->slots = malloc(capacity * sizeof *s->slots);
  s->capacity = capacity;
  s->top = 0;
}

void push(Stack *s, const char *x) {                 ⟦push⟧
  if (s->top == s->capacity) {                       ⟦check-full⟧
    const char **bigger = malloc(2 * s->capacity * sizeof *bigger); ⟦grow⟧
    for (int i = 0; i < s->top; i++)                 ⟦grow⟧
      bigger[i] = s->slots[i];                       ⟦grow⟧
    free(s->slots);                                  ⟦grow⟧
    s->slots = bigger; s->capacity = 2 * s->capacity; ⟦grow⟧
  }
  s->slots[s->top] = x;                              ⟦write⟧
  s->top = s->top + 1;                               ⟦move-top⟧
}

const char *pop(Stack *s) {                          ⟦pop⟧
  if (s->top == 0) return NULL; /* empty */          ⟦check-empty⟧
  s->top = s->top - 1;                               ⟦move-top⟧
  const char *x = s->slots[s->top];                  ⟦read⟧
  s->slots[s->top] = NULL;                           ⟦erase⟧
  return x;                                          ⟦return⟧
}

const char *peek(const Stack *s) {                   ⟦peek⟧
  if (s->top == 0) return NULL; /* empty */          ⟦check-empty⟧
  return s->slots[s->top - 1];                       ⟦return-top⟧
}

void clear(Stack *s) {                               ⟦clear⟧
  for (int i = 0; i < s->top; i++) s->slots[i] = NULL; ⟦clear-slots⟧
  s->top = 0;                                        ⟦reset-top⟧
}
`,
  javascript: `
class ArrayStack {
  constructor(capacity) {
    this.slots = new Array(capacity).fill(null);
    this.top = 0; // the next free slot; the top item is slots[top - 1]; 0 when empty
  }

  push(x) {                                                          ⟦push⟧
    if (this.top === this.slots.length) {                            ⟦check-full⟧
      const bigger = new Array(2 * this.slots.length).fill(null);    ⟦grow⟧
      for (let i = 0; i < this.top; i++)                             ⟦grow⟧
        bigger[i] = this.slots[i];                                   ⟦grow⟧
      this.slots = bigger;                                           ⟦grow⟧
    }
    this.slots[this.top] = x;                                        ⟦write⟧
    this.top = this.top + 1;                                         ⟦move-top⟧
  }

  pop() {                                                            ⟦pop⟧
    if (this.top === 0) throw new Error("empty");                    ⟦check-empty⟧
    this.top = this.top - 1;                                         ⟦move-top⟧
    const x = this.slots[this.top];                                  ⟦read⟧
    this.slots[this.top] = null;                                     ⟦erase⟧
    return x;                                                        ⟦return⟧
  }

  peek() {                                                           ⟦peek⟧
    if (this.top === 0) throw new Error("empty");                    ⟦check-empty⟧
    return this.slots[this.top - 1];                                 ⟦return-top⟧
  }

  clear() {                                                          ⟦clear⟧
    this.slots.fill(null, 0, this.top);                              ⟦clear-slots⟧
    this.top = 0;                                                    ⟦reset-top⟧
  }
}
`,
};
