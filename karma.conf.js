// Runs the compiled AMD specs (build/spec) in headless Chromium through RequireJS.
"use strict";
const { findBrowser, browserFlags, FIX } = require("./tools/find-browser");

module.exports = function (config) {
  const browser = findBrowser();
  if (!browser) throw new Error(FIX);
  process.env.CHROME_BIN = browser;
  config.set({
    frameworks: ["jasmine"],
    files: [
      "node_modules/requirejs/require.js",
      "spec/support/test-main.js",
      // The examples' styles, as a page that embeds dsviz has them (sizes, themes, layout).
      "css/dsviz.css",
      { pattern: "build/**/*.js", included: false },
      { pattern: "build/**/*.js.map", included: false },
      // The docs that state the options, checked against js/options.ts by spec/docs.spec.ts.
      { pattern: "embed.html", included: false },
      { pattern: "README.md", included: false },
    ],
    reporters: ["dots"],
    browsers: ["ChromiumHeadlessCustom"],
    customLaunchers: {
      ChromiumHeadlessCustom: { base: "ChromeHeadless", flags: browserFlags() },
    },
    client: { jasmine: { random: true, timeoutInterval: 10000 } },
    singleRun: true,
    browserNoActivityTimeout: 60000,
  });
};
