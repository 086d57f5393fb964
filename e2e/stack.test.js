// The Stack on the demo page, driven like a student would: mouse, then keyboard only.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const { useServerAndBrowser, openPage } = require("./support");
const { canvasPixel, settle, fastest, finished, countCanvasDraws } = require("./canvas");

const STACK = '#stack-lesson [data-dsviz]';

describe("demo page: Stack", () => {
  let server, browser;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
  });

  async function openDemo(options) {
    const opened = await openPage(browser, server.url + "/index.html", options);
    await opened.page.waitForFunction((sel) => window.dsviz && window.dsviz.get(document.querySelector(sel)), STACK);
    await fastest(opened.page, STACK); // these tests are about results: steps go by at 4x
    return opened;
  }
  const stateOf = (page) => page.evaluate((sel) => window.dsviz.get(document.querySelector(sel)).state(), STACK);
  /** What the stack says once its operation has played to the end. */
  const status = (page) => finished(page, STACK);

  it("Push, Pop, Peek and Clear with the mouse narrate and change the state", async () => {
    const { page, problems, context } = await openDemo();
    const stack = page.locator(STACK);
    const initial = (await stateOf(page)).items;
    await stack.getByLabel("Value", { exact: true }).fill("42");
    await stack.getByRole("button", { name: "Push" }).click();
    assert.equal(await status(page), `Pushed 42. Top is now 42; ${initial.length + 1} of 8 slots used.`);
    assert.deepEqual((await stateOf(page)).items, [...initial, "42"]);
    assert.equal(await stack.getByLabel("Value", { exact: true }).inputValue(), "", "the Value box empties after a push");

    await stack.getByRole("button", { name: "Peek" }).click();
    assert.equal(await status(page), "Peek: the top is 42. The stack is unchanged.");

    await stack.getByRole("button", { name: "Pop" }).click();
    assert.match(await status(page), /^Popped 42\. Top is now /);
    assert.deepEqual((await stateOf(page)).items, initial);

    await stack.getByRole("button", { name: "Push" }).click(); // empty Value: random 1..99
    const pushed = (await stateOf(page)).items.at(-1);
    assert.ok(Number(pushed) >= 1 && Number(pushed) <= 99, `random value ${pushed}`);

    await stack.getByRole("button", { name: "Clear" }).click();
    assert.match(await status(page), /^Cleared \d+ items\. The stack is now empty\.$/);
    await stack.getByRole("button", { name: "Pop" }).click();
    assert.match(await status(page), /^The stack is empty\./);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("works with the keyboard alone: Enter in Value pushes, Tab reaches every button", async () => {
    const { page, problems, context } = await openDemo();
    const stack = page.locator(STACK);
    await stack.getByLabel("Value", { exact: true }).focus();
    await page.keyboard.type("kb");
    await page.keyboard.press("Enter");
    assert.equal((await stateOf(page)).items.at(-1), "kb");
    assert.match(await status(page), /^Pushed kb\./);
    for (const name of ["Push", "Pop"]) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => document.activeElement.textContent);
      assert.equal(focused, name);
    }
    await page.keyboard.press("Enter"); // Pop
    assert.match(await status(page), /^Popped kb\./);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space"); // Peek
    assert.match(await status(page), /^Peek: the top is /);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("refuses overflow, underflow and long values with a message and no change", async () => {
    const { page, problems, context } = await openDemo();
    const stack = page.locator(STACK);
    const input = stack.getByLabel("Value", { exact: true });
    await input.fill("1234567");
    await stack.getByRole("button", { name: "Push" }).click();
    assert.equal(await status(page), '"1234567" is too long: values have at most 6 characters.');
    assert.equal(await input.inputValue(), "1234567", "a refused value stays for correcting");
    await input.fill("<img src=x onerror=alert(1)>");
    await stack.getByRole("button", { name: "Push" }).click();
    assert.equal(await page.locator(`${STACK} img`).count(), 0, "values are never inserted as HTML");
    while ((await stateOf(page)).items.length < 8) {
      await input.fill("");
      await stack.getByRole("button", { name: "Push" }).click();
    }
    const full = await stateOf(page);
    await stack.getByRole("button", { name: "Push" }).click();
    assert.equal(await status(page), "The stack is full: 8 of 8.");
    assert.deepEqual(await stateOf(page), full);
    assert.equal(await page.locator(`${STACK} .dsviz-status.dsviz-refusal`).count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("the canvas shows a pushed tile in its slot and clears it on pop", async () => {
    const { page, problems, context } = await openDemo({ reducedMotion: "reduce" });
    const stack = page.locator(STACK);
    await stack.getByRole("button", { name: "Clear" }).click();
    await settle(page);
    const slot0 = { x: 145, y: 0 }; // centre column of the slots, in CSS pixels
    const box = await page.evaluate((sel) => {
      const c = document.querySelector(sel + " canvas");
      return { height: c.getBoundingClientRect().height };
    }, STACK);
    slot0.y = box.height - 20 - 10; // just above the bottom of slot 0
    const emptyPixel = await canvasPixel(page, STACK, slot0.x, slot0.y);
    await stack.getByLabel("Value", { exact: true }).fill("1");
    await stack.getByRole("button", { name: "Push" }).click();
    await settle(page);
    const tilePixel = await canvasPixel(page, STACK, slot0.x - 40, slot0.y);
    assert.deepEqual(tilePixel.slice(0, 3), [29, 78, 216], "tile fill colour at slot 0");
    await stack.getByRole("button", { name: "Pop" }).click();
    await settle(page);
    assert.deepEqual(await canvasPixel(page, STACK, slot0.x - 40, slot0.y), emptyPixel, "slot 0 empty again");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("at devicePixelRatio 2 the backing store is twice the canvas's CSS size", async () => {
    const { page, problems, context } = await openDemo({ deviceScaleFactor: 2 });
    const size = await page.evaluate((sel) => {
      const c = document.querySelector(sel + " canvas");
      const r = c.getBoundingClientRect();
      return { w: c.width, h: c.height, cssW: r.width, cssH: r.height };
    }, STACK);
    assert.equal(size.w, size.cssW * 2);
    assert.equal(size.h, size.cssH * 2);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("a settled page runs no draw loop", async () => {
    const { page, problems, context } = await openDemo();
    await page.locator(STACK).getByRole("button", { name: "Push" }).click();
    await settle(page);
    const frames = await countCanvasDraws(page, 500);
    assert.equal(frames, 0, "no canvas drawing while nothing moves");
    assert.deepEqual(problems, []);
    await context.close();
  });
});
