// Practice mode, done by a student: tasks completed by mouse, by touch (taps on the
// picture) and by keyboard alone; a wrong answer gets the sentence naming its mistake;
// Show answer and New task; the score and on("answer"); axe-core with practice on the page.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const { useServerAndBrowser, openPage } = require("./support");
const { recordCanvasTexts, settle } = require("./canvas");
const { notesPage } = require("./notes");

const BODY =
  "<main>" +
  '<div id="cq" data-dsviz="cyclic-queue" data-mode="practice" data-seed="3"></div>' +
  '<div id="st" data-dsviz="stack" data-mode="practice" data-seed="5" data-capacity="6"></div>' +
  '<div id="qu" data-dsviz="queue" data-mode="practice" data-seed="1" data-capacity="6"></div>' +
  "</main>";

describe("practice mode", () => {
  let server, browser, url;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
    url = server.route("/practice/page.html", notesPage({ body: BODY }));
  });

  async function open(options = { reducedMotion: "reduce" }) {
    const opened = await openPage(browser, url, options);
    await opened.page.waitForFunction(() => document.querySelectorAll("canvas").length === 3);
    await opened.page.evaluate(() => {
      window.__answers = [];
      for (const id of ["cq", "st", "qu"]) window.dsviz.get(document.getElementById(id)).on("answer", (a) => window.__answers.push({ id, ...a }));
    });
    return opened;
  }
  const button = (page, sel, name) => page.locator(sel).getByRole("button", { name, exact: true });
  const task = (page, sel) => page.locator(`${sel} .dsviz-task`).textContent();
  const status = (page, sel) => page.locator(`${sel} .dsviz-status`).textContent();
  const score = (page, sel) => page.locator(`${sel} .dsviz-score`).textContent();
  const stateOf = (page, sel) => page.evaluate((s) => window.dsviz.get(document.querySelector(s)).state(), sel);
  const pointer = (page, sel, name) => page.locator(sel).getByLabel(name, { exact: true });

  /** Presses New task until the task matches `pattern` and `fits(state)`; returns the task's sentence. */
  async function taskLike(page, sel, pattern, fits = () => true) {
    for (let i = 0; i < 40; i++) {
      const sentence = await task(page, sel);
      if (pattern.test(sentence) && fits(await stateOf(page, sel))) return sentence;
      await button(page, sel, "New task").click();
    }
    throw new Error(`no task like ${pattern} in 40 draws`);
  }

  it("by mouse: a wrong enqueue names its mistake; the fix (tail dragged on the picture) is right but not scored again; Show answer and New task", async () => {
    const { page, problems, context } = await open();
    const sentence = await taskLike(page, "#cq", /^Your task: Enqueue \d+\.$/, (s) => s.items.length > 0 && s.items.length < s.capacity);
    const value = sentence.match(/\d+/)[0];
    const start = await stateOf(page, "#cq");
    const next = (start.tail + 1) % start.capacity;
    await button(page, "#cq", `Slot ${start.tail}`).click();
    assert.equal(await status(page, "#cq"), `Put ${value} in slot ${start.tail}.`);
    await button(page, "#cq", "Check").click();
    assert.equal(
      await status(page, "#cq"),
      `Not yet. tail still points at slot ${start.tail}: after the enqueue it moves to slot ${next}. size should be ${start.items.length + 1}, not ${start.items.length}: an enqueue adds one.`,
    );
    assert.equal(await score(page, "#cq"), "0 of 1 correct");
    // size by its select; tail by dragging its arrow on the picture to slot `next`.
    await recordCanvasTexts(page);
    await pointer(page, "#cq", "size").selectOption(String(start.items.length + 1));
    await settle(page);
    const [from, to] = await page.evaluate((texts) => {
      const canvas = document.querySelector("#cq canvas");
      const r = canvas.getBoundingClientRect();
      const k = r.width / canvas.width;
      const drawn = window.__canvasTexts.filter((t) => t.canvas === canvas.id);
      const last = Math.max(...drawn.map((t) => t.frame));
      return texts.map((text) => {
        const t = drawn.filter((d) => d.frame === last && d.text === text).pop();
        return { x: r.left + ((t.box.left + t.box.right) / 2) * k, y: r.top + ((t.box.top + t.box.bottom) / 2) * k };
      });
    }, ["tail", String(next)]);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    assert.equal(await status(page, "#cq"), `tail is now ${next}.`, "the dragged arrow points at the slot it was dropped on");
    assert.equal(await pointer(page, "#cq", "tail").inputValue(), String(next), "and its select says so");
    const picture = await stateOf(page, "#cq");
    assert.equal(picture.tail, next, "state() is the student's picture");
    assert.deepEqual(picture.pointers, { head: start.head, tail: next, size: start.items.length + 1 });
    assert.equal(picture.slots[start.tail], value);
    await button(page, "#cq", "Check").click();
    assert.equal(await status(page, "#cq"), `Right: this is the cyclic queue after enqueue ${value}.`);
    assert.equal(await score(page, "#cq"), "0 of 1 correct", "a second Check of a task is not scored");
    const answers = await page.evaluate(() => window.__answers);
    assert.deepEqual(answers.map((a) => [a.correct, a.scored, a.mistakes.map((m) => m.id).join(" ")]), [[false, true, "forgot-pointer wrong-size"], [true, false, ""]]);
    assert.equal(answers[0].task, `Enqueue ${value}.`);
    // Show answer plays the trace; a Check after it is right and not scored.
    await button(page, "#cq", "New task").click();
    await button(page, "#cq", "Show answer").click();
    await settle(page);
    await button(page, "#cq", "Check").click();
    assert.match(await status(page, "#cq"), /^Right: .*\(Shown, so not scored\.\)$/);
    assert.equal(await score(page, "#cq"), "0 of 1 correct");
    await button(page, "#cq", "New task").click();
    assert.match(await status(page, "#cq"), /^New task: (Enqueue \d+|Dequeue)\.$/);
    // The API does not move behind the student's back.
    assert.match(await page.evaluate(() => window.dsviz.get(document.getElementById("cq")).enqueue("5").message), /practice mode/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("by touch: tap the front value on the picture, Remove, move head, Check: right, and scored", async () => {
    const { page, problems, context } = await open({ reducedMotion: "reduce", hasTouch: true, isMobile: false });
    await taskLike(page, "#cq", /^Your task: Dequeue\.$/, (s) => s.items.length > 1);
    const start = await stateOf(page, "#cq");
    const front = start.slots[start.head];
    // Where the picture draws the front value: record a redraw (Reset of a fresh task redraws nothing, so undo a move).
    await recordCanvasTexts(page);
    await button(page, "#cq", `Slot ${start.head}`).click();
    await button(page, "#cq", "Undo").click();
    await settle(page);
    const where = await page.evaluate((front) => {
      const canvas = document.querySelector("#cq canvas");
      const t = window.__canvasTexts.filter((x) => x.canvas === canvas.id && x.text === front).pop();
      const r = canvas.getBoundingClientRect();
      const k = r.width / canvas.width;
      return { x: r.left + ((t.box.left + t.box.right) / 2) * k, y: r.top + ((t.box.top + t.box.bottom) / 2) * k };
    }, front);
    await page.touchscreen.tap(where.x, where.y);
    assert.equal(await page.locator("#cq .dsviz-hand").textContent(), `In hand: ${front}`);
    await button(page, "#cq", "Remove").tap();
    assert.equal(await page.locator("#cq .dsviz-hand").textContent(), `Removed: ${front}`);
    await pointer(page, "#cq", "head").selectOption(String((start.head + 1) % start.capacity));
    await pointer(page, "#cq", "size").selectOption(String(start.items.length - 1));
    await button(page, "#cq", "Check").tap();
    assert.equal(await status(page, "#cq"), "Right: this is the cyclic queue after dequeue.");
    assert.equal(await score(page, "#cq"), "1 of 1 correct");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("by keyboard alone: Tab in, arrows along the slots, Enter to write, a wrong Check, Ctrl+Z, the top select, Check; Show answer and New task", async () => {
    const { page, problems, context } = await open();
    await taskLike(page, "#st", /^Your task: Push \d+\.$/, (s) => s.items.length > 0 && s.items.length < s.capacity);
    const start = await stateOf(page, "#st");
    const n = start.items.length;
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      const name = el.tagName === "SELECT" ? `select ${el.labels[0].textContent}` : el.getAttribute("aria-label") || el.textContent;
      return `${el.closest("[data-dsviz]") ? el.closest("[data-dsviz]").id : ""} ${name}`;
    });
    /** Presses Tab until `want` has focus (at most 80 times). */
    const tabTo = async (want) => {
      for (let i = 0; i < 80 && (await focused()) !== want; i++) await page.keyboard.press("Tab");
      assert.equal(await focused(), want);
    };
    await tabTo("st Slot 0");
    for (let i = 0; i < n; i++) await page.keyboard.press("ArrowRight");
    assert.equal(await focused(), `st Slot ${n}`);
    await page.keyboard.press("Enter");
    assert.match(await status(page, "#st"), new RegExp(`^Put \\d+ in slot ${n}\\.$`));
    await page.keyboard.press("ArrowLeft"); // a slip: take the value below back out
    await page.keyboard.press("Enter");
    assert.match(await page.locator("#st .dsviz-hand").textContent(), /^In hand: /);
    await page.keyboard.press("Control+z");
    assert.equal(await page.locator("#st .dsviz-hand").textContent(), "Nothing in hand", "Ctrl+Z undid the student's move");
    // Check too soon: the sentence names the pointer left behind.
    await tabTo("st Check");
    await page.keyboard.press("Enter");
    assert.equal(await status(page, "#st"), `Not yet. top still points at slot ${n - 1}: after the push it moves to slot ${n}.`);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    assert.equal(await focused(), "st select top", "the top select, before Undo and Reset");
    await page.keyboard.press("ArrowDown");
    assert.equal(await pointer(page, "#st", "top").inputValue(), String(n));
    await tabTo("st Check");
    await page.keyboard.press("Enter");
    assert.match(await status(page, "#st"), /^Right: this is the stack after push \d+\.$/);
    assert.equal(await score(page, "#st"), "0 of 1 correct", "the first Check was the scored one");
    await page.keyboard.press("Tab");
    assert.equal(await focused(), "st Show answer");
    await page.keyboard.press("Tab");
    assert.equal(await focused(), "st New task");
    await page.keyboard.press("Enter");
    assert.match(await status(page, "#st"), /^New task: (Push \d+|Pop)\.$/);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter"); // Show answer
    await settle(page);
    await tabTo("st Check");
    await page.keyboard.press("Enter");
    assert.match(await status(page, "#st"), /^Right: .*\(Shown, so not scored\.\)$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("the array queue: a dequeue without the shift is named; a full stack's push must change nothing", async () => {
    const { page, problems, context } = await open();
    await taskLike(page, "#qu", /^Your task: Dequeue\.$/, (s) => s.items.length > 1);
    const start = await stateOf(page, "#qu");
    await button(page, "#qu", "Slot 0").click();
    await button(page, "#qu", "Remove").click();
    await pointer(page, "#qu", "rear").selectOption(String(start.items.length - 2));
    await button(page, "#qu", "Check").click();
    assert.match(await status(page, "#qu"), /The other values stayed where they were: after a dequeue each moves one slot forward/);
    await taskLike(page, "#st", /^Your task: Push \d+\.$/, (s) => s.items.length === s.capacity);
    await button(page, "#st", "Slot 0").click();
    await button(page, "#st", "Remove").click();
    await button(page, "#st", "Check").click();
    assert.match(await status(page, "#st"), /^Not yet\. The stack is full: push \d+ is refused and nothing changes\.$/);
    await button(page, "#st", "Reset").click();
    await button(page, "#st", "Check").click();
    assert.match(await status(page, "#st"), /^Right: /, "changing nothing is the right answer");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("axe-core finds no violation with practice examples on the page, after a wrong Check", async () => {
    const { page, problems, context } = await open();
    await button(page, "#cq", "Slot 1").click();
    await button(page, "#cq", "Check").click();
    await page.addScriptTag({ url: "/node_modules/axe-core/axe.min.js" });
    const violations = await page.evaluate(async () => (await window.axe.run(document.querySelector("main"))).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
