// Animation durations: speed settings and reduced motion are just different durations.
export const BASE_MOVE_MS = 450;
export const MIN_SPEED = 0.25;
export const MAX_SPEED = 4;

/** How long a step of an operation stays before the next, at speed 1. */
export const BASE_STEP_MS = 650;

const clampSpeed = (speed: number) => Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));

export function moveDuration(speed: number, reducedMotion: boolean): number {
  if (reducedMotion) return 0;
  return Math.round(BASE_MOVE_MS / clampSpeed(speed));
}

/** A step's time on screen: the same with reduced motion (only the gliding goes), so each sentence can be read. */
export function stepDwell(speed: number): number {
  return Math.round(BASE_STEP_MS / clampSpeed(speed));
}

/** True when the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}
