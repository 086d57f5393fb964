// What runs a structure's operations, whatever draws them: the state (a plain immutable
// value), the pure traced operations, the history for Undo and Redo, and the player that
// shows each trace step by step through the structure's own `place`.
import { Clock } from "../core/clock";
import { ListingSet } from "../code/listing";
import { OperationResult, refused } from "../model/result";
import { Operations, StructureKit } from "../model/kit";
import { Item, makeItem, OperationName, OperationSpec, StructureName, StructureState } from "../model/structure";
import { finalState, Focus, Trace } from "../model/trace";
import { checkValue, isolate } from "../model/values";
import { History } from "./history";
import { Player } from "./player";

export interface ControllerContext {
  clock: Clock;
  /** How long a glide takes now (speed and reduced motion applied). */
  duration(): number;
  /** How long a step of a trace stays before the next, at the chosen speed. */
  dwell(): number;
  /** Ask the canvas to draw again. */
  invalidate(): void;
  random?: () => number;
}

/** What is shown now: a step of a trace (or its end), for the code panel and the narration. */
export interface Shown<S> {
  trace: Trace<S>;
  /** A step index, or steps.length once done. */
  position: number;
  /** True for the steps of an Undo (a glide back, not the code). */
  undo: boolean;
}

export type ChangeListener = (state: StructureState, result: OperationResult) => void;
export type ShowListener<S> = (shown: Shown<S>) => void;

export type { Operations };

/** Stands for the item of an add that is refused as full before its value is read. */
const NO_ITEM: Item = { id: 0, value: "" };

export abstract class TracedController<S> {
  abstract readonly structure: StructureName;
  readonly history = new History<S>();
  readonly player: Player<S>;
  /** The state after every operation so far: what state() reports. */
  protected current!: S;
  private readonly listeners: ChangeListener[] = [];
  private readonly showListeners: ShowListener<S>[] = [];
  private undoing = false;
  /** Changes still to be told to the listeners, oldest first, while they are being told one. */
  private readonly pending: { state: StructureState; result: OperationResult }[] = [];
  private emitting = false;

  constructor(protected readonly ctx: ControllerContext) {
    this.player = new Player<S>(
      { show: (trace, position, now, glide) => this.showStep(trace, position, now, glide) },
      { dwell: () => ctx.dwell(), glide: () => ctx.duration() },
    );
  }

  /** The structure's pure model: its operations, start state and what lessons ask. */
  abstract readonly kit: StructureKit<S>;
  /** Its code, in every language, each line tagged with the step it executes. */
  abstract readonly listings: ListingSet;

  /** The buttons of this structure, in order. */
  get operations(): readonly OperationSpec[] {
    return this.kit.operations;
  }
  /** The public snapshot of a state. */
  abstract publicState(state: S): StructureState;
  /** Gives every tile and pointer its place in `state`'s layout, gliding over `duration` ms. */
  protected abstract place(state: S, now: number, duration: number, focus?: Focus): void;

  /** The state after every operation so far. */
  get model(): S {
    return this.current;
  }

  state(): StructureState {
    return this.publicState(this.current);
  }

  /**
   * Runs operation `name`: the state changes at once, and the player shows the trace.
   * Refuses names this structure does not have, and values that are not valid.
   */
  run(name: OperationName, value?: unknown): OperationResult {
    const op = this.kit.pure[name];
    const spec = this.operations.find((o) => o.name === name);
    if (!op || !spec) {
      const own = this.operations.map((o) => o.name).join(", ");
      return refused(`A ${this.noun} has no ${name} operation; use ${own}.`);
    }
    let item = NO_ITEM;
    if (spec.takesValue && !this.kit.isFull(this.current)) {
      const checked = checkValue(value, { allowEmpty: true, random: this.ctx.random });
      if (!checked.ok) return refused(checked.message);
      item = makeItem(checked.value);
    }
    const trace = op(this.current, item);
    this.apply(trace, finalState(trace));
    return resultOf(trace);
  }

  /** Goes back to the state before the last change, gliding there; `message` says so (default "Undid push 7."). */
  undo(message?: string): OperationResult {
    const trace = this.history.undo();
    if (!trace) return refused("Nothing to undo.");
    const said = message || `Undid ${describeOperation(trace)}.`;
    this.apply({ ...trace, message: said, steps: [{ line: "undo", say: said, state: trace.before }] }, trace.before, "undo");
    return { ok: true, message: said };
  }

  /**
   * Plays a trace worked out beforehand from the state now (a lesson's step), exactly as if
   * its operation had been run. Refused unless the trace starts from the state now.
   */
  play(trace: Trace<S>): OperationResult {
    if (trace.before !== this.current) return refused(`The ${this.noun} is not in the state this step starts from.`);
    this.apply(trace, finalState(trace));
    return resultOf(trace);
  }

  /**
   * Glides back to `state` (a lesson's state, say), the history then holding `done`: the
   * changes that lead there. `message` is said.
   */
  restore(state: S, done: readonly Trace<S>[], message: string): void {
    const shown = this.player.trace;
    const operation = shown ? shown.operation : this.operations[0].name;
    const trace: Trace<S> = { operation, ok: true, message, before: this.current, steps: [{ line: "undo", say: message, state }] };
    this.history.replace(done);
    this.apply(trace, state, "restore");
  }

  /** Shows the end of the trace playing now at once. */
  finishPlaying(): void {
    this.player.finish(this.now());
    this.ctx.invalidate();
  }

  /** Applies the last undone change again, replaying its steps. */
  redo(): OperationResult {
    const trace = this.history.redo();
    if (!trace) return refused("Nothing to redo.");
    this.apply(trace, finalState(trace), "redo");
    return { ok: true, message: `Redid ${describeOperation(trace)}. ${trace.message}` };
  }

  onChange(listener: ChangeListener): () => void {
    return subscribe(this.listeners, listener);
  }

  /** Called with every step (and end) the player shows. */
  onShow(listener: ShowListener<S>): () => void {
    return subscribe(this.showListeners, listener);
  }

  /** A plain-language name, e.g. "stack" or "cyclic queue". */
  get noun(): string {
    return this.structure.replace("-", " ");
  }

  /** Asks the canvas to draw again (and to keep drawing while the player plays). */
  invalidate(): void {
    this.ctx.invalidate();
  }

  /** The state the picture shows now (a step's, while a trace plays). */
  get shownState(): S {
    const step = this.player.step;
    return step ? step.state : this.current;
  }

  /** Advances the player by the clock; call first in draw(). True while it has steps to come. */
  protected tickPlayer(now: number): boolean {
    return this.player.tick(now);
  }

  protected now(): number {
    return this.ctx.clock.now();
  }

  /** The starting state, placed at once (subclasses call this at the end of their constructor). */
  protected start(state: S): void {
    this.current = state;
    this.place(state, this.now(), 0);
  }

  /** `run`: a new change (recorded when it changes the state); the others move between states already known. */
  private apply(trace: Trace<S>, after: S, how: "run" | "undo" | "redo" | "restore" = "run"): void {
    const now = this.now();
    this.player.finish(now); // the old trace ends at once, at its final picture
    const changed = how === "run" ? this.history.record(trace) : after !== this.current;
    this.current = after;
    this.undoing = how === "undo" || how === "restore";
    this.player.play(trace, now);
    this.ctx.invalidate();
    if (changed) this.emit(resultOf(trace));
  }

  private showStep(trace: Trace<S>, position: number, now: number, glide: number): void {
    const done = position >= trace.steps.length;
    const step = done ? trace.steps[trace.steps.length - 1] : trace.steps[position];
    this.place(step.state, now, glide, done ? this.lastFocus(trace) : step.focus);
    const shown: Shown<S> = { trace, position, undo: this.undoing };
    for (const listener of this.showListeners.slice()) listener(shown);
    // No redraw here: a step comes from draw() itself (the clock), or from an action that
    // asks for one redraw when it is done.
  }

  /** What the end of a trace keeps outlined: what a peek read, or what an add wrote. */
  protected lastFocus(trace = this.player.trace): Focus | undefined {
    if (!trace || !trace.ok || this.undoing) return undefined;
    if (trace.operation === "peek" || trace.operation === "push" || trace.operation === "enqueue") {
      const withSlot = trace.steps.filter((s) => s.focus && s.focus.slot !== undefined);
      const last = withSlot[withSlot.length - 1];
      return last ? { slot: last.focus!.slot } : undefined;
    }
    return undefined;
  }

  /**
   * Tells every listener, in order. A listener that changes the structure again (a nested
   * operation) is heard after the current round is over, so every listener hears every
   * state in the order they happened, and the last it hears is the state now.
   */
  private emit(result: OperationResult): void {
    this.pending.push({ state: this.state(), result });
    if (this.emitting) return;
    this.emitting = true;
    try {
      for (let next = this.pending.shift(); next; next = this.pending.shift()) {
        for (const listener of this.listeners.slice()) listener(next.state, next.result);
      }
    } finally {
      this.emitting = false;
      this.pending.length = 0;
    }
  }
}

function resultOf<S>(trace: Trace<S>): OperationResult {
  return trace.ok && trace.value !== undefined ? { ok: true, value: trace.value, message: trace.message } : { ok: trace.ok, message: trace.message };
}

/** "push 7", "dequeue", "clear". */
export function describeOperation<S>(trace: Trace<S>): string {
  const takesValue = trace.operation === "push" || trace.operation === "enqueue";
  return takesValue && trace.value !== undefined ? `${trace.operation} ${isolate(trace.value)}` : trace.operation;
}

function subscribe<T>(list: T[], item: T): () => void {
  list.push(item);
  return () => {
    const i = list.indexOf(item);
    if (i >= 0) list.splice(i, 1);
  };
}

