import { keepKeys, usedByControl } from "../js/ui/keys";
import { Handle, mountWith } from "../js/embed";
import { QUIET } from "./support/host";


function key(target: HTMLElement, init: KeyboardEventInit, type = "keydown"): KeyboardEvent {
  const event = new KeyboardEvent(type, { bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, "target", { value: target });
  return event;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, type?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (type) (el as HTMLInputElement).type = type;
  return el;
}

describe("keys on an example's controls", () => {
  it("usedByControl: Space and Enter on a button; not arrows, Escape or PageDown", () => {
    const button = element("button");
    for (const k of [" ", "Enter"]) expect(usedByControl(key(button, { key: k }))).withContext(k).toBe(true);
    for (const k of ["ArrowRight", "ArrowLeft", "Escape", "PageDown", "n", "Tab"]) expect(usedByControl(key(button, { key: k }))).withContext(k).toBe(false);
  });

  it("usedByControl: arrows, Home, End, Page keys, Space, Enter and type-ahead on a select; not Tab or Escape", () => {
    const select = element("select");
    for (const k of ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown", " ", "Enter", "r"]) {
      expect(usedByControl(key(select, { key: k }))).withContext(k).toBe(true);
    }
    for (const k of ["Tab", "Escape", "F5"]) expect(usedByControl(key(select, { key: k }))).withContext(k).toBe(false);
  });

  it("usedByControl: arrows, Home, End and Page keys on a range input; not Space", () => {
    const range = element("input", "range");
    for (const k of ["ArrowUp", "ArrowLeft", "Home", "End", "PageUp", "PageDown"]) expect(usedByControl(key(range, { key: k }))).withContext(k).toBe(true);
    expect(usedByControl(key(range, { key: " " }))).toBe(false);
  });

  it("usedByControl: every typed character and editing key in a text box, and its Ctrl shortcuts; not Tab, Escape or Page keys", () => {
    const text = element("input", "text");
    for (const k of ["a", "F", "?", " ", "7", "Backspace", "Delete", "Enter", "ArrowLeft", "ArrowRight", "Home", "End"]) {
      expect(usedByControl(key(text, { key: k }))).withContext(k).toBe(true);
    }
    for (const k of ["a", "c", "v", "x", "z", "Y"]) expect(usedByControl(key(text, { key: k, ctrlKey: true }))).withContext("Ctrl+" + k).toBe(true);
    for (const k of ["Tab", "Escape", "PageDown", "PageUp", "F11"]) expect(usedByControl(key(text, { key: k }))).withContext(k).toBe(false);
    expect(usedByControl(key(text, { key: "p", ctrlKey: true }))).toBe(false); // the browser's print, not the box's
  });

  it("usedByControl: nothing on the canvas or the example's frame", () => {
    for (const el of [element("canvas"), element("div"), element("figure")]) {
      for (const k of [" ", "Enter", "ArrowRight", "a"]) expect(usedByControl(key(el, { key: k }))).toBe(false);
    }
  });

  it("keepKeys(root) stops used keys (keydown, keypress, keyup) at the root; other keys reach the document", () => {
    const root = document.createElement("div");
    const button = document.createElement("button");
    root.append(button);
    document.body.append(root);
    const reached: string[] = [];
    const listener = (e: Event) => reached.push(`${e.type} ${(e as KeyboardEvent).key}`);
    for (const type of ["keydown", "keypress", "keyup"]) document.addEventListener(type, listener);
    const stop = keepKeys(root, (e) => e.key === "z" && e.ctrlKey);
    try {
      for (const type of ["keydown", "keypress", "keyup"]) {
        button.dispatchEvent(new KeyboardEvent(type, { key: " ", bubbles: true }));
        button.dispatchEvent(new KeyboardEvent(type, { key: "PageDown", bubbles: true }));
      }
      button.dispatchEvent(new KeyboardEvent("keydown", { key: "z", ctrlKey: true, bubbles: true }));
      expect(reached).toEqual(["keydown PageDown", "keypress PageDown", "keyup PageDown"]);
      stop();
      button.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true }));
      expect(reached.length).toBe(4); // once stopped, nothing is held back
    } finally {
      for (const type of ["keydown", "keypress", "keyup"]) document.removeEventListener(type, listener);
      root.remove();
    }
  });

  describe("in a mounted example", () => {
    let host: HTMLElement;
    let handle: Handle;
    const reached: string[] = [];
    const onDocument = (e: KeyboardEvent) => reached.push(e.key);

    beforeEach(() => {
      host = document.createElement("div");
      document.body.appendChild(host);
      handle = mountWith(host, { structure: "cyclic-queue" }, QUIET);
      reached.length = 0;
      document.addEventListener("keydown", onDocument);
    });

    afterEach(() => {
      document.removeEventListener("keydown", onDocument);
      handle.destroy();
      host.remove();
    });

    it("Space on Enqueue, arrows on the View select and letters in the Value box never reach the page's key handlers", () => {
      const enqueue = Array.from(host.querySelectorAll("button")).find((b) => b.textContent === "Enqueue") as HTMLButtonElement;
      const select = host.querySelector("select") as HTMLSelectElement;
      const input = host.querySelector("input") as HTMLInputElement;
      enqueue.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true }));
      select.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
      input.dispatchEvent(new KeyboardEvent("keydown", { key: "n", bubbles: true }));
      expect(reached).toEqual([]);
    });

    it("keys on the canvas and the frame, and Escape anywhere, still reach the page", () => {
      const canvas = host.querySelector("canvas") as HTMLCanvasElement;
      const title = host.querySelector(".dsviz-title") as HTMLElement;
      const enqueue = host.querySelector("button") as HTMLButtonElement;
      canvas.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
      title.dispatchEvent(new KeyboardEvent("keydown", { key: "PageDown", bubbles: true }));
      enqueue.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
      expect(reached).toEqual(["ArrowRight", "PageDown", "Escape"]);
    });
  });
});
