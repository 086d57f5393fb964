// Auto-mount follows the document after its first scan: documentation sites with instant
// navigation, slide tools and frameworks add and remove content without a page load.
// One MutationObserver per document reports [data-dsviz] elements that arrive and tells
// when elements leave; nothing runs while the DOM is quiet, and an example's own DOM
// changes (its narration, its canvas) are ignored at once.

/** What auto-mount does when the document changes. */
export interface DocumentFollower {
  /** Elements were added (each root of an added subtree, or an element given data-dsviz). */
  added(roots: Element[]): void;
  /** Elements have left the document: destroy the examples that went with them. */
  removed(): void;
}

/** An example's own root: changes inside it are the example's, not the page's. */
const EXAMPLE_ROOT = ".dsviz-example";
/** Setting this on an existing element (or fixing a failed one) mounts it too. */
const WATCHED_ATTRIBUTES = ["data-dsviz"];

/** Starts following `doc`; returns the function that stops. */
export function followDocument(doc: Document, follower: DocumentFollower): () => void {
  const MO = doc.defaultView && (doc.defaultView as Window & { MutationObserver?: typeof MutationObserver }).MutationObserver;
  if (!MO) return () => undefined;
  const observer = new MO((records) => {
    let removed = false;
    const added: Element[] = [];
    for (const record of records) {
      const target = record.target as Element;
      if (target.nodeType === 1 && target.closest(EXAMPLE_ROOT)) continue;
      if (record.type === "attributes") {
        added.push(target);
        continue;
      }
      record.addedNodes.forEach((node) => {
        if (node.nodeType === 1 && !(node as Element).matches(EXAMPLE_ROOT)) added.push(node as Element);
      });
      record.removedNodes.forEach((node) => {
        if (node.nodeType === 1) removed = true;
      });
    }
    if (added.length > 0) follower.added(added.filter((root) => root.isConnected));
    if (removed) follower.removed();
  });
  observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  return () => observer.disconnect();
}
