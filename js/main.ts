// The entry of the bundle dist/dsviz.js, which the demo page loads too: it exposes the
// global `dsviz` and auto-mounts every [data-dsviz] element once the document is parsed.
// Its value is the public API, which the bundle also registers as the AMD module "dsviz".
import * as api from "./api";
import { autoMount, get, mount, mountAll } from "./embed";

type Host = Window & { dsviz?: unknown };

function isDsviz(value: unknown): value is api.Dsviz {
  const v = value as Partial<api.Dsviz> | null | undefined;
  return !!v && typeof v.mount === "function" && typeof v.get === "function" && typeof v.mountAll === "function";
}

function install(host: Host): api.Dsviz {
  // A second copy of dsviz on the same page (the script included twice) keeps the first:
  // two copies would each mount every example, and two canvases would share one element.
  if (isDsviz(host.dsviz)) return host.dsviz;
  const dsviz: api.Dsviz = Object.freeze({ mount, get, mountAll });
  host.dsviz = dsviz;
  autoMount(host.document);
  return dsviz;
}

const dsviz = install(window as Host);
export = dsviz;
