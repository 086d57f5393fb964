// The array stack whose top is the next free slot (0 when empty) in five languages, each
// line tagged with the step it executes: the top item is slots[top − 1].
import { ListingSet } from "../code/listing";

export const STACK_NEXT_FREE_LISTINGS: ListingSet = {
  pseudocode: `
push(x):                                    ⟦push⟧
  if top = capacity: refuse, full           ⟦check-full⟧
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
  private final String[] slots;
  private int top = 0; // the next free slot; the top item is slots[top - 1]; 0 when empty

  public ArrayStack(int capacity) {
    slots = new String[capacity];
  }

  public void push(String x) {                                                  ⟦push⟧
    if (top == slots.length) throw new IllegalStateException("stack is full");  ⟦check-full⟧
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
            raise IndexError("stack is full")            ⟦check-full⟧
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
#include <stdbool.h>
#include <stddef.h>
#define CAPACITY 8

typedef struct {
  const char *slots[CAPACITY];
  int top; /* the next free slot; the top item is slots[top - 1]; 0 when empty */
} Stack;

bool push(Stack *s, const char *x) {                 ⟦push⟧
  if (s->top == CAPACITY) return false; /* full */   ⟦check-full⟧
  s->slots[s->top] = x;                              ⟦write⟧
  s->top = s->top + 1;                               ⟦move-top⟧
  return true;
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
    if (this.top === this.slots.length) throw new Error("full");     ⟦check-full⟧
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
