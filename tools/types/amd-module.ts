// A module importing dsviz (AMD: require(["dsviz"], ...); CommonJS-style import for types).
import dsviz = require("../../dist/dsviz");

export function demo(element: HTMLElement): dsviz.StructureState {
  const handle: dsviz.Handle = dsviz.mount(element, { structure: "stack", capacity: 4 });
  handle.push(7);
  return handle.state();
}
