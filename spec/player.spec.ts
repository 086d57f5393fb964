import { Player } from "../js/player/player";
import { finalState, Trace } from "../js/model/trace";
import { push, stackOf, StackState } from "../js/stack/stack-model";
import { StackController } from "../js/stack/stack-controller";
import { CyclicQueueController } from "../js/cyclic-queue/cyclic-queue-controller";
import { RecordingSurface } from "./support/recording-surface";
import { item } from "./support/sequences";
import { testContext } from "./support/test-context";

/** A player whose view records what it was asked to show. */
function recorded(dwell = 500, glide = 400) {
  const shown: { position: number; at: number; glide: number }[] = [];
  const timing = { dwell, glide };
  const player = new Player<StackState>(
    { show: (_trace, position, now, g) => shown.push({ position, at: now, glide: g }) },
    { dwell: () => timing.dwell, glide: () => timing.glide },
  );
  return { player, shown, timing };
}

const trace = (): Trace<StackState> => push(stackOf(4), item("7")); // 3 steps, then done

describe("Player", () => {
  it("player.play(trace, now) shows step 0 at once, then each step one dwell after the last, then done", () => {
    const { player, shown } = recorded();
    player.play(trace(), 1000);
    expect(shown.map((s) => s.position)).toEqual([0]);
    expect(player.tick(1499)).toBe(true);
    expect(player.tick(1500)).toBe(true);
    expect(player.tick(2000)).toBe(true);
    expect(player.tick(2500)).toBe(false); // done
    expect(shown.map((s) => [s.position, s.at])).toEqual([[0, 1000], [1, 1500], [2, 2000], [3, 2500]]);
    expect(player.isDone).toBe(true);
  });

  it("a late tick catches up step by step, each shown at the time it was due (no drift)", () => {
    const { player, shown } = recorded();
    player.play(trace(), 0);
    player.tick(1700);
    expect(shown.map((s) => [s.position, s.at])).toEqual([[0, 0], [1, 500], [2, 1000], [3, 1500]]);
  });

  it("paused, an operation stops at its first step; next() and previous() walk it, gliding", () => {
    const { player, shown } = recorded();
    player.pause();
    player.play(trace(), 0);
    expect(player.tick(10000)).toBe(false);
    expect(player.position).toBe(0);
    expect(player.next(10000)).toBe(true);
    expect(player.next(10100)).toBe(true);
    expect(player.previous(10200)).toBe(true);
    expect(shown.map((s) => [s.position, s.glide])).toEqual([[0, 400], [1, 400], [2, 400], [1, 400]]);
    expect(player.previous(10300)).toBe(true);
    expect(player.previous(10400)).toBe(false); // at the first step
    for (let i = 0; i < 3; i++) player.next(11000);
    expect(player.isDone).toBe(true);
    expect(player.next(11000)).toBe(false); // done
  });

  it("resume(now) plays on from the step shown, one dwell later", () => {
    const { player, shown } = recorded();
    player.pause();
    player.play(trace(), 0);
    player.next(100);
    player.resume(5000);
    expect(player.isPlaying).toBe(true);
    player.tick(5499);
    expect(player.position).toBe(1);
    player.tick(5500);
    expect(player.position).toBe(2);
    expect(shown[shown.length - 1].at).toBe(5500);
  });

  it("next() while playing pauses there", () => {
    const { player } = recorded();
    player.play(trace(), 0);
    player.next(100);
    expect(player.isPaused).toBe(true);
    expect(player.tick(5000)).toBe(false);
    expect(player.position).toBe(1);
  });

  it("finish(now) jumps to done without gliding; a new trace starts over", () => {
    const { player, shown } = recorded();
    player.play(trace(), 0);
    player.finish(100);
    expect(shown[shown.length - 1]).toEqual({ position: 3, at: 100, glide: 0 });
    const second = trace();
    player.play(second, 200);
    expect(player.trace).toBe(second);
    expect(player.position).toBe(0);
  });

  it("a speed change mid-trace takes effect from the next step", () => {
    const { player, shown, timing } = recorded(500);
    player.play(trace(), 0);
    timing.dwell = 125; // 4x
    player.tick(500); // step 1 was due at 500 under the old pace
    player.tick(625);
    expect(shown.map((s) => [s.position, s.at])).toEqual([[0, 0], [1, 500], [2, 625]]);
  });

  it("a dwell of 0 shows the end at once", () => {
    const { player } = recorded(0);
    player.play(trace(), 0);
    expect(player.isDone).toBe(true);
  });
});

describe("the player in a controller", () => {
  it("a new operation while a trace plays finishes it at once and plays the new one; state() is always final", () => {
    const ctx = testContext();
    const c = new StackController(ctx, { capacity: 4, values: [] });
    c.run("push", "a");
    ctx.clock.advance(600); // the push is at its second step
    expect(c.player.position).toBe(0); // only draw() ticks it
    c.draw(new RecordingSurface(), ctx.clock.now());
    expect(c.player.position).toBe(1);
    c.run("push", "b");
    expect(c.player.trace!.value).toBe("b");
    expect(c.player.position).toBe(0);
    expect(c.state().items).toEqual(["a", "b"]);
    expect(c.shownState.top).toBe(0); // b's first step shows "a" pushed: the old trace's final picture
  });

  it("with reduced motion tiles jump to each step's places, and the steps keep their pace and sentences", () => {
    const ctx = testContext(0, 500);
    const c = new CyclicQueueController(ctx, { capacity: 4, values: ["a"], view: "row", fullRule: "count" });
    const says: string[] = [];
    c.onShow(({ trace, position }) => says.push(position < trace.steps.length ? trace.steps[position].say : trace.message));
    const t0 = ctx.clock.now();
    c.run("enqueue", "b");
    const surface = new RecordingSurface();
    expect(c.draw(surface, t0 + 500)).toBe(true); // the write step: the tile is already in slot 1
    expect(surface.texts()).toContain("b");
    expect(c.draw(surface, t0 + 500)).toBe(true); // nothing glides, but steps are still to come
    c.draw(surface, t0 + 2000);
    expect(says).toEqual([
      "size is 1, less than the capacity 4: there is room.",
      "slots[1] = b.",
      "tail = (1 + 1) mod 4 = 2.",
      "size = 1 + 1 = 2.",
      "Enqueued b into slot 1; 2 of 4 slots used. Tail moves from 1 to 2.",
    ]);
    expect(c.draw(surface, t0 + 2001)).toBe(false);
  });

  it("undo glides the tiles back to the state before; the state changes at once", () => {
    const ctx = testContext();
    const c = new StackController(ctx, { capacity: 4, values: ["1"] });
    c.run("push", "2");
    c.player.finish(ctx.clock.now());
    const pushed = c.model;
    expect(c.undo()).toEqual({ ok: true, message: "Undid push 2." });
    expect(c.state().items).toEqual(["1"]);
    expect(c.redo()).toEqual({ ok: true, message: "Redid push 2. Pushed 2. Top is now 2; 2 of 4 slots used." });
    expect(c.model).toBe(pushed); // the very same state: items keep their identity
    expect(finalState(c.player.trace!)).toBe(pushed);
  });
});
