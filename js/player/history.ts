// The example's history: the traces of the state changes applied, oldest first, and those
// undone since, for Redo. Refusals and peeks never come here (they change nothing). A new
// change after an Undo drops what could have been redone.
import { changedState, Trace } from "../model/trace";

export class History<S> {
  private readonly done: Trace<S>[] = [];
  private undone: Trace<S>[] = [];

  /** Records a trace that changed the state (others are ignored); returns whether it did. */
  record(trace: Trace<S>): boolean {
    if (!changedState(trace)) return false;
    this.done.push(trace);
    this.undone = [];
    return true;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** The last change, now undone (its `before` is the state to go back to). */
  undo(): Trace<S> | undefined {
    const trace = this.done.pop();
    if (trace) this.undone.push(trace);
    return trace;
  }

  /** The last undone change, applied again (its final state is the state to go to). */
  redo(): Trace<S> | undefined {
    const trace = this.undone.pop();
    if (trace) this.done.push(trace);
    return trace;
  }

  /** The changes applied, oldest first. */
  entries(): readonly Trace<S>[] {
    return this.done.slice();
  }

  /** Forgets everything (a new practice task). */
  reset(): void {
    this.replace([]);
  }

  /** Holds exactly `done` (a lesson's changes up to a step), with nothing to redo. */
  replace(done: readonly Trace<S>[]): void {
    this.done.length = 0;
    this.done.push(...done);
    this.undone = [];
  }
}
