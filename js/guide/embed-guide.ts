// embed.html's own script (a plain script, not a module; it runs after dist/dsviz.js).
// Every snippet on the guide is one string: the source shown beside the example is that
// string set as textContent, and the live example is built from the same string. So the
// two can never disagree.
(function () {
  type Dsviz = import("../api").Dsviz;
  const dsviz = (window as unknown as { dsviz?: Dsviz }).dsviz;

  /** The page's own link and script elements are already loaded: a snippet's copies are shown, not loaded twice. */
  const ALREADY_ON_PAGE = "link, script";

  function renderSnippet(figure: HTMLElement): void {
    const source = figure.querySelector<HTMLTextAreaElement>("textarea.snippet-source");
    if (!source) return;
    const text = dedent(source.value);
    source.remove();
    const code = document.createElement("pre");
    code.className = "snippet-code";
    const inner = document.createElement("code");
    inner.textContent = text; // shown as text, exactly as written
    code.append(inner);
    const live = document.createElement("div");
    live.className = "snippet-live";
    // DOMParser never runs scripts; the nodes are our own page's markup, not user input.
    const parsed = new DOMParser().parseFromString(text, "text/html");
    const nodes = Array.from(parsed.body.childNodes).filter(
      (node) => !(node.nodeType === 1 && (node as Element).matches(ALREADY_ON_PAGE)),
    );
    const column = document.createElement("div");
    column.className = "snippet-column";
    column.append(code);
    figure.prepend(column, live);
    addCopyButton(code, text, "Copy this snippet");
    if (figure.dataset.onDemand === undefined) {
      for (const node of nodes) live.append(document.importNode(node, true));
      return;
    }
    // Shown on request, so that the page's console stays clean until the reader asks
    // for the error (auto-mount reports it there too, as it would in their notes).
    const button = document.createElement("button");
    button.type = "button";
    button.className = "snippet-show";
    button.textContent = figure.dataset.onDemand || "Show this example";
    button.addEventListener("click", () => {
      button.remove();
      for (const node of nodes) live.append(document.importNode(node, true));
      if (dsviz) dsviz.mountAll(live);
    });
    live.append(button);
  }

  /**
   * A "Copy" button after `target` that copies `text`, and says so. Without clipboard
   * access (some file:// pages) it selects the text, ready for Ctrl+C.
   */
  function addCopyButton(target: HTMLElement, text: string, name: string): void {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", name);
    const said = document.createElement("span");
    said.className = "copy-said";
    said.setAttribute("role", "status");
    const select = () => {
      const range = document.createRange();
      range.selectNodeContents(target);
      const selection = window.getSelection();
      if (selection) selection.removeAllRanges(), selection.addRange(range);
      said.textContent = "Selected: press Ctrl+C to copy.";
    };
    button.addEventListener("click", () => {
      const clipboard = navigator.clipboard;
      if (!clipboard) return select();
      clipboard.writeText(text).then(() => (said.textContent = "Copied."), select);
    });
    target.after(button, said);
  }

  /** Removes the common indentation and the blank first and last lines. */
  function dedent(text: string): string {
    const lines = text.replace(/^\s*\n/, "").replace(/\s+$/, "").split("\n");
    const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => l.match(/^ */)![0].length));
    return lines.map((l) => l.slice(indent)).join("\n");
  }

  /**
   * The "From JavaScript" example. Its source, shown on the page, is this function's own
   * text (Function.prototype.toString), so what you read is what runs.
   */
  function apiExample(dsviz: Dsviz, area: HTMLElement) {
    const find = (selector: string) => area.querySelector(selector) as HTMLElement;
    const output = find(".api-state");
    const input = find(".api-value") as HTMLInputElement;
    let changes = 0;
    let stack = mountStack();

    function mountStack() {
      // mount() throws an Error naming the option if an option is invalid.
      const handle = dsviz.mount(find(".api-stack"), {
        structure: "stack",
        capacity: 5,
        values: [3, 1],
        controls: false,
        label: "Driven from code",
      });
      handle.on("change", () => {
        changes += 1;
      });
      return handle;
    }

    function show(call: string, result?: object) {
      // Results and state are shown as text, never as HTML.
      output.textContent = [
        call + (result ? " → " + JSON.stringify(result) : ""),
        "state() → " + JSON.stringify(stack.state()),
        "change events so far: " + changes,
      ].join("\n");
    }

    find(".api-push").addEventListener("click", () => show(`push(${JSON.stringify(input.value)})`, stack.push(input.value)));
    find(".api-pop").addEventListener("click", () => show("pop()", stack.pop()));
    find(".api-peek").addEventListener("click", () => show("peek()", stack.peek()));
    find(".api-clear").addEventListener("click", () => show("clear()", stack.clear()));
    find(".api-undo").addEventListener("click", () => show("undo()", stack.undo()));
    find(".api-redo").addEventListener("click", () => show("redo()", stack.redo()));
    find(".api-history").addEventListener("click", () => show("history()", stack.history().map((entry) => entry.message)));
    find(".api-remount").addEventListener("click", () => {
      stack.destroy(); // releases the canvas; the element can be mounted again
      stack = mountStack();
      show("destroy(), then mount() again");
    });
    find(".api-add").addEventListener("click", () => {
      // Examples added to the page later are mounted with mountAll(root).
      const added = document.createElement("div");
      added.setAttribute("data-dsviz", "stack");
      added.setAttribute("data-capacity", "3");
      added.setAttribute("data-label", "Added later");
      find(".api-later").append(added);
      const mounted = dsviz.mountAll(find(".api-later"));
      output.textContent = "mountAll() mounted " + mounted.length + " example(s).";
    });
    show("mount()");
  }

  function showApiSource(pre: HTMLElement): void {
    const code = document.createElement("code");
    // toString() keeps the indentation the function has in this file; drop it.
    const [first, ...rest] = apiExample.toString().split("\n");
    code.textContent = [first, dedent(rest.join("\n"))].join("\n");
    pre.replaceChildren(code);
  }

  /** Shows the Content-Security-Policy this page itself runs under, read from its meta tag. */
  function showPolicy(target: HTMLElement): void {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    target.textContent = meta ? meta.getAttribute("content") || "" : "(no policy)";
  }

  function start() {
    for (const figure of Array.from(document.querySelectorAll<HTMLElement>("figure.snippet"))) renderSnippet(figure);
    for (const code of Array.from(document.querySelectorAll<HTMLElement>("code.command-snippet"))) {
      addCopyButton(code, code.textContent || "", `Copy ${code.textContent}`);
    }
    const policy = document.getElementById("page-policy");
    if (policy) showPolicy(policy);
    const apiSource = document.getElementById("api-source");
    if (apiSource) showApiSource(apiSource);
    const area = document.getElementById("api-example");
    if (!dsviz) return; // dist/ is not built: the page's notice says what to do
    const notice = document.getElementById("build-notice");
    if (notice) notice.hidden = true;
    if (area) apiExample(dsviz, area);
    // The snippets' [data-dsviz] elements are in the page now; dsviz auto-mounts them
    // on DOMContentLoaded, as it would in your notes.
  }

  start();
})();
