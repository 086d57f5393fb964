// Animation durations: speed settings and reduced motion are just different durations.
export const BASE_MOVE_MS = 450;
export const MIN_SPEED = 0.25;
export const MAX_SPEED = 4;

export function moveDuration(speed: number, reducedMotion: boolean): number {
  if (reducedMotion) return 0;
  return Math.round(BASE_MOVE_MS / Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)));
}

/** True when the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}
