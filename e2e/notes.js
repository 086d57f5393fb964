// Generated course-notes pages for the end-to-end tests of dist/dsviz.js, and helpers
// that read them: a page is plain HTML that links dist/dsviz.css and loads the bundle.
"use strict";

/** A course-notes page. `head` and `before`/`after` (around the bundle's script tag) are raw HTML. */
function notesPage({ body, head = "", before = "", after = "", bundle = "/dist/dsviz.js", css = "/dist/dsviz.css", icon = true }) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
${icon ? '<link rel="icon" href="data:,">' : ""}
<title>Course notes</title>
<link rel="stylesheet" href="${css}">
${head}
</head>
<body>
<h1>Week 3: linear structures</h1>
${body}
${before}
${bundle ? `<script src="${bundle}"></script>` : ""}
${after}
</body>
</html>`;
}

/** `<div data-dsviz ...>` from an attribute object; values are escaped as HTML attribute text. */
function exampleDiv(attributes, content = "") {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => `${name}="${String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"`)
    .join(" ");
  return `<div ${attrs}>${content}</div>`;
}

/**
 * Twenty valid examples of every structure dsviz has, with varied options: capacities
 * from 1 to 32, initial values, no controls, labels and speeds.
 */
function mixedExamples(structures = ["stack"]) {
  const list = [];
  for (let i = 0; i < 20; i++) {
    const structure = structures[i % structures.length];
    const min = structure === "cyclic-queue" ? 2 : 1;
    const capacity = [8, 1, 4, 32, 5, 2, 12, 3, 6, 16][i % 10];
    const size = Math.min(Math.max(capacity, min), 32);
    const count = Math.min(i % 4, size - 1);
    const attrs = { "data-dsviz": structure, "data-capacity": size, id: `ex${i}` };
    if (count > 0) attrs["data-values"] = Array.from({ length: count }, (_, k) => `${i}-${k}`).join(" ");
    if (i % 5 === 4) attrs["data-controls"] = "false";
    if (i % 3 === 0) attrs["data-label"] = `Example ${i}`;
    if (i % 4 === 1) attrs["data-speed"] = "2";
    if (structure === "cyclic-queue" && i % 2 === 0) attrs["data-view"] = "row";
    if (structure === "cyclic-queue" && i % 3 === 1) attrs["data-full-rule"] = "spare-slot";
    list.push(attrs);
  }
  return list;
}

/** A hash of every canvas's pixels, in page order. */
function canvasHashes(page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("canvas")).map((canvas) => {
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      let h = 2166136261;
      for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i], 16777619);
      return h >>> 0;
    }),
  );
}

/** Waits until every example has played its operation to the end and no canvas changes for 250 ms. */
async function settled(page) {
  await page.waitForFunction(() => !document.querySelector(".dsviz-example[data-step]"));
  let last = await canvasHashes(page);
  for (let tries = 0; tries < 40; tries++) {
    await page.waitForTimeout(250);
    const now = await canvasHashes(page);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error("the canvases never settled");
}

/**
 * Scrolls every example into view in turn, as a reader does, then back to the top: an
 * example draws only once it comes near the viewport (lazy mounting).
 */
async function scrollThrough(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (const example of document.querySelectorAll(".dsviz-example")) {
      example.scrollIntoView();
      await frame();
      await frame();
    }
    window.scrollTo(0, 0);
  });
}

/** How many canvases have drawn something (a canvas not drawn yet is all transparent). */
function drawnCanvases(page, selector = "canvas") {
  return page.evaluate(
    (selector) =>
      Array.from(document.querySelectorAll(selector)).filter((canvas) => {
        const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
        return false;
      }).length,
    selector,
  );
}

module.exports = { notesPage, exampleDiv, mixedExamples, canvasHashes, settled, scrollThrough, drawnCanvases };
