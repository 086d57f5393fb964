// A structure's pure model as one value: its operations, the state it starts in, and what a
// lesson may ask about it. Controllers draw it; lessons and their checks simulate it.
import { Item, OperationName, OperationSpec, StructureName } from "./structure";
import { Trace } from "./trace";
import { Pointers } from "./conventions";
import { Growth } from "./growth";

/** A structure's pure operations: state (and the item to add) -> trace. */
export type Operations<S> = Partial<Record<OperationName, (state: S, item: Item) => Trace<S>>>;

export interface KitOptions {
  capacity: number;
  /** The items, bottom to top (stack) or front to rear (queues). */
  values: readonly string[];
  fullRule?: "count" | "spare-slot";
  /** The pointer convention (js/model/conventions.ts); each kit has its default. */
  pointers?: Pointers;
  /** "double": a full array grows instead of refusing (default "fixed"). */
  growth?: Growth;
}

/** A pointer or field a lesson's `ask` may ask about. */
export interface Askable<S> {
  /** Its value in state `s`. */
  read(s: S): number;
  /** The values it may take in the array of state `s`: the answer buttons. */
  range(s: S): number[];
  /** "where": a pointer ("Where will tail point…"); "what": a count ("What will size be…"). */
  asks: "where" | "what";
  /** The sentence that explains value `v` after `say` (the step that set it), if the step alone does not. */
  explain?(v: number, say: string): string;
}

export interface StructureKit<S> {
  readonly structure: StructureName;
  /** "stack", "queue", "cyclic queue". */
  readonly noun: string;
  /** Its buttons, in order. */
  readonly operations: readonly OperationSpec[];
  readonly pure: Operations<S>;
  /** The state holding the given values (valid options only: the options check them first). */
  start(options: KitOptions): S;
  /** True when an add is refused: every slot used, and the array cannot double. */
  isFull(s: S): boolean;
  /** The items, bottom to top or front to rear. */
  items(s: S): Item[];
  /** What `ask` may name, besides `value`. */
  readonly askable: Readonly<Record<string, Askable<S>>>;
  /** The names of `askable` that the convention of state `s` has (a lesson's `ask` may name these). */
  askNames(s: S): string[];
  /** The pointers (and size field) a student sets in practice mode, with their values in `s`. */
  pointers(s: S): Record<string, number>;
  /** The values each pointer may take in the array of `s` (its select's options). */
  pointerRange(s: S, name: string): number[];
  /** A state like `like` (capacity, rule) holding `slots` with `pointers` set as given: a student's picture. */
  withPointers(like: S, slots: readonly (Item | null)[], pointers: Readonly<Record<string, number>>): S;
}

/** The whole numbers from `from` to `to`. */
export function range(from: number, to: number): number[] {
  const list: number[] = [];
  for (let i = from; i <= to; i++) list.push(i);
  return list;
}
