// A traced operation: what an operation does, step by step, as plain immutable data.
// Each step names the code line it executes (the same id in every language's listing),
// says one sentence, and carries the whole state after it. The final step's state is
// the operation's result; a refusal's steps are the checks that refused, and its state
// is the state before. Undo, history, lessons and grading all work on these values.
import { OperationName } from "./structure";

/** The id of a code line, e.g. "check-full" or "advance-tail". */
export type StepId = string;

/** What a step is about: a slot it reads or writes, a pointer or field it changes. */
export interface Focus {
  slot?: number;
  pointer?: string;
}

export interface Step<S> {
  readonly line: StepId;
  readonly say: string;
  readonly state: S;
  readonly focus?: Focus;
}

export type RefusalReason = "full" | "empty";

export interface Trace<S> {
  readonly operation: OperationName;
  /** The value added, taken or read. */
  readonly value?: string;
  readonly ok: boolean;
  readonly reason?: RefusalReason;
  /** The operation in one sentence, e.g. "Pushed 7. Top is now 7; 3 of 8 slots used." */
  readonly message: string;
  readonly before: S;
  /** At least one. */
  readonly steps: readonly Step<S>[];
}

/** The state after the operation: its last step's. */
export function finalState<S>(trace: Trace<S>): S {
  return trace.steps[trace.steps.length - 1].state;
}

/** True when the operation changed the state (operations keep the very same state object otherwise). */
export function changedState<S>(trace: Trace<S>): boolean {
  return finalState(trace) !== trace.before;
}

/** Collects an operation's steps; each step's state is the state after it. */
export class Steps<S> {
  private readonly list: Step<S>[] = [];

  constructor(private current: S) {}

  get state(): S {
    return this.current;
  }

  /** Records a step that leaves the state as it is (a check, a read). */
  note(line: StepId, say: string, focus?: Focus): this {
    return this.to(line, say, this.current, focus);
  }

  /** Records a step that changes the state to `state`. */
  to(line: StepId, say: string, state: S, focus?: Focus): this {
    this.current = state;
    this.list.push(focus ? { line, say, state, focus } : { line, say, state });
    return this;
  }

  /** The finished trace. */
  trace(before: S, operation: OperationName, outcome: { ok: boolean; reason?: RefusalReason; value?: string; message: string }): Trace<S> {
    const trace: Trace<S> = { operation, before, steps: this.list.slice(), ...outcome };
    return trace;
  }
}

/** A copy of `slots` with slot `i` set to `value`. */
export function withSlot<T>(slots: readonly (T | null)[], i: number, value: T | null): (T | null)[] {
  const copy = slots.slice();
  copy[i] = value;
  return copy;
}
