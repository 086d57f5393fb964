// `npm test` starts here: one clear line instead of a stack trace when no browser exists.
"use strict";
const { findBrowser, FIX } = require("./find-browser");
if (!findBrowser()) {
  console.error(FIX);
  process.exit(1);
}
