// Shared by the end-to-end tests and the screenshot script: a static server for the
// project on a free localhost port, and Debian's Chromium driven by playwright-core.
"use strict";
const path = require("path");
const httpServer = require("http-server");
const { chromium } = require("playwright-core");
const { findBrowser, browserFlags, FIX } = require("../tools/find-browser");

const ROOT = path.resolve(__dirname, "..");

/** Serves the project root (no cache, no listings) on 127.0.0.1; resolves to { url, close }. */
function startServer(root = ROOT) {
  const server = httpServer.createServer({ root, cache: -1, showDir: false, logFn: () => {} });
  return new Promise((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.server.close(done)) });
    });
  });
}

async function launchBrowser() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(FIX);
  return chromium.launch({ executablePath, headless: true, args: browserFlags() });
}

/** Opens `url` in a new page that records console errors, page errors and CSP reports. */
async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console.error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(url);
  return { page, context, problems };
}

module.exports = { ROOT, startServer, launchBrowser, openPage };
