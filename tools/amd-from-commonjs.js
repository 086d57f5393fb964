// Wraps a CommonJS package and the package modules it requires into one named AMD module,
// for the specs, which load through RequireJS in the browser: fast-check (property-based
// testing) is CommonJS and requires pure-rand's modules, which require nothing.
"use strict";
const fs = require("fs");
const path = require("path");

/**
 * Writes `out`: define(name, [], ...) returning `entry`'s exports. Each require("pkg/sub")
 * is resolved through the package's "exports" map (its "require" condition) and must be a
 * module with no requires of its own.
 */
function amdFromCommonJS(name, entry, out) {
  const source = fs.readFileSync(require.resolve(entry), "utf8");
  const names = Array.from(new Set(Array.from(source.matchAll(/require\("([^"]+)"\)/g), (m) => m[1])));
  const modules = names.map((id) => {
    const file = require.resolve(id, { paths: [path.dirname(require.resolve(entry))] });
    const code = fs.readFileSync(file, "utf8");
    if (/\brequire\(/.test(code)) throw new Error(`${id} requires other modules: it cannot be wrapped as it is`);
    return `${JSON.stringify(id)}: function (module, exports) {\n${code}\n}`;
  });
  // Each module runs in its own function scope, as under Node.
  const text =
    `define(${JSON.stringify(name)}, [], function () {\n` +
    `var __factories = {\n${modules.join(",\n")}\n};\n` +
    `var __loaded = {};\n` +
    `function __require(id) {\n` +
    `  if (!__loaded[id]) { var m = { exports: {} }; __loaded[id] = m; __factories[id](m, m.exports); }\n` +
    `  return __loaded[id].exports;\n}\n` +
    `var __module = { exports: {} };\n` +
    `(function (require, module, exports) {\n${source}\n})(__require, __module, __module.exports);\n` +
    `return __module.exports;\n});\n`;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  return out;
}

module.exports = { amdFromCommonJS };
