// The public API: dsviz.mount / dsviz.get / dsviz.mountAll, and the handle.
// Nothing here throws into the host page from auto-mount, and nothing a user gives is
// inserted as HTML: error messages are shown with textContent.
import * as api from "./api";
import { OperationResult } from "./model/result";
import { OperationName, StructureState } from "./model/structure";
import { Example, ExampleEnvironment } from "./example";
import { assertAvailable } from "./example-factory";
import { attributeName, optionsFromAttributes, resolveOptions, UserOptions } from "./options";
import { followDocument } from "./page/follow-document";
import { MountQueue } from "./page/mount-queue";

export type Handle = api.Handle;

const mounted = new WeakMap<Element, Handle>();
/** Every example not yet destroyed, and whether its element has been seen in its document. */
const live = new Map<Handle, { seen: boolean }>();
/** Elements whose attributes failed, by their data-* attributes then: mountAll retries only changed ones. */
const failed = new WeakMap<Element, string>();
/** Auto-mount's elements far from the viewport, mounting a few per task. */
let queue: MountQueue | undefined;

/**
 * Mounts an example on `element` and returns its handle. Throws an Error naming the
 * option when an option is invalid (and then leaves the element as it was). Mounting
 * again on the same element replaces the example there.
 */
export function mount(element: HTMLElement, options?: api.Options): Handle {
  return mountWith(element, options as UserOptions | undefined);
}

/** `mount` with a chosen environment (clock, pixel ratio, motion): for specs and tools. */
export function mountWith(element: HTMLElement, options?: UserOptions, env: ExampleEnvironment = {}): Handle {
  if (!isElement(element)) {
    throw new TypeError(`dsviz.mount needs an element to mount on; got ${describe(element)}.`);
  }
  if (!isHTMLElement(element)) {
    // Like mountAll, which skips them: an example is HTML (a <div>, say), never inside <svg> or MathML.
    throw new TypeError(`dsviz.mount needs an HTML element, such as a <div>; got a <${(element as Element).localName}> element that is not HTML.`);
  }
  const resolved = resolveOptions(options);
  assertAvailable(resolved.structure);
  failed.delete(element);
  const previous = mounted.get(element);
  if (previous) previous.destroy();
  clearError(element);
  return attach(element, new Example(element, resolved, env));
}

/** The handle mounted on `element`, or undefined (an example auto-mount has queued mounts now). */
export function get(element: Element | null | undefined): Handle | undefined {
  if (!isElement(element)) return undefined;
  if (!mounted.has(element) && queue) queue.take(element);
  return mounted.get(element);
}

/**
 * Mounts every `[data-dsviz]` element in `root` (and `root` itself) that is not mounted
 * yet. An element with an invalid attribute shows the error in its place and in
 * console.error; the others still mount. Returns the handles mounted now.
 */
export function mountAll(root: ParentNode = document): Handle[] {
  if (!root || typeof (root as Partial<ParentNode>).querySelectorAll !== "function") {
    throw new TypeError(`dsviz.mountAll needs a document or an element; got ${describe(root)}.`);
  }
  return mountElements(elementsIn(root));
}

/** `root` and the [data-dsviz] elements inside it. */
function elementsIn(root: ParentNode): Element[] {
  const elements: Element[] = Array.from(root.querySelectorAll("[data-dsviz]"));
  if (isElement(root) && root.hasAttribute("data-dsviz")) elements.unshift(root);
  return elements;
}

/** Mounts each element not mounted yet; an invalid one shows its error in place. */
function mountElements(elements: Element[]): Handle[] {
  const handles: Handle[] = [];
  for (const element of elements) {
    if (mounted.has(element) || !isHTMLElement(element)) continue;
    const attributes = signature(element);
    if (failed.get(element) === attributes) continue; // its error is already shown
    try {
      const options = resolveOptions(optionsFromAttributes(element), attributeName);
      assertAvailable(options.structure);
      clearError(element);
      handles.push(attach(element, new Example(element, options)));
    } catch (error) {
      failed.set(element, attributes);
      showError(element, error);
    }
  }
  return handles;
}

/**
 * Auto-mount: mountAll(document) once the document is parsed, then follows it: elements
 * added later mount, and examples whose element leaves the document are destroyed.
 * Never throws into the page. Returns the function that stops following.
 */
export function autoMount(doc: Document = document): () => void {
  let stop = () => undefined as void;
  let stopped = false;
  const guarded = (what: string, f: () => void) => {
    try {
      f();
    } catch (error) {
      report(what, error);
    }
  };
  const run = () => {
    if (stopped) return;
    const win = doc.defaultView;
    guarded("could not mount the examples on this page.", () => {
      if (!win) return void mountAll(doc);
      const mountSafely = (elements: Element[]) => guarded("could not mount the examples on this page.", () => mountElements(elements));
      queue = new MountQueue(win, mountSafely);
      queue.add(elementsIn(doc).filter((element) => !mounted.has(element)));
    });
    stop = followDocument(doc, {
      added: (roots) =>
        guarded("could not mount the examples added to this page.", () => {
          noteConnected();
          for (const root of roots) if (root.hasAttribute("data-dsviz") || root.querySelector("[data-dsviz]")) mountAll(root);
        }),
      removed: () => guarded("could not release the examples removed from this page.", destroyDetached),
    });
  };
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", run, { once: true });
  else run();
  return () => {
    stopped = true;
    doc.removeEventListener("DOMContentLoaded", run);
    stop();
  };
}

/** Destroys every example whose element was in its document and is no longer. */
function destroyDetached(): void {
  live.forEach((life, handle) => {
    if (handle.element.isConnected) life.seen = true;
    else if (life.seen) handle.destroy();
  });
}

/** Remembers which examples' elements are in their document now (mounted before they were added). */
function noteConnected(): void {
  live.forEach((life, handle) => {
    if (!life.seen && handle.element.isConnected) life.seen = true;
  });
}

// Compile-time checks that the implementation matches the public declarations in api.ts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const publicApi: api.Dsviz = { mount, get, mountAll };
const sameState: Same<api.StructureState, StructureState> = true;
const sameResult: Same<api.OperationResult, OperationResult> = true;
void publicApi, sameState, sameResult;

function attach(element: HTMLElement, example: Example): Handle {
  const listeners = new Set<(state: StructureState) => void>();
  let destroyed = false;
  const unsubscribe = example.controller.onChange((state) => {
    for (const listener of Array.from(listeners)) {
      try {
        listener(state);
      } catch (error) {
        // A host page's listener must not break the example or the operation.
        report('a "change" listener threw.', error);
      }
    }
  });
  const call = (name: OperationName) => (value?: unknown) => example.run(name, value);
  const handle: Handle = Object.freeze({
    element,
    push: call("push"),
    pop: () => example.run("pop"),
    enqueue: call("enqueue"),
    dequeue: () => example.run("dequeue"),
    peek: () => example.run("peek"),
    clear: () => example.run("clear"),
    state: () => example.state(),
    undo: () => example.undo(),
    redo: () => example.redo(),
    history: () =>
      example.teaching.entries().map((trace) => {
        const entry: api.HistoryEntry = { operation: trace.operation, message: trace.message, state: example.controller.publicState(trace.steps[trace.steps.length - 1].state) };
        if (trace.value !== undefined) entry.value = trace.value;
        return entry;
      }),
    toPNG: () => {
      if (destroyed) throw new Error("This example has been destroyed: toPNG() has no picture to draw.");
      return example.toPNG();
    },
    on(event: "change" | "answer", listener: (value: never) => void): () => void {
      if (event !== "change" && event !== "answer") throw new TypeError(`dsviz handles emit "change" and "answer", not ${JSON.stringify(String(event))}.`);
      if (typeof listener !== "function") throw new TypeError(`on("${event}", listener) needs a function; got ${describe(listener)}.`);
      if (destroyed) return () => undefined;
      if (event === "answer") {
        return example.onAnswer((answer) => {
          try {
            (listener as (report: api.AnswerReport) => void)(answer);
          } catch (error) {
            report('an "answer" listener threw.', error);
          }
        });
      }
      const own = (state: StructureState) => (listener as (state: StructureState) => void)(state);
      listeners.add(own);
      return () => {
        listeners.delete(own);
      };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      listeners.clear();
      unsubscribe();
      if (mounted.get(element) === handle) mounted.delete(element);
      live.delete(handle);
      example.destroy();
    },
  });
  mounted.set(element, handle);
  live.set(handle, { seen: element.isConnected });
  return handle;
}

function signature(element: Element): string {
  return Array.from(element.attributes)
    .filter((a) => a.name.startsWith("data-"))
    .map((a) => `${a.name}=${a.value}`)
    .join("\u0000");
}

function showError(element: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  report(message, element);
  clearError(element);
  const box = element.ownerDocument.createElement("div");
  box.className = "dsviz-error";
  box.setAttribute("role", "alert");
  box.textContent = `This example could not be shown. ${message}`;
  element.prepend(box);
}

function clearError(element: Element): void {
  for (const old of Array.from(element.children)) {
    if (old.classList.contains("dsviz-error")) old.remove();
  }
}

function report(message: string, detail: unknown): void {
  if (typeof console !== "undefined" && console.error) console.error(`dsviz: ${message}`, detail);
}

function isElement(value: unknown): value is Element {
  return typeof value === "object" && value !== null && (value as Node).nodeType === 1 && typeof (value as Element).getAttribute === "function";
}

/** An element of HTML (not SVG or MathML, whose elements have no place for an example). */
function isHTMLElement(value: Element): value is HTMLElement {
  return value.namespaceURI === "http://www.w3.org/1999/xhtml";
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 24 ? value.slice(0, 24) + "…" : value)} (pass an element, e.g. document.querySelector(...))`;
  if (typeof value === "object") return "an object that is not an element";
  return typeof value;
}
