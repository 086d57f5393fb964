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

/** Waits until every animation on the page has finished (tiles settle within a second). */
async function settle(page) {
  await page.waitForTimeout(700);
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

module.exports = { canvasPixel, settle, countCanvasDraws };
