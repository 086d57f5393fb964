// Real host pages for the end-to-end tests: a reveal.js deck, CSS frameworks from npm
// (Pico CSS, Bootstrap 5), documentation-like root font sizes, and a page that swaps its
// content like a documentation site's instant navigation. All are served by the tests'
// own server from the project root, so /node_modules/... and /dist/... resolve.
"use strict";
const { notesPage } = require("./notes");

const JS = { "Content-Type": "text/javascript; charset=utf-8" };

/** A reveal.js deck: a title slide, then one slide per example (later slides start hidden). */
function revealDeck(slides, { theme = "white", init = "/hosts/reveal-init.js" } = {}) {
  const sections = slides.map((s) => `<section>${s}</section>`).join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>Lecture 5: queues</title>
<link rel="stylesheet" href="/node_modules/reveal.js/dist/reveal.css">
<link rel="stylesheet" href="/node_modules/reveal.js/dist/theme/${theme}.css">
<link rel="stylesheet" href="/dist/dsviz.css">
</head>
<body>
<div class="reveal"><div class="slides">
<section><h2>Lecture 5</h2><p>Stacks and queues</p></section>
${sections}
</div></div>
<script src="/node_modules/reveal.js/dist/reveal.js"></script>
<script src="/dist/dsviz.js"></script>
<script src="${init}"></script>
</body>
</html>`;
}

const REVEAL_INIT = "Reveal.initialize({ hash: false, transition: 'none', controls: false, progress: false });";
/** A deck of 1280x720 slides (reveal's default is 960x700). */
const REVEAL_INIT_1280 = REVEAL_INIT.replace("progress: false", "progress: false, width: 1280, height: 720");

/**
 * The same notes page under a host's styles: "plain", "pico", "bootstrap", or a page whose
 * root font size is 10 px (Jupyter classic) or 20 px (Material for MkDocs).
 */
function styledNotes(host, body) {
  const head = {
    plain: "",
    pico: '<link rel="stylesheet" href="/node_modules/@picocss/pico/css/pico.min.css">',
    bootstrap: '<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css">',
    "root-10px": '<link rel="stylesheet" href="/hosts/root-10px.css">',
    "root-20px": '<link rel="stylesheet" href="/hosts/root-20px.css">',
  }[host];
  if (head === undefined) throw new Error(`no host page "${host}"`);
  // The framework comes after dsviz.css, as a page that adds dsviz to an existing site has it.
  return notesPage({ body: `<main class="container">${body}</main>`, head });
}

/** Two "pages" of a documentation site whose script swaps <main> without a page load. */
const INSTANT_PAGES = [
  '<h2>Stacks</h2><p>Push and pop.</p><div data-dsviz="stack" data-values="1 2"></div><div data-dsviz="queue" data-values="3"></div>',
  '<h2>Cyclic queues</h2><div data-dsviz="cyclic-queue" data-values="4 5 6"></div><p>Wrap.</p><div data-dsviz="stack"></div>',
];
const INSTANT_NAV = `
window.__pages = ${JSON.stringify(INSTANT_PAGES)};
window.navigate = function (i) {
  document.querySelector("main").innerHTML = window.__pages[i % 2];
  history.pushState({ page: i }, "", "?page=" + i);
};`;

/** Serves the scripts and styles the host pages load. */
function routeHostAssets(server) {
  server.route("/hosts/reveal-init.js", REVEAL_INIT, JS);
  server.route("/hosts/reveal-init-1280.js", REVEAL_INIT_1280, JS);
  server.route("/hosts/instant-nav.js", INSTANT_NAV, JS);
  server.route("/hosts/root-10px.css", "html { font-size: 10px; } body { font-size: 1.3rem; }", { "Content-Type": "text/css" });
  server.route("/hosts/dark-page.css", "body { background: #111827; color: #e5e7eb; }", { "Content-Type": "text/css" });
  server.route("/hosts/root-20px.css", "html { font-size: 20px; } body { font-size: 0.8rem; }", { "Content-Type": "text/css" });
}

function instantNavPage() {
  return notesPage({ body: `<main>${INSTANT_PAGES[0]}</main>`, after: '<script src="/hosts/instant-nav.js"></script>' });
}

module.exports = { revealDeck, styledNotes, instantNavPage, routeHostAssets, INSTANT_PAGES };
