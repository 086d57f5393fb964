// npm run bench: the performance report of DESIGN.md section 3, measured in Debian's
// Chromium. Numbers are printed, not asserted: machines are noisy.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { startServer, launchBrowser, ROOT } = require("../e2e/support");

const REQUIRE_CONFIG = `<script>var require = { baseUrl: "/build/js", paths: { processing: "../vendor/processing" },
  shim: { processing: { exports: "Processing" } } };</script>
<script src="/build/vendor/require.js" data-main="main"></script>`;

function page(body) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/css/dsviz.css"></head><body>${body}${REQUIRE_CONFIG}</body></html>`;
}

function writePages() {
  const dir = path.join(ROOT, "build", "bench");
  fs.mkdirSync(dir, { recursive: true });
  const thirty = Array.from({ length: 30 }, (_, i) => `<div data-dsviz="stack" data-capacity="8" data-values="${i} 1 2"></div>`).join("\n");
  fs.writeFileSync(path.join(dir, "idle.html"), page(thirty));
  fs.writeFileSync(path.join(dir, "model.html"), page(""));
  const values = Array.from({ length: 32 }, (_, i) => String(i)).join(" ");
  // With the code panel shown: each step the player shows also marks a line of code.
  fs.writeFileSync(path.join(dir, "animate.html"), page(`<div data-dsviz="stack" data-capacity="32" data-code="pseudocode" data-values="${values}"></div>`));
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function idle(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + "/build/bench/idle.html");
  await page.waitForFunction(() => document.querySelectorAll("canvas").length === 30);
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

async function animation(browser, url) {
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
  await page.goto(url + "/build/bench/animate.html");
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

async function load(browser, url) {
  const samples = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector("canvas") && !window.__firstCanvas) {
          window.__firstCanvas = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(url + "/index.html");
    await page.waitForFunction(() => window.__firstCanvas);
    samples.push(await page.evaluate(() => window.__firstCanvas));
    await context.close();
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
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

function bundleSize() {
  const file = path.join(ROOT, "dist", "dsviz.min.js");
  if (!fs.existsSync(file)) return null;
  const raw = fs.readFileSync(file);
  return { raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
}

async function main() {
  writePages();
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const idlePercent = await idle(browser, server.url);
    const anim = await animation(browser, server.url);
    const firstCanvas = await load(browser, server.url);
    const growth = await amortised(browser, server.url);
    const size = bundleSize();
    const kb = (n) => (n / 1024).toFixed(1) + " KiB";
    const lines = [
      ["idle, 30 settled examples", `${idlePercent.toFixed(3)}% of the main thread`, "< 0.5%"],
      ["animation, 32 tiles, code panel: p95 frame", `${anim.p95Frame.toFixed(2)} ms (${anim.frames} frames)`, "< 2 ms"],
      ["operation, code panel: p95 / max main thread", `${anim.p95Op.toFixed(2)} ms / ${anim.maxOp.toFixed(2)} ms`, "< 5 ms"],
      ["load: demo's first canvas drawn (median of 5)", `${firstCanvas.toFixed(0)} ms`, "< 150 ms"],
      ...["stack", "cyclic"].map((name) => [
        `doubling: copies per add over 1,000 ${name === "stack" ? "pushes" : "enqueues"}`,
        `${growth[name].perAdd.toFixed(3)} (worst ${growth[name].worst.ratio.toFixed(3)} at add ${growth[name].worst.at})`,
        "< 2 (n adds, < 2n copies)",
      ]),
      ["dist/dsviz.min.js", size ? `${kb(size.raw)} raw, ${kb(size.gzip)} gzip` : "not built", "reported"],
    ];
    console.log("dsviz bench (Chromium " + browser.version() + ")");
    for (const [what, value, target] of lines) console.log(`  ${what.padEnd(46)} ${value.padEnd(32)} target ${target}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err.stack || err);
  process.exit(1);
});
