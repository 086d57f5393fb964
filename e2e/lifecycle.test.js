// Reliability in a real browser: hundreds of clicks without waiting, hundreds of mounts and
// destroys, content swaps, zoom changes and a frozen (hidden) tab. Afterwards the picture
// shows the state, and no timer, listener, observer or canvas is left behind.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const { useServerAndBrowser, openPage } = require("./support");
const { instantNavPage, routeHostAssets, INSTANT_PAGES } = require("./host-pages");
const { countCanvasDraws, settle } = require("./canvas");

/** Counts, from inside the page, the timers and observers alive: installed before any script. */
function trackResources() {
  const intervals = new Set();
  const realSet = window.setInterval;
  const realClear = window.clearInterval;
  window.setInterval = function (...args) {
    const id = realSet.apply(this, args);
    intervals.add(id);
    return id;
  };
  window.clearInterval = function (id) {
    intervals.delete(id);
    return realClear.call(this, id);
  };
  const observers = new Set();
  for (const name of ["ResizeObserver", "MutationObserver", "IntersectionObserver"]) {
    const Real = window[name];
    if (!Real) continue;
    window[name] = class extends Real {
      observe(...args) {
        observers.add(this);
        return super.observe(...args);
      }
      disconnect() {
        observers.delete(this);
        return super.disconnect();
      }
    };
  }
  window.__resources = () => ({ intervals: intervals.size, observers: observers.size });
}

/** A deterministic sequence of choices (mulberry32). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("reliability", () => {
  let server, browser;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
    routeHostAssets(server);
  });

  it("300 clicks without waiting on every button of every example (Undo, Redo and the step controls too) leave each picture showing its state", async () => {
    const { page, problems, context } = await openPage(browser, server.url + "/index.html");
    await page.waitForFunction(() => document.querySelectorAll(".dsviz-example canvas").length === document.querySelectorAll("[data-dsviz]").length);
    const rand = prng(2026);
    const buttons = await page.locator(".dsviz-example button:not(.dsviz-history button)").all();
    for (let i = 0; i < 300; i++) {
      const button = buttons[Math.floor(rand() * buttons.length)];
      await button.dispatchEvent("click"); // as fast as events come: no waiting for anything
    }
    // Let every example play on: press Play where a click left it paused.
    // (Each press renames its button "Pause", so press the first Play until none is left.)
    const play = page.getByRole("button", { name: "Play", exact: true });
    for (let left = await play.count(); left > 0; left--) await play.first().click();
    await settle(page);
    const seen = await page.evaluate(() =>
      Array.from(document.querySelectorAll("[data-dsviz]")).map((el) => {
        const state = window.dsviz.get(el).state();
        const slots = state.slots || Array.from({ length: state.capacity }, (_, i) => (i < state.items.length ? state.items[i] : null));
        const lines = Array.from(el.querySelectorAll(".dsviz-text-view li")).map((li) => li.textContent);
        return { slots, lines, playing: el.querySelector(".dsviz-example").hasAttribute("data-step") };
      }),
    );
    for (const { slots, lines, playing } of seen) {
      assert.equal(playing, false);
      assert.deepEqual(
        lines.slice(0, slots.length).map((line) => line.replace(/^Slot \d+: /, "").replace(/ \(.*\)$/, "")),
        slots.map((v) => (v === null ? "empty" : v)),
        "the text view (what the canvas shows) is the state",
      );
    }
    assert.equal(await countCanvasDraws(page, 500), 0, "and nothing draws once it has caught up");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("300 mounts and destroys, 30 content swaps, zoom changes and a frozen tab leave no timer, listener, observer or canvas behind", async () => {
    const url = server.route("/lifecycle/notes.html", instantNavPage());
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(trackResources);
    const page = await context.newPage();
    const problems = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll("main canvas").length === 2);
    await settle(page);
    const cdp = await context.newCDPSession(page);
    const measure = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      const { result } = await cdp.send("Runtime.evaluate", { expression: "HTMLCanvasElement.prototype", objectGroup: "count" });
      const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: result.objectId, objectGroup: "count" });
      const { result: canvases } = await cdp.send("Runtime.callFunctionOn", {
        objectId: objects.objectId,
        functionDeclaration: "function () { return this.filter((c) => /^dsviz-canvas-/.test(c.id)).length; }",
        returnByValue: true,
      });
      await cdp.send("Runtime.releaseObjectGroup", { objectGroup: "count" });
      const { jsEventListeners, nodes } = await cdp.send("Memory.getDOMCounters");
      const { usedSize } = await cdp.send("Runtime.getHeapUsage");
      return { ...(await page.evaluate(() => window.__resources())), canvases: canvases.value, listeners: jsEventListeners, nodes, heap: usedSize };
    };
    /** The whole workout: mounts and destroys, content swaps with zoom changes, a frozen tab. */
    const workout = async (cycles, swaps, zooms) => {
      // Mounts and destroys, each destroyed mid-animation, every structure and option mix.
      await page.evaluate((cycles) => {
        const el = document.createElement("div");
        document.querySelector("main").after(el);
        for (let i = 0; i < cycles; i++) {
          const structure = ["stack", "queue", "cyclic-queue"][i % 3];
          const h = window.dsviz.mount(el, { structure, values: ["1", "2"], code: i % 2 ? "java" : "none", theme: ["light", "dark", "auto"][i % 3] });
          if (!h.push("3").ok) h.enqueue("3");
          h.undo();
          h.destroy();
        }
        el.remove();
      }, cycles);
      // Content swaps, with a zoom change now and then.
      for (let i = 1; i <= swaps; i++) {
        await page.evaluate((i) => window.navigate(i), i);
        await page.waitForFunction((n) => document.querySelectorAll("main canvas").length === n, (INSTANT_PAGES[i % 2].match(/data-dsviz=/g) || []).length);
        if (i % 10 === 0 && zooms.length) {
          const f = zooms.shift();
          await cdp.send("Emulation.setDeviceMetricsOverride", { width: Math.round(1280 / f), height: Math.round(800 / f), deviceScaleFactor: f, mobile: false });
        }
      }
      // A tab frozen in the middle of an operation, then woken: the picture catches up.
      await page.evaluate(() => {
        const h = window.dsviz.get(document.querySelector("main [data-dsviz]"));
        if (!h.push("9").ok) h.enqueue("9");
      });
      await cdp.send("Page.setWebLifecycleState", { state: "frozen" });
      await page.waitForTimeout(1500);
      await cdp.send("Page.setWebLifecycleState", { state: "active" });
      await settle(page);
    };
    await workout(50, 10, [1]); // warm up: compiled code, caches, fonts
    const start = await measure();
    await workout(300, 30, [2, 1.5, 1]);
    const end = await measure();
    console.log(`lifecycle: ${JSON.stringify(start)} -> ${JSON.stringify(end)}`);
    assert.equal(end.canvases, await page.locator("main canvas").count(), "a live canvas per example on the page, no more");
    assert.equal(end.intervals, 0, "no timer runs while everything is settled");
    assert.equal(end.observers, start.observers, "observers: the page watcher's and auto-mount's, no more");
    assert.ok(end.listeners <= start.listeners + 10, `event listeners ${start.listeners} -> ${end.listeners}`);
    assert.ok(end.heap < start.heap + 0.6e6, `heap ${start.heap} -> ${end.heap}`);
    const state = await page.evaluate(() => window.dsviz.get(document.querySelector("main [data-dsviz]")).state());
    assert.ok(state.items.includes("9"), "the operation made in the frozen tab is there");
    assert.equal(await countCanvasDraws(page, 500), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
