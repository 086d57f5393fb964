// dsviz draws with a small part of Processing.js 1.6.6: one 2D canvas per example, shapes,
// transforms, loop()/noLoop()/redraw() and exit(). The published processing.js also holds
// the Processing-language compiler, the WebGL renderer, SVG, XML, images, fonts and Java
// collections: more than half of its weight, parsed by every page, and most of its
// per-instance work (its constructor defines ~600 functions for every new sketch).
//
// processingLite() builds the part dsviz uses from the pinned package's own sources:
//   1. the modules src/index.js wires, minus the compiler (Parser), PShape/PShapeSVG,
//      XMLElement, ArrayList and HashMap, wired the same way (ENTRY below), and fonts
//      measured only when read (PATCHES);
//   2. inside the Processing constructor and the per-instance `with*` functions, only the
//      definitions (`p.name = …`, `Drawing2D.prototype.name = …`, `var`, `function`) that
//      something kept refers to, by name, starting from the names dsviz uses (dsvizCalls).
//      Names are matched without regard to scope or object, so it keeps too much rather
//      than too little; WebGL's Drawing3D methods are never kept (dsviz draws in 2D).
// It returns the source of a function body that evaluates to the Processing object.
"use strict";
const fs = require("fs");
const path = require("path");
const acorn = require("acorn");

const SRC = path.join(path.dirname(require.resolve("processing-js/package.json")), "src");

/**
 * The names dsviz reaches on Processing, read from js/types/processing.d.ts: TypeScript
 * refuses any use of Processing that file does not declare, so nothing dsviz calls is lost.
 */
function dsvizCalls() {
  const types = fs.readFileSync(path.join(__dirname, "..", "js", "types", "processing.d.ts"), "utf8");
  const code = types.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
  // Members and parameters alike ("x", "canvas"): keeping a few names too many is harmless.
  const names = [...code.matchAll(/([A-Za-z_$][\w$]*)\??\s*[(:]/g)].map((m) => m[1]).filter((name) => name !== "new");
  if (names.length < 20) throw new Error("processing-lite: js/types/processing.d.ts declares too few names: " + names.join(", "));
  return names;
}

const IMPLICIT_GLOBALS = ["PFont", "PShapeSVG", "PVector", "Char", "Character", "ObjectIterator", "XMLElement", "XML"];

const MODULES = {
  PConstants: "Helpers/PConstants.js",
  ObjectIterator: "Helpers/ObjectIterator.js",
  virtEquals: "Helpers/virtEquals.js",
  virtHashCode: "Helpers/virtHashCode.js",
  defaultScope: "Helpers/defaultScope.js",
  finalize: "Helpers/finalizeProcessing.js",
  Char: "Objects/Char.js",
  PVector: "Objects/PVector.js",
  PFont: "Objects/PFont.js",
  CommonFunctions: "P5Functions/commonFunctions.js",
  withMath: "P5Functions/Math.js",
  JavaProxyFunctions: "P5Functions/JavaProxyFunctions.js",
  withTouch: "P5Functions/touchmouse.js",
  Processing: "Processing.js",
};

/** src/index.js's wiring of the modules kept, and the Browser object of the package's build.js. */
const ENTRY = `
var noop = function () {};
var Browser = {
  isDomPresent: true, navigator: window.navigator, window: window, document: document,
  ajax: function (url) { throw new Error("dsviz's Processing.js loads no files: " + url); }
};
var defaultScope = $defaultScope({
  PVector: $PVector({ PConstants: $PConstants }),
  PFont: $PFont({ Browser: Browser, noop: noop }),
  ObjectIterator: $ObjectIterator,
  PConstants: $PConstants,
  Char: $Char
});
// src/index.js calls it as source.Processing(…): it sets this.Processing on that object.
var Processing = $Processing.call({}, {
  defaultScope: defaultScope,
  Browser: Browser,
  noop: noop,
  extend: {
    withMath: $withMath,
    withProxyFunctions: $JavaProxyFunctions($virtHashCode, $virtEquals),
    withTouch: $withTouch,
    withCommonFunctions: $CommonFunctions.withCommonFunctions
  }
});
// Processing.logger came with the compiler: println() writes to the console instead.
Processing.logger = { print: function () { window.console.log.apply(window.console, arguments); } };
Processing.logger.println = Processing.logger.print;
return $finalize(Processing, { version: VERSION, isDomPresent: true, window: window, document: document, noop: noop });
`;

/** The per-instance functions whose `p.name = …` lines are shaken like the constructor's. */
const SHAKEN_FUNCTIONS = new Set(["withMath", "withTouch", "withCommonFunctions", "withProxyFunctions"]);
/** Objects whose `X.name` / `X.prototype.name` definitions are shaken. */
const DEFINING_OBJECTS = new Set(["p", "Drawing2D", "Drawing3D", "DrawingShared", "DrawingPre"]);
/** Calls without side effects that only make a definition's value. */
const PURE_FACTORIES = new Set(["createDrawingPreFunction"]);
/** Globals whose properties are the platform's, never Processing's. */
const BUILTIN_OBJECTS = new Set(["Math", "Object", "Array", "String", "Number", "JSON", "console", "window", "document", "navigator", "Date"]);

/**
 * Source changes, each made where its text is found exactly once. Every new sketch sets a
 * default font, and PFont measures a font as it is made (and textFont() as it is set): it draws on a scratch canvas,
 * scans its pixels and appends a <div> to the page to read its style, forcing a layout of
 * the whole host page (15–30 ms of a page's first paint). dsviz draws its own text, so the
 * measuring waits until something reads a metric.
 */
const PATCHES = {
  // size() set the default font (Arial 12) with textFont(), which measures it. dsviz never
  // draws with Processing's text(): it sets its own font before each text it draws. Where
  // Arial is missing (Linux), even setting it on the context is a font-fallback search, ~4 ms
  // of the first sketch's start: the context keeps the canvas's own default font.
  "Processing.js": [
    [
      `      // make sure to set the default font the first time round.
      p.textFont(curTextFont);`,
      `      // dsviz: no default font on the context (see tools/processing-lite.js).`,
    ],
  ],
  "Objects/PFont.js": [
    [
      `    this.context2d = computeFontMetrics(this);
    this.css = this.getCSSDefinition();
    if (this.context2d) {
      this.context2d.font = this.css;
    }`,
      `    this.css = this.getCSSDefinition();
    measureWhenRead(this);`,
    ],
    [
      `  /**
   * Constructor for a system or from-file (non-SVG) font.
   */`,
      `  // dsviz: the metrics (and the cached context) are measured when first read or written.
  function measureWhenRead(pfont) {
    var names = ["context2d", "ascent", "descent", "leading"];
    var measured = false;
    function measure() {
      if (measured) return;
      measured = true;
      names.forEach(function (name) {
        var value = pfont[name + "$"];
        delete pfont[name];
        delete pfont[name + "$"];
        pfont[name] = value;
      });
      pfont.context2d = computeFontMetrics(pfont);
      if (pfont.context2d) pfont.context2d.font = pfont.css;
    }
    names.forEach(function (name) {
      Object.defineProperty(pfont, name + "$", { configurable: true, writable: true, value: pfont[name] });
      Object.defineProperty(pfont, name, {
        configurable: true,
        enumerable: true,
        get: function () { measure(); return pfont[name]; },
        set: function (value) { measure(); pfont[name] = value; }
      });
    });
  }

  /**
   * Constructor for a system or from-file (non-SVG) font.
   */`,
    ],
  ],
};

function patched(file, text) {
  for (const [from, to] of PATCHES[file] || []) {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`processing-lite: expected this text once in ${file}, found it ${count} times:\n${from}`);
    text = text.replace(from, () => to);
  }
  return text;
}

function moduleSource(name, file) {
  const text = patched(file, fs.readFileSync(path.join(SRC, file), "utf8"));
  // As browserify runs a module: `this` is its exports (Processing.js sets this.Processing).
  return `var $${name} = (function (module) {\n(function (module, exports) {\n${text}\n}).call(module.exports, module, module.exports);\nreturn module.exports;\n}({ exports: {} }));\n`;
}

function walk(node, visit) {
  if (!node || typeof node.type !== "string") return;
  if (visit(node) === false) return;
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value.type === "string") walk(value, visit);
  }
}

/**
 * Calls `add(name)` for each name a subtree refers to: variables, property names read or
 * written (`x.name`, `x["name"]`), but not an object literal's own keys nor the properties
 * of built-in objects (`Math.random` keeps no `p.random`). `skip(node)` prunes subtrees.
 */
function forEachReference(node, add, skip = () => false) {
  walk(node, (n) => {
    if (skip(n)) return false;
    if (n.type === "Property" && !n.computed) {
      forEachReference(n.value, add, skip); // its key names nothing
      return false;
    }
    if (n.type === "MemberExpression") {
      const builtin = n.object.type === "Identifier" && BUILTIN_OBJECTS.has(n.object.name);
      if (!n.computed) {
        if (!builtin) add(n.property.name);
        forEachReference(n.object, add, skip);
        return false;
      }
      if (n.property.type === "Literal" && typeof n.property.value === "string") add(n.property.value);
      return true;
    }
    if (n.type === "Identifier") add(n.name);
    return true;
  });
}

function isPure(node) {
  switch (node.type) {
    case "FunctionExpression": case "Literal": case "Identifier": case "ThisExpression":
      return true;
    case "MemberExpression":
      return !node.computed && isPure(node.object);
    case "UnaryExpression": case "BinaryExpression": case "LogicalExpression":
      return [node.argument, node.left, node.right].every((n) => !n || isPure(n));
    case "ArrayExpression":
      return node.elements.every((n) => !n || isPure(n));
    case "ObjectExpression":
      return node.properties.every((prop) => !prop.computed && isPure(prop.value));
    case "CallExpression":
      return node.callee.type === "Identifier" && PURE_FACTORIES.has(node.callee.name) && node.arguments.every(isPure);
    default:
      return false;
  }
}

/** `X.name` or `X.prototype.name` → "X", when X is a variable. */
function baseObject(target) {
  if (target.type !== "MemberExpression" || target.computed) return undefined;
  let object = target.object;
  if (object.type === "MemberExpression" && !object.computed && object.property.name === "prototype") object = object.object;
  return object.type === "Identifier" ? object.name : undefined;
}

/**
 * What an assignment defines: "name" for `p.name` or `Drawing2D.prototype.name`; for
 * `PImage.prototype = …` or `PImage.name = …`, the variable "PImage" (kept with it).
 */
function definedProperty(target) {
  const base = baseObject(target);
  if (base === undefined) return undefined;
  return DEFINING_OBJECTS.has(base) ? target.property.name : base;
}

/** A droppable statement: the names it defines (none for WebGL's: never kept). */
function definitionOf(statement) {
  if (statement.type === "FunctionDeclaration") return { names: [statement.id.name] };
  if (statement.type !== "ExpressionStatement" || statement.expression.type !== "AssignmentExpression") return undefined;
  const names = [];
  let node = statement.expression;
  while (node.type === "AssignmentExpression" && node.operator === "=") {
    const name = definedProperty(node.left);
    if (name === undefined) return undefined;
    names.push(name);
    node = node.right;
  }
  // WebGL's methods go whatever they are made of: dsviz never asks for a 3D renderer.
  const webgl = names.length === 1 && baseObject(statement.expression.left) === "Drawing3D";
  return webgl || isPure(node) ? { names: webgl ? [] : names } : undefined;
}

/** The statement lists to shake: the Processing constructor's and the with* functions'. */
function shakenBodies(ast) {
  const bodies = [];
  walk(ast, (n) => {
    if (n.type !== "FunctionExpression" && n.type !== "FunctionDeclaration") return true;
    const constructor = n.params.length === 3 && n.params[0].name === "aCanvas" && n.params[1].name === "aCode";
    if (constructor || (n.id && SHAKEN_FUNCTIONS.has(n.id.name))) {
      bodies.push(n.body.body);
      return false; // nothing nested is shaken: edits never overlap
    }
    return true;
  });
  if (bodies.length !== 1 + SHAKEN_FUNCTIONS.size) {
    throw new Error(`processing-lite: expected the constructor and ${SHAKEN_FUNCTIONS.size} with* functions, found ${bodies.length}`);
  }
  return bodies;
}

/** Drops every definition nothing kept refers to; returns the edited source. */
function shake(source, roots) {
  const ast = acorn.parse(source, { ecmaVersion: 5, sourceType: "script", allowReturnOutsideFunction: true });
  const candidates = []; // { names it defines, node to drop, statement holding it }
  const candidateNodes = new Set();
  for (const body of shakenBodies(ast)) {
    for (const statement of body) {
      if (statement.type === "VariableDeclaration") {
        for (const d of statement.declarations) {
          // `var PMatrix2D = p.PMatrix2D = function …` defines both names.
          const names = [d.id.name];
          let init = d.init;
          while (init && init.type === "AssignmentExpression" && init.operator === "=" && definedProperty(init.left)) {
            names.push(definedProperty(init.left));
            init = init.right;
          }
          if (d.id.type === "Identifier" && (!init || isPure(init))) {
            candidates.push({ names, node: d, statement });
            candidateNodes.add(d);
          }
        }
        continue;
      }
      const definition = definitionOf(statement);
      if (definition) {
        candidates.push({ names: definition.names, node: statement, statement });
        candidateNodes.add(statement);
      }
    }
  }
  // Everything that is not a candidate is kept, and so is what it refers to.
  const referenced = new Set(roots);
  forEachReference(ast, (name) => referenced.add(name), (n) => candidateNodes.has(n));
  const kept = new Set();
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of candidates) {
      if (kept.has(c) || !c.names.some((name) => referenced.has(name))) continue;
      kept.add(c);
      changed = true;
      forEachReference(c.node.type === "VariableDeclarator" ? c.node.init || c.node.id : c.node, (name) => referenced.add(name));
    }
  }
  // Edits: drop whole statements, or rewrite a var statement with the declarators kept.
  const keptNodes = new Set([...kept].map((c) => c.node));
  const edits = new Map(); // statement -> replacement text
  for (const c of candidates) {
    if (kept.has(c)) continue;
    if (c.node === c.statement) edits.set(c.statement, "");
  }
  for (const c of candidates) {
    if (c.node === c.statement || edits.has(c.statement)) continue;
    const left = c.statement.declarations.filter((d) => !candidateNodes.has(d) || keptNodes.has(d));
    if (left.length === c.statement.declarations.length) continue;
    edits.set(c.statement, left.length ? `var ${left.map((d) => source.slice(d.start, d.end)).join(",\n")};` : "");
  }
  let out = "";
  let at = 0;
  for (const [statement, text] of [...edits].sort((a, b) => a[0].start - b[0].start)) {
    out += source.slice(at, statement.start) + text;
    at = statement.end;
  }
  return { source: out + source.slice(at), definitions: candidates.length, kept: kept.size };
}

function processingLite(version) {
  const modules = Object.entries(MODULES).map(([name, file]) => moduleSource(name, file)).join("");
  // A stray ";" in src/Processing.js turns eight names into implicit globals: keep them here.
  const program = `var ${IMPLICIT_GLOBALS.join(", ")};\n` + modules + ENTRY.replace("VERSION", JSON.stringify(version));
  return shake(program, dsvizCalls());
}

module.exports = { processingLite, dsvizCalls };
