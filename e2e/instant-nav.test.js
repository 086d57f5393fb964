// A documentation site with instant navigation (Material for MkDocs, Docusaurus,
// VitePress) swaps its content with history.pushState and no page load: examples on the
// new content must mount, and examples on the content that left must be released.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const { useServerAndBrowser, openPage } = require("./support");
const { instantNavPage, routeHostAssets, INSTANT_PAGES } = require("./host-pages");
const { countCanvasDraws, finished } = require("./canvas");

const perPage = INSTANT_PAGES.map((html) => (html.match(/data-dsviz=/g) || []).length);

describe("instant navigation", () => {
  let server, browser, url;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
    routeHostAssets(server);
    url = server.route("/instant/notes.html", instantNavPage());
  });

  /**
   * dsviz's canvases alive in the page's heap (on the page or detached), after a garbage
   * collection. (Processing.js makes a few unnamed canvases of its own to measure fonts.)
   */
  async function liveCanvases(cdp) {
    await cdp.send("HeapProfiler.collectGarbage");
    const { result } = await cdp.send("Runtime.evaluate", { expression: "HTMLCanvasElement.prototype", objectGroup: "count" });
    const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: result.objectId, objectGroup: "count" });
    const { result: count } = await cdp.send("Runtime.callFunctionOn", {
      objectId: objects.objectId,
      functionDeclaration: "function () { return this.filter((c) => /^dsviz-canvas-/.test(c.id)).length; }",
      returnByValue: true,
    });
    await cdp.send("Runtime.releaseObjectGroup", { objectGroup: "count" }); // or the count itself keeps them alive
    return count.value;
  }

  async function heap(cdp) {
    await cdp.send("HeapProfiler.collectGarbage");
    return (await cdp.send("Runtime.getHeapUsage")).usedSize;
  }

  /** Navigates to page i and waits for its examples to show. */
  async function navigate(page, i) {
    await page.evaluate((i) => window.navigate(i), i);
    await page.waitForFunction((n) => document.querySelectorAll("main canvas").length === n, perPage[i % 2]);
  }

  it("examples on swapped-in content mount; those swapped out are destroyed: 30 swaps leave only the visible canvases, heap flat", async () => {
    const { page, problems, context } = await openPage(browser, url);
    await page.waitForFunction((n) => document.querySelectorAll("main canvas").length === n, perPage[0]);
    const cdp = await context.newCDPSession(page);
    for (let i = 1; i <= 5; i++) await navigate(page, i); // warm up
    const heapBefore = await heap(cdp);
    for (let i = 6; i <= 35; i++) await navigate(page, i);
    await page.waitForTimeout(700); // animations of the last page settle
    const live = await liveCanvases(cdp);
    const heapAfter = await heap(cdp);
    const onScreen = await page.locator("canvas").count();
    console.log(`instant navigation, 30 swaps: ${live} live dsviz canvases for ${onScreen} examples on screen; ` +
      `JS heap ${(heapBefore / 1e6).toFixed(2)} -> ${(heapAfter / 1e6).toFixed(2)} MB`);
    assert.equal(onScreen, perPage[35 % 2]);
    assert.equal(live, onScreen, "every example that left the page was released");
    assert.ok(heapAfter < heapBefore + 0.5e6, `JS heap ${heapBefore} -> ${heapAfter}`);
    // The new content's examples work, and the page is idle once settled.
    const example = page.locator("main [data-dsviz]").first();
    await example.getByLabel("Value", { exact: true }).fill("8");
    await example.getByRole("button", { name: /^(Push|Enqueue)$/ }).click();
    assert.match(await finished(page, "main [data-dsviz]:first-of-type"), /^(Pushed|Enqueued) 8/);
    await page.waitForTimeout(700);
    assert.equal(await countCanvasDraws(page, 500), 0, "nothing draws while the page is quiet");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("a page that also calls dsviz.mountAll() after each swap gets each example once, and nothing leaks", async () => {
    const { page, problems, context } = await openPage(browser, url);
    await page.waitForFunction((n) => document.querySelectorAll("main canvas").length === n, perPage[0]);
    const cdp = await context.newCDPSession(page);
    for (let i = 1; i <= 10; i++) {
      await page.evaluate((i) => {
        window.navigate(i);
        window.dsviz.mountAll(document.querySelector("main")); // before auto-mount sees the change
      }, i);
      await page.waitForFunction((n) => document.querySelectorAll("main canvas").length === n, perPage[i % 2]);
    }
    const perElement = await page.evaluate(() => Array.from(document.querySelectorAll("main [data-dsviz]")).map((el) => el.querySelectorAll("canvas").length));
    assert.deepEqual(perElement, new Array(perPage[0]).fill(1));
    assert.equal(await liveCanvases(cdp), perPage[0]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("an element given data-dsviz later mounts; a removed example's handle refuses politely; moving an example keeps it", async () => {
    const { page, problems, context } = await openPage(browser, url);
    await page.waitForFunction((n) => document.querySelectorAll("main canvas").length === n, perPage[0]);
    const result = await page.evaluate(async () => {
      const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
      const later = document.createElement("div");
      document.querySelector("main").append(later);
      later.setAttribute("data-dsviz", "queue");
      await tick();
      const mountedLater = !!window.dsviz.get(later);
      // Moving an element within one task (a framework reordering nodes) keeps its example.
      const first = document.querySelector("main [data-dsviz]");
      const kept = window.dsviz.get(first);
      kept.push("m");
      document.querySelector("main").append(first);
      await tick();
      const moved = window.dsviz.get(first) === kept && kept.state().items.includes("m");
      // Removing it releases it: its handle refuses, and its element gets its own content back.
      first.remove();
      await tick();
      return { mountedLater, moved, afterRemoval: kept.push("x"), get: window.dsviz.get(first) === undefined, canvases: first.querySelectorAll("canvas").length };
    });
    assert.deepEqual(result, {
      mountedLater: true,
      moved: true,
      afterRemoval: { ok: false, message: "This example has been destroyed." },
      get: true,
      canvases: 0,
    });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
