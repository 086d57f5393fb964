// The public API: dsviz.mount / dsviz.get / dsviz.mountAll, and the handle.
import { OperationResult } from "./core/result";
import { OperationName, StructureState } from "./core/structure";
import { Example, ExampleEnvironment } from "./example-factory";
import { attributeName, optionsFromAttributes, resolveOptions, UserOptions } from "./options";

export interface Handle {
  readonly element: HTMLElement;
  push(value?: unknown): OperationResult;
  pop(): OperationResult;
  enqueue(value?: unknown): OperationResult;
  dequeue(): OperationResult;
  peek(): OperationResult;
  clear(): OperationResult;
  state(): StructureState;
  /** Calls `listener(state)` after every operation that changed the structure; returns an unsubscribe. */
  on(event: "change", listener: (state: StructureState) => void): () => void;
  destroy(): void;
}

const mounted = new WeakMap<HTMLElement, Handle>();

/**
 * Mounts an example on `element` and returns its handle. Throws an Error naming the
 * option when an option is invalid. Mounting again on the same element replaces the
 * example there.
 */
export function mount(element: HTMLElement, options: UserOptions = {}, env: ExampleEnvironment = {}): Handle {
  if (!element || element.nodeType !== 1) throw new TypeError("dsviz.mount needs an element to mount on.");
  const resolved = resolveOptions(options);
  const previous = mounted.get(element);
  if (previous) previous.destroy();
  return attach(element, new Example(element, resolved, env));
}

/** The handle mounted on `element`, or undefined. */
export function get(element: HTMLElement): Handle | undefined {
  return element ? mounted.get(element) : undefined;
}

/**
 * Mounts every `[data-dsviz]` element under `root` that is not mounted yet. An element
 * with an invalid attribute shows the error in its place and in console.error; the
 * others still mount. Returns the handles mounted now.
 */
export function mountAll(root: ParentNode = document): Handle[] {
  const handles: Handle[] = [];
  const elements = root.querySelectorAll<HTMLElement>("[data-dsviz]");
  for (const element of Array.from(elements)) {
    if (mounted.has(element)) continue;
    try {
      const options = resolveOptions(optionsFromAttributes(element), attributeName);
      handles.push(attach(element, new Example(element, options)));
    } catch (error) {
      showError(element, error);
    }
  }
  return handles;
}

function attach(element: HTMLElement, example: Example): Handle {
  clearError(element);
  const call = (name: OperationName) => (value?: unknown) => example.run(name, value);
  const handle: Handle = {
    element,
    push: call("push"),
    pop: call("pop"),
    enqueue: call("enqueue"),
    dequeue: call("dequeue"),
    peek: call("peek"),
    clear: call("clear"),
    state: () => example.controller.state(),
    on(event, listener) {
      if (event !== "change") throw new Error(`dsviz handles emit only "change", not ${JSON.stringify(String(event))}.`);
      return example.controller.onChange((state) => listener(state));
    },
    destroy() {
      if (mounted.get(element) === handle) mounted.delete(element);
      example.destroy();
    },
  };
  mounted.set(element, handle);
  return handle;
}

function showError(element: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`dsviz: ${message}`, element);
  clearError(element);
  const box = element.ownerDocument.createElement("div");
  box.className = "dsviz-error";
  box.setAttribute("role", "alert");
  box.textContent = `This example could not be shown. ${message}`;
  element.append(box);
}

function clearError(element: HTMLElement): void {
  const old = element.querySelector(":scope > .dsviz-error");
  if (old) old.remove();
}
