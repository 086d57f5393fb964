// npm run build:
//   build/  AMD modules from tsc, plus the vendor files the specs and the bench pages load
//           through RequireJS;
//   dist/   dsviz.js      one file, which the demo page and embed.html load too: almond +
//                         Processing.js + the library, wrapped so that no global define,
//                         require or Processing leaks; defines the global
//                         `dsviz` and, on a page with an AMD loader, the AMD module "dsviz";
//           dsviz.min.js  the same, minified by terser;
//           dsviz.css     the styles of an example;
//           dsviz.d.ts    the public API's types (from js/api.ts), checked by compiling
//                         tools/types/*.ts against it.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { execFileSync } = require("child_process");
const { amdFromCommonJS } = require("./amd-from-commonjs");
const { shipped } = require("./shipped");

const root = path.resolve(__dirname, "..");
const build = path.join(root, "build");
const dist = path.join(root, "dist");
const pkg = require(path.join(root, "package.json"));
const tsc = require.resolve("typescript/bin/tsc");

function versionOf(name) {
  return require(path.join(path.dirname(require.resolve(name + "/package.json")), "package.json")).version;
}

function runTsc(args) {
  execFileSync(process.execPath, [tsc, ...args], { stdio: "inherit", cwd: root });
}

/** build/: the AMD modules and the vendor files the specs and the bench pages load. */
function buildModules() {
  fs.rmSync(build, { recursive: true, force: true });
  runTsc(["-p", root]);
  const vendor = path.join(build, "vendor");
  fs.mkdirSync(vendor, { recursive: true });
  fs.copyFileSync(require.resolve("requirejs/require.js"), path.join(vendor, "require.js"));
  // For the specs only: fast-check, as an AMD module RequireJS can load.
  amdFromCommonJS("fast-check", "fast-check", path.join(vendor, "fast-check.js"));
}

/**
 * The part of Processing.js 1.6.6 that dsviz uses (tools/processing-lite.js), twice:
 * build/vendor/processing.js sets the global `Processing` for the specs and the bench pages
 * (RequireJS shim); the named AMD module "processing" returns it for dist/, where nothing
 * leaks (e2e/embed-hosts.test.js checks that the bundle adds no global but `dsviz`).
 */
async function processingFiles() {
  const { processingLite } = require("./processing-lite");
  const lite = processingLite(versionOf("processing-js"));
  console.log(`Processing.js ${versionOf("processing-js")}: kept ${lite.kept} of its ${lite.definitions} per-instance definitions`);
  const body = `(function () {\n${lite.source}\n}())`;
  const vendor = path.join(build, "vendor");
  const global = path.join(vendor, "processing.js");
  fs.writeFileSync(global, await minifyCode(`/*! Processing.js ${versionOf("processing-js")} (MIT License, processingjs.org), the part dsviz uses */\nwindow.Processing = ${body};\n`));
  const module = path.join(vendor, "processing-module.js");
  fs.writeFileSync(module, `define("processing", [], function () {\nreturn ${body};\n});\n`);
  return module;
}

function banner() {
  return (
    `/*! dsviz ${pkg.version} | ${pkg.license} License\n` +
    ` *  Includes the part of Processing.js ${versionOf("processing-js")} it uses (MIT License, processingjs.org)\n` +
    ` *  and almond ${versionOf("almond")} (MIT License, jQuery Foundation and other contributors). */\n`
  );
}

// The wrap: almond's define/require stay local to the inner function. The outer part
// sees only the host page's globals: it registers the named AMD module "dsviz" when the
// page has an AMD loader (a named define raises no "Mismatched anonymous define").
const WRAP_START = `(function () {
var dsviz = (function () {
`;
const WRAP_END = `
return require("main");
}());
if (typeof define === "function" && define.amd) {
  define("dsviz", [], function () { return dsviz; });
}
}());
`;

function bundle(processingFile) {
  const requirejs = require("requirejs");
  const baseUrl = path.join(build, "js");
  const rel = (file) => path.relative(baseUrl, file).replace(/\\/g, "/").replace(/\.js$/, "");
  const out = path.join(dist, "dsviz.js");
  return new Promise((resolve, reject) => {
    requirejs.optimize(
      {
        baseUrl,
        name: "almond",
        include: ["main"],
        paths: { almond: rel(require.resolve("almond/almond.js")), processing: rel(processingFile) },
        out,
        optimize: "none",
        logLevel: 4,
        throwWhen: { optimize: true },
        onBuildWrite: (name, file, contents) => shipped(name, contents),
        wrap: { start: banner() + WRAP_START, end: WRAP_END },
      },
      () => resolve(out),
      reject,
    );
  });
}

async function minifyCode(code) {
  const { minify } = require("terser");
  const result = await minify(code, {
    ecma: 2017,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: /^!/ },
  });
  return result.code;
}

async function minify(file) {
  const out = file.replace(/\.js$/, ".min.js");
  fs.writeFileSync(out, await minifyCode(fs.readFileSync(file, "utf8")));
  return out;
}

/** dist/dsviz.d.ts from js/api.ts: the declarations inside `namespace dsviz`, UMD style. */
function declarations() {
  const outDir = path.join(build, "types");
  runTsc(["-p", path.join(root, "tools", "types", "api.tsconfig.json")]);
  const body = fs.readFileSync(path.join(outDir, "api.d.ts"), "utf8");
  if (/^\s*import\b/m.test(body)) throw new Error("js/api.ts must not import anything: it becomes dist/dsviz.d.ts");
  const inner = body
    .replace(/^export declare /gm, "export ")
    .trim()
    .split("\n")
    .map((line) => (line ? "  " + line : line))
    .join("\n");
  const text =
    `// Types of dsviz ${pkg.version}'s public API, generated from js/api.ts by tools/build.js.\n` +
    `// As a script: the global \`dsviz\`. As a module: \`import dsviz = require("dsviz")\`.\n` +
    `declare namespace dsviz {\n${inner}\n}\n` +
    `declare const dsviz: dsviz.Dsviz;\n` +
    `export = dsviz;\n` +
    `export as namespace dsviz;\n`;
  const out = path.join(dist, "dsviz.d.ts");
  fs.writeFileSync(out, text);
  runTsc(["-p", path.join(root, "tools", "types")]);
  return out;
}

function sizeLine(file) {
  const data = fs.readFileSync(file);
  const kb = (n) => (n / 1024).toFixed(1) + " KiB";
  return `${path.relative(root, file)}: ${kb(data.length)}, gzip ${kb(zlib.gzipSync(data, { level: 9 }).length)}`;
}

async function main() {
  buildModules();
  const processing = await processingFiles();
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(dist, { recursive: true });
  const js = await bundle(processing);
  const min = await minify(js);
  const css = path.join(dist, "dsviz.css");
  fs.copyFileSync(path.join(root, "css", "dsviz.css"), css);
  const dts = declarations();
  console.log("build/ ready");
  for (const file of [js, min, css, dts]) console.log(sizeLine(file));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
