// A ControllerContext whose time and randomness the spec controls.
import { ManualClock } from "../../js/core/clock";
import { ControllerContext } from "../../js/core/structure-controller";

export interface TestContext extends ControllerContext {
  clock: ManualClock;
  invalidations: number;
}

export function testContext(duration = 400, dwell = 500): TestContext {
  const ctx: TestContext = {
    clock: new ManualClock(1000),
    invalidations: 0,
    duration: () => duration,
    dwell: () => dwell,
    invalidate: () => {
      ctx.invalidations++;
    },
    random: () => 0.5,
  };
  return ctx;
}

/** Ends whatever trace the controller's player shows; returns a time when every glide is over. */
export function finished(ctx: TestContext, controller: { player: { finish(now: number): void } }): number {
  controller.player.finish(ctx.clock.now());
  return ctx.clock.now() + 1000;
}
