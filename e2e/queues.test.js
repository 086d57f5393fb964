// The Queue and the Cyclic queue on the demo page, driven like a student would.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const { useServerAndBrowser, openPage } = require("./support");
const { canvasPixel, settle, fastest, finished } = require("./canvas");

const QUEUE = '#queue-lesson [data-dsviz]';
const CYCLIC = '#cyclic-queue-lesson [data-dsviz]';
const TILE = [29, 78, 216]; // palette.tileFill
const SLOT = [241, 245, 249]; // palette.slotFill

describe("demo page: Queue and Cyclic queue", () => {
  let server, browser;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
  });

  async function openDemo(options = { reducedMotion: "reduce" }) {
    const opened = await openPage(browser, server.url + "/index.html", options);
    await opened.page.waitForFunction(
      (sels) => window.dsviz && sels.every((sel) => window.dsviz.get(document.querySelector(sel))),
      [QUEUE, CYCLIC],
    );
    for (const sel of [QUEUE, CYCLIC]) await fastest(opened.page, sel); // results, not pace: 4x
    return opened;
  }
  const stateOf = (page, sel) => page.evaluate((s) => window.dsviz.get(document.querySelector(s)).state(), sel);
  /** What the example says once its operation has played to the end. */
  const status = (page, sel) => finished(page, sel);
  const press = (page, sel, name) => page.locator(sel).getByRole("button", { name, exact: true }).click();
  async function enqueue(page, sel, value) {
    await page.locator(sel).getByLabel("Value").fill(value);
    await press(page, sel, "Enqueue");
  }

  /**
   * Slot centres of a layout module's function, in the canvas's CSS pixels as shown. The
   * demo page loads the one-file bundle; the test loads the layout module itself from
   * build/js through RequireJS (a pure function: the same geometry the bundle draws).
   */
  async function slotCentres(page, sel, modulePath, fn, args) {
    if (!(await page.evaluate(() => typeof window.requirejs === "function"))) {
      await page.addScriptTag({ url: "/node_modules/requirejs/require.js" });
      await page.evaluate(() => window.requirejs.config({ baseUrl: "/build/js" }));
    }
    return page.evaluate(
      ({ sel, modulePath, fn, args }) =>
        new Promise((resolve) =>
          window.require([modulePath], (m) => {
            const layout = m[fn](...args);
            const shown = document.querySelector(sel + " canvas").getBoundingClientRect().width;
            const k = shown / layout.width;
            resolve(layout.slots.map((s) => ({ x: s.x * k, y: s.y * k })));
          }),
        ),
      { sel, modulePath, fn, args },
    );
  }
  const rgb = async (page, sel, p) => (await canvasPixel(page, sel, p.x, p.y)).slice(0, 3);
  /** A point inside the tile of a slot centred on p, clear of the value's white text. */
  const inTile = (p) => ({ x: p.x - 14, y: p.y + 14 });
  const canvasImage = (page, sel) => page.evaluate((s) => document.querySelector(s + " canvas").toDataURL(), sel);

  it("Queue: enqueue, then dequeue narrates how many items shifted and the tiles slide forward", async () => {
    const { page, problems, context } = await openDemo();
    assert.deepEqual((await stateOf(page, QUEUE)).items, ["4", "1", "5", "9"]);
    await enqueue(page, QUEUE, "42");
    assert.equal(await status(page, QUEUE), "Enqueued 42. Rear is now 42; 5 of 8 slots used.");
    await settle(page);
    const slots = await slotCentres(page, QUEUE, "queue/queue-layout", "queueLayout", [8]);
    assert.deepEqual(await rgb(page, QUEUE, inTile(slots[4])), TILE, "slot 4 holds 42");
    await press(page, QUEUE, "Dequeue");
    assert.equal(await status(page, QUEUE), "Dequeued 4; 4 items shifted forward. Front is now 1; 4 of 8 slots used.");
    assert.deepEqual((await stateOf(page, QUEUE)).items, ["1", "5", "9", "42"]);
    await settle(page);
    assert.deepEqual(await rgb(page, QUEUE, inTile(slots[3])), TILE, "42 slid to slot 3");
    assert.deepEqual(await rgb(page, QUEUE, inTile(slots[4])), SLOT, "slot 4 is empty again");
    await press(page, QUEUE, "Peek");
    assert.equal(await status(page, QUEUE), "Peek: the front is 1. The queue is unchanged.");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("Queue: refuses overflow and underflow with a message and no change", async () => {
    const { page, problems, context } = await openDemo();
    while ((await stateOf(page, QUEUE)).items.length < 8) await enqueue(page, QUEUE, "");
    const full = await stateOf(page, QUEUE);
    await enqueue(page, QUEUE, "x");
    assert.equal(await status(page, QUEUE), "The queue is full: 8 of 8.");
    assert.deepEqual(await stateOf(page, QUEUE), full);
    assert.equal(await page.locator(`${QUEUE} .dsviz-status.dsviz-refusal`).count(), 1);
    await press(page, QUEUE, "Clear");
    assert.equal(await status(page, QUEUE), "Cleared 8 items. The queue is now empty.");
    await press(page, QUEUE, "Dequeue");
    assert.equal(await status(page, QUEUE), "The queue is empty. Nothing to dequeue.");
    assert.deepEqual((await stateOf(page, QUEUE)).items, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("Cyclic queue: fill to full, dequeue three, enqueue two; the tail wraps and no item moves", async () => {
    const { page, problems, context } = await openDemo();
    assert.deepEqual(await stateOf(page, CYCLIC), {
      structure: "cyclic-queue", capacity: 8, items: ["3", "1", "4", "1", "5"],
      slots: ["3", "1", "4", "1", "5", null, null, null], head: 0, tail: 5, size: 5,
    });
    for (const v of ["a", "b", "c"]) await enqueue(page, CYCLIC, v);
    assert.equal(await status(page, CYCLIC), "Enqueued c into slot 7; 8 of 8 slots used. Tail moves from 7 to (7 + 1) mod 8 = 0.");
    const full = await stateOf(page, CYCLIC);
    assert.deepEqual([full.head, full.tail, full.items.length], [0, 0, 8]);
    await enqueue(page, CYCLIC, "z");
    assert.equal(
      await status(page, CYCLIC),
      "The cyclic queue is full: 8 of 8 slots used. The size field tells full from empty, since head = tail = 0 in both cases.",
    );
    assert.deepEqual(await stateOf(page, CYCLIC), full);
    for (let i = 0; i < 3; i++) await press(page, CYCLIC, "Dequeue");
    assert.equal(await status(page, CYCLIC), "Dequeued 4 from slot 2; nothing else moves, 5 of 8 slots used. Head moves from 2 to 3.");
    await enqueue(page, CYCLIC, "x");
    await enqueue(page, CYCLIC, "y");
    assert.equal(await status(page, CYCLIC), "Enqueued y into slot 1; 7 of 8 slots used. Tail moves from 1 to 2.");
    assert.deepEqual(await stateOf(page, CYCLIC), {
      structure: "cyclic-queue", capacity: 8, items: ["1", "5", "a", "b", "c", "x", "y"],
      slots: ["x", "y", null, "1", "5", "a", "b", "c"], head: 3, tail: 2, size: 7,
    });
    await settle(page);
    const ring = await slotCentres(page, CYCLIC, "cyclic-queue/cyclic-queue-layout", "cyclicRingLayout", [8]);
    for (const i of [0, 1, 3, 7]) assert.deepEqual(await rgb(page, CYCLIC, inTile(ring[i])), TILE, `slot ${i} holds a tile`);
    assert.deepEqual(await rgb(page, CYCLIC, inTile(ring[2])), SLOT, "slot 2 is empty");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("Cyclic queue: the head wraps too, with the arithmetic in the narration", async () => {
    const { page, problems, context } = await openDemo();
    for (const v of ["a", "b", "c"]) await enqueue(page, CYCLIC, v);
    for (let i = 0; i < 8; i++) await press(page, CYCLIC, "Dequeue");
    assert.equal(await status(page, CYCLIC), "Dequeued c from slot 7; the cyclic queue is now empty. Head moves from 7 to (7 + 1) mod 8 = 0.");
    await press(page, CYCLIC, "Dequeue");
    assert.equal(await status(page, CYCLIC), "The cyclic queue is empty: 0 of 8 slots used. Nothing to dequeue.");
    const state = await stateOf(page, CYCLIC);
    assert.deepEqual([state.head, state.tail, state.items], [0, 0, []]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("Cyclic queue: the View select redraws as a row and back, never changing the state", async () => {
    const { page, problems, context } = await openDemo();
    const cyclic = page.locator(CYCLIC);
    await press(page, CYCLIC, "Dequeue");
    await settle(page);
    const before = await stateOf(page, CYCLIC);
    const ringImage = await canvasImage(page, CYCLIC);
    const ringWidth = await page.evaluate((s) => document.querySelector(s + " canvas").width, CYCLIC);
    assert.equal(await cyclic.getByLabel("View", { exact: true }).inputValue(), "ring");

    await cyclic.getByLabel("View", { exact: true }).selectOption({ label: "Row" });
    await settle(page);
    assert.deepEqual(await stateOf(page, CYCLIC), before);
    const rowWidth = await page.evaluate((s) => document.querySelector(s + " canvas").width, CYCLIC);
    assert.notEqual(rowWidth, ringWidth, "the canvas took the row's size");
    assert.notEqual(await canvasImage(page, CYCLIC), ringImage, "the canvas was redrawn differently");
    const row = await slotCentres(page, CYCLIC, "cyclic-queue/cyclic-queue-layout", "cyclicRowLayout", [8]);
    assert.deepEqual(await rgb(page, CYCLIC, inTile(row[1])), TILE, "row slot 1 holds a tile");
    assert.deepEqual(await rgb(page, CYCLIC, inTile(row[0])), SLOT, "row slot 0 is empty");
    assert.match(await page.locator(`${CYCLIC} canvas`).getAttribute("aria-label"), /^Cyclic queue, row view, front to rear: 1, 4, 1, 5\./);

    await cyclic.getByLabel("View", { exact: true }).selectOption({ label: "Ring" });
    await settle(page);
    assert.deepEqual(await stateOf(page, CYCLIC), before);
    assert.equal(await canvasImage(page, CYCLIC), ringImage, "back to the very same ring picture");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("Cyclic queue works with the keyboard alone, View select included", async () => {
    const { page, problems, context } = await openDemo();
    const cyclic = page.locator(CYCLIC);
    await cyclic.getByLabel("Value", { exact: true }).focus();
    await page.keyboard.type("kb");
    await page.keyboard.press("Enter");
    assert.equal(await status(page, CYCLIC), "Enqueued kb into slot 5; 6 of 8 slots used. Tail moves from 5 to 6.");
    const names = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      names.push(await page.evaluate(() => document.activeElement.textContent || document.activeElement.id));
    }
    assert.deepEqual(names.slice(0, 4), ["Enqueue", "Dequeue", "Peek", "Clear"]);
    assert.equal(await page.evaluate(() => document.activeElement.tagName), "SELECT");
    await page.keyboard.press("ArrowDown");
    assert.equal(await cyclic.getByLabel("View", { exact: true }).inputValue(), "row");
    assert.equal((await stateOf(page, CYCLIC)).items.at(-1), "kb");
    await page.keyboard.press("Shift+Tab"); // Clear
    await page.keyboard.press("Shift+Tab"); // Peek
    await page.keyboard.press("Enter");
    assert.equal(await status(page, CYCLIC), "Peek: the front is 3, in slot 0. The cyclic queue is unchanged.");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("a spare-slot cyclic queue refuses the last slot with the rule in a sentence", async () => {
    const { page, problems, context } = await openDemo();
    const result = await page.evaluate(() => {
      const host = document.createElement("div");
      document.querySelector("main").append(host);
      const q = window.dsviz.mount(host, { structure: "cyclic-queue", capacity: 4, fullRule: "spare-slot", values: ["1", "2"] });
      q.dequeue();
      const filled = [q.enqueue("3"), q.enqueue("4")].map((r) => r.ok);
      const refused = q.enqueue("5");
      host.id = "spare";
      return { filled, refused, state: q.state() };
    });
    result.status = await finished(page, "#spare");
    assert.deepEqual(result.filled, [true, true]);
    assert.deepEqual(result.refused, {
      ok: false,
      message:
        "The cyclic queue is full: (tail + 1) mod 4 = (0 + 1) mod 4 = 1, which is head. " +
        "Slot 0 stays empty as the spare slot, so head = tail can only mean empty.",
    });
    assert.equal(result.status, result.refused.message);
    assert.deepEqual(result.state, { structure: "cyclic-queue", capacity: 4, items: ["2", "3", "4"], slots: [null, "2", "3", "4"], head: 1, tail: 0 });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
