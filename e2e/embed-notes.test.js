// dist/dsviz.js on generated course-notes pages: twenty examples, pixel isolation,
// invalid and hostile attributes, destroy and remount, and a leak check.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const { useServerAndBrowser, openPage, cspViolations } = require("./support");
const { notesPage, exampleDiv, mixedExamples, canvasHashes, settled, scrollThrough } = require("./notes");
const { countCanvasDraws } = require("./canvas");

const STRUCTURES = ["stack", "queue", "cyclic-queue"];

describe("course notes with dist/dsviz.js", () => {
  let server, browser;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
  });

  const mixed = mixedExamples(STRUCTURES);
  const mixedBody = mixed.map((attrs) => exampleDiv(attrs)).join("\n");

  it("twenty mixed examples mount, and operating one changes no pixel of any other", async () => {
    const url = server.route("/notes/twenty.html", notesPage({ body: mixedBody }));
    const { page, problems, context } = await openPage(browser, url);
    await page.waitForFunction(() => document.querySelectorAll("canvas").length === 20);
    assert.equal(await page.locator(".dsviz-example").count(), 20);
    assert.equal(await page.locator(".dsviz-error").count(), 0);
    const ids = await page.evaluate(() => Array.from(document.querySelectorAll("canvas")).map((c) => c.id));
    assert.equal(new Set(ids).size, 20, "every canvas has its own id");

    await scrollThrough(page); // each draws once near the viewport: then compare
    let before = await settled(page);
    // Operate a few, by their buttons (or by the API where an example has no controls).
    for (const index of [0, 4, 7, 13, 19]) {
      const attrs = mixed[index];
      const example = page.locator(`#${attrs.id}`);
      const grew = await page.evaluate((id) => window.dsviz.get(document.getElementById(id)).state().items.length, attrs.id);
      if (attrs["data-controls"] === "false") {
        await page.evaluate((id) => {
          const h = window.dsviz.get(document.getElementById(id));
          if (!h.push("z").ok) h.enqueue("z");
        }, attrs.id);
      } else {
        await example.getByLabel("Value").fill("z");
        await example.locator(".dsviz-op").first().click();
        await example.locator(".dsviz-op").nth(1).click(); // Pop / Dequeue
        await example.locator(".dsviz-op").first().click();
      }
      const state = await page.evaluate((id) => window.dsviz.get(document.getElementById(id)).state(), attrs.id);
      assert.ok(state.items.length >= Math.min(grew + 1, state.capacity) || state.items.length === state.capacity, `example ${index} changed`);
      const now = await settled(page);
      now.forEach((hash, i) => {
        if (i === index) return;
        assert.equal(hash, before[i], `operating example ${index} changed the pixels of example ${i}`);
      });
      assert.notEqual(now[index], before[index], `example ${index} shows its change`);
      before = now;
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(await cspViolations(page), []);
    await context.close();
  });

  it("invalid and hostile attributes show a readable error box in place; the others still work; nothing runs", async () => {
    const invalid = [
      [{ "data-dsviz": "stack", "data-capacity": "40" }, "data-capacity must be a whole number from 1 to 32; got 40."],
      [{ "data-dsviz": "tree" }, 'data-dsviz must be one of "stack", "queue", "cyclic-queue"; got "tree".'],
      [{ "data-dsviz": "stack", "data-capacity": "NaN" }, 'data-capacity must be a whole number from 1 to 32; got "NaN".'],
      [{ "data-dsviz": "stack", "data-speed": "-2" }, 'data-speed must be a number from 0.25 to 4; got "-2".'],
      [{ "data-dsviz": "stack", "data-capacity": "2", "data-values": "1 2 3" }, "data-values has 3 values but at most 2 fit: the capacity is 2."],
      [{ "data-dsviz": "<img src=x onerror=window.pwned=1>" }, 'data-dsviz must be one of "stack", "queue", "cyclic-queue"; got "<img src=x onerror=windo…".'],
      [{ "data-dsviz": "stack", "data-values": "<script>window.pwned=1</script>" }, 'data-values, value 1 of 1: "<script>wind…" is too long: values have at most 6 characters.'],
      [{ "data-dsviz": "stack", "data-label": "x".repeat(100000) }, "data-label is 100000 characters long"],
      [{ "data-dsviz": "stack", "data-capcity": "4" }, 'Unknown attribute "data-capcity"; did you mean data-capacity?'],
    ];
    const good = mixed.slice(0, 11);
    const body = [
      ...invalid.map(([attrs], i) => exampleDiv({ ...attrs, id: `bad${i}` }, "<p>fallback</p>")),
      ...good.map((attrs) => exampleDiv(attrs)),
      exampleDiv({ "data-dsviz": "stack", "data-label": '<img src=x onerror="window.pwned=1"><b>bold</b>', id: "markup-label" }),
    ].join("\n");
    const url = server.route("/notes/invalid.html", notesPage({ body }));
    const { page, problems, context } = await openPage(browser, url);
    await page.waitForFunction((n) => document.querySelectorAll("canvas").length === n, good.length + 1);
    for (let i = 0; i < invalid.length; i++) {
      const box = page.locator(`#bad${i} > .dsviz-error`);
      assert.equal(await box.count(), 1, `bad${i} shows one error box`);
      assert.equal(await box.getAttribute("role"), "alert");
      const text = await box.textContent();
      assert.ok(text.startsWith("This example could not be shown. " + invalid[i][1]), `bad${i}: ${text}`);
      assert.ok(text.length < 400, "the message stays short");
      assert.ok(await box.isVisible(), "the box is visible");
      assert.equal(await page.locator(`#bad${i} canvas`).count(), 0);
      assert.equal(await page.evaluate((id) => window.dsviz.get(document.getElementById(id)), `bad${i}`), undefined);
    }
    const errors = problems.filter((p) => p.startsWith("console.error: dsviz: "));
    assert.equal(errors.length, invalid.length, "one console.error per invalid example");
    assert.deepEqual(problems.filter((p) => !p.startsWith("console.error: dsviz: ")), []);
    assert.equal(await page.locator(".dsviz-example img, .dsviz-example b, .dsviz-error *").count(), 0, "no markup injected");
    assert.equal(await page.locator("#markup-label .dsviz-title").textContent(), '<img src=x onerror="window.pwned=1"><b>bold</b>');
    for (const attrs of good.filter((a) => a["data-controls"] !== "false")) {
      const example = page.locator(`#${attrs.id}`);
      const before = await page.evaluate((id) => window.dsviz.get(document.getElementById(id)).state().items.length, attrs.id);
      await example.getByLabel("Value").fill("ok");
      await example.locator(".dsviz-op").first().click();
      const after = await page.evaluate((id) => window.dsviz.get(document.getElementById(id)).state().items.length, attrs.id);
      assert.equal(after, Math.min(before + 1, attrs["data-capacity"]), `${attrs.id} still works`);
    }
    assert.equal(await page.evaluate(() => window.pwned), undefined, "no hostile value ran");
    await context.close();
  });

  it("destroy() releases an example and restores its element; remounting works; 300 cycles leak nothing", async () => {
    const body = mixed.map((attrs) => exampleDiv(attrs, `<p class="fallback">Example ${attrs.id} needs JavaScript.</p>`)).join("\n");
    const url = server.route("/notes/destroy.html", notesPage({ body }));
    const { page, problems, context } = await openPage(browser, url);
    // Count the page's live timers: Processing's draw loop runs on setInterval.
    await page.waitForFunction(() => document.querySelectorAll("canvas").length === 20);
    await page.evaluate(() => {
      for (const id of ["ex0", "ex5", "ex10"]) window.dsviz.get(document.getElementById(id)).destroy();
    });
    assert.equal(await page.locator("canvas").count(), 17);
    for (const id of ["ex0", "ex5", "ex10"]) {
      assert.equal(await page.locator(`#${id}`).innerHTML(), `<p class="fallback">Example ${id} needs JavaScript.</p>`, `${id} restored`);
      assert.equal(await page.evaluate((i) => window.dsviz.get(document.getElementById(i)), id), undefined);
    }
    const remounted = await page.evaluate(() => {
      const el = document.getElementById("ex5");
      const h = window.dsviz.mount(el, { capacity: 3, values: ["r"] });
      window.dsviz.mount(el, { capacity: 4, values: ["r", "s"] }); // again: replaces, never a second canvas
      return { canvases: el.querySelectorAll("canvas").length, state: window.dsviz.get(el).state(), oldRefused: !h.push("1").ok };
    });
    assert.deepEqual(remounted, { canvases: 1, state: { structure: "stack", capacity: 4, items: ["r", "s"], top: 1 }, oldRefused: true });

    const cdp = await context.newCDPSession(page);
    const counters = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      const { nodes, jsEventListeners } = await cdp.send("Memory.getDOMCounters");
      const { usedSize } = await cdp.send("Runtime.getHeapUsage");
      return { nodes, jsEventListeners, usedSize };
    };
    const cycle = (n) =>
      page.evaluate((count) => {
        const el = document.getElementById("ex0");
        for (let i = 0; i < count; i++) {
          const structure = ["stack", "queue", "cyclic-queue"][i % 3];
          const h = window.dsviz.mount(el, { structure, values: ["1", "2"] });
          if (!h.push("3").ok) h.enqueue("3"); // starts an animation: destroyed while its draw loop runs
          h.destroy();
        }
        return document.querySelectorAll("canvas").length;
      }, n);
    await cycle(100); // warm up: fonts, caches, compiled code
    const start = await counters();
    assert.equal(await cycle(300), 18);
    await page.waitForTimeout(300);
    const end = await counters();
    console.log(`leak check, 300 mount/destroy cycles: DOM nodes ${start.nodes} -> ${end.nodes}, ` +
      `JS event listeners ${start.jsEventListeners} -> ${end.jsEventListeners}, JS heap ${(start.usedSize / 1e6).toFixed(2)} MB -> ${(end.usedSize / 1e6).toFixed(2)} MB`);
    assert.ok(end.nodes <= start.nodes + 20, `DOM nodes ${start.nodes} -> ${end.nodes}`);
    assert.ok(end.jsEventListeners <= start.jsEventListeners, `listeners ${start.jsEventListeners} -> ${end.jsEventListeners}`);
    assert.ok(end.usedSize < start.usedSize + 1.5e6, `heap ${start.usedSize} -> ${end.usedSize}`);
    // Nothing keeps drawing: a settled page makes no canvas calls.
    const draws = await countCanvasDraws(page, 600);
    assert.equal(draws, 0, "no draw loop survives destroy()");
    assert.deepEqual(problems, []);
    await context.close();
  });
});
