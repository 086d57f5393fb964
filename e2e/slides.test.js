// dsviz in a real reveal.js deck (reveal.js from npm): examples on slides that start
// hidden, keys pressed on dsviz controls, examples that fit a slide, and canvases that
// stay crisp when reveal scales the slides with a CSS transform.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const { useServerAndBrowser, openPage } = require("./support");
const { revealDeck, routeHostAssets } = require("./host-pages");
const { recordCanvasTexts } = require("./canvas");

const SLIDES = [
  '<h3>Stack</h3><div data-dsviz="stack" id="s1" data-values="3 1 4"></div>',
  '<h3>Queue</h3><div data-dsviz="queue" id="s2" data-values="4 1 5"></div>',
  '<h3>Cyclic queue</h3><div data-dsviz="cyclic-queue" id="s3" data-values="3 1 4 1 5"></div>',
  '<h3>Cyclic queue as a row</h3><div data-dsviz="cyclic-queue" id="s4" data-view="row" data-values="9 2"></div>',
];

describe("reveal.js slides", () => {
  let server, browser, url;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
    routeHostAssets(server);
    url = server.route("/slides/deck.html", revealDeck(SLIDES));
  });

  async function openDeck(viewport) {
    const opened = await openPage(browser, url, { viewport });
    await opened.page.waitForFunction(() => window.Reveal && Reveal.isReady() && document.querySelectorAll("canvas").length === 4);
    return opened;
  }

  /** Shows slide `h` and reads what its example looks like on screen. */
  async function showSlide(page, h) {
    await page.evaluate((h) => Reveal.slide(h), h);
    await page.waitForFunction((h) => Reveal.getIndices().h === h, h);
    await page.waitForTimeout(100); // one ResizeObserver round and a frame
    return page.evaluate((h) => {
      const example = document.querySelector(`#s${h} .dsviz-example`);
      const canvas = example.querySelector("canvas");
      const shown = canvas.getBoundingClientRect();
      const slides = document.querySelector(".reveal .slides").getBoundingClientRect();
      return {
        backing: { w: canvas.width, h: canvas.height },
        shown: { w: shown.width * devicePixelRatio, h: shown.height * devicePixelRatio },
        cssHeight: example.offsetHeight, // before reveal's scaling
        bottom: example.getBoundingClientRect().bottom,
        slideBottom: slides.bottom,
        scale: Reveal.getScale(),
      };
    }, h);
  }

  for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    it(`at ${viewport.width}x${viewport.height} every example mounts on its hidden slide, then fits the slide and is crisp when shown`, async () => {
      const { page, problems, context } = await openDeck(viewport);
      const hidden = await page.evaluate(() => Array.from(document.querySelectorAll("[data-dsviz]")).map((el) => el.getBoundingClientRect().width === 0 || !!el.closest("[hidden], .future")));
      assert.ok(hidden.every(Boolean), "the examples start on slides reveal hides");
      for (let h = 1; h <= 4; h++) {
        const seen = await showSlide(page, h);
        console.log(`reveal ${viewport.width}x${viewport.height}, slide ${h}: scale ${seen.scale.toFixed(2)}, ` +
          `backing ${seen.backing.w}x${seen.backing.h} for ${seen.shown.w.toFixed(0)}x${seen.shown.h.toFixed(0)} device px, example ${seen.cssHeight} CSS px tall`);
        assert.ok(Math.abs(seen.backing.w / seen.shown.w - 1) <= 0.02, `slide ${h}: backing ${seen.backing.w} for ${seen.shown.w} device px`);
        assert.ok(Math.abs(seen.backing.h / seen.shown.h - 1) <= 0.02, `slide ${h}: backing height ${seen.backing.h} for ${seen.shown.h}`);
        assert.ok(seen.cssHeight <= 600, `slide ${h}: the example is ${seen.cssHeight} px tall`);
        assert.ok(seen.bottom <= seen.slideBottom, `slide ${h}: the example ends at ${seen.bottom}, below the slide (${seen.slideBottom})`);
      }
      if (viewport.width === 1920) {
        const seen = await showSlide(page, 3);
        assert.ok(seen.scale > 1.4, "reveal scales the slides up at 1920x1080");
        assert.ok(seen.backing.w > 1.4 * (await page.evaluate(() => parseFloat(document.querySelector("#s3 canvas").style.width))), "the backing store grew with the scale");
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it("Space and Enter on a dsviz button and arrows on its View select act on the example, not the deck; other keys still drive the deck", async () => {
    const { page, problems, context } = await openDeck({ width: 1280, height: 720 });
    const slide = () => page.evaluate(() => Reveal.getIndices().h);
    const items = (id) => page.evaluate((id) => window.dsviz.get(document.getElementById(id)).state().items, id);

    await showSlide(page, 1);
    const push = page.locator("#s1").getByRole("button", { name: "Push", exact: true });
    await page.locator("#s1").getByLabel("Value", { exact: true }).fill("7");
    await push.focus();
    await page.keyboard.press("Space");
    assert.deepEqual(await items("s1"), ["3", "1", "4", "7"], "Space pressed Push");
    await page.keyboard.press("Enter");
    assert.equal((await items("s1")).length, 5, "Enter pressed Push");
    assert.equal(await slide(), 1, "the deck stayed on the slide");

    // Typing in the Value box, including letters reveal binds (f, o, b, s, ?), stays in the box.
    await page.locator("#s1").getByLabel("Value", { exact: true }).focus();
    await page.keyboard.type("fobs");
    assert.equal(await page.locator("#s1").getByLabel("Value", { exact: true }).inputValue(), "fobs");
    assert.equal(await page.evaluate(() => Reveal.isOverview() || Reveal.isPaused()), false);

    await showSlide(page, 3);
    const view = page.locator("#s3").getByLabel("View", { exact: true });
    await view.focus();
    await page.keyboard.press("ArrowDown");
    assert.equal(await view.inputValue(), "row", "ArrowDown chose Row");
    await page.keyboard.press("ArrowUp");
    assert.equal(await view.inputValue(), "ring", "ArrowUp chose Ring");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowLeft");
    assert.equal(await slide(), 3, "arrows on the select never changed the slide");

    // Keys the example does not use still reach reveal: from the canvas, and from the frame.
    await page.locator("#s3 canvas").click();
    await page.keyboard.press("ArrowRight");
    assert.equal(await slide(), 4, "ArrowRight on the canvas went to the next slide");
    await page.locator("#s4 .dsviz-title").click();
    await page.keyboard.press("PageUp");
    assert.equal(await slide(), 3, "PageUp on the example's frame went back");
    // A key no dsviz control uses reaches reveal even from a button: Escape opens the overview.
    await page.locator("#s3").getByRole("button", { name: "Dequeue", exact: true }).focus();
    await page.keyboard.press("Escape");
    assert.equal(await page.evaluate(() => Reveal.isOverview()), true, "Escape on a button reached reveal");
    await page.evaluate(() => Reveal.toggleOverview(false));
    assert.deepEqual(problems, []);
    await context.close();
  });

  describe("presenter mode in a deck of 1280x720 slides", () => {
    const EIGHT = 'data-capacity="8" data-presenter';
    const PRESENTER_SLIDES = [
      `<h3>Stack</h3><div data-dsviz="stack" id="p1" ${EIGHT} data-values="3 1 4 1 5 9 2 6"></div>`,
      `<h3>Queue</h3><div data-dsviz="queue" id="p2" ${EIGHT} data-values="4 1 5 9 2 6 5 3"></div>`,
      `<h3>Cyclic queue</h3><div data-dsviz="cyclic-queue" id="p3" ${EIGHT} data-values="3 1 4 1 5 9 2"></div>`,
      `<h3>Cyclic queue as a row</h3><div data-dsviz="cyclic-queue" id="p4" ${EIGHT} data-view="row" data-values="3 1 4 1 5 9 2"></div>`,
      `<h3>Where will tail go?</h3><div data-dsviz="cyclic-queue" id="p5" ${EIGHT} data-values="3 1 4 1 5 9 2" data-script="ask tail; enqueue 6"></div>`,
      `<h3>What comes out?</h3><div data-dsviz="queue" id="p6" ${EIGHT} data-values="4 1 5 9 2 6 5 3" data-script="ask value; dequeue"></div>`,
      // The same example without presenter, to compare.
      `<h3>Plain</h3><div data-dsviz="stack" id="p7" data-capacity="8" data-values="3 1 4 1 5 9 2 6"></div>`,
    ];
    const VALUES = new Set("3 1 4 5 9 2 6".split(" "));

    it("values are at least 28 px, labels 24 px and controls 18-20 px, and every example (a question open too) fits its slide under a heading", async () => {
      const deck = server.route("/slides/presenter.html", revealDeck(PRESENTER_SLIDES, { init: "/hosts/reveal-init-1280.js" }));
      const { page, problems, context } = await openPage(browser, deck, { viewport: { width: 1280, height: 720 } });
      await page.waitForFunction(() => window.Reveal && Reveal.isReady() && document.querySelectorAll("canvas").length === 7);
      await recordCanvasTexts(page);
      for (let h = 1; h <= 7; h++) {
        await page.evaluate((h) => Reveal.slide(h), h);
        await page.waitForFunction((h) => Reveal.getIndices().h === h, h);
        const next = page.locator(`#p${h}`).getByRole("button", { name: "Next", exact: true });
        if (await next.count()) await next.click(); // the question opens
        await page.evaluate((h) => window.dsviz.get(document.getElementById(`p${h}`)).peek(), h); // a redraw to record
        await page.waitForTimeout(1200);
        const seen = await page.evaluate((h) => {
          const scale = Reveal.getScale();
          const slide = document.querySelector(".reveal .slides").getBoundingClientRect();
          const example = document.querySelector(`#p${h} .dsviz-example`);
          const box = example.getBoundingClientRect();
          const canvas = example.querySelector("canvas");
          const texts = window.__canvasTexts.filter((t) => t.canvas === canvas.id);
          const last = Math.max(...texts.map((t) => t.frame));
          const controls = Array.from(example.querySelectorAll("button, select, input")).filter((c) => c.offsetParent);
          return {
            // In the slide's own CSS px: reveal scales the whole slide.
            top: (box.top - slide.top) / scale,
            bottom: (box.bottom - slide.top) / scale,
            right: (box.right - slide.left) / scale,
            texts: texts.filter((t) => t.frame === last).map((t) => ({ text: t.text, bold: /bold|700/.test(t.font), size: t.size / scale })),
            controlFont: Math.min(...controls.map((c) => parseFloat(getComputedStyle(c).fontSize))),
            question: !!example.querySelector(".dsviz-question:not([hidden])"),
          };
        }, h);
        const values = seen.texts.filter((t) => VALUES.has(t.text) && t.bold); // not the slot numbers
        const labels = seen.texts.filter((t) => /^(top|front|rear|head|tail)$/.test(t.text));
        const smallest = (list) => Math.min(...list.map((t) => t.size));
        console.log(`presenter slide ${h}: values ${smallest(values).toFixed(1)} px, labels ${smallest(labels).toFixed(1)} px, controls ${seen.controlFont} px, example ${seen.top.toFixed(0)}–${seen.bottom.toFixed(0)} of 720`);
        assert.ok(values.length >= 7 && labels.length >= 1, `slide ${h}: the picture was recorded`);
        if (h === 7) {
          assert.ok(smallest(values) < 28 && seen.controlFont < 16, "without presenter everything is smaller");
          continue;
        }
        assert.ok(smallest(values) >= 28, `slide ${h}: values ${smallest(values)} px`);
        assert.ok(smallest(labels) >= 24, `slide ${h}: pointer labels ${smallest(labels)} px`);
        assert.ok(seen.controlFont >= 17.9, `slide ${h}: controls ${seen.controlFont} px (the small ones; most are 20 px)`);
        assert.ok(seen.top >= 60, `slide ${h}: under the slide's heading`);
        assert.ok(seen.bottom <= 720 && seen.right <= 1280, `slide ${h}: the example ends at ${seen.bottom.toFixed(0)} x ${seen.right.toFixed(0)}`);
        if (h >= 5) assert.equal(seen.question, true, `slide ${h}: the question is open`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
});
