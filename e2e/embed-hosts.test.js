// dist/dsviz.js on host pages: after RequireJS, after jQuery, under a strict
// Content-Security-Policy, opened from file://, included twice, minified.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");
const { useServerAndBrowser, openPage, cspViolations, ROOT } = require("./support");
const { notesPage, exampleDiv } = require("./notes");
const { finished } = require("./canvas");

const JS = { "Content-Type": "text/javascript; charset=utf-8" };
const BODY = [
  exampleDiv({ "data-dsviz": "stack", "data-values": "3 1 4", id: "first" }),
  exampleDiv({ "data-dsviz": "stack", "data-capacity": "4", "data-label": "Second", id: "second" }),
].join("\n");
/** The policy embed.html runs under and recommends as the strict one. */
const STRICT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src data:";
/** What Processing.js 1.6.6 on its own needs on top of that, as embed.html states. */
const PROCESSING_STYLE_HASH = "'sha256-OgHWgrEDA1Zrk5bCgBuprAKyEadcujLsRrlZqzGse80='";

describe("host pages", () => {
  let server, browser;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
    // Scripts the generated pages load (a script-src 'self' page can run no inline script).
    server.route("/hosts/remember-globals.js", "window.__globalsBefore = Object.keys(window);", JS);
    server.route("/hosts/remember-define.js", "window.__hostDefine = window.define; window.__hostRequire = window.require;", JS);
    server.route(
      "/hosts/require-dsviz.js",
      `require(["dsviz"], function (d) { window.__amd = { same: d === window.dsviz, mounted: !!d.get(document.getElementById("first")) }; },
        function (e) { window.__amd = { error: String(e) }; });`,
      JS,
    );
    server.route(
      "/hosts/require-config.js",
      `require.config({ paths: { dsviz: "/dist/dsviz" } });
       define("notes-module", [], function () { return 42; });
       require(["dsviz", "notes-module"], function (d, n) { window.__amd = { same: d === window.dsviz, notes: n, global: typeof window.dsviz }; },
         function (e) { window.__amd = { error: String(e) }; });`,
      JS,
    );
    server.route(
      "/hosts/use-jquery.js",
      `jQuery(function ($) {
         var said = [];
         $("[data-dsviz]").each(function () { said.push(window.dsviz.get(this).push("jq").message); });
         window.__jq = { version: $.fn.jquery, same: window.$ === window.jQuery, pushed: said[0], examples: $(".dsviz-example").length };
       });`,
      JS,
    );
  });

  /** Both examples mounted, operable, and the console clean. */
  async function assertWorks(page, problems) {
    await page.waitForFunction(() => document.querySelectorAll("#first canvas, #second canvas").length === 2);
    const first = page.locator("#first");
    await first.getByLabel("Value", { exact: true }).fill("9");
    await first.getByRole("button", { name: "Push" }).click();
    assert.match(await finished(page, "#first"), /^Pushed 9\./);
    assert.deepEqual(problems, []);
  }

  it("adds exactly one global, dsviz: no define, require, almond or Processing leaks", async () => {
    const url = server.route("/hosts/globals.html", notesPage({ body: BODY, before: '<script src="/hosts/remember-globals.js"></script>' }));
    const { page, problems, context } = await openPage(browser, url);
    await assertWorks(page, problems);
    const added = await page.evaluate(() => Object.keys(window).filter((k) => k !== "__globalsBefore" && window.__globalsBefore.indexOf(k) < 0));
    assert.deepEqual(added.sort(), ["dsviz"]);
    assert.deepEqual(
      await page.evaluate(() => [typeof define, typeof require, typeof requirejs, typeof Processing]),
      ["undefined", "undefined", "undefined", "undefined"],
    );
    assert.deepEqual(await page.evaluate(() => Object.keys(window.dsviz).sort()), ["get", "mount", "mountAll"]);
    await context.close();
  });

  it("after RequireJS: registers the AMD module dsviz, keeps the page's define and require, no mismatched define", async () => {
    const url = server.route(
      "/hosts/requirejs.html",
      notesPage({
        body: BODY,
        before: '<script src="/node_modules/requirejs/require.js"></script><script src="/hosts/remember-define.js"></script>',
        after: '<script src="/hosts/require-dsviz.js"></script>',
      }),
    );
    const { page, problems, context } = await openPage(browser, url);
    await assertWorks(page, problems);
    await page.waitForFunction(() => window.__amd);
    assert.deepEqual(await page.evaluate(() => window.__amd), { same: true, mounted: true });
    assert.deepEqual(await page.evaluate(() => [window.define === window.__hostDefine, window.require === window.__hostRequire]), [true, true]);
    assert.deepEqual(problems, [], "no 'Mismatched anonymous define' or any other error");
    await context.close();
  });

  it("loaded through RequireJS itself (paths: { dsviz: ... }) it works the same", async () => {
    const url = server.route(
      "/hosts/requirejs-paths.html",
      notesPage({ body: BODY, bundle: "", before: '<script src="/node_modules/requirejs/require.js"></script><script src="/hosts/require-config.js"></script>' }),
    );
    const { page, problems, context } = await openPage(browser, url);
    await page.waitForFunction(() => window.__amd);
    assert.deepEqual(await page.evaluate(() => window.__amd), { same: true, notes: 42, global: "object" });
    await assertWorks(page, problems);
    await context.close();
  });

  it("after jQuery (and after jQuery with RequireJS): both keep working", async () => {
    for (const before of [
      '<script src="/node_modules/jquery/dist/jquery.js"></script>',
      '<script src="/node_modules/requirejs/require.js"></script><script src="/node_modules/jquery/dist/jquery.js"></script>',
    ]) {
      const url = server.route("/hosts/jquery.html", notesPage({ body: BODY, before, after: '<script src="/hosts/use-jquery.js"></script>' }));
      const { page, problems, context } = await openPage(browser, url);
      await page.waitForFunction(() => window.__jq);
      assert.deepEqual(await page.evaluate(() => window.__jq), { version: "4.0.0", same: true, pushed: "Pushed jq. Top is now jq; 4 of 8 slots used.", examples: 2 });
      await assertWorks(page, problems);
      await context.close();
    }
  });

  it("included twice, or loaded async, it mounts each example once", async () => {
    const twice = notesPage({ body: BODY, after: '<script src="/dist/dsviz.min.js"></script>' });
    const asynchronous = notesPage({ body: BODY, bundle: "", after: '<script async src="/dist/dsviz.js"></script>' });
    for (const [name, html] of [["twice", twice], ["async", asynchronous]]) {
      const { page, problems, context } = await openPage(browser, server.route(`/hosts/${name}.html`, html));
      await assertWorks(page, problems);
      await page.waitForTimeout(200);
      assert.equal(await page.locator("#first canvas").count(), 1, name);
      assert.equal(await page.locator(".dsviz-example").count(), 2, name);
      await context.close();
    }
  });

  it("dist/dsviz.min.js works like dist/dsviz.js", async () => {
    const url = server.route("/hosts/min.html", notesPage({ body: BODY, bundle: "/dist/dsviz.min.js" }));
    const { page, problems, context } = await openPage(browser, url);
    await assertWorks(page, problems);
    await context.close();
  });

  it("under Content-Security-Policy: script-src 'self' there are no violations, even when the canvas is touched", async () => {
    const url = server.route("/hosts/csp-script.html", notesPage({ body: BODY }), { "Content-Security-Policy": "script-src 'self'" });
    const { page, problems, context } = await openPage(browser, url, { hasTouch: true });
    await assertWorks(page, problems);
    const style = await page.locator("#first canvas").getAttribute("style");
    await page.tap("#first canvas");
    await page.click("#first canvas");
    assert.equal(await page.locator("#first canvas").getAttribute("style"), style, "a touch keeps the canvas's CSS size");
    assert.equal(await page.locator("#first canvas").getAttribute("onclick"), null);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it(`under the strict policy "${STRICT_POLICY}" there are no violations and the styles apply`, async () => {
    const url = server.route("/hosts/csp-strict.html", notesPage({ body: BODY }), { "Content-Security-Policy": STRICT_POLICY });
    const { page, problems, context } = await openPage(browser, url, { hasTouch: true });
    await assertWorks(page, problems);
    await page.tap("#second canvas");
    assert.equal(await page.locator("#first .dsviz-example").evaluate((e) => getComputedStyle(e).borderTopStyle), "solid", "dist/dsviz.css applies");
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("Processing.js on its own needs exactly the style hash and font-src that embed.html states; dsviz does not", async () => {
    server.route("/hosts/raw-sketch.js", `new Processing(document.getElementById("raw"), function (p) {
      p.setup = function () { p.size(40, 40); p.textFont(p.createFont("sans-serif", 12)); p.text("A", 5, 20); p.noLoop(); };
    }); window.__sketch = true;`, JS);
    const raw = notesPage({ body: '<canvas id="raw"></canvas>', bundle: "/node_modules/processing-js/processing.js", after: '<script src="/hosts/raw-sketch.js"></script>' });
    const withHash = `${STRICT_POLICY}; style-src 'self' ${PROCESSING_STYLE_HASH}; font-src data:`.replace("style-src 'self'; ", "");
    for (const [policy, expected] of [
      [STRICT_POLICY, ["style-src-elem blocked inline ()"]],
      [withHash, []],
    ]) {
      const url = server.route("/hosts/raw-processing.html", raw, { "Content-Security-Policy": policy });
      const { page, context } = await openPage(browser, url);
      await page.waitForFunction(() => window.__sketch);
      await page.waitForTimeout(300);
      assert.deepEqual(await cspViolations(page), expected, policy);
      await context.close();
    }
  });

  it("opened from file:// (with embed.html's policy in a meta tag) it mounts and works", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dsviz-notes-"));
    try {
      for (const file of ["dsviz.js", "dsviz.css"]) fs.copyFileSync(path.join(ROOT, "dist", file), path.join(dir, file));
      const head = `<meta http-equiv="Content-Security-Policy" content="${STRICT_POLICY}">`;
      fs.writeFileSync(path.join(dir, "notes.html"), notesPage({ body: BODY, head, bundle: "dsviz.js", css: "dsviz.css" }));
      const { page, problems, context } = await openPage(browser, pathToFileURL(path.join(dir, "notes.html")).href);
      await assertWorks(page, problems);
      assert.equal(await page.locator("#first .dsviz-example").evaluate((e) => getComputedStyle(e).borderTopStyle), "solid");
      assert.deepEqual(await cspViolations(page), []);
      await context.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
