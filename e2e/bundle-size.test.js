// The one-file bundle's weight: what a course page downloads. Sizes are exact, so this
// is a budget, not a timing; `npm run bench` reports the parts.
"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const dist = path.resolve(__dirname, "..", "dist");

describe("dist/dsviz.min.js", () => {
  const bundle = fs.readFileSync(path.join(dist, "dsviz.min.js"));

  it("is under 90 KB gzip with Processing.js and every listing inside", () => {
    const text = bundle.toString("utf8");
    // A listing of each language and of the later structures is inside.
    for (const line of ["public class LinkedQueue", "class LinkedQueue:", "typedef struct Node", "class CircularQueue", "rear ← rear + 1"]) {
      assert.ok(text.includes(line), `the bundle has no "${line}"`);
    }
    const gzip = zlib.gzipSync(bundle, { level: 9 }).length;
    assert.ok(gzip < 90000, `dist/dsviz.min.js is ${gzip} bytes gzip: the budget is 90,000`);
  });

  it("ships each listing's step tags unpadded (the source lines them up in a column; the reader drops the space)", () => {
    const text = bundle.toString("utf8");
    const tags = text.match(/⟦[a-z-]+⟧/g) || [];
    assert.ok(tags.length > 1000, `only ${tags.length} step tags in the bundle`);
    assert.deepEqual(text.match(/ {2}⟦[a-z-]+⟧/g), null);
  });

  it("carries Processing.js's drawing but not its compiler or its WebGL renderer", () => {
    const text = fs.readFileSync(path.join(dist, "dsviz.js"), "utf8");
    assert.match(text, /Drawing2D\.prototype\.rect = function/);
    assert.doesNotMatch(text, /Processing\.compile = function/);
    assert.doesNotMatch(text, /Drawing3D\.prototype\.rect = function/);
  });
});
