// Plays a trace step by step at the chosen pace, driven by `tick(now)` from the draw loop
// (time is an input: specs pass it). Positions run from 0 to steps.length: position i < n
// shows step i; position n ("done") shows the final state and the operation's sentence.
// Paused, an operation stops at its first step and next()/previous() walk it. A new trace
// replaces the old at once, whatever position the old had reached.
import { Step, Trace } from "../model/trace";

export interface PlayerView<S> {
  /**
   * Shows `trace` at `position` (a step, or steps.length for done), gliding over
   * `glide` ms from `now`.
   */
  show(trace: Trace<S>, position: number, now: number, glide: number): void;
}

export interface PlayerTiming {
  /** How long a step stays before the next, at the chosen speed. */
  dwell(): number;
  /** How long tiles and pointers take to glide to a step's places (0 with reduced motion). */
  glide(): number;
}

export class Player<S> {
  private current?: Trace<S>;
  private at = 0;
  private paused = false;
  private nextAt = 0;

  constructor(
    private readonly view: PlayerView<S>,
    private readonly timing: PlayerTiming,
  ) {}

  get trace(): Trace<S> | undefined {
    return this.current;
  }

  /** The position shown: a step index, or the number of steps once done. */
  get position(): number {
    return this.at;
  }

  get step(): Step<S> | undefined {
    return this.current && this.at < this.current.steps.length ? this.current.steps[this.at] : undefined;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  get isDone(): boolean {
    return !this.current || this.at >= this.current.steps.length;
  }

  /** True while steps are still to come by themselves (not paused, not done). */
  get isPlaying(): boolean {
    return !this.paused && !this.isDone;
  }

  /** Starts `trace` at its first step (`atEnd`: shows it done at once, e.g. for a trace with nothing to show). */
  play(trace: Trace<S>, now: number, atEnd = false): void {
    this.current = trace;
    this.go(atEnd ? trace.steps.length : 0, now);
    this.tick(now); // a dwell of 0 shows the end at once
  }

  /** Advances by the clock; true while more steps will come by themselves. */
  tick(now: number): boolean {
    while (this.isPlaying && now >= this.nextAt) this.go(this.at + 1, this.nextAt);
    return this.isPlaying;
  }

  /** Jumps to done, without gliding. */
  finish(now: number): void {
    if (this.current && !this.isDone) this.go(this.current.steps.length, now, 0);
  }

  pause(): void {
    this.paused = true;
  }

  resume(now: number): void {
    this.paused = false;
    this.nextAt = now + this.timing.dwell();
  }

  /** One step on (to done after the last); pauses. False at done. */
  next(now: number): boolean {
    this.paused = true;
    if (this.isDone) return false;
    this.go(this.at + 1, now);
    return true;
  }

  /** One step back; pauses. False at the first step. */
  previous(now: number): boolean {
    this.paused = true;
    if (!this.current || this.at === 0) return false;
    this.go(this.at - 1, now);
    return true;
  }

  /** Forgets the trace (its example is being torn down or reset). */
  clear(): void {
    this.current = undefined;
    this.at = 0;
  }

  private go(position: number, now: number, glide = this.timing.glide()): void {
    if (!this.current) return;
    this.at = position;
    this.nextAt = now + this.timing.dwell();
    this.view.show(this.current, position, now, glide);
  }
}
