// The public API's types, and nothing else: `npm run build` turns this file into
// dist/dsviz.d.ts, so it must stay self-contained (no imports). js/embed.ts checks at
// compile time that its functions and handles match these declarations.

/** The structures dsviz draws. */
export type StructureName = "stack" | "queue" | "cyclic-queue";

/**
 * Options of `dsviz.mount`; each one has a `data-*` attribute for auto-mounted examples
 * (`structure` is `data-dsviz`, `fullRule` is `data-full-rule`).
 */
export interface Options {
  /** Which structure to draw. Default `"stack"`. */
  structure?: StructureName;
  /** Array slots: a whole number from 1 to 32 (2 to 32 for the cyclic queue). Default 8. */
  capacity?: number;
  /**
   * Initial items, bottom to top (stack) or front to rear (queues): an array, or text
   * separated by spaces or commas. Each value is 1 to 6 characters. Default none.
   */
  values?: readonly (string | number)[] | string;
  /**
   * Which controls to show: true (all, the default), false (none), or a list of groups,
   * as an array or text separated by spaces: "ops" (the Value box and the operation
   * buttons), "undo" (Undo, Redo), "steps" (Pause/Play, Previous step, Next step, the Code
   * select), "speed" (the Speed slider), "history" (the History list), "image" (Save image).
   */
  controls?: boolean | string | readonly ("ops" | "undo" | "steps" | "speed" | "history" | "image")[];
  /** Cyclic queue only: draw the slots as a ring or as a row. Default `"ring"`. */
  view?: "ring" | "row";
  /**
   * Cyclic queue only: `"count"` keeps a size field, so all slots can be used;
   * `"spare-slot"` keeps one slot empty to tell full from empty. Default `"count"`.
   */
  fullRule?: "count" | "spare-slot";
  /**
   * Which fields the course keeps. Queues: `"head-tail"` (default; tail is the next free
   * slot), `"front-rear"` (rear is the slot of the last item; in a cyclic queue it starts at
   * capacity − 1) or `"front-size"` (a front index and a size field; the slot to fill is
   * (front + size) mod capacity; count rule only). The array queue's front is always slot 0:
   * it keeps a size field, or a rear index under `"front-rear"`. Stack: `"top-item"`
   * (default; top is the slot of the top item, −1 when empty) or `"next-free"` (top is the
   * next free slot, 0 when empty).
   */
  pointers?: "head-tail" | "front-rear" | "front-size" | "top-item" | "next-free";
  /**
   * `"double"`: an add to a full array makes an array of twice the capacity (up to 64 slots),
   * copies every item into it (the cyclic queue unwrapped from head), then adds. Default
   * `"fixed"` (a full array refuses). Under every pointer convention; not in practice mode.
   */
  growth?: "fixed" | "double";
  /**
   * Stack and queue: `"array"` (default) or `"linked"`: nodes with next arrows, a `top`
   * (stack) or `head` and `tail` (queue) reference; `capacity` is then the most nodes.
   */
  implementation?: "array" | "linked";
  /** Animation speed factor from 0.25 (slow) to 4 (fast). Default 1. */
  speed?: number;
  /** The example's title, 1 to 80 characters. Default the structure's name. */
  label?: string;
  /**
   * Colours: `"light"`, `"dark"`, or `"auto"` (default), which follows a dark or light mark
   * of the host page (e.g. `data-theme="dark"`, `.dark`, `data-md-color-scheme="slate"` on
   * `<html>` or `<body>`) and otherwise the reader's `prefers-color-scheme`.
   */
  theme?: "light" | "dark" | "auto";
  /**
   * The code panel: each operation's code, its executing line marked as the steps play.
   * Default `"none"` (the reader can still choose a language in the "Code" select).
   */
  code?: "pseudocode" | "java" | "python" | "c" | "javascript" | "none";
  /**
   * A lesson: commands separated by ";" or new lines (`push V`, `pop`, `enqueue V`,
   * `dequeue`, `peek`, `clear`, `say TEXT`, `ask top|head|tail|front|rear|size|value`, `# comment`),
   * played with the "Back" and "Next" buttons. A mistake throws an Error beginning "Step k".
   */
  script?: string;
  /** Lecture-hall sizes (values at least 28 CSS px at capacity 8) that still fit a 1280x720 slide. Default false. */
  presenter?: boolean;
  /**
   * "practice": the student does a task ("Enqueue 7.") on the picture and presses Check;
   * the grader names each mistake. Default "explore". Not with `script`.
   */
  mode?: "explore" | "practice";
  /** The series of practice tasks, 0 to 2147483647: the same seed gives the same tasks. Default: random. */
  seed?: number;
}

/** One mistake a Check found, e.g. `{ id: "forgot-wrap", say: "tail points at slot 8, …" }`. */
export interface Mistake {
  id: string;
  say: string;
}

/** What `on("answer")` hears after each Check in practice mode. */
export interface AnswerReport {
  /** The task's sentence: "Enqueue 7." */
  task: string;
  correct: boolean;
  mistakes: Mistake[];
  /** False after Show answer and for a second Check of the same task: the score did not change. */
  scored: boolean;
}

/** What every operation returns. `ok` is false for refusals such as a full stack. */
export interface OperationResult {
  ok: boolean;
  /** The value pushed, popped, enqueued, dequeued or peeked at. */
  value?: string;
  /** The sentence the example narrates, e.g. "Pushed 7. Top is now 7; 3 of 8 slots used." */
  message: string;
}

/** A snapshot of a structure. */
export interface StructureState {
  structure: StructureName;
  capacity: number;
  /** Stack: bottom..top. Queues: front..rear. */
  items: string[];
  /** Cyclic queue (and every structure in practice mode): every slot, null when empty. */
  slots?: (string | null)[];
  /** Cyclic queue under "head-tail": the slot of the front item. */
  head?: number;
  /** Cyclic queue under "head-tail": the slot the next enqueue fills. */
  tail?: number;
  /** Cyclic queue under "front-rear" or "front-size": the slot of the front item. */
  front?: number;
  /** Queues under "front-rear": the slot of the last item (cyclic: capacity − 1 when empty; array: −1). */
  rear?: number;
  /** The size field: the array queue (except under "front-rear") and the cyclic queue under the count rule or "front-size". */
  size?: number;
  /** Stack: the slot of the top item (−1 when empty), or under "next-free" the next free slot. */
  top?: number;
  /** Linked implementation: the node values from top (stack) or head (queue) along next. */
  nodes?: string[];
  /** Practice mode only: the pointers as the student set them, e.g. { top: 2 } or { head: 7, tail: 0, size: 1 }. */
  pointers?: Record<string, number>;
}

/** One change in an example's history. */
export interface HistoryEntry {
  /** "push", "pop", "enqueue", "dequeue" or "clear". */
  operation: string;
  /** The value pushed, popped, enqueued or dequeued. */
  value?: string;
  /** The sentence the example said. */
  message: string;
  /** The state after the change. */
  state: StructureState;
}

/** The handle of one mounted example. Operations never throw; they return a result. */
export interface Handle {
  /** The element the example is mounted on. */
  readonly element: HTMLElement;
  /** Pushes a value (stack); no value or "" pushes a random number 1 to 99. */
  push(value?: string | number): OperationResult;
  pop(): OperationResult;
  /** Enqueues a value (queues); no value or "" enqueues a random number 1 to 99. */
  enqueue(value?: string | number): OperationResult;
  dequeue(): OperationResult;
  peek(): OperationResult;
  clear(): OperationResult;
  state(): StructureState;
  /**
   * Goes back to the state before the last change (the tiles glide back): `ok` is false
   * when there is nothing to undo. Refusals and peeks are not changes.
   */
  undo(): { ok: boolean; message: string };
  /** Applies the last undone change again, exactly (the same values, even random ones). */
  redo(): { ok: boolean; message: string };
  /** The changes applied, oldest first (undone ones leave, redone ones come back). */
  history(): HistoryEntry[];
  /** Calls `listener` after every operation that changed the structure; returns a function that unsubscribes. */
  on(event: "change", listener: (state: StructureState) => void): () => void;
  /** Practice mode: calls `listener` after every Check; returns a function that unsubscribes. */
  on(event: "answer", listener: (report: AnswerReport) => void): () => void;
  /**
   * The example's title and picture as a PNG `data:image/png` URL, at least twice the
   * canvas's CSS width, on the example's background. Synchronous.
   */
  toPNG(): string;
  /** Removes the example and releases everything it held; the element can be mounted again. */
  destroy(): void;
}

/** The global `dsviz` (and the AMD module `dsviz`). */
export interface Dsviz {
  /**
   * Mounts an example on `element` and returns its handle. Throws an Error that names
   * the option and its allowed values when an option is invalid. Mounting again on the
   * same element replaces the example there.
   */
  mount(element: HTMLElement, options?: Options): Handle;
  /** The handle of the example mounted on `element` (by `mount` or auto-mount), or undefined. */
  get(element: Element | null | undefined): Handle | undefined;
  /**
   * Mounts every `[data-dsviz]` element in `root` (and `root` itself) not mounted yet.
   * An invalid element shows its error in its place and in console.error; the others
   * still mount. Returns the handles mounted now.
   */
  mountAll(root?: ParentNode): Handle[];
}
