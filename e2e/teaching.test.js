// The teaching engine on the demo page: stepping through an operation with its code,
// Undo and Redo by mouse and keyboard, the Code select, the History and its Copy, and
// axe-core on the demo page and the guide, light and dark.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const { useServerAndBrowser, openPage, openDemoPage } = require("./support");
const { fastest, finished, settle } = require("./canvas");

const STACK = "#stack-lesson";
const QUEUE = "#queue-lesson";
const CYCLIC = "#cyclic-queue-lesson";

describe("teaching engine", () => {
  let server, browser;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
  });

  const openDemo = (options = {}) => openDemoPage(browser, server, options);
  const button = (page, sel, name) => page.locator(sel).getByRole("button", { name, exact: true });
  const status = (page, sel) => page.locator(`${sel} .dsviz-status`).textContent();
  const marked = (page, sel) => page.locator(`${sel} .dsviz-line[aria-current="step"]`).allTextContents();
  const handle = (page, sel, call) => page.evaluate(([s, c]) => new Function("h", `return h.${c}`)(window.dsviz.get(document.querySelector(s + " [data-dsviz]"))), [sel, call]);

  it("Pause, Enqueue, then Next step through a wrapping cyclic enqueue: the marked line and the sentence follow each step", async () => {
    const { page, problems, context } = await openDemo();
    await handle(page, CYCLIC, 'enqueue("a")');
    await handle(page, CYCLIC, 'enqueue("b")'); // tail is now 7: the next enqueue wraps
    await finished(page, CYCLIC);
    await button(page, CYCLIC, "Pause").click();
    assert.equal(await button(page, CYCLIC, "Play").count(), 1, "the toggle now offers Play");
    await page.locator(CYCLIC).getByLabel("Value", { exact: true }).fill("9");
    await button(page, CYCLIC, "Enqueue").click();
    const final = { head: 0, tail: 0, items: ["3", "1", "4", "1", "5", "a", "b", "9"] };
    const expected = [
      ["Step 1 of 4: size is 7, less than the capacity 8: there is room.", "if size = capacity: refuse, full"],
      ["Step 2 of 4: slots[7] = 9.", "slots[tail] ← x"],
      ["Step 3 of 4: tail = (7 + 1) mod 8 = 0: tail wraps to slot 0.", "tail ← (tail + 1) mod capacity"],
      ["Step 4 of 4: size = 7 + 1 = 8.", "size ← size + 1"],
    ];
    for (let i = 0; i < expected.length; i++) {
      if (i > 0) await button(page, CYCLIC, "Next step").click();
      assert.equal(await status(page, CYCLIC), expected[i][0]);
      assert.deepEqual((await marked(page, CYCLIC)).map((t) => t.trim()), [expected[i][1]]);
      const state = await handle(page, CYCLIC, "state()");
      assert.deepEqual({ head: state.head, tail: state.tail, items: state.items }, final, "state() is the final state at every step");
    }
    const textView = () => page.locator(`${CYCLIC} .dsviz-text-view li`).allTextContents();
    assert.ok((await textView()).includes("Slot 0: 3 (head, tail)"), "the text view shows tail wrapped at step 3 and 4");
    await button(page, CYCLIC, "Previous step").click();
    await button(page, CYCLIC, "Previous step").click();
    assert.equal(await status(page, CYCLIC), expected[1][0], "Previous step goes back exactly");
    assert.ok((await textView()).includes("Slot 7: 9 (tail)"), "and the text view with it: tail back at slot 7");
    for (let i = 0; i < 3; i++) await button(page, CYCLIC, "Next step").click();
    assert.equal(await status(page, CYCLIC), "Enqueued 9 into slot 7; 8 of 8 slots used. Tail moves from 7 to (7 + 1) mod 8 = 0.");
    assert.deepEqual(await marked(page, CYCLIC), [], "no line is marked once the operation is over");
    assert.equal(await button(page, CYCLIC, "Next step").getAttribute("aria-disabled"), "true");
    await button(page, CYCLIC, "Play").click(); // playing again: the next operation runs by itself
    await fastest(page, CYCLIC);
    await button(page, CYCLIC, "Dequeue").click();
    assert.match(await finished(page, CYCLIC), /^Dequeued 3 from slot 0/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("Undo and Redo by mouse and by Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y; a new change drops what could be redone", async () => {
    const { page, problems, context } = await openDemo();
    await fastest(page, STACK);
    const items = async () => (await handle(page, STACK, "state()")).items;
    const start = await items();
    await page.locator(STACK).getByLabel("Value", { exact: true }).fill("7");
    await button(page, STACK, "Push").click();
    await page.locator(STACK).getByLabel("Value", { exact: true }).fill("8");
    await button(page, STACK, "Push").click();
    await finished(page, STACK);
    assert.deepEqual(await items(), [...start, "7", "8"]);

    await button(page, STACK, "Undo").click();
    assert.equal(await finished(page, STACK), "Undid push 8.");
    assert.deepEqual(await items(), [...start, "7"]);
    await button(page, STACK, "Redo").click();
    assert.match(await finished(page, STACK), /^Pushed 8\./);
    assert.deepEqual(await items(), [...start, "7", "8"]);

    // Keys: with focus on a button of the example, and the page's own key handlers never see them.
    await page.evaluate(() => {
      window.__pageKeys = [];
      document.addEventListener("keydown", (e) => {
        if (["Control", "Shift", "Alt", "Meta"].indexOf(e.key) < 0) window.__pageKeys.push(`${e.ctrlKey ? "Ctrl+" : ""}${e.shiftKey ? "Shift+" : ""}${e.key}`);
      });
    });
    await button(page, STACK, "Peek").focus();
    await page.keyboard.press("Control+z");
    await finished(page, STACK);
    assert.deepEqual(await items(), [...start, "7"]);
    await page.keyboard.press("Control+Shift+z");
    await finished(page, STACK);
    assert.deepEqual(await items(), [...start, "7", "8"]);
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Control+z");
    await finished(page, STACK);
    assert.deepEqual(await items(), start);
    await page.keyboard.press("Control+y");
    await finished(page, STACK);
    assert.deepEqual(await items(), [...start, "7"]);
    assert.deepEqual(await page.evaluate(() => window.__pageKeys), [], "the page's handlers saw none of the example's keys");

    // A new change after an Undo drops the redo; Redo says so and changes nothing.
    await button(page, STACK, "Pop").click();
    await finished(page, STACK);
    assert.equal(await button(page, STACK, "Redo").getAttribute("aria-disabled"), "true");
    assert.deepEqual(await handle(page, STACK, "redo()"), { ok: false, message: "Nothing to redo." });
    assert.deepEqual(await items(), start);
    // Ctrl+Z elsewhere on the page is the page's, not the example's.
    await page.locator("h1").click();
    await page.keyboard.press("Control+z");
    assert.deepEqual(await items(), start);
    assert.deepEqual(await page.evaluate(() => window.__pageKeys), ["Ctrl+z"]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("the Code select shows the method in another language, with the executing line marked", async () => {
    const { page, problems, context } = await openDemo();
    await page.locator(QUEUE).getByLabel("Code", { exact: true }).selectOption({ label: "Java" });
    await button(page, QUEUE, "Pause").click();
    await button(page, QUEUE, "Dequeue").click();
    assert.equal(await page.locator(`${QUEUE} .dsviz-code-title`).textContent(), "dequeue, in Java");
    assert.equal((await page.locator(`${QUEUE} .dsviz-line`).first().textContent()).trim(), "public String dequeue() {");
    await button(page, QUEUE, "Next step").click();
    assert.deepEqual((await marked(page, QUEUE)).map((t) => t.trim()), ["String x = slots[0];"]);
    await button(page, QUEUE, "Next step").click();
    assert.deepEqual((await marked(page, QUEUE)).map((t) => t.trim()), ["for (int i = 1; i < size; i++)", "slots[i - 1] = slots[i];"]);
    assert.equal(await status(page, QUEUE), "Step 3 of 8: slots[0] = slots[1]: 1 moves forward.");
    await page.locator(QUEUE).getByLabel("Code", { exact: true }).selectOption({ label: "Python" });
    assert.deepEqual((await marked(page, QUEUE)).map((t) => t.trim()), ["for i in range(1, self.size):", "self.slots[i - 1] = self.slots[i]"], "the same step in Python");
    await page.locator(QUEUE).getByLabel("Code", { exact: true }).selectOption({ label: "None" });
    assert.equal(await page.locator(`${QUEUE} .dsviz-code`).isVisible(), false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("History lists each change with its result (the cyclic queue's as a trace table), and Copy copies it as tab-separated text", async () => {
    const { page, problems, context } = await openDemo({ permissions: ["clipboard-read", "clipboard-write"] });
    await fastest(page, CYCLIC);
    await handle(page, CYCLIC, 'enqueue("x")');
    await handle(page, CYCLIC, "peek()"); // not a change
    await handle(page, CYCLIC, "dequeue()");
    await handle(page, CYCLIC, 'enqueue("")'); // refused? no: a random value, recorded
    await finished(page, CYCLIC);
    const history = await handle(page, CYCLIC, "history()");
    assert.deepEqual(history.map((e) => e.operation), ["enqueue", "dequeue", "enqueue"]);
    const random = history[2].value;
    assert.ok(Number(random) >= 1 && Number(random) <= 99);
    await page.locator(`${CYCLIC} summary`).click();
    const rows = await page.locator(`${CYCLIC} .dsviz-history tr`).evaluateAll((trs) => trs.map((tr) => Array.from(tr.cells).map((c) => c.textContent)));
    assert.deepEqual(rows[0], ["#", "Operation", "Result", "head", "tail", "size", "slots"]);
    assert.deepEqual(rows[1], ["1", "enqueue x", "Enqueued x into slot 5; 6 of 8 slots used. Tail moves from 5 to 6.", "0", "6", "6", "3 1 4 1 5 x · ·"]);
    assert.deepEqual(rows[2].slice(0, 2), ["2", "dequeue"]);
    assert.deepEqual(rows[3].slice(0, 2), ["3", `enqueue ${random}`]);
    await page.locator(CYCLIC).getByRole("button", { name: "Copy" }).click();
    await page.waitForFunction((s) => document.querySelector(s + " .dsviz-copy-note").textContent !== "", CYCLIC);
    assert.equal(await page.locator(`${CYCLIC} .dsviz-copy-note`).textContent(), "Copied 3 rows.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, rows.map((r) => r.join("\t")).join("\n"));
    // Undo takes the last row away; Redo brings the very same one back.
    await button(page, CYCLIC, "Undo").click();
    assert.equal(await page.locator(`${CYCLIC} .dsviz-history tbody tr`).count(), 2);
    await button(page, CYCLIC, "Redo").click();
    assert.deepEqual(await handle(page, CYCLIC, "history()"), history);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("the whole teaching engine works from the keyboard alone, and focus is never lost", async () => {
    const { page, problems, context } = await openDemo();
    /** The focused control's name: its label, its aria-label or its text. */
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return (el.labels && el.labels.length ? el.labels[0].textContent : el.getAttribute("aria-label") || el.textContent).trim();
      });
    await page.locator(CYCLIC).getByLabel("Value", { exact: true }).focus();
    await page.keyboard.type("k1");
    await page.keyboard.press("Enter"); // enqueue k1, playing
    const order = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      order.push(await focused());
    }
    assert.deepEqual(order, ["Enqueue", "Dequeue", "Peek", "Clear", "View", "Undo", "Redo", "Pause", "Previous step", "Next step", "Speed", "Code"]);
    // Speed: arrows on the slider; Code: arrows on its select.
    await page.keyboard.press("Shift+Tab"); // the Speed slider
    await page.keyboard.press("End");
    assert.equal(await page.locator(CYCLIC).getByLabel("Speed", { exact: true }).inputValue(), "4");
    await page.keyboard.press("Tab"); // Code
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.locator(CYCLIC).getByLabel("Code", { exact: true }).inputValue(), "java");
    // Pause with Space, an operation with Enter, then step with the keyboard.
    await page.locator(CYCLIC).getByRole("button", { name: "Pause", exact: true }).focus();
    await page.keyboard.press("Space");
    assert.equal(await focused(), "Play", "the toggle keeps focus as it changes its name");
    await page.locator(CYCLIC).getByRole("button", { name: "Dequeue", exact: true }).focus();
    await page.keyboard.press("Enter");
    assert.match(await status(page, CYCLIC), /^Step 1 of 6: /);
    await page.locator(CYCLIC).getByRole("button", { name: "Next step", exact: true }).focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press("Enter");
    assert.match(await status(page, CYCLIC), /^Dequeued 3 from slot 0/);
    await page.keyboard.press("Enter"); // Next step at the end: refused in words, focus stays
    assert.equal(await status(page, CYCLIC), "This is the end of the operation.");
    assert.equal(await focused(), "Next step");
    await page.keyboard.press("Shift+Tab"); // Previous step
    await page.keyboard.press("Space");
    assert.match(await status(page, CYCLIC), /^Step 6 of 6: Return 3\./);
    // Undo from the keyboard, then the History by keyboard.
    await page.keyboard.press("Control+z");
    await page.locator(CYCLIC).locator("summary").focus();
    await page.keyboard.press("Enter");
    assert.equal(await page.locator(`${CYCLIC} details`).getAttribute("open"), "");
    assert.equal(await page.locator(`${CYCLIC} .dsviz-history tbody tr`).count(), 1, "only the enqueue is left after undoing the dequeue");
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const path of ["/index.html", "/embed.html"]) {
    for (const colorScheme of ["light", "dark"]) {
      it(`axe-core finds no violation on ${path} (${colorScheme}), mid-step, with History open and a lesson's question answered`, async () => {
        const { page, problems, context } = await openPage(browser, server.url + path, { colorScheme });
        await page.waitForFunction(() => document.querySelectorAll(".dsviz-example canvas").length >= 3);
        const first = page.locator(".dsviz-example").first();
        await first.getByRole("button", { name: "Pause", exact: true }).click();
        await first.locator(".dsviz-op").first().click();
        await first.locator("summary").click();
        // A lesson at its question, answered wrong: the marked answers and the reason.
        const lesson = page.locator(".dsviz-example:has(.dsviz-lesson)").first();
        while (await lesson.locator(".dsviz-question").isHidden()) await lesson.getByRole("button", { name: "Next", exact: true }).click();
        await lesson.locator(".dsviz-answer").first().click();
        assert.match(await lesson.locator(".dsviz-status").textContent(), /^(Right|Wrong):/);
        await page.addScriptTag({ url: "/node_modules/axe-core/axe.min.js" });
        const violations = await page.evaluate(async () =>
          (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
        );
        assert.deepEqual(violations, []);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }
});
