// A page script (no imports) using the global `dsviz` declared by dist/dsviz.d.ts.
/// <reference path="../../dist/dsviz.d.ts" />

const host = document.createElement("div");
const handle: dsviz.Handle = dsviz.mount(host, {
  structure: "cyclic-queue",
  capacity: 8,
  values: ["3", 1, "4"],
  controls: false,
  view: "row",
  fullRule: "spare-slot",
  speed: 1.5,
  label: "Cyclic queue",
});
const pushed: dsviz.OperationResult = handle.enqueue("7");
const message: string = pushed.message;
const value: string | undefined = handle.dequeue().value;
const state: dsviz.StructureState = handle.state();
const head: number | undefined = state.head;
const off: () => void = handle.on("change", (s) => s.items.join(" "));
off();
const again: dsviz.Handle | undefined = dsviz.get(host);
const all: dsviz.Handle[] = dsviz.mountAll(document);
dsviz.mount(host, { values: "3 1 4" });
handle.destroy();

// @ts-expect-error: not a structure
dsviz.mount(host, { structure: "tree" });
// @ts-expect-error: capacity is a number
dsviz.mount(host, { capacity: "8" });
// @ts-expect-error: no such option
dsviz.mount(host, { capcity: 8 });
// @ts-expect-error: handles emit only "change"
handle.on("click", () => undefined);
// @ts-expect-error: the handle is read-only
handle.element = host;

void message, value, head, again, all;
