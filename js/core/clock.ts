// Time is an input: tweens take `now` from a Clock, so specs can drive time by hand.
export interface Clock {
  now(): number;
}

export const performanceClock: Clock = {
  now: () => (typeof performance !== "undefined" ? performance.now() : Date.now()),
};

/** A clock that only moves when told to; for specs and for deterministic screenshots. */
export class ManualClock implements Clock {
  constructor(private time = 0) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
}
