// The demo page's entry: exposes the same global `dsviz` as the bundle and mounts
// every [data-dsviz] example on the page.
import * as dsviz from "./embed";

(window as unknown as { dsviz: typeof dsviz }).dsviz = dsviz;

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => dsviz.mountAll(document));
} else {
  dsviz.mountAll(document);
}
