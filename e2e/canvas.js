// Reading what a canvas shows, in CSS pixels, from inside the page.
"use strict";

/** The [r, g, b, a] pixel at CSS position (x, y) of the canvas inside `selector`. */
function canvasPixel(page, selector, x, y) {
  return page.evaluate(
    ({ selector, x, y }) => {
      const canvas = document.querySelector(selector + " canvas");
      const scale = canvas.width / canvas.getBoundingClientRect().width;
      const data = canvas.getContext("2d").getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
      return Array.from(data);
    },
    { selector, x, y },
  );
}

/** Waits until every example has played its operation to the end and every tile has landed. */
async function settle(page) {
  await page.waitForFunction(() => !document.querySelector(".dsviz-example[data-step]"));
  await page.waitForTimeout(600);
}

/** Sets an example's Speed slider to its fastest (4x), as a reader would: steps go by quickly. */
async function fastest(page, sel) {
  await page.locator(sel).getByLabel("Speed", { exact: true }).fill("4");
}

/** Waits until the example in `sel` has played its operation to the end; returns what it says then. */
async function finished(page, sel) {
  await page.waitForFunction((s) => !document.querySelector(s).querySelector(".dsviz-example[data-step]"), sel);
  return page.locator(`${sel} .dsviz-status`).textContent();
}

/** How many canvas fills (every frame starts with one) the page makes in the next `ms`. */
function countCanvasDraws(page, ms) {
  return page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        let count = 0;
        const real = CanvasRenderingContext2D.prototype.fillRect;
        CanvasRenderingContext2D.prototype.fillRect = function (...args) {
          count++;
          return real.apply(this, args);
        };
        setTimeout(() => {
          CanvasRenderingContext2D.prototype.fillRect = real;
          resolve(count);
        }, ms);
      }),
    ms,
  );
}

/**
 * From now on, remembers every text a canvas draws: its box in backing-store pixels (from
 * measureText and the transform) and its size in CSS px as shown. Call before the frames
 * you want to read, e.g. before an operation.
 */
function recordCanvasTexts(page) {
  return page.evaluate(() => {
    window.__canvasTexts = [];
    // Every frame starts by filling the whole canvas: that starts a new frame's texts.
    const realFillRect = CanvasRenderingContext2D.prototype.fillRect;
    CanvasRenderingContext2D.prototype.fillRect = function (x, y, w, h) {
      const t = this.getTransform();
      if (t.a * w >= this.canvas.width - 1 && t.d * h >= this.canvas.height - 1) this.canvas.__frame = (this.canvas.__frame || 0) + 1;
      return realFillRect.call(this, x, y, w, h);
    };
    const real = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
      const m = this.measureText(text);
      const t = this.getTransform();
      const size = parseFloat(/(\d+(\.\d+)?)px/.exec(this.font)[1]);
      window.__canvasTexts.push({
        canvas: this.canvas.id,
        frame: this.canvas.__frame || 0,
        text,
        font: this.font,
        size: (size * t.a * this.canvas.getBoundingClientRect().width) / this.canvas.width,
        box: {
          left: t.a * (x - m.actualBoundingBoxLeft) + t.e,
          right: t.a * (x + m.actualBoundingBoxRight) + t.e,
          top: t.d * (y - m.actualBoundingBoxAscent) + t.f,
          bottom: t.d * (y + m.actualBoundingBoxDescent) + t.f,
        },
      });
      return real.call(this, text, x, y, ...rest);
    };
  });
}

/**
 * The contrast, measured from the pixels, of every text recorded by recordCanvasTexts
 * (the last time each was drawn): the colour most unlike the background inside the
 * text's box against the commonest colour of a ring just outside it, as WCAG computes it.
 */
function canvasTextContrasts(page) {
  return page.evaluate(() => {
    const luminance = ([r, g, b]) => {
      const c = [r, g, b].map((v) => (v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const contrast = (a, b) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    // The texts of each canvas's last frame: what the canvas shows now.
    const lastFrame = new Map();
    for (const t of window.__canvasTexts) lastFrame.set(t.canvas, Math.max(lastFrame.get(t.canvas) || 0, t.frame));
    const shown = window.__canvasTexts.filter((t) => t.frame === lastFrame.get(t.canvas));
    return shown.map((t) => {
      const canvas = document.getElementById(t.canvas);
      const ctx = canvas.getContext("2d");
      const pad = 3;
      const left = Math.max(0, Math.floor(t.box.left) - pad);
      const top = Math.max(0, Math.floor(t.box.top) - pad);
      const w = Math.min(canvas.width - left, Math.ceil(t.box.right - t.box.left) + 2 * pad);
      const h = Math.min(canvas.height - top, Math.ceil(t.box.bottom - t.box.top) + 2 * pad);
      const data = ctx.getImageData(left, top, w, h).data;
      const at = (x, y) => Array.from(data.slice(4 * (y * w + x), 4 * (y * w + x) + 3));
      const ring = new Map();
      for (let x = 0; x < w; x++) for (const y of [0, h - 1]) { const k = at(x, y).join(); ring.set(k, (ring.get(k) || 0) + 1); }
      for (let y = 0; y < h; y++) for (const x of [0, w - 1]) { const k = at(x, y).join(); ring.set(k, (ring.get(k) || 0) + 1); }
      const background = Array.from(ring.entries()).sort((a, b) => b[1] - a[1])[0][0].split(",").map(Number);
      let best = 1;
      for (let y = pad; y < h - pad; y++) for (let x = pad; x < w - pad; x++) best = Math.max(best, contrast(at(x, y), background));
      return { text: t.text, size: t.size, background, contrast: best };
    });
  });
}

/** Decodes a PNG (bytes) in the page: its size, and counts of the pixels asked about. */
function decodePNG(page, bytes, regions) {
  return page.evaluate(
    async ({ base64, regions }) => {
      const image = new Image();
      image.src = "data:image/png;base64," + base64;
      await image.decode();
      const c = document.createElement("canvas");
      c.width = image.width;
      c.height = image.height;
      const ctx = c.getContext("2d");
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const hex = (i) => "#" + [data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, "0")).join("");
      const colours = new Set();
      for (let i = 0; i < data.length; i += 4 * 7) colours.add(hex(i));
      const near = (i, [r, g, b]) => Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 60;
      const count = ({ box, rgb }) => {
        let n = 0;
        for (let y = Math.max(0, Math.floor(box.top)); y < Math.min(c.height, Math.ceil(box.bottom)); y++)
          for (let x = Math.max(0, Math.floor(box.left)); x < Math.min(c.width, Math.ceil(box.right)); x++) if (near((y * c.width + x) * 4, rgb)) n++;
        return n;
      };
      return { width: c.width, height: c.height, colours: colours.size, corner: hex(0), counts: regions.map(count) };
    },
    { base64: Buffer.from(bytes).toString("base64"), regions },
  );
}

module.exports = { canvasPixel, settle, fastest, finished, countCanvasDraws, recordCanvasTexts, canvasTextContrasts, decodePNG };
