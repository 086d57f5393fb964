// A fresh element in the document for each spec, and the examples mounted in it,
// destroyed after the spec.
import { Handle, mountWith } from "../../js/embed";
import { ExampleEnvironment } from "../../js/example";

/**
 * No motion, each operation shown done at once, pixel ratio 1, random() = 0.5, and drawn at
 * mount (not when near the viewport): examples whose output a spec can predict.
 */
export const QUIET: ExampleEnvironment = { reducedMotion: true, stepDwell: 0, pixelRatio: 1, random: () => 0.5, lazy: false };

export interface TestHost {
  /** This spec's element (a <div> in the body). */
  readonly host: HTMLElement;
  /** Mounts on `element` (the host by default) and destroys the example after the spec. */
  mount(options?: Record<string, unknown>, element?: HTMLElement, env?: ExampleEnvironment): Handle;
}

/** Call inside a describe(): each spec gets a new host. */
export function useHost(): TestHost {
  let host: HTMLElement;
  const handles: Handle[] = [];
  beforeEach(() => {
    host = document.createElement("div");
    document.body.appendChild(host);
  });
  afterEach(() => {
    handles.splice(0).forEach((h) => h.destroy());
    host.remove();
  });
  return {
    get host() {
      return host;
    },
    mount(options = {}, element?: HTMLElement, env: ExampleEnvironment = QUIET) {
      const handle = mountWith(element || host, options, env);
      handles.push(handle);
      return handle;
    },
  };
}
