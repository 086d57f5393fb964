// Lessons on the demo page, played as a teacher and a class would: Next and Back by mouse
// and by keyboard alone, questions answered right and wrong or revealed, the lesson left
// and resumed; Save image decoded pixel by pixel; a script with a typo shown in place.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const { useServerAndBrowser, openPage, openDemoPage } = require("./support");
const { settle, fastest, decodePNG } = require("./canvas");
const { notesPage } = require("./notes");

const STACK = "#stack-script";
const CYCLIC = "#cyclic-queue-script";

describe("lessons", () => {
  let server, browser;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
  });

  const openDemo = (options = { reducedMotion: "reduce" }) => openDemoPage(browser, server, options);
  const button = (page, sel, name) => page.locator(sel).getByRole("button", { name, exact: true });
  const counter = (page, sel) => page.locator(`${sel} .dsviz-lesson-count`).textContent();
  const status = (page, sel) => page.locator(`${sel} .dsviz-status`).textContent();
  const stateOf = (page, sel) => page.evaluate((s) => window.dsviz.get(document.querySelector(s + " [data-dsviz]")).state(), sel);
  /** Presses Next (or Back) and waits for the step to play out. */
  async function press(page, sel, name) {
    await button(page, sel, name).click();
    await settle(page);
  }

  it("Next plays each step of the stack lesson and Back restores the exact state before it; the counter says k / N", async () => {
    const { page, problems, context } = await openDemo();
    await fastest(page, STACK);
    assert.equal(await counter(page, STACK), "0 / 9");
    assert.equal(await page.locator(`${STACK} .dsviz-lesson-upcoming`).textContent(), "Next: a remark");
    const states = [await stateOf(page, STACK)];
    await press(page, STACK, "Next");
    assert.equal(await status(page, STACK), "The stack holds 3 and 1, and top is slot 1", "say shows the teacher's sentence");
    states.push(await stateOf(page, STACK));
    await press(page, STACK, "Next");
    assert.equal(await counter(page, STACK), "2 / 9");
    assert.match(await status(page, STACK), /^Pushed 4\./, "an operation plays through the teaching engine and says its result");
    assert.equal(await page.locator(`${STACK} .dsviz-code-title`).textContent(), "push, in Pseudocode", "with its code");
    states.push(await stateOf(page, STACK));
    assert.deepEqual(states[2].items, ["3", "1", "4"]);
    // Back twice: each time exactly the state before the step.
    await press(page, STACK, "Back");
    assert.equal(await counter(page, STACK), "1 / 9");
    assert.deepEqual(await stateOf(page, STACK), states[1]);
    assert.match(await status(page, STACK), /^Back to step 1 of 9: undid push 4\./);
    await press(page, STACK, "Back");
    assert.deepEqual(await stateOf(page, STACK), states[0]);
    assert.equal(await button(page, STACK, "Back").getAttribute("aria-disabled"), "true", "nothing before the start");
    // Through the question: a wrong answer is marked and explained; then Show answer on the next.
    for (let i = 0; i < 4; i++) await press(page, STACK, "Next");
    assert.equal(await counter(page, STACK), "4 / 9");
    assert.equal(await page.locator(`${STACK} .dsviz-question-prompt`).textContent(), "Where will top point after push 1?");
    const answers = await page.locator(`${STACK} .dsviz-answer`).evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label")));
    assert.deepEqual(answers, ["−1", "0", "1", "2", "3", "4", "5"], "every slot number, and −1 for empty");
    assert.deepEqual((await stateOf(page, STACK)).items, ["3", "1", "4"], "asking changes nothing");
    await button(page, STACK, "2").click();
    assert.equal(await status(page, STACK), "Wrong: not 2. top = 2 + 1 = 3.");
    assert.equal(await button(page, STACK, "2").getAttribute("class").then((c) => /dsviz-wrong/.test(c)), true);
    assert.equal(await button(page, STACK, "3").getAttribute("aria-description"), "the right answer");
    await button(page, STACK, "3").click({ force: true }); // aria-disabled, yet pressed: one answer only
    assert.equal(await status(page, STACK), "Wrong: not 2. top = 2 + 1 = 3.");
    await press(page, STACK, "Next");
    assert.deepEqual((await stateOf(page, STACK)).items, ["3", "1", "4", "1"], "the following Next performs the operation");
    assert.equal(await page.locator(`${STACK} .dsviz-question`).isHidden(), true);
    await press(page, STACK, "Next");
    assert.equal(await page.locator(`${STACK} .dsviz-question-prompt`).textContent(), "What will pop return?");
    await button(page, STACK, "Show answer").click();
    assert.match(await status(page, STACK), /^Answer: 1\. pop returns 1/);
    for (let i = 0; i < 3; i++) await press(page, STACK, "Next");
    assert.equal(await counter(page, STACK), "9 / 9");
    assert.deepEqual((await stateOf(page, STACK)).items, ["3", "1"]);
    assert.equal(await page.locator(`${STACK} .dsviz-lesson-upcoming`).textContent(), "The end.");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("the free buttons pause the lesson with a note; Next puts the stack back as the lesson left it", async () => {
    const { page, problems, context } = await openDemo();
    await press(page, STACK, "Next");
    await press(page, STACK, "Next");
    const lessonState = await stateOf(page, STACK);
    await button(page, STACK, "Pop").click();
    await settle(page);
    assert.equal(await page.locator(`${STACK} .dsviz-lesson-note`).textContent(), "Lesson paused: you changed the stack. Next puts it back as step 2 left it.");
    assert.equal(await button(page, STACK, "Next").getAttribute("aria-describedby"), await page.locator(`${STACK} .dsviz-lesson-note`).getAttribute("id"));
    await press(page, STACK, "Next");
    assert.deepEqual(await stateOf(page, STACK), lessonState);
    assert.equal(await counter(page, STACK), "2 / 9");
    assert.equal(await page.locator(`${STACK} .dsviz-lesson-note`).isHidden(), true);
    await press(page, STACK, "Next");
    assert.equal(await counter(page, STACK), "3 / 9", "and the lesson goes on");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("by keyboard alone: Tab to Next, Enter through the cyclic queue lesson, answer where tail goes, Back to before the wrap", async () => {
    const { page, problems, context } = await openDemo();
    const active = () => page.evaluate(() => {
      const el = document.activeElement;
      const section = el && el.closest("section");
      return `${section ? section.id : ""} ${el ? el.textContent : ""}`;
    });
    let presses = 0;
    while ((await active()) !== "cyclic-queue-script Next" && presses++ < 300) await page.keyboard.press("Tab");
    assert.equal(await active(), "cyclic-queue-script Next", "Next is reachable with Tab");
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("Enter");
      await settle(page);
    }
    assert.equal(await counter(page, CYCLIC), "4 / 10");
    const beforeWrap = await stateOf(page, CYCLIC);
    assert.equal(beforeWrap.tail, 7);
    await page.keyboard.press("Space");
    assert.equal(await page.locator(`${CYCLIC} .dsviz-question-prompt`).textContent(), "Where will tail point after enqueue 6?");
    assert.equal(await active(), "cyclic-queue-script Next", "focus stays on Next");
    // The answers follow Next in the tab order: "0" first.
    await page.keyboard.press("Tab");
    assert.equal(await active(), "cyclic-queue-script 0");
    await page.keyboard.press("Space");
    assert.equal(await status(page, CYCLIC), "Right: tail = (7 + 1) mod 8 = 0: tail wraps to slot 0.");
    await page.keyboard.press("Shift+Tab");
    assert.equal(await active(), "cyclic-queue-script Next");
    await page.keyboard.press("Enter");
    await settle(page);
    const wrapped = await stateOf(page, CYCLIC);
    assert.equal(wrapped.tail, 0);
    assert.deepEqual(wrapped.slots, ["3", "1", "4", "1", "5", "9", "2", "6"]);
    assert.equal(await active(), "cyclic-queue-script Next", "focus moved to Next as the question closed");
    await page.keyboard.press("Shift+Tab");
    assert.equal(await active(), "cyclic-queue-script Back");
    await page.keyboard.press("Enter");
    await settle(page);
    assert.deepEqual(await stateOf(page, CYCLIC), beforeWrap, "Back undoes the wrap exactly");
    assert.equal(await counter(page, CYCLIC), "5 / 10");
    assert.equal(await page.locator(`${CYCLIC} .dsviz-question-prompt`).textContent(), "Where will tail point after enqueue 6?", "the question is asked again");
    assert.equal(await page.locator(`${CYCLIC} .dsviz-answer.dsviz-right`).count(), 0, "unanswered");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("Save image downloads dsviz-cyclic-queue.png at twice the canvas's size, with its title and pointer labels", async () => {
    const { page, problems, context } = await openDemo({ reducedMotion: "reduce", deviceScaleFactor: 1, acceptDownloads: true });
    const cyclic = "#cyclic-queue-lesson";
    const canvas = await page.locator(`${cyclic} canvas`).evaluate((c) => ({ w: c.getBoundingClientRect().width, h: c.getBoundingClientRect().height }));
    // Where the save draws "head" and "tail" (backing-store pixels at 2x: the image's canvas part).
    await page.evaluate(() => {
      window.__labels = [];
      const real = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
        if (text === "head" || text === "tail") {
          const m = this.measureText(text);
          const t = this.getTransform();
          window.__labels.push({ text, width: this.canvas.width, left: t.a * (x - m.actualBoundingBoxLeft) + t.e, right: t.a * (x + m.actualBoundingBoxRight) + t.e, top: t.d * (y - m.actualBoundingBoxAscent) + t.f, bottom: t.d * (y + m.actualBoundingBoxDescent) + t.f });
        }
        return real.call(this, text, x, y, ...rest);
      };
    });
    const [download] = await Promise.all([page.waitForEvent("download"), button(page, cyclic, "Save image").click()]);
    assert.equal(download.suggestedFilename(), "dsviz-cyclic-queue.png");
    assert.equal(await status(page, cyclic), "Saved the picture as dsviz-cyclic-queue.png.");
    const bytes = fs.readFileSync(await download.path());
    assert.deepEqual([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(""), "PNG");
    const saved = (await page.evaluate(() => window.__labels)).filter((l) => l.width >= 2 * canvas.w - 1);
    assert.deepEqual(saved.map((l) => l.text).sort(), ["head", "tail"], "the save drew both pointer labels at 2x");
    const png = await decodePNG(page, bytes, []);
    const pad = (png.width - 2 * canvas.w) / 2; // the picture sits pad from the left, right and bottom
    const top = png.height - pad - 2 * canvas.h;
    const place = (l) => ({ left: l.left + pad, right: l.right + pad, top: l.top + top, bottom: l.bottom + top });
    const head = saved.find((l) => l.text === "head");
    const tail = saved.find((l) => l.text === "tail");
    const title = { left: 0, right: png.width, top: 0, bottom: top };
    const found = await decodePNG(page, bytes, [
      { box: place(head), rgb: [0x04, 0x78, 0x57] },
      { box: place(tail), rgb: [0xb9, 0x1c, 0x1c] },
      { box: title, rgb: [0x0f, 0x17, 0x2a] },
    ]);
    assert.ok(found.width >= 2 * canvas.w, `${found.width} px wide for a canvas ${canvas.w} px wide`);
    assert.ok(found.height >= 2 * canvas.h);
    assert.ok(found.colours > 20, `not blank: ${found.colours} colours`);
    assert.equal(found.corner, "#ffffff", "on the example's light background");
    assert.ok(found.counts[0] > 30, `head label pixels: ${found.counts[0]}`);
    assert.ok(found.counts[1] > 30, `tail label pixels: ${found.counts[1]}`);
    assert.ok(found.counts[2] > 100, `title pixels: ${found.counts[2]}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("handle.toPNG() of a dark example is a data:image/png URL on the dark background", async () => {
    const { page, problems, context } = await openDemo({ reducedMotion: "reduce", colorScheme: "dark", deviceScaleFactor: 1 });
    const url = await page.evaluate(() => window.dsviz.get(document.querySelector("#stack-lesson [data-dsviz]")).toPNG());
    assert.match(url, /^data:image\/png;base64,/);
    const canvasWidth = await page.locator("#stack-lesson canvas").evaluate((c) => c.getBoundingClientRect().width);
    const png = await decodePNG(page, Buffer.from(url.split(",")[1], "base64"), []);
    assert.equal(png.corner, "#0f172a");
    assert.ok(png.width >= 2 * canvasWidth);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("a script with a typo is shown in place of the example, naming the step; the rest of the page works", async () => {
    const body =
      '<div id="bad" data-dsviz="queue" data-script="enqueue 1; enqueue 2; enqeue 5"><p>A queue lesson.</p></div>' +
      '<div id="over" data-dsviz="stack" data-capacity="2" data-script="push 1; push 2; push 3"></div>' +
      '<div id="good" data-dsviz="stack" data-script="push 1"></div>';
    const { page, problems, context } = await openPage(browser, server.route("/lessons/typo.html", notesPage({ body })));
    await page.waitForFunction(() => document.querySelectorAll("canvas").length === 1);
    assert.equal(
      await page.locator("#bad .dsviz-error").textContent(),
      'This example could not be shown. Step 3 ("enqeue 5"): unknown command "enqeue"; use enqueue, dequeue, peek, clear, say, ask.',
    );
    assert.match(await page.locator("#over .dsviz-error").textContent(), /^This example could not be shown\. Step 3 \("push 3"\): push would overflow here\./);
    assert.equal(await page.locator("#bad canvas").count(), 0);
    await page.locator("#good").getByRole("button", { name: "Next", exact: true }).click();
    assert.equal(await page.locator("#good .dsviz-lesson-count").textContent(), "1 / 1");
    assert.equal(problems.length, 2, "each refusal is reported once on the console");
    await context.close();
  });
});
