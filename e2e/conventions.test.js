// Course conventions on a course-notes page: each new `data-pointers` value mounted by
// attribute, operated from its buttons, undone, stepped through with its code marked line
// by line, and practised for one task with the course's own pointer names; and arrays that
// double (`data-growth="double"`), their canvas growing with them and shrinking on Undo;
// and linked nodes (`data-implementation="linked"`): operated, undone, stepped, a lesson.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const { useServerAndBrowser, openPage } = require("./support");
const { fastest, finished } = require("./canvas");
const { notesPage } = require("./notes");

const BODY =
  "<main>" +
  '<div id="fr" data-dsviz="cyclic-queue" data-pointers="front-rear" data-capacity="4" data-values="a b" data-code="pseudocode"></div>' +
  '<div id="frs" data-dsviz="cyclic-queue" data-pointers="front-rear" data-full-rule="spare-slot" data-capacity="4" data-values="a b c"></div>' +
  '<div id="fs" data-dsviz="cyclic-queue" data-pointers="front-size" data-capacity="4" data-values="a b" data-code="java"></div>' +
  '<div id="nf" data-dsviz="stack" data-pointers="next-free" data-capacity="3" data-values="x" data-code="python"></div>' +
  '<div id="qr" data-dsviz="queue" data-pointers="front-rear" data-capacity="3" data-values="p q" data-code="c"></div>' +
  '<div id="pr" data-dsviz="cyclic-queue" data-pointers="front-rear" data-mode="practice" data-seed="11" data-capacity="5"></div>' +
  '<div id="gs" data-dsviz="stack" data-growth="double" data-capacity="2" data-values="a b" data-code="java"></div>' +
  '<div id="gc" data-dsviz="cyclic-queue" data-growth="double" data-capacity="4" data-values="a b c d"></div>' +
  '<div id="ls" data-dsviz="stack" data-implementation="linked" data-capacity="3" data-values="1 2" data-code="pseudocode"></div>' +
  '<div id="lq" data-dsviz="queue" data-implementation="linked" data-capacity="4" data-values="5 8" data-script="enqueue 2; ask size; dequeue; ask value; dequeue"></div>' +
  '<div id="lp" data-dsviz="stack" data-implementation="linked" data-mode="practice" data-seed="4" data-capacity="5"></div>' +
  "</main>";
const IDS = ["#fr", "#frs", "#fs", "#nf", "#qr", "#pr", "#gs", "#gc", "#ls", "#lq", "#lp"];

describe("course conventions on a course-notes page", () => {
  let server, browser, url;
  useServerAndBrowser((s, b) => {
    server = s;
    browser = b;
    url = server.route("/conventions/page.html", notesPage({ body: BODY }));
  });

  async function open() {
    const opened = await openPage(browser, url, { reducedMotion: "reduce" });
    await opened.page.waitForFunction((n) => document.querySelectorAll("canvas").length === n, IDS.length);
    return opened;
  }
  const button = (page, sel, name) => page.locator(sel).getByRole("button", { name, exact: true });
  const status = (page, sel) => page.locator(`${sel} .dsviz-status`).textContent();
  const stateOf = (page, sel) => page.evaluate((s) => window.dsviz.get(document.querySelector(s)).state(), sel);
  const marked = async (page, sel) => (await page.locator(`${sel} .dsviz-line[aria-current="step"]`).allTextContents()).map((t) => t.trim());
  /** Checks each step's sentence and its first marked code line, pressing Next step between them. */
  async function stepThrough(page, sel, expected) {
    for (let i = 0; i < expected.length; i++) {
      if (i > 0) await button(page, sel, "Next step").click();
      assert.equal(await status(page, sel), expected[i][0]);
      assert.equal((await marked(page, sel))[0], expected[i][1]);
    }
  }
  async function add(page, sel, verb, value) {
    await page.locator(sel).getByLabel("Value", { exact: true }).fill(value);
    await button(page, sel, verb).click();
    return finished(page, sel);
  }

  it("each convention mounts from its attribute and reports its own fields; Enqueue, Dequeue and Push say them; Undo restores them", async () => {
    const { page, problems, context } = await open();
    for (const sel of IDS) await fastest(page, sel);
    assert.deepEqual(await stateOf(page, "#fr"), { structure: "cyclic-queue", capacity: 4, items: ["a", "b"], slots: ["a", "b", null, null], front: 0, rear: 1, size: 2 });
    assert.equal(await add(page, "#fr", "Enqueue", "c"), "Enqueued c into slot 2; 3 of 4 slots used. Rear moves from 1 to 2.");
    assert.equal(await add(page, "#fr", "Enqueue", "d"), "Enqueued d into slot 3; 4 of 4 slots used. Rear moves from 2 to 3.");
    await button(page, "#fr", "Dequeue").click();
    assert.match(await finished(page, "#fr"), /Front moves from 0 to 1\.$/);
    assert.equal(await add(page, "#fr", "Enqueue", "e"), "Enqueued e into slot 0; 4 of 4 slots used. Rear moves from 3 to (3 + 1) mod 4 = 0.");
    await button(page, "#fr", "Undo").click();
    await finished(page, "#fr");
    assert.deepEqual(await stateOf(page, "#fr"), { structure: "cyclic-queue", capacity: 4, items: ["b", "c", "d"], slots: [null, "b", "c", "d"], front: 1, rear: 3, size: 3 });

    await button(page, "#frs", "Enqueue").click();
    assert.match(await finished(page, "#frs"), /^The cyclic queue is full: \(rear \+ 2\) mod 4 = \(2 \+ 2\) mod 4 = 0, which is front\./);
    assert.deepEqual(await stateOf(page, "#frs"), { structure: "cyclic-queue", capacity: 4, items: ["a", "b", "c"], slots: ["a", "b", "c", null], front: 0, rear: 2 });

    assert.equal(await add(page, "#fs", "Enqueue", "c"), "Enqueued c into slot 2; 3 of 4 slots used. The next enqueue fills slot (front + size) mod 4 = 3.");
    assert.deepEqual(await stateOf(page, "#fs"), { structure: "cyclic-queue", capacity: 4, items: ["a", "b", "c"], slots: ["a", "b", "c", null], front: 0, size: 3 });

    assert.equal(await add(page, "#nf", "Push", "y"), "Pushed y into slot 1. Top is now 2, the next free slot; 2 of 3 slots used.");
    assert.equal((await stateOf(page, "#nf")).top, 2);
    await button(page, "#nf", "Undo").click();
    await finished(page, "#nf");
    assert.equal((await stateOf(page, "#nf")).top, 1);

    await button(page, "#qr", "Dequeue").click();
    assert.match(await finished(page, "#qr"), /^Dequeued p; 1 item shifted forward\./);
    assert.deepEqual(await stateOf(page, "#qr"), { structure: "queue", capacity: 3, items: ["q"], rear: 0 });
    const listed = await page.locator("#qr .dsviz-line").allTextContents();
    assert.ok(listed.some((l) => l.includes("q->rear = q->rear - 1;")), "the C listing keeps rear");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("Pause, then Next step through a front-rear enqueue and a next-free pop: rear moves before the write, top before the read", async () => {
    const { page, problems, context } = await open();
    await button(page, "#fr", "Pause").click();
    await page.locator("#fr").getByLabel("Value", { exact: true }).fill("9");
    await button(page, "#fr", "Enqueue").click();
    const fr = [
      ["Step 1 of 4: size is 2, less than the capacity 4: there is room.", "if size = capacity: refuse, full"],
      ["Step 2 of 4: rear = (1 + 1) mod 4 = 2.", "rear ← (rear + 1) mod capacity"],
      ["Step 3 of 4: slots[2] = 9: the new rear.", "slots[rear] ← x"],
      ["Step 4 of 4: size = 2 + 1 = 3.", "size ← size + 1"],
    ];
    await stepThrough(page, "#fr", fr);
    await button(page, "#fr", "Previous step").click();
    assert.equal(await status(page, "#fr"), fr[2][0], "Previous step goes back exactly");

    await button(page, "#nf", "Pause").click();
    await button(page, "#nf", "Pop").click();
    const nf = [
      ["Step 1 of 5: top is 1, not 0: the stack has items.", "if self.top == 0:"],
      ["Step 2 of 5: top = 1 − 1 = 0: the slot of the top item.", "self.top = self.top - 1"],
      ["Step 3 of 5: x = slots[0] = x.", "x = self.slots[self.top]"],
    ];
    await stepThrough(page, "#nf", nf);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("practice with front-rear: the pointer selects are front, rear and size; the right answer is Right, a forgotten rear is named", async () => {
    const { page, problems, context } = await open();
    const task = () => page.locator("#pr .dsviz-task").textContent();
    // An enqueue on a queue with room: press New task until one comes.
    let state;
    for (let i = 0; i < 40; i++) {
      state = await stateOf(page, "#pr");
      if (/^Your task: Enqueue \d+\.$/.test(await task()) && state.items.length < state.capacity) break;
      await button(page, "#pr", "New task").click();
    }
    const sentence = await task();
    assert.match(sentence, /^Your task: Enqueue \d+\.$/);
    const selects = await page.locator("#pr select").evaluateAll((list) => list.map((s) => s.getAttribute("aria-label") || (s.labels[0] && s.labels[0].textContent.trim())));
    assert.deepEqual(selects.slice(0, 3), ["front", "rear", "size"], "the pointer selects come first, then Code");
    const p = state.pointers;
    const slot = (p.rear + 1) % state.capacity;
    await button(page, "#pr", `Slot ${slot}`).click();
    await page.locator("#pr").getByLabel("size", { exact: true }).selectOption(String(p.size + 1));
    await button(page, "#pr", "Check").click();
    assert.equal(
      await page.locator("#pr .dsviz-status").textContent(),
      `Not yet. rear still points at slot ${p.rear}: after the enqueue it moves to slot ${slot}.`,
    );
    await page.locator("#pr").getByLabel("rear", { exact: true }).selectOption(String(slot));
    await button(page, "#pr", "Check").click();
    assert.match(await page.locator("#pr .dsviz-status").textContent(), /^Right: /);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("growth double: a push to a full stack doubles it (the canvas grows), the grow line is marked, and Undo shrinks it back", async () => {
    const { page, problems, context } = await open();
    const height = () => page.locator("#gs canvas").evaluate((c) => c.getBoundingClientRect().height);
    const before = await height();
    await button(page, "#gs", "Pause").click();
    await page.locator("#gs").getByLabel("Value", { exact: true }).fill("c");
    await button(page, "#gs", "Push").click();
    assert.equal(await status(page, "#gs"), "Step 1 of 4: top is 1 = capacity − 1: the array is full, so it doubles.");
    await button(page, "#gs", "Next step").click();
    assert.equal(await status(page, "#gs"), "Step 2 of 4: A new array of 2 × 2 = 4 slots; 2 items copied into slots 0 to 1: 2 copies.");
    assert.ok((await marked(page, "#gs")).length >= 1, "the grow lines are marked");
    await button(page, "#gs", "Play").click();
    assert.equal(await finished(page, "#gs"), "Pushed c. Top is now c; 3 of 4 slots used. The array doubled from 2 to 4 slots: copied 2 items.");
    assert.ok((await height()) > before + 20, "the canvas grew with the array");
    assert.equal((await stateOf(page, "#gs")).capacity, 4);
    await button(page, "#gs", "Undo").click();
    await finished(page, "#gs");
    assert.deepEqual(await stateOf(page, "#gs"), { structure: "stack", capacity: 2, items: ["a", "b"], top: 1 });
    assert.equal(await height(), before, "and shrank back on Undo");

    await fastest(page, "#gc");
    await button(page, "#gc", "Dequeue").click();
    await finished(page, "#gc");
    assert.match(await add(page, "#gc", "Enqueue", "e"), /^Enqueued e into slot 0;/);
    assert.match(await add(page, "#gc", "Enqueue", "f"), /The array doubled from 4 to 8 slots: copied 4 items\.$/);
    assert.deepEqual(await stateOf(page, "#gc"), {
      structure: "cyclic-queue", capacity: 8, items: ["b", "c", "d", "e", "f"], slots: ["b", "c", "d", "e", "f", null, null, null], head: 0, tail: 5, size: 5,
    });
    const texts = await page.locator("#gc .dsviz-text-view li").allTextContents();
    assert.equal(texts.length >= 8, true, "the text view lists the 8 slots");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("linked nodes: a push allocates, links and moves top step by step; Pop unlinks; Undo relinks; a lesson asks about the queue", async () => {
    const { page, problems, context } = await open();
    await button(page, "#ls", "Pause").click();
    await page.locator("#ls").getByLabel("Value", { exact: true }).fill("3");
    await button(page, "#ls", "Push").click();
    const steps = [
      ["Step 1 of 5: size is 2, less than the 3 nodes the picture holds: there is room.", "if size = capacity: refuse, full"],
      ["Step 2 of 5: node = new Node(3): a new node, not linked yet.", "node ← new Node(x)"],
      ["Step 3 of 5: node.next = top: the new node points at 2.", "node.next ← top"],
      ["Step 4 of 5: top = node: 3 is the new top.", "top ← node"],
    ];
    await stepThrough(page, "#ls", steps);
    const texts = await page.locator("#ls .dsviz-text-view li").allTextContents();
    assert.deepEqual(texts, ["Node 1: 3 (top), next → 2", "Node 2: 2, next → 1", "Node 3: 1, next → null"]);
    await button(page, "#ls", "Play").click();
    await finished(page, "#ls");
    assert.deepEqual(await stateOf(page, "#ls"), { structure: "stack", capacity: 3, items: ["1", "2", "3"], nodes: ["3", "2", "1"], size: 3 });
    await button(page, "#ls", "Push").click();
    assert.equal(await finished(page, "#ls"), "The stack is full: 3 of 3 nodes, the most the picture holds.");
    await fastest(page, "#ls");
    await button(page, "#ls", "Pop").click();
    assert.equal(await finished(page, "#ls"), "Popped 3; its node is unlinked. Top is now 2; 2 nodes.");
    await button(page, "#ls", "Undo").click();
    await finished(page, "#ls");
    assert.deepEqual((await stateOf(page, "#ls")).nodes, ["3", "2", "1"]);

    await fastest(page, "#lq");
    await button(page, "#lq", "Next").click();
    await finished(page, "#lq");
    await button(page, "#lq", "Next").click();
    assert.equal(await page.locator("#lq .dsviz-question-prompt").textContent(), "What will size be after dequeue?");
    await button(page, "#lq", "2").click();
    assert.match(await status(page, "#lq"), /^Right: /);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("practice with linked nodes: moving top before linking loses the list, and says so; New node, next, top and size make it right", async () => {
    const { page, problems, context } = await open();
    const task = () => page.locator("#lp .dsviz-task").textContent();
    for (let i = 0; i < 40 && !/^Your task: Push \d+\.$/.test(await task()); i++) await button(page, "#lp", "New task").click();
    const value = (await task()).match(/\d+/)[0];
    const before = await stateOf(page, "#lp");
    const top = before.nodes[0];
    await button(page, "#lp", "New node").click();
    const select = (name) => page.locator("#lp").getByLabel(name, { exact: true });
    await select("top").selectOption(value);
    await select("size").selectOption(String(before.size + 1));
    assert.deepEqual((await stateOf(page, "#lp")).nodes, [value], "the picture shows only what top reaches: the list is lost");
    await button(page, "#lp", "Check").click();
    assert.equal(
      await status(page, "#lp"),
      `Not yet. top points at the new node ${value}, but ${value}.next is null: ${top} and the nodes after it are lost. Set node.next = top before top = node.`,
    );
    await select(`${value}.next`).selectOption(top);
    assert.deepEqual((await stateOf(page, "#lp")).nodes, [value, ...before.nodes]);
    await button(page, "#lp", "Check").click();
    assert.match(await status(page, "#lp"), /^Right: this is the stack after push \d+\.$/);
    assert.equal(await page.locator("#lp .dsviz-score").textContent(), "0 of 1 correct");
    // Every example on the page (each convention, doubling, linked, both practices) passes axe-core
    // (run on <main>: the notes page's own <h1> stands outside any landmark).
    await page.addScriptTag({ url: "/node_modules/axe-core/axe.min.js" });
    const violations = await page.evaluate(async () => (await window.axe.run("main")).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
