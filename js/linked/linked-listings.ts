// The linked stack and the linked queue in five languages, each line tagged with the step it
// executes: a push or enqueue allocates a node and links it in, a pop or dequeue unlinks one.
import { ListingSet } from "../code/listing";

export const LINKED_STACK_LISTINGS: ListingSet = {
  pseudocode: `
Node: value, next
top ← null   (the top node; null when empty)
size ← 0     (the number of nodes; at most capacity)

push(x):                                    ⟦push⟧
  if size = capacity: refuse, full          ⟦check-full⟧
  node ← new Node(x)                        ⟦allocate⟧
  node.next ← top                           ⟦link⟧
  top ← node                                ⟦move-top⟧
  size ← size + 1                           ⟦count-up⟧

pop():                                      ⟦pop⟧
  if top = null: refuse, empty              ⟦check-empty⟧
  x ← top.value                             ⟦read⟧
  top ← top.next                            ⟦move-top⟧
  size ← size − 1                           ⟦count-down⟧
  return x                                  ⟦return⟧

peek():                                     ⟦peek⟧
  if top = null: refuse, empty              ⟦check-empty⟧
  return top.value                          ⟦return-top⟧

clear():                                    ⟦clear⟧
  top ← null; size ← 0                      ⟦reset⟧
`,
  java: `
public class LinkedStack {
  private static class Node {
    final String value;
    Node next;

    Node(String value) {
      this.value = value;
    }
  }

  private final int capacity; // the most nodes
  private Node top = null; // the top node; null when empty
  private int size = 0; // the number of nodes

  public LinkedStack(int capacity) {
    this.capacity = capacity;
  }

  public void push(String x) {                                                  ⟦push⟧
    if (size == capacity) throw new IllegalStateException("stack is full");     ⟦check-full⟧
    Node node = new Node(x);                                                    ⟦allocate⟧
    node.next = top;                                                            ⟦link⟧
    top = node;                                                                 ⟦move-top⟧
    size = size + 1;                                                            ⟦count-up⟧
  }

  public String pop() {                                                         ⟦pop⟧
    if (top == null) throw new IllegalStateException("stack is empty");         ⟦check-empty⟧
    String x = top.value;                                                       ⟦read⟧
    top = top.next; // the old top node is unlinked                             ⟦move-top⟧
    size = size - 1;                                                            ⟦count-down⟧
    return x;                                                                   ⟦return⟧
  }

  public String peek() {                                                        ⟦peek⟧
    if (top == null) throw new IllegalStateException("stack is empty");         ⟦check-empty⟧
    return top.value;                                                           ⟦return-top⟧
  }

  public void clear() {                                                         ⟦clear⟧
    top = null; // every node is unlinked                                       ⟦reset⟧
    size = 0;                                                                   ⟦reset⟧
  }
}
`,
  python: `
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


class LinkedStack:
    def __init__(self, capacity):
        self.capacity = capacity  # the most nodes
        self.top = None  # the top node; None when empty
        self.size = 0  # the number of nodes

    def push(self, x):                                   ⟦push⟧
        if self.size == self.capacity:                   ⟦check-full⟧
            raise IndexError("stack is full")            ⟦check-full⟧
        node = Node(x)                                   ⟦allocate⟧
        node.next = self.top                             ⟦link⟧
        self.top = node                                  ⟦move-top⟧
        self.size = self.size + 1                        ⟦count-up⟧

    def pop(self):                                       ⟦pop⟧
        if self.top is None:                             ⟦check-empty⟧
            raise IndexError("stack is empty")           ⟦check-empty⟧
        x = self.top.value                               ⟦read⟧
        self.top = self.top.next  # unlinks the old top  ⟦move-top⟧
        self.size = self.size - 1                        ⟦count-down⟧
        return x                                         ⟦return⟧

    def peek(self):                                      ⟦peek⟧
        if self.top is None:                             ⟦check-empty⟧
            raise IndexError("stack is empty")           ⟦check-empty⟧
        return self.top.value                            ⟦return-top⟧

    def clear(self):                                     ⟦clear⟧
        self.top = None  # every node is unlinked        ⟦reset⟧
        self.size = 0                                    ⟦reset⟧
`,
  c: `
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>

typedef struct Node {
  const char *value;
  struct Node *next;
} Node;

typedef struct {
  Node *top; /* the top node; NULL when empty */
  int size; /* the number of nodes */
  int capacity; /* the most nodes */
} Stack;

void init(Stack *s, int capacity) {
  s->top = NULL;
  s->size = 0;
  s->capacity = capacity;
}

Node *new_node(const char *x) {
  Node *node = malloc(sizeof *node);
  if (node != NULL) { node->value = x; node->next = NULL; }
  return node;
}

bool push(Stack *s, const char *x) {                 ⟦push⟧
  if (s->size == s->capacity) return false; /* full */ ⟦check-full⟧
  Node *node = new_node(x);                          ⟦allocate⟧
  if (node == NULL) return false; /* out of memory */ ⟦allocate⟧
  node->next = s->top;                               ⟦link⟧
  s->top = node;                                     ⟦move-top⟧
  s->size = s->size + 1;                             ⟦count-up⟧
  return true;
}

const char *pop(Stack *s) {                          ⟦pop⟧
  if (s->top == NULL) return NULL; /* empty */       ⟦check-empty⟧
  const char *x = s->top->value;                     ⟦read⟧
  Node *old = s->top;                                ⟦move-top⟧
  s->top = old->next;                                ⟦move-top⟧
  free(old); /* the old top node, unlinked */        ⟦move-top⟧
  s->size = s->size - 1;                             ⟦count-down⟧
  return x;                                          ⟦return⟧
}

const char *peek(const Stack *s) {                   ⟦peek⟧
  if (s->top == NULL) return NULL; /* empty */       ⟦check-empty⟧
  return s->top->value;                              ⟦return-top⟧
}

void clear(Stack *s) {                               ⟦clear⟧
  while (s->top != NULL) { /* free every node */     ⟦reset⟧
    Node *old = s->top;                              ⟦reset⟧
    s->top = old->next;                              ⟦reset⟧
    free(old);                                       ⟦reset⟧
  }
  s->size = 0;                                       ⟦reset⟧
}
`,
  javascript: `
class Node {
  constructor(value) {
    this.value = value;
    this.next = null;
  }
}

class LinkedStack {
  constructor(capacity) {
    this.capacity = capacity; // the most nodes
    this.top = null; // the top node; null when empty
    this.size = 0; // the number of nodes
  }

  push(x) {                                                          ⟦push⟧
    if (this.size === this.capacity) throw new Error("full");        ⟦check-full⟧
    const node = new Node(x);                                        ⟦allocate⟧
    node.next = this.top;                                            ⟦link⟧
    this.top = node;                                                 ⟦move-top⟧
    this.size = this.size + 1;                                       ⟦count-up⟧
  }

  pop() {                                                            ⟦pop⟧
    if (this.top === null) throw new Error("empty");                 ⟦check-empty⟧
    const x = this.top.value;                                        ⟦read⟧
    this.top = this.top.next; // the old top node is unlinked        ⟦move-top⟧
    this.size = this.size - 1;                                       ⟦count-down⟧
    return x;                                                        ⟦return⟧
  }

  peek() {                                                           ⟦peek⟧
    if (this.top === null) throw new Error("empty");                 ⟦check-empty⟧
    return this.top.value;                                           ⟦return-top⟧
  }

  clear() {                                                          ⟦clear⟧
    this.top = null; // every node is unlinked                       ⟦reset⟧
    this.size = 0;                                                   ⟦reset⟧
  }
}
`,
};

export const LINKED_QUEUE_LISTINGS: ListingSet = {
  pseudocode: `
Node: value, next
head ← null, tail ← null   (the front and rear nodes; null when empty)
size ← 0                   (the number of nodes; at most capacity)

enqueue(x):                                 ⟦enqueue⟧
  if size = capacity: refuse, full          ⟦check-full⟧
  node ← new Node(x)                        ⟦allocate⟧
  if tail = null: head ← node               ⟦link⟧
  else: tail.next ← node                    ⟦link⟧
  tail ← node                               ⟦move-tail⟧
  size ← size + 1                           ⟦count-up⟧

dequeue():                                  ⟦dequeue⟧
  if head = null: refuse, empty             ⟦check-empty⟧
  x ← head.value                            ⟦read⟧
  head ← head.next                          ⟦move-head⟧
  if head = null: tail ← null               ⟦clear-tail⟧
  size ← size − 1                           ⟦count-down⟧
  return x                                  ⟦return⟧

peek():                                     ⟦peek⟧
  if head = null: refuse, empty             ⟦check-empty⟧
  return head.value                         ⟦return-front⟧

clear():                                    ⟦clear⟧
  head ← null; tail ← null; size ← 0        ⟦reset⟧
`,
  java: `
public class LinkedQueue {
  private static class Node {
    final String value;
    Node next;

    Node(String value) {
      this.value = value;
    }
  }

  private final int capacity; // the most nodes
  private Node head = null; // the front node; null when empty
  private Node tail = null; // the rear node; null when empty
  private int size = 0; // the number of nodes

  public LinkedQueue(int capacity) {
    this.capacity = capacity;
  }

  public void enqueue(String x) {                                               ⟦enqueue⟧
    if (size == capacity) throw new IllegalStateException("queue is full");     ⟦check-full⟧
    Node node = new Node(x);                                                    ⟦allocate⟧
    if (tail == null) head = node;                                              ⟦link⟧
    else tail.next = node;                                                      ⟦link⟧
    tail = node;                                                                ⟦move-tail⟧
    size = size + 1;                                                            ⟦count-up⟧
  }

  public String dequeue() {                                                     ⟦dequeue⟧
    if (head == null) throw new IllegalStateException("queue is empty");        ⟦check-empty⟧
    String x = head.value;                                                      ⟦read⟧
    head = head.next; // the front node is unlinked                             ⟦move-head⟧
    if (head == null) tail = null;                                              ⟦clear-tail⟧
    size = size - 1;                                                            ⟦count-down⟧
    return x;                                                                   ⟦return⟧
  }

  public String peek() {                                                        ⟦peek⟧
    if (head == null) throw new IllegalStateException("queue is empty");        ⟦check-empty⟧
    return head.value;                                                          ⟦return-front⟧
  }

  public void clear() {                                                         ⟦clear⟧
    head = null; // every node is unlinked                                      ⟦reset⟧
    tail = null;                                                                ⟦reset⟧
    size = 0;                                                                   ⟦reset⟧
  }
}
`,
  python: `
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


class LinkedQueue:
    def __init__(self, capacity):
        self.capacity = capacity  # the most nodes
        self.head = None  # the front node; None when empty
        self.tail = None  # the rear node; None when empty
        self.size = 0  # the number of nodes

    def enqueue(self, x):                                ⟦enqueue⟧
        if self.size == self.capacity:                   ⟦check-full⟧
            raise IndexError("queue is full")            ⟦check-full⟧
        node = Node(x)                                   ⟦allocate⟧
        if self.tail is None:                            ⟦link⟧
            self.head = node                             ⟦link⟧
        else:                                            ⟦link⟧
            self.tail.next = node                        ⟦link⟧
        self.tail = node                                 ⟦move-tail⟧
        self.size = self.size + 1                        ⟦count-up⟧

    def dequeue(self):                                   ⟦dequeue⟧
        if self.head is None:                            ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        x = self.head.value                              ⟦read⟧
        self.head = self.head.next  # unlinks the front  ⟦move-head⟧
        if self.head is None:                            ⟦clear-tail⟧
            self.tail = None                             ⟦clear-tail⟧
        self.size = self.size - 1                        ⟦count-down⟧
        return x                                         ⟦return⟧

    def peek(self):                                      ⟦peek⟧
        if self.head is None:                            ⟦check-empty⟧
            raise IndexError("queue is empty")           ⟦check-empty⟧
        return self.head.value                           ⟦return-front⟧

    def clear(self):                                     ⟦clear⟧
        self.head = None  # every node is unlinked       ⟦reset⟧
        self.tail = None                                 ⟦reset⟧
        self.size = 0                                    ⟦reset⟧
`,
  c: `
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>

typedef struct Node {
  const char *value;
  struct Node *next;
} Node;

typedef struct {
  Node *head; /* the front node; NULL when empty */
  Node *tail; /* the rear node; NULL when empty */
  int size; /* the number of nodes */
  int capacity; /* the most nodes */
} Queue;

void init(Queue *q, int capacity) {
  q->head = NULL;
  q->tail = NULL;
  q->size = 0;
  q->capacity = capacity;
}

Node *new_node(const char *x) {
  Node *node = malloc(sizeof *node);
  if (node != NULL) { node->value = x; node->next = NULL; }
  return node;
}

bool enqueue(Queue *q, const char *x) {              ⟦enqueue⟧
  if (q->size == q->capacity) return false; /* full */ ⟦check-full⟧
  Node *node = new_node(x);                          ⟦allocate⟧
  if (node == NULL) return false; /* out of memory */ ⟦allocate⟧
  if (q->tail == NULL) q->head = node;               ⟦link⟧
  else q->tail->next = node;                         ⟦link⟧
  q->tail = node;                                    ⟦move-tail⟧
  q->size = q->size + 1;                             ⟦count-up⟧
  return true;
}

const char *dequeue(Queue *q) {                      ⟦dequeue⟧
  if (q->head == NULL) return NULL; /* empty */      ⟦check-empty⟧
  const char *x = q->head->value;                    ⟦read⟧
  Node *old = q->head;                               ⟦move-head⟧
  q->head = old->next;                               ⟦move-head⟧
  free(old); /* the front node, unlinked */          ⟦move-head⟧
  if (q->head == NULL) q->tail = NULL;               ⟦clear-tail⟧
  q->size = q->size - 1;                             ⟦count-down⟧
  return x;                                          ⟦return⟧
}

const char *peek(const Queue *q) {                   ⟦peek⟧
  if (q->head == NULL) return NULL; /* empty */      ⟦check-empty⟧
  return q->head->value;                             ⟦return-front⟧
}

void clear(Queue *q) {                               ⟦clear⟧
  while (q->head != NULL) { /* free every node */    ⟦reset⟧
    Node *old = q->head;                             ⟦reset⟧
    q->head = old->next;                             ⟦reset⟧
    free(old);                                       ⟦reset⟧
  }
  q->tail = NULL;                                    ⟦reset⟧
  q->size = 0;                                       ⟦reset⟧
}
`,
  javascript: `
class Node {
  constructor(value) {
    this.value = value;
    this.next = null;
  }
}

class LinkedQueue {
  constructor(capacity) {
    this.capacity = capacity; // the most nodes
    this.head = null; // the front node; null when empty
    this.tail = null; // the rear node; null when empty
    this.size = 0; // the number of nodes
  }

  enqueue(x) {                                                       ⟦enqueue⟧
    if (this.size === this.capacity) throw new Error("full");        ⟦check-full⟧
    const node = new Node(x);                                        ⟦allocate⟧
    if (this.tail === null) this.head = node;                        ⟦link⟧
    else this.tail.next = node;                                      ⟦link⟧
    this.tail = node;                                                ⟦move-tail⟧
    this.size = this.size + 1;                                       ⟦count-up⟧
  }

  dequeue() {                                                        ⟦dequeue⟧
    if (this.head === null) throw new Error("empty");                ⟦check-empty⟧
    const x = this.head.value;                                       ⟦read⟧
    this.head = this.head.next; // the front node is unlinked        ⟦move-head⟧
    if (this.head === null) this.tail = null;                        ⟦clear-tail⟧
    this.size = this.size - 1;                                       ⟦count-down⟧
    return x;                                                        ⟦return⟧
  }

  peek() {                                                           ⟦peek⟧
    if (this.head === null) throw new Error("empty");                ⟦check-empty⟧
    return this.head.value;                                          ⟦return-front⟧
  }

  clear() {                                                          ⟦clear⟧
    this.head = null; // every node is unlinked                      ⟦reset⟧
    this.tail = null;                                                ⟦reset⟧
    this.size = 0;                                                   ⟦reset⟧
  }
}
`,
};
