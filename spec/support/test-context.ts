// A ControllerContext whose time and randomness the spec controls.
import { ManualClock } from "../../js/core/clock";
import { ControllerContext } from "../../js/core/structure-controller";

export interface TestContext extends ControllerContext {
  clock: ManualClock;
  invalidations: number;
}

export function testContext(duration = 400): TestContext {
  const ctx: TestContext = {
    clock: new ManualClock(1000),
    invalidations: 0,
    duration: () => duration,
    invalidate: () => {
      ctx.invalidations++;
    },
    random: () => 0.5,
  };
  return ctx;
}
