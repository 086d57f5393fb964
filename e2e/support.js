// Shared by the end-to-end tests and the screenshot script: a static server for the
// project on a free localhost port, and Debian's Chromium driven by playwright-core.
"use strict";
const path = require("path");
const httpServer = require("http-server");
const { chromium } = require("playwright-core");
const { findBrowser, browserFlags, FIX } = require("../tools/find-browser");

const ROOT = path.resolve(__dirname, "..");

/**
 * Serves the project root (no cache, no listings) on 127.0.0.1; resolves to
 * { url, close, route }. `route(path, html, headers)` serves a generated page at `path`
 * (with extra response headers, e.g. a Content-Security-Policy) and returns its URL.
 */
function startServer(root = ROOT) {
  const routes = new Map();
  const generated = (req, res) => {
    const page = routes.get(req.url.split("?")[0]);
    if (!page) return res.emit("next");
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...page.headers });
    res.end(page.html);
  };
  const server = httpServer.createServer({ root, cache: -1, showDir: false, logFn: () => {}, before: [generated] });
  return new Promise((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.server.address();
      const url = `http://127.0.0.1:${port}`;
      resolve({
        url,
        close: () => new Promise((done) => server.server.close(done)),
        route(path, html, headers = {}) {
          routes.set(path, { html, headers });
          return url + path;
        },
      });
    });
  });
}

async function launchBrowser() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(FIX);
  return chromium.launch({ executablePath, headless: true, args: browserFlags() });
}

/**
 * Opens `url` in a new page that records console errors, page errors, failed requests
 * and HTTP errors into `problems`, and Content-Security-Policy violations for cspViolations().
 */
async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console.error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("requestfailed", (req) => problems.push(`request failed: ${req.url()} ${req.failure() && req.failure().errorText}`));
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.addInitScript(() => {
    // Error events no console shows, such as "ResizeObserver loop completed with undelivered
    // notifications", still reach a host page's error handlers: count them as problems too.
    window.addEventListener("error", (e) => {
      if (!e.error) console.error(`window error event: ${e.message}`);
    });
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sample || ""})`);
    });
  });
  await page.goto(url);
  return { page, context, problems };
}

/** Opens the demo page (index.html) and waits until every example on it has its canvas. */
async function openDemoPage(browser, server, contextOptions = {}) {
  const opened = await openPage(browser, server.url + "/index.html", contextOptions);
  await opened.page.waitForFunction(() => document.querySelectorAll(".dsviz-example canvas").length === document.querySelectorAll("[data-dsviz]").length);
  return opened;
}

/** The Content-Security-Policy violations the page has reported so far. */
function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations.slice());
}

/**
 * Starts a server and a browser before the current suite's tests and closes both after
 * them; `ready(server, browser)` runs once both are up (and may set up more).
 */
function useServerAndBrowser(ready) {
  const { before, after } = require("node:test");
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await ready(server, browser);
  });
  after(async () => {
    if (browser) await browser.close();
    if (server) await server.close();
  });
}

module.exports = { ROOT, startServer, launchBrowser, openPage, openDemoPage, cspViolations, useServerAndBrowser };
