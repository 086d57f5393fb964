// dsviz on the pages teachers really use: CSS frameworks that restyle bare elements,
// documentation themes with another root font size, browser zoom, a phone's narrow
// column, dark pages and printed notes.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const { useServerAndBrowser, openPage } = require("./support");
const { styledNotes, routeHostAssets } = require("./host-pages");
const { notesPage, exampleDiv, settled } = require("./notes");
const { recordCanvasTexts, canvasTextContrasts } = require("./canvas");

const EXAMPLES = [
  exampleDiv({ "data-dsviz": "cyclic-queue", "data-values": "3 1 4", id: "cq" }),
  exampleDiv({ "data-dsviz": "stack", "data-values": "2 7", id: "st" }),
].join("\n");

/** The boxes of an example's parts, by name, in CSS px. */
function controlBoxes(page, id) {
  return page.evaluate((id) => {
    const root = document.querySelector(`#${id} .dsviz-example`);
    const parts = { example: root, title: root.querySelector(".dsviz-title"), canvas: root.querySelector("canvas") };
    root.querySelectorAll("input, button, select, label").forEach((el, i) => (parts[`${el.tagName.toLowerCase()} ${el.textContent.trim() || el.getAttribute("aria-label") || i}`] = el));
    const boxes = {};
    for (const [name, el] of Object.entries(parts)) {
      const r = el.getBoundingClientRect();
      boxes[name] = { w: r.width, h: r.height, font: parseFloat(getComputedStyle(el).fontSize) };
    }
    return boxes;
  }, id);
}

describe("course pages", () => {
  let server, browser;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
    routeHostAssets(server);
  });

  it("under Pico CSS, Bootstrap 5, a 10 px root (Jupyter classic) and a 20 px root (Material) every control keeps its size", async () => {
    const plainUrl = server.route("/hosts/plain.html", styledNotes("plain", EXAMPLES));
    const plain = await openPage(browser, plainUrl);
    await plain.page.waitForFunction(() => document.querySelectorAll("canvas").length === 2);
    const expected = { cq: await controlBoxes(plain.page, "cq"), st: await controlBoxes(plain.page, "st") };
    await plain.context.close();
    assert.ok(Object.keys(expected.cq).length >= 10, "the boxes include every control");
    for (const host of ["pico", "bootstrap", "root-10px", "root-20px"]) {
      const url = server.route(`/hosts/${host}.html`, styledNotes(host, EXAMPLES));
      const { page, problems, context } = await openPage(browser, url);
      await page.waitForFunction(() => document.querySelectorAll("canvas").length === 2);
      for (const id of ["cq", "st"]) {
        const boxes = await controlBoxes(page, id);
        assert.deepEqual(Object.keys(boxes), Object.keys(expected[id]));
        for (const [name, box] of Object.entries(boxes)) {
          const want = expected[id][name];
          for (const dim of ["w", "h", "font"]) {
            assert.ok(Math.abs(box[dim] - want[dim]) <= 0.1 * want[dim] + 0.5, `${host}, ${id}: ${name} ${dim} is ${box[dim].toFixed(1)}, ${want[dim].toFixed(1)} on a plain page`);
          }
        }
      }
      // The select keeps its arrow: nothing took its native appearance away.
      const appearance = await page.evaluate(() => getComputedStyle(document.querySelector("#cq select")).appearance);
      assert.equal(appearance, "auto", `${host}: the View select's appearance`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it("--dsviz-font-size scales an example's controls and its canvas together", async () => {
    const body = exampleDiv({ "data-dsviz": "stack", id: "big", style: "--dsviz-font-size: 24px" }) + exampleDiv({ "data-dsviz": "stack", id: "normal" });
    const url = server.route("/notes/font-size.html", notesPage({ body }));
    const { page, problems, context } = await openPage(browser, url, { deviceScaleFactor: 1 });
    await page.waitForFunction(() => document.querySelectorAll("canvas").length === 2);
    await page.waitForTimeout(100);
    const size = (id) =>
      page.evaluate((id) => {
        const root = document.querySelector(`#${id}`);
        const canvas = root.querySelector("canvas");
        return { button: root.querySelector("button").getBoundingClientRect().height, canvas: canvas.getBoundingClientRect().width, backing: canvas.width };
      }, id);
    const big = await size("big");
    const normal = await size("normal");
    assert.ok(Math.abs(big.button / normal.button - 1.5) < 0.05, `buttons ${big.button} vs ${normal.button}`);
    assert.ok(Math.abs(big.canvas / normal.canvas - 1.5) < 0.02, `canvases ${big.canvas} vs ${normal.canvas}`);
    assert.ok(Math.abs(big.backing / big.canvas - 1) < 0.02, "the larger canvas is drawn at its size, not stretched");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("after a browser zoom (200%, then 150%) every backing store follows the on-screen size in device pixels", async () => {
    const url = server.route("/notes/zoom.html", notesPage({ body: EXAMPLES }));
    const { page, problems, context } = await openPage(browser, url, { deviceScaleFactor: 1 });
    await page.waitForFunction(() => document.querySelectorAll("canvas").length === 2);
    const cdp = await context.newCDPSession(page);
    const ratios = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll("canvas")).map((c) => c.width / (c.getBoundingClientRect().width * devicePixelRatio)),
      );
    const before = await ratios();
    for (const factor of [2, 1.5]) {
      // Zooming a 1280x800 window: CSS pixels grow, so the viewport has fewer of them.
      const viewport = { width: Math.round(1280 / factor), height: Math.round(800 / factor) };
      await cdp.send("Emulation.setDeviceMetricsOverride", { ...viewport, deviceScaleFactor: factor, mobile: false });
      await page.waitForFunction((f) => devicePixelRatio === f, factor);
      await page.waitForTimeout(100);
      const after = await ratios();
      console.log(`zoom ${factor * 100}% (devicePixelRatio ${factor}): backing store / on-screen device px ${before.map((r) => r.toFixed(3))} -> ${after.map((r) => r.toFixed(3))}`);
      for (const r of after) assert.ok(Math.abs(r - 1) <= 0.02, `backing store ratio ${r} at devicePixelRatio ${factor}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  /** The demo page in a phone's viewport, every example mounted; and the page's width now. */
  async function demoOnPhone(width) {
    const opened = await openPage(browser, server.url + "/index.html", { viewport: { width, height: 800 }, deviceScaleFactor: 2 });
    await opened.page.waitForFunction(() => document.querySelectorAll("canvas").length === document.querySelectorAll("[data-dsviz]").length);
    return { ...opened, pageWidth: () => opened.page.evaluate(() => document.documentElement.scrollWidth) };
  }

  it("in a 375 px phone viewport the demo page never overflows, at load too; each picture, as the reader scrolls to it, re-lays out, never shrunk; all text is 12 px or more", async () => {
    const { page, problems, context, pageWidth } = await demoOnPhone(375);
    // Before any example is scrolled to: those far below hold their place, no wider than the column.
    assert.ok((await pageWidth()) <= 375, `the page is ${await pageWidth()} px wide at load`);
    await recordCanvasTexts(page);
    await page.evaluate(() => {
      for (const el of document.querySelectorAll("[data-dsviz]")) {
        const h = window.dsviz.get(el);
        if (!h.push("123456").ok) h.enqueue("123456"); // the longest value, and a redraw
      }
    });
    await settled(page);
    assert.ok((await pageWidth()) <= 375, `the page is ${await pageWidth()} px wide`);
    // Each example as the reader sees it: scrolled to, so drawn and laid out.
    for (const example of await page.locator(".dsviz-example").all()) {
      await example.scrollIntoViewIfNeeded();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const seen = await example.evaluate((e) => {
        const c = e.querySelector("canvas");
        return { css: parseFloat(c.style.width), shown: c.getBoundingClientRect().width, right: c.getBoundingClientRect().right, example: e.getBoundingClientRect().right };
      });
      assert.ok(Math.abs(seen.shown - seen.css) < 0.5, `a canvas laid out at ${seen.css} px is shown at ${seen.shown} px`);
      assert.ok(seen.right <= 375, `a canvas ends at ${seen.right}`);
      assert.ok(seen.example <= 375, `an example ends at ${seen.example}`);
    }
    assert.ok((await pageWidth()) <= 375, `the page is ${await pageWidth()} px wide once scrolled through`);
    const texts = await page.evaluate(() => window.__canvasTexts);
    assert.deepEqual(texts.filter((t) => !/system-ui/.test(t.font)).map((t) => `${t.text}: ${t.font}`), [], "every text in dsviz's font");
    assert.ok(texts.length > 30, "the canvases' texts were recorded");
    assert.deepEqual(texts.filter((t) => t.size < 11.99), [], "texts under 12 px");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("in a 320 px phone viewport the demo page never overflows sideways, at load or scrolled through", async () => {
    const { page, problems, context, pageWidth } = await demoOnPhone(320);
    assert.ok((await pageWidth()) <= 320, `the page is ${await pageWidth()} px wide at load`);
    for (const example of await page.locator(".dsviz-example").all()) {
      await example.scrollIntoViewIfNeeded();
      assert.ok((await example.evaluate((e) => e.getBoundingClientRect().right)) <= 320);
    }
    assert.ok((await pageWidth()) <= 320, `the page is ${await pageWidth()} px wide once scrolled through`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  /** WCAG contrast of two CSS colours "rgb(r, g, b)". */
  function cssContrast(page, pairs) {
    return page.evaluate((pairs) => {
      const rgb = (css) => css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
      const lum = (c) => {
        const [r, g, b] = c.map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      return pairs.map(([selector, fgProp, bgSelector]) => {
        const el = document.querySelector(selector);
        const fg = rgb(getComputedStyle(el)[fgProp]);
        const bg = rgb(getComputedStyle(document.querySelector(bgSelector)).backgroundColor);
        const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
        return { selector, contrast: (a + 0.05) / (b + 0.05) };
      });
    }, pairs);
  }

  for (const how of ["a dark page (data-theme=\"dark\" on <html>)", "a reader who prefers dark"]) {
    it(`on ${how} "auto" examples turn dark, controls and canvas together; every text keeps WCAG AA contrast, measured from pixels`, async () => {
      const dark = how.startsWith("a dark page");
      const head = dark ? '<link rel="stylesheet" href="/hosts/dark-page.css">' : "";
      const body = EXAMPLES + exampleDiv({ "data-dsviz": "queue", "data-values": "7 8", "data-theme": "light", id: "light" });
      let html = notesPage({ body, head });
      if (dark) html = html.replace('<html lang="en">', '<html lang="en" data-theme="dark">');
      const url = server.route(`/notes/dark-${dark ? "page" : "reader"}.html`, html);
      const { page, problems, context } = await openPage(browser, url, { colorScheme: dark ? "light" : "dark", deviceScaleFactor: 2 });
      await page.waitForFunction(() => document.querySelectorAll("canvas").length === 3);
      await recordCanvasTexts(page);
      await page.evaluate(() => {
        window.dsviz.get(document.getElementById("cq")).enqueue("42");
        window.dsviz.get(document.getElementById("st")).push("9");
        window.dsviz.get(document.getElementById("light")).enqueue("5");
      });
      await settled(page);
      const themes = await page.evaluate(() =>
        ["cq", "st", "light"].map((id) => {
          const root = document.querySelector(`#${id} .dsviz-example`);
          const canvas = root.querySelector("canvas");
          return [root.classList.contains("dsviz-dark"), Array.from(canvas.getContext("2d").getImageData(2, 2, 1, 1).data.slice(0, 3))];
        }),
      );
      assert.deepEqual(themes, [[true, [15, 23, 42]], [true, [15, 23, 42]], [false, [255, 255, 255]]], "dark examples have a dark canvas; theme: light stays light");
      const texts = await canvasTextContrasts(page);
      const low = texts.filter((t) => t.contrast < 4.5).map((t) => `${t.text}: ${t.contrast.toFixed(2)} on ${t.background}`);
      assert.ok(texts.some((t) => t.text === "42") && texts.some((t) => t.text === "head") && texts.some((t) => t.text === "0"), "values, pointer labels and indices were measured");
      assert.deepEqual(low, [], "canvas texts under 4.5:1");
      const controls = await cssContrast(page, [
        ["#cq .dsviz-title", "color", "#cq .dsviz-example"],
        ["#cq .dsviz-status", "color", "#cq .dsviz-example"],
        ["#cq label", "color", "#cq .dsviz-example"],
        ["#cq .dsviz-primary", "color", "#cq .dsviz-primary"],
        ["#cq .dsviz-op-dequeue", "color", "#cq .dsviz-op-dequeue"],
        ["#cq select", "color", "#cq select"],
        ["#cq input", "color", "#cq input"],
      ]);
      for (const c of controls) assert.ok(c.contrast >= 4.5, `${c.selector}: ${c.contrast.toFixed(2)}`);
      console.log(`dark theme on ${how}: lowest canvas text contrast ${Math.min(...texts.map((t) => t.contrast)).toFixed(2)}, ` +
        `lowest control contrast ${Math.min(...controls.map((c) => c.contrast)).toFixed(2)}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it("the page switching to dark (Material's palette toggle) switches its auto examples at once", async () => {
    const url = server.route("/notes/toggle.html", notesPage({ body: EXAMPLES }));
    const { page, problems, context } = await openPage(browser, url, { colorScheme: "light" });
    await page.waitForFunction(() => document.querySelectorAll("canvas").length === 2);
    const look = () => page.evaluate(() => [document.querySelector("#cq .dsviz-example").classList.contains("dsviz-dark"), Array.from(document.querySelector("#cq canvas").getContext("2d").getImageData(2, 2, 1, 1).data.slice(0, 3))]);
    assert.deepEqual(await look(), [false, [255, 255, 255]]);
    await page.evaluate(() => document.body.setAttribute("data-md-color-scheme", "slate"));
    await page.waitForFunction(() => document.querySelector("#cq .dsviz-example").classList.contains("dsviz-dark"));
    assert.deepEqual(await look(), [true, [15, 23, 42]]);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.evaluate(() => document.body.setAttribute("data-md-color-scheme", "default")); // the page says light: it wins
    await page.waitForFunction(() => !document.querySelector("#cq .dsviz-example").classList.contains("dsviz-dark"));
    assert.deepEqual(await look(), [false, [255, 255, 255]]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("printed notes: controls left out, title, canvas and narration kept; no more pages than the notes alone plus one; canvases at 2x while printing", async () => {
    const para = `<p>${"A queue is first in, first out: enqueue at the rear, dequeue at the front. ".repeat(6)}</p>`;
    const body = [
      para,
      exampleDiv({ "data-dsviz": "stack", "data-values": "3 1 4", id: "p1" }),
      para,
      exampleDiv({ "data-dsviz": "queue", "data-values": "3 1 4", id: "p2" }),
      para,
      exampleDiv({ "data-dsviz": "cyclic-queue", "data-values": "3 1 4 1 5", id: "p3" }),
      para,
    ].join("\n");
    const pageCount = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    const without = await openPage(browser, server.route("/print/without.html", notesPage({ body, bundle: "" })));
    const plainPages = pageCount(await without.page.pdf({ format: "A4" }));
    await without.context.close();

    const { page, problems, context } = await openPage(browser, server.route("/print/with.html", notesPage({ body })), { deviceScaleFactor: 1 });
    await page.waitForFunction(() => document.querySelectorAll("canvas").length === 3);
    await page.evaluate(() => window.dsviz.get(document.getElementById("p2")).dequeue()); // something to narrate
    await settled(page);
    const backing = () => page.evaluate(() => Array.from(document.querySelectorAll("canvas")).map((c) => c.width / parseFloat(c.style.width)));
    assert.deepEqual(await backing(), [1, 1, 1]);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    for (const ratio of await backing()) assert.ok(ratio >= 2, `backing store ${ratio}x the CSS size while printing`);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    assert.deepEqual(await backing(), [1, 1, 1], "restored after printing");

    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() =>
      ["p1", "p2", "p3"].map((id) => {
        const root = document.getElementById(id);
        const visible = (sel) => Array.from(root.querySelectorAll(sel)).some((el) => el.getBoundingClientRect().height > 0);
        return { controls: visible("input, button, select"), title: visible(".dsviz-title"), canvas: visible("canvas"), status: visible(".dsviz-status") };
      }),
    );
    assert.deepEqual(shown.map((s) => s.controls), [false, false, false], "no Value box, button or select is printed");
    assert.ok(shown.every((s) => s.title && s.canvas), "titles and canvases are printed");
    assert.equal(shown[1].status, true, "the narration is printed");
    await page.emulateMedia({ media: null }); // back to no emulation: page.pdf() prints with print media
    const printedPages = pageCount(await page.pdf({ format: "A4" }));
    console.log(`printed notes: ${printedPages} A4 pages with dsviz, ${plainPages} without`);
    assert.ok(printedPages <= plainPages + 1, `${printedPages} pages with dsviz, ${plainPages} without`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
