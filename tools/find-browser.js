// Finds a Chrome/Chromium binary: CHROME_BIN, else chromium, chromium-browser or
// google-chrome on the PATH. Returns null when there is none.
"use strict";
const fs = require("fs");
const path = require("path");

const NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch (e) {
    return false;
  }
}

function findBrowser(env = process.env) {
  if (env.CHROME_BIN && isExecutable(env.CHROME_BIN)) return env.CHROME_BIN;
  const dirs = (env.PATH || "").split(path.delimiter).filter(Boolean);
  for (const name of NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}

const FIX =
  "No Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_BIN to its path.";

/** Flags for headless Chromium on this kind of machine (no sandbox as root, no network chatter). */
function browserFlags() {
  const flags = [
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ];
  if (typeof process.getuid === "function" && process.getuid() === 0) flags.push("--no-sandbox");
  return flags;
}

module.exports = { findBrowser, browserFlags, FIX };

if (require.main === module) {
  const found = findBrowser();
  if (!found) {
    console.error(FIX);
    process.exit(1);
  }
}
