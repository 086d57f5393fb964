// The array stack (top at the top item) whose array doubles when a push finds it full:
// the fixed listing with its add method growing first (allocate, copy, swap: "grow"), Java's
// slots no longer final, and the C whole.
import { growing, ListingSet } from "../code/listing";
import { STACK_LISTINGS } from "./stack-listings";

export const STACK_GROWTH_LISTINGS: ListingSet = growing(STACK_LISTINGS, {
  operation: "push",
  methods: {
    pseudocode: `
push(x):                                    ⟦push⟧
  if top = capacity − 1:                    ⟦check-full⟧
    bigger ← new array of 2 × capacity      ⟦grow⟧
    for i ← 0 to top: bigger[i] ← slots[i]  ⟦grow⟧
    slots ← bigger                          ⟦grow⟧
  top ← top + 1                             ⟦move-top⟧
  slots[top] ← x                            ⟦write⟧
`,
    java: `
  public void push(String x) {                                                  ⟦push⟧
    if (top == slots.length - 1) {                                              ⟦check-full⟧
      String[] bigger = new String[2 * slots.length];                           ⟦grow⟧
      for (int i = 0; i <= top; i++)                                            ⟦grow⟧
        bigger[i] = slots[i];                                                   ⟦grow⟧
      slots = bigger;                                                           ⟦grow⟧
    }
    top = top + 1;                                                              ⟦move-top⟧
    slots[top] = x;                                                             ⟦write⟧
  }
`,
    python: `
    def push(self, x):                                   ⟦push⟧
        if self.top == len(self.slots) - 1:              ⟦check-full⟧
            bigger = [None] * (2 * len(self.slots))      ⟦grow⟧
            for i in range(self.top + 1):                ⟦grow⟧
                bigger[i] = self.slots[i]                ⟦grow⟧
            self.slots = bigger                          ⟦grow⟧
        self.top = self.top + 1                          ⟦move-top⟧
        self.slots[self.top] = x                         ⟦write⟧
`,
    javascript: `
  push(x) {                                                          ⟦push⟧
    if (this.top === this.slots.length - 1) {                        ⟦check-full⟧
      const bigger = new Array(2 * this.slots.length).fill(null);    ⟦grow⟧
      for (let i = 0; i <= this.top; i++)                            ⟦grow⟧
        bigger[i] = this.slots[i];                                   ⟦grow⟧
      this.slots = bigger;                                           ⟦grow⟧
    }
    this.top = this.top + 1;                                         ⟦move-top⟧
    this.slots[this.top] = x;                                        ⟦write⟧
  }
`,
  },
  javaField: "  private String[] slots; // replaced by one twice as long when a push finds it full",
  c: `
#include <stddef.h>
#include <stdlib.h>

typedef struct {
  const char **slots; /* malloc'ed; replaced by one twice as long when full */
  int capacity;
  int top; /* the index of the top item; -1 when empty */
} Stack;

void init(Stack *s, int capacity) {
  s->slots = malloc(capacity * sizeof *s->slots);
  s->capacity = capacity;
  s->top = -1;
}

void push(Stack *s, const char *x) {                 ⟦push⟧
  if (s->top == s->capacity - 1) {                   ⟦check-full⟧
    const char **bigger = malloc(2 * s->capacity * sizeof *bigger); ⟦grow⟧
    for (int i = 0; i <= s->top; i++)                ⟦grow⟧
      bigger[i] = s->slots[i];                       ⟦grow⟧
    free(s->slots);                                  ⟦grow⟧
    s->slots = bigger; s->capacity = 2 * s->capacity; ⟦grow⟧
  }
  s->top = s->top + 1;                               ⟦move-top⟧
  s->slots[s->top] = x;                              ⟦write⟧
}

const char *pop(Stack *s) {                          ⟦pop⟧
  if (s->top == -1) return NULL; /* empty */         ⟦check-empty⟧
  const char *x = s->slots[s->top];                  ⟦read⟧
  s->slots[s->top] = NULL;                           ⟦erase⟧
  s->top = s->top - 1;                               ⟦move-top⟧
  return x;                                          ⟦return⟧
}

const char *peek(const Stack *s) {                   ⟦peek⟧
  if (s->top == -1) return NULL; /* empty */         ⟦check-empty⟧
  return s->slots[s->top];                           ⟦return-top⟧
}

void clear(Stack *s) {                               ⟦clear⟧
  for (int i = 0; i <= s->top; i++) s->slots[i] = NULL; ⟦clear-slots⟧
  s->top = -1;                                       ⟦reset-top⟧
}
`,
});
