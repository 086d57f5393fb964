// Keys pressed on an example's controls stay with the example: a slide deck or a
// documentation site that binds Space, Enter, the arrows or letters on its document never
// sees the keys a dsviz control uses. Keys the example does not use (Tab, Escape,
// PageDown on the canvas or the frame, a presenter's clicker) still reach the page.

const NAVIGATION = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"];
const ACTIVATION = [" ", "Spacebar", "Enter"];
const EDITING = ["Backspace", "Delete", "Enter", ...NAVIGATION];
/** Ctrl/Cmd shortcuts a text box handles itself. */
const TEXT_SHORTCUTS = ["a", "c", "v", "x", "z", "y"];

/** True when the control that has focus handles `event` itself. */
export function usedByControl(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target || typeof target.tagName !== "string") return false;
  const key = event.key;
  const tag = target.tagName;
  if (tag === "BUTTON" || tag === "SUMMARY") return ACTIVATION.indexOf(key) >= 0;
  if (tag === "SELECT") {
    return ACTIVATION.indexOf(key) >= 0 || NAVIGATION.indexOf(key) >= 0 || key === "PageUp" || key === "PageDown" || isTyped(event);
  }
  if (tag === "INPUT") {
    const type = (target as HTMLInputElement).type;
    if (type === "range") return NAVIGATION.indexOf(key) >= 0 || key === "PageUp" || key === "PageDown";
    if (type === "checkbox" || type === "radio" || type === "button") return ACTIVATION.indexOf(key) >= 0;
    if (event.ctrlKey || event.metaKey) return TEXT_SHORTCUTS.indexOf(key.toLowerCase()) >= 0;
    return isTyped(event) || EDITING.indexOf(key) >= 0;
  }
  return false;
}

function isTyped(event: KeyboardEvent): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}

const KEY_EVENTS = ["keydown", "keypress", "keyup"] as const;

/**
 * Stops the keys `root`'s controls use from propagating past `root`, plus those
 * `alsoHandled` says the example handles itself (e.g. Ctrl+Z for Undo). Returns the
 * function that removes the listeners.
 */
export function keepKeys(root: HTMLElement, alsoHandled: (event: KeyboardEvent) => boolean = () => false): () => void {
  const stop = (event: Event) => {
    const e = event as KeyboardEvent;
    if (usedByControl(e) || alsoHandled(e)) e.stopPropagation();
  };
  for (const type of KEY_EVENTS) root.addEventListener(type, stop);
  return () => {
    for (const type of KEY_EVENTS) root.removeEventListener(type, stop);
  };
}
