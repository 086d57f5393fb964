// Lazy mounting on a long page of course notes (dist/dsviz.min.js, 100 examples): each
// example's controls and handle work at once; only those near the viewport draw, the
// others as the reader scrolls; printing and Save image draw the ones never scrolled to.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const { useServerAndBrowser, openPage } = require("./support");
const { notesPage, exampleDiv, drawnCanvases } = require("./notes");
const { decodePNG } = require("./canvas");

const COUNT = 100;
const body = Array.from({ length: COUNT }, (_, i) =>
  exampleDiv({ "data-dsviz": i % 2 ? "cyclic-queue" : "stack", "data-values": `${i} 1 2`, id: `ex${i}` }, "<p>An example.</p>"),
).join("\n<p>Some notes between the examples.</p>\n");
// A host page's own script at DOMContentLoaded (after auto-mount's): how many examples are
// mounted then, and the handle of the last one, which auto-mount had not reached yet.
const early = `<script>document.addEventListener("DOMContentLoaded", function () {
  window.__mountedAtLoad = document.querySelectorAll(".dsviz-example").length;
  var handle = dsviz.get(document.getElementById("ex99"));
  window.__lastItems = handle ? handle.state().items.join(" ") : "no handle";
});</script>`;
const page100 = notesPage({ body, bundle: "/dist/dsviz.min.js", after: early });

describe("lazy mounting: 100 examples on one page", () => {
  let server, browser;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
  });

  async function open() {
    const opened = await openPage(browser, server.route("/lazy/notes.html", page100));
    const { page } = opened;
    await page.waitForFunction((n) => document.querySelectorAll(".dsviz-example canvas").length === n, COUNT);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return opened;
  }

  it("mounts the examples near the viewport first, the others in later tasks; dsviz.get() mounts a waiting one at once", async () => {
    const { page, problems, context } = await open();
    const mountedAtLoad = await page.evaluate(() => window.__mountedAtLoad);
    assert.ok(mountedAtLoad >= 1 && mountedAtLoad <= 10, `${mountedAtLoad} examples mounted in the first task`);
    assert.equal(await page.evaluate(() => window.__lastItems), "99 1 2");
    assert.equal(await page.locator(".dsviz-example").count(), COUNT);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("draws only the examples within a screen of the viewport; the others draw as the reader scrolls to them", async () => {
    const { page, problems, context } = await open();
    const drawn = await drawnCanvases(page);
    assert.ok(drawn >= 2 && drawn <= 12, `${drawn} of ${COUNT} examples drew at load`);
    // The first example is drawn; the last is not, yet its controls and handle work.
    assert.equal(await drawnCanvases(page, "#ex0 canvas"), 1);
    assert.equal(await drawnCanvases(page, "#ex99 canvas"), 0);
    assert.equal(await page.locator("#ex99").getByRole("button", { name: "Enqueue" }).count(), 1);
    const state = await page.evaluate(() => {
      const handle = window.dsviz.get(document.getElementById("ex99"));
      handle.dequeue();
      return handle.state();
    });
    assert.deepEqual(state.items, ["1", "2"]);
    await page.locator("#ex99").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const canvas = document.querySelector("#ex99 canvas");
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      return data.some((v, i) => i % 4 === 3 && v > 0);
    });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("printing draws every example, scrolled to or not", async () => {
    const { page, problems, context } = await open();
    await page.emulateMedia({ media: "print" });
    await page.waitForFunction((n) => {
      let drawn = 0;
      for (const canvas of document.querySelectorAll("canvas")) {
        const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
        if (data.some((v, i) => i % 4 === 3 && v > 0)) drawn++;
      }
      return drawn === n;
    }, COUNT);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("Save image on an example never scrolled to downloads its picture", async () => {
    const { page, problems, context } = await open();
    assert.equal(await drawnCanvases(page, "#ex98 canvas"), 0);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      // A click from a script: no scrolling on the way.
      page.evaluate(() => Array.from(document.querySelectorAll("#ex98 button")).find((b) => b.textContent === "Save image").click()),
    ]);
    assert.equal(download.suggestedFilename(), "dsviz-stack.png");
    const png = await decodePNG(page, fs.readFileSync(await download.path()), [{ box: { left: 0, top: 0, right: 1e6, bottom: 1e6 }, rgb: [0x1d, 0x4e, 0xd8] }]);
    // The picture holds the stack's three tiles (#1d4ed8), not a blank box under the title.
    const tilePixels = png.counts[0];
    assert.ok(tilePixels > 1000, `the saved picture has ${tilePixels} pixels of tile colour`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
