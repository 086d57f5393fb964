// npm run screenshot: docs/screenshot.png of the demo page at 1280 wide, after a few
// operations, for the README. Run after `npm run build`.
"use strict";
const path = require("path");
const { startServer, launchBrowser, openPage, ROOT } = require("../e2e/support");

async function main() {
  const out = process.argv[2] || path.join(ROOT, "docs", "screenshot.png");
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const { page, problems } = await openPage(browser, server.url + "/index.html", {
      reducedMotion: "reduce",
      deviceScaleFactor: 1,
    });
    await page.waitForFunction(() => window.dsviz && document.querySelectorAll("canvas").length > 0);
    await page.evaluate(() => {
      const stack = window.dsviz.get(document.querySelector('[data-dsviz="stack"]'));
      ["7", "5"].forEach((v) => stack.push(v));
      const queue = window.dsviz.get(document.querySelector('[data-dsviz="queue"]'));
      if (queue) queue.dequeue();
      const cyclic = window.dsviz.get(document.querySelector('[data-dsviz="cyclic-queue"]'));
      if (cyclic) {
        ["9", "2", "6"].forEach((v) => cyclic.enqueue(v)); // full: tail wraps to 0
        [1, 2, 3].forEach(() => cyclic.dequeue());
      }
    });
    // The cyclic queue mid-step: paused, an enqueue at the step that advances tail.
    const cyclic = page.locator("#cyclic-queue-lesson [data-dsviz]");
    await cyclic.getByRole("button", { name: "Pause", exact: true }).click();
    await cyclic.getByLabel("Value", { exact: true }).fill("8");
    await cyclic.getByRole("button", { name: "Enqueue", exact: true }).click();
    for (let i = 0; i < 2; i++) await cyclic.getByRole("button", { name: "Next step", exact: true }).click();
    // The cyclic queue's lesson at its question, answered: where will tail go?
    const lesson = page.locator("#cyclic-queue-script");
    for (let i = 0; i < 5; i++) await lesson.getByRole("button", { name: "Next", exact: true }).click();
    await lesson.getByRole("button", { name: "0", exact: true }).click();
    // The stack and the queue play their last operations to the end.
    await page.waitForFunction(() => ["stack", "queue"].every((s) => !document.querySelector(`[data-dsviz="${s}"] [data-step]`)));
    await page.waitForTimeout(800);
    // A window as tall as the page: every part is in view, laid out (content-visibility) and
    // drawn (lazy examples), as a reader scrolling sees it. A full-page capture of a shorter
    // window would leave what lies far below it blank.
    for (let i = 0; i < 5; i++) {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (height === page.viewportSize().height) break;
      await page.setViewportSize({ width: page.viewportSize().width, height });
      await page.waitForTimeout(400);
    }
    // Never a blank example in the picture: each canvas has drawn.
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll(".dsviz-example canvas")).every((canvas) => {
          const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
          return false;
        }),
      null,
      { timeout: 10000 },
    );
    await page.screenshot({ path: out, fullPage: true });
    if (problems.length) throw new Error(problems.join("\n"));
    console.log("wrote " + path.relative(ROOT, out));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
