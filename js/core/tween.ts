// A numeric value that moves from where it is now to a target over a duration.
// Retargeting mid-flight starts from the current value, so a second click never waits.

export type Easing = (t: number) => number;

export const easeInOutCubic: Easing = (t) =>
  t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;

export class Tween {
  private from: number;
  private to: number;
  private start = 0;
  private duration = 0;

  constructor(value: number, private readonly easing: Easing = easeInOutCubic) {
    this.from = value;
    this.to = value;
  }

  /** The value at time `now`. */
  value(now: number): number {
    if (this.duration <= 0 || now >= this.start + this.duration) return this.to;
    if (now <= this.start) return this.from;
    const t = this.easing((now - this.start) / this.duration);
    return this.from + (this.to - this.from) * t;
  }

  get target(): number {
    return this.to;
  }

  /** Head for `to`, starting from wherever the value is at `now`. */
  retarget(to: number, now: number, duration: number): void {
    if (to === this.to && !this.isMoving(now)) return;
    this.from = this.value(now);
    this.to = to;
    this.start = now;
    this.duration = Math.max(0, duration);
  }

  /** Jump to `to` at once. */
  set(to: number): void {
    this.from = this.to = to;
    this.duration = 0;
  }

  isMoving(now: number): boolean {
    return this.duration > 0 && now < this.start + this.duration && this.from !== this.to;
  }
}
