// npm run bench: the performance report of DESIGN.md section 3, measured in Debian's
// Chromium. Numbers are printed, not asserted: machines are noisy.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { startServer, launchBrowser, ROOT } = require("../e2e/support");
const { shipped } = require("../tools/shipped");

const REQUIRE_CONFIG = `<script>var require = { baseUrl: "/build/js", paths: { processing: "../vendor/processing" },
  shim: { processing: { exports: "Processing" } } };</script>
<script src="/build/vendor/require.js" data-main="main"></script>`;

function page(body) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/css/dsviz.css"></head><body>${body}${REQUIRE_CONFIG}</body></html>`;
}

/** The example counts the bench compares: one, a lecture's worth, a long page of notes. */
const COUNTS = [1, 30, 100];

const stacks = (n) => Array.from({ length: n }, (_, i) => `<div data-dsviz="stack" data-capacity="8" data-values="${i} 1 2"></div>`).join("\n");

/** A naive Processing.js page: `n` sketches that loop for ever (the default), each drawing 8 slots and 3 tiles. */
function naivePage(n) {
  const sketch = `function (p) {
    p.setup = function () { p.size(320, 330); };
    p.draw = function () {
      p.background(255);
      for (var i = 0; i < 8; i++) { p.fill(241, 245, 249); p.rect(70, 16 + i * 38, 150, 34); }
      for (var j = 0; j < 3; j++) { p.fill(29, 78, 216); p.rect(75, 282 - j * 38, 140, 28); p.fill(255); p.text(String(j), 140, 300 - j * 38); }
    };
  }`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
${Array.from({ length: n }, (_, i) => `<canvas id="c${i}"></canvas>`).join("")}
<script src="/node_modules/processing-js/processing.min.js"></script>
<script>
// The whole published Processing.js, as a page written by hand would load it.
// After load: Processing's own DOMContentLoaded scan would exit sketches made earlier.
window.addEventListener("load", function () {
  for (var i = 0; i < ${n}; i++) new Processing(document.getElementById("c" + i), ${sketch});
});
</script></body></html>`;
}

/** A course-notes page of `n` examples on the one-file bundle, as an author writes it. */
function notesPage(n) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/dist/dsviz.css"></head><body><h1>Notes</h1>
${stacks(n)}
<script src="/dist/dsviz.min.js"></script></body></html>`;
}

function writePages() {
  const dir = path.join(ROOT, "build", "bench");
  fs.mkdirSync(dir, { recursive: true });
  for (const n of COUNTS) {
    fs.writeFileSync(path.join(dir, `idle-${n}.html`), page(stacks(n)));
    fs.writeFileSync(path.join(dir, `naive-${n}.html`), naivePage(n));
    fs.writeFileSync(path.join(dir, `notes-${n}.html`), notesPage(n));
  }
  fs.writeFileSync(path.join(dir, "model.html"), page(""));
  const values = Array.from({ length: 32 }, (_, i) => String(i)).join(" ");
  // With the code panel shown: each step the player shows also marks a line of code.
  fs.writeFileSync(path.join(dir, "animate.html"), page(`<div data-dsviz="stack" data-capacity="32" data-code="pseudocode" data-values="${values}"></div>`));
  fs.writeFileSync(path.join(dir, "animate-nocode.html"), page(`<div data-dsviz="stack" data-capacity="32" data-values="${values}"></div>`));
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Main-thread busy time over 5 s of a settled page with `n` canvases, in % of the time. */
async function idle(browser, url, file, n) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + "/build/bench/" + file);
  await page.waitForFunction((count) => document.querySelectorAll("canvas").length === count, n);
  await page.waitForTimeout(1500); // let everything settle
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const metric = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return metrics.find((m) => m.name === "TaskDuration").value;
  };
  const before = await metric();
  const seconds = 5;
  await page.waitForTimeout(seconds * 1000);
  const busy = (await metric()) - before;
  await context.close();
  return (busy / seconds) * 100;
}

async function animation(browser, url, file = "animate.html") {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Time every timer callback: Processing's draw loop runs in setInterval.
  await page.addInitScript(() => {
    window.__frameTimes = [];
    const realSetInterval = window.setInterval;
    window.setInterval = (fn, ms, ...rest) =>
      realSetInterval(
        () => {
          const t0 = performance.now();
          fn(...rest);
          window.__frameTimes.push(performance.now() - t0);
        },
        ms,
      );
  });
  await page.goto(url + "/build/bench/" + file);
  await page.waitForFunction(() => window.dsviz && window.dsviz.get(document.querySelector("[data-dsviz]")));
  const result = await page.evaluate(async () => {
    const handle = window.dsviz.get(document.querySelector("[data-dsviz]"));
    const opTimes = [];
    const time = (fn) => {
      const t0 = performance.now();
      fn();
      opTimes.push(performance.now() - t0);
    };
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    window.__frameTimes.length = 0;
    for (let round = 0; round < 5; round++) {
      time(() => handle.clear()); // 32 tiles leave at once
      await wait(600);
      for (let i = 0; i < 32; i++) time(() => handle.push(String(i))); // 32 tiles arrive, overlapping
      await wait(700);
    }
    return { frames: window.__frameTimes.slice(), ops: opTimes };
  });
  await context.close();
  const frames = result.frames.sort((a, b) => a - b);
  const ops = result.ops.sort((a, b) => a - b);
  return { frames: frames.length, p95Frame: percentile(frames, 95), p95Op: percentile(ops, 95), maxOp: ops[ops.length - 1] };
}

/** Fresh loads of each page, taken in turn so that the machine's drift falls on all alike. */
const LOADS = 9;

/**
 * When the first canvas is drawn on each of `paths` (its first drawing call on a canvas in
 * the page) and the page's load event: medians of LOADS fresh loads, one context each.
 */
async function loads(browser, url, paths) {
  const samples = paths.map(() => ({ firsts: [], loads: [] }));
  for (let i = 0; i < LOADS; i++) {
    for (const [k, path] of paths.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        const proto = CanvasRenderingContext2D.prototype;
        for (const name of ["fillRect", "fill", "stroke", "fillText"]) {
          const real = proto[name];
          proto[name] = function (...args) {
            if (!window.__firstCanvas && this.canvas.isConnected) window.__firstCanvas = performance.now();
            return real.apply(this, args);
          };
        }
      });
      await page.goto(url + path, { waitUntil: "load" });
      await page.waitForFunction(() => window.__firstCanvas);
      samples[k].firsts.push(await page.evaluate(() => window.__firstCanvas));
      samples[k].loads.push(await page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventStart));
      await context.close();
    }
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return samples.map((s) => ({ first: median(s.firsts), load: median(s.loads) }));
}

/**
 * Amortised copies per add of a doubling array: 1,000 adds one by one from 1 slot (the pure
 * model, its 64-slot picture limit lifted), counting the items each grow step copies.
 */
async function amortised(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + "/build/bench/model.html");
  await page.waitForFunction(() => typeof window.require === "function" && window.require.defined && window.dsviz);
  const result = await page.evaluate(
    () =>
      new Promise((resolve) =>
        window.require(["stack/stack-model", "cyclic-queue/cyclic-queue-model", "model/structure", "model/trace"], (stack, cyclic, structure, trace) => {
          const run = (start, add) => {
            let s = { ...start, limit: 1024 };
            let copies = 0;
            let worst = { ratio: 0, at: 0 };
            for (let n = 1; n <= 1000; n++) {
              const t = add(s, structure.makeItem(String(n)));
              if (!t.ok) throw new Error(`add ${n} refused: ${t.message}`);
              if (t.steps.some((step) => step.line === "grow")) copies += n - 1;
              if (copies / n > worst.ratio) worst = { ratio: copies / n, at: n };
              s = trace.finalState(t);
            }
            return { perAdd: copies / 1000, worst, capacity: s.capacity };
          };
          resolve({
            stack: run(stack.stackOf(1, [], "top-item", "double"), stack.push),
            cyclic: run(cyclic.cyclicOf(2, "count", [], "head-tail", "double"), cyclic.enqueue),
          });
        }),
      ),
  );
  await context.close();
  return result;
}

/**
 * Main-thread ms to mount `n` examples with dsviz.mount on a settled page (the bundle
 * loaded): every task until the page is quiet again, the first draws included (CDP).
 */
async function mountTime(browser, url, n) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + "/build/bench/notes-1.html");
  await page.waitForFunction(() => window.dsviz && document.querySelector("canvas"));
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const busy = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value * 1000;
  const before = await busy();
  await page.evaluate((count) => {
    const host = document.createElement("div");
    document.body.prepend(host); // at the top: the first ones are in view and draw
    const elements = Array.from({ length: count }, () => host.appendChild(document.createElement("div")));
    elements.forEach((el, i) => window.dsviz.mount(el, { structure: "stack", values: [String(i), "1", "2"] }));
  }, n);
  await page.waitForTimeout(1000);
  const ms = (await busy()) - before;
  await context.close();
  return ms;
}

/** The bundle's size, and what its parts weigh on their own (gzip -9 of each). */
async function bundleSizes() {
  const { minify } = require("terser");
  const file = path.join(ROOT, "dist", "dsviz.min.js");
  if (!fs.existsSync(file)) return null;
  const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
  const raw = fs.readFileSync(file);
  const whole = fs.readFileSync(require.resolve("processing-js/processing.min.js"));
  const part = fs.readFileSync(path.join(ROOT, "build", "vendor", "processing.js"));
  // The modules the bundle holds (not embed.html's guide), as it holds them.
  const names = Array.from(fs.readFileSync(path.join(ROOT, "dist", "dsviz.js"), "utf8").matchAll(/^define\('([^']+)'/gm), (m) => m[1]);
  const modules = { listings: [], core: [] };
  for (const name of names) modules[/-listings$/.test(name) ? "listings" : "core"].push(name);
  const minified = async (list) => {
    const code = list.map((name) => shipped(name, fs.readFileSync(path.join(ROOT, "build", "js", name + ".js"), "utf8"))).join("\n");
    return Buffer.from((await minify(code, { ecma: 2017, compress: { passes: 2 }, mangle: true })).code);
  };
  const sizes = (buf) => ({ raw: buf.length, gzip: gz(buf) });
  return {
    ...sizes(raw),
    processing: sizes(whole),
    part: sizes(part),
    core: { ...sizes(await minified(modules.core)), files: modules.core.length },
    listings: { ...sizes(await minified(modules.listings)), files: modules.listings.length },
  };
}

const ratio = (value, base) => (base > 0 ? value / base : NaN);

/**
 * Whether a row meets its target: "< 100 ms" and "≤ 2" bound the figure, "≤ 1.5x" its
 * ratio to the baseline; undefined for a figure only reported.
 */
function meets(row) {
  const bound = /^(<|≤) ([\d.]+)(x?)/.exec(row.target);
  if (!bound) return undefined;
  const figure = bound[3] ? row.ratio : row.value;
  return bound[1] === "<" ? figure < Number(bound[2]) : figure <= Number(bound[2]);
}

async function main() {
  writePages();
  const server = await startServer();
  const browser = await launchBrowser();
  const rows = [];
  /** A figure beside its baseline (measured in this run) and the ratio. */
  const row = (what, value, unit, baseline, baselineIs, target) => {
    const r = { what, value, unit, baseline, baselineIs, ratio: ratio(value, baseline), target };
    rows.push({ ...r, met: meets(r) });
  };
  try {
    for (const n of COUNTS) {
      row(`idle, ${n} settled example${n === 1 ? "" : "s"}`, await idle(browser, server.url, `idle-${n}.html`, n), "% main thread", await idle(browser, server.url, `naive-${n}.html`, n), `${n} naive looping Processing sketch${n === 1 ? "" : "es"}`, "< 0.5%");
    }
    const anim = await animation(browser, server.url);
    const plain = await animation(browser, server.url, "animate-nocode.html");
    row("animation, 32 tiles, code panel: p95 frame", anim.p95Frame, "ms", plain.p95Frame, "the same without the code panel", "< 2 ms");
    row("operation, code panel: p95 main thread", anim.p95Op, "ms", plain.p95Op, "the same without the code panel", "< 5 ms");
    row("operation, code panel: max main thread", anim.maxOp, "ms", plain.maxOp, "the same without the code panel", "reported");
    const [demo, one, hundred] = await loads(browser, server.url, ["/index.html", "/build/bench/notes-1.html", "/build/bench/notes-100.html"]);
    row("first canvas drawn: demo page", demo.first, "ms", one.first, "a 1-example notes page", "≤ 100 ms");
    row("first canvas drawn: 100-example notes page", hundred.first, "ms", one.first, "a 1-example notes page", "≤ 1.5x");
    row("load event: 100-example notes page", hundred.load, "ms", one.load, "a 1-example notes page", "reported");
    row("load event: demo page", demo.load, "ms", one.load, "a 1-example notes page", "reported");
    const mount1 = await mountTime(browser, server.url, 1);
    const mount100 = await mountTime(browser, server.url, 100);
    row("mount 100 examples: main thread", mount100, "ms", mount1, "mounting 1", "< 300 ms");
    const growth = await amortised(browser, server.url);
    row("doubling: copies per add, 1,000 pushes", growth.stack.perAdd, "copies", 2, "the textbook bound", "< 2");
    row("doubling: copies per add, 1,000 enqueues", growth.cyclic.perAdd, "copies", 2, "the textbook bound", "< 2");
    const size = await bundleSizes();
    if (size) {
      const kb = (n) => n / 1000;
      row("dist/dsviz.min.js gzip", kb(size.gzip), "KB", kb(size.processing.gzip), "the published Processing.js alone", "< 90 KB");
      row("dist/dsviz.min.js raw", kb(size.raw), "KB", kb(size.processing.raw), "the published Processing.js alone", "reported");
      row("part: Processing.js as shipped, gzip alone", kb(size.part.gzip), "KB", kb(size.processing.gzip), "the published Processing.js alone", "reported");
      row("part: Processing.js as shipped, raw alone", kb(size.part.raw), "KB", kb(size.processing.raw), "the published Processing.js alone", "reported");
      row(`part: dsviz core (${size.core.files} modules), gzip alone`, kb(size.core.gzip), "KB", kb(size.gzip), "the whole bundle", "reported");
      row(`part: dsviz core, raw alone`, kb(size.core.raw), "KB", kb(size.raw), "the whole bundle", "reported");
      row(`part: listings (${size.listings.files} modules), gzip alone`, kb(size.listings.gzip), "KB", kb(size.gzip), "the whole bundle", "reported");
      row(`part: listings, raw alone`, kb(size.listings.raw), "KB", kb(size.raw), "the whole bundle", "reported");
    }
    console.log("dsviz bench (Chromium " + browser.version() + "); each figure beside a baseline measured in this run");
    const fmt = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3));
    for (const r of rows) {
      const value = `${fmt(r.value)} ${r.unit}`;
      const base = `${fmt(r.baseline)} (${r.baselineIs})`;
      const verdict = r.met === undefined ? "" : r.met ? "  met" : "  NOT MET";
      console.log(`  ${r.what.padEnd(50)} ${value.padEnd(20)} baseline ${base.padEnd(58)} ratio ${fmt(r.ratio).padEnd(7)} target ${r.target}${verdict}`);
    }
    const judged = rows.filter((r) => r.met !== undefined);
    console.log(`targets met: ${judged.filter((r) => r.met).length} of ${judged.length}`);
    const results = { chromium: browser.version(), date: new Date().toISOString(), rows };
    fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
    console.log("written to bench/results.json");
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err.stack || err);
  process.exit(1);
});
