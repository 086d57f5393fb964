// embed.html, the guide for course-notes authors, served like `npm start` serves it.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const { useServerAndBrowser, openPage, cspViolations } = require("./support");

const OPTION_ATTRIBUTES = ["data-dsviz", "data-capacity", "data-values", "data-controls", "data-view", "data-full-rule", "data-pointers", "data-growth", "data-implementation", "data-speed", "data-label", "data-theme", "data-code", "data-script", "data-presenter", "data-mode", "data-seed"];
/** The console error the guide's invalid example gives once the reader mounts it. */
const DELIBERATE = "console.error: dsviz: data-capacity must be a whole number from 1 to 32; got 40.";

describe("embed.html", () => {
  let server, browser;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
  });

  async function openGuide() {
    const opened = await openPage(browser, server.url + "/embed.html");
    await opened.page.waitForFunction(() => document.readyState === "complete" && document.querySelectorAll("canvas").length > 8);
    return opened;
  }

  /** Presses the guide's "Mount this example" buttons, as a reader would. */
  async function mountOnDemand(page) {
    for (const button of await page.locator("button.snippet-show").all()) await button.click();
  }

  it("loads under its own strict policy with no violation and a clean console", async () => {
    const { page, problems, context } = await openGuide();
    assert.equal(
      await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content"),
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src data:",
    );
    assert.equal(await page.locator("#page-policy").textContent(), "default-src 'none'; script-src 'self'; style-src 'self'; img-src data:");
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems, []);
    assert.equal(await page.locator("#build-notice").isHidden(), true, "the build notice hides once dist/ loads");
    await mountOnDemand(page);
    assert.equal(
      await page.locator("#errors .dsviz-error").textContent(),
      "This example could not be shown. data-capacity must be a whole number from 1 to 32; got 40.",
    );
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems.map((p) => p.replace(/ JSHandle@node$/, "")), [DELIBERATE]);
    await context.close();
  });

  it("every snippet shows its source beside a live example made from it, and together they use every option", async () => {
    const { page, context } = await openGuide();
    await mountOnDemand(page);
    const snippets = await page.evaluate(() =>
      Array.from(document.querySelectorAll("figure.snippet")).map((figure) => {
        const source = figure.querySelector(".snippet-code").textContent;
        // What the shown source says, parsed apart from the page...
        const parsed = new DOMParser().parseFromString(source, "text/html");
        const said = Array.from(parsed.querySelectorAll("[data-dsviz]")).map((e) =>
          Array.from(e.attributes).map((a) => `${a.name}=${a.value}`).join(" "),
        );
        // ...and what is live beside it.
        const live = Array.from(figure.querySelectorAll(".snippet-live [data-dsviz]"));
        return {
          source,
          said,
          live: live.map((e) => Array.from(e.attributes).map((a) => `${a.name}=${a.value}`).join(" ")),
          mounted: live.map((e) => !!window.dsviz.get(e)),
          canvases: live.map((e) => e.querySelectorAll("canvas").length),
          errors: live.map((e) => (e.querySelector(".dsviz-error") || { textContent: "" }).textContent),
        };
      }),
    );
    assert.ok(snippets.length >= 9, `${snippets.length} snippets`);
    const used = new Set();
    for (const s of snippets) {
      assert.ok(s.source.trim().length > 0);
      assert.deepEqual(s.live, s.said, `the live example is what the source says:\n${s.source}`);
      s.live.forEach((attrs, i) => {
        for (const name of OPTION_ATTRIBUTES) if (attrs.split(" ").some((a) => a.startsWith(name + "="))) used.add(name);
        if (s.errors[i]) {
          assert.equal(s.canvases[i], 0);
          assert.equal(s.errors[i], "This example could not be shown. data-capacity must be a whole number from 1 to 32; got 40.");
        } else {
          assert.equal(s.mounted[i], true, attrs);
          assert.equal(s.canvases[i], 1, attrs);
        }
      });
    }
    assert.deepEqual([...used].sort(), [...OPTION_ATTRIBUTES].sort(), "the snippets use every option");
    assert.equal(snippets.filter((s) => s.errors.some(Boolean)).length, 1, "one invalid example");
    assert.ok(snippets.some((s) => s.live.length >= 3), "several examples in one snippet");
    await context.close();
  });

  it("the options table lists every option with its attribute", async () => {
    const { page, context } = await openGuide();
    const rows = await page.$$eval(".options-table tbody tr", (trs) => trs.map((tr) => [tr.dataset.option, tr.cells[1].textContent]));
    assert.deepEqual(rows.map((r) => r[1]), OPTION_ATTRIBUTES);
    await context.close();
  });

  it("the JavaScript example's buttons call the handle and show state() as text; its source is the code that runs", async () => {
    const { page, problems, context } = await openGuide();
    const area = page.locator("#api-example");
    const output = area.locator(".api-state");
    assert.match(await page.locator("#api-source").textContent(), /^function apiExample\(dsviz, area\) \{\n[\s\S]*dsviz\.mount\(find\("\.api-stack"\)/);
    await area.locator(".api-value").fill("<b>x");
    await area.locator(".api-push").click();
    assert.equal(
      await output.textContent(),
      'push("<b>x") → {"ok":true,"value":"<b>x","message":"Pushed <b>x. Top is now <b>x; 3 of 5 slots used."}\n' +
        'state() → {"structure":"stack","capacity":5,"items":["3","1","<b>x"],"top":2}\nchange events so far: 1',
    );
    assert.equal(await area.locator("b").count(), 0, "shown as text");
    await area.locator(".api-pop").click();
    assert.match(await output.textContent(), /^pop\(\) → \{"ok":true,"value":"<b>x"/);
    await area.locator(".api-clear").click();
    await area.locator(".api-peek").click();
    assert.match(await output.textContent(), /^peek\(\) → \{"ok":false,"message":"The stack is empty\. Nothing to peek at\."\}/);
    await area.locator(".api-undo").click();
    assert.match(await output.textContent(), /^undo\(\) → \{"ok":true,"message":"Undid clear\."\}\nstate\(\) → \{"structure":"stack","capacity":5,"items":\["3","1"\],"top":1\}/);
    await area.locator(".api-redo").click();
    assert.match(await output.textContent(), /^redo\(\) → \{"ok":true,"message":"Redid clear\. Cleared 2 items\./);
    await area.locator(".api-history").click();
    assert.match(await output.textContent(), /^history\(\) → \["Pushed <b>x\. Top is now <b>x; 3 of 5 slots used\.","Popped <b>x\. Top is now 1; 2 of 5 slots used\.","Cleared 2 items\. The stack is now empty\."\]/);
    await area.locator(".api-remount").click();
    assert.match(await output.textContent(), /state\(\) → \{"structure":"stack","capacity":5,"items":\["3","1"\],"top":1\}/);
    assert.equal(await area.locator(".api-stack canvas").count(), 1);
    await area.locator(".api-add").click();
    assert.equal(await output.textContent(), "mountAll() mounted 1 example(s).");
    assert.equal(await area.locator(".api-later canvas").count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
