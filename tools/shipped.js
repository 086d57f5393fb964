// A module as dist/ ships it, for the build (tools/build.js) and for the bench, which weighs
// the bundle's parts.
"use strict";

/**
 * tsc's output of module `name`, as it goes into the bundle: tsc's source-map comment points
 * at a file that is not beside the bundle; in a listing, the spaces that line its step tags
 * up in a column are for reading the source, and the listing reader drops whatever space
 * comes before a tag (js/code/listing.ts), so one is kept (about a tenth of the bundle).
 */
function shipped(name, contents) {
  const code = contents.replace(/^\/\/# sourceMappingURL=.*$/gm, "");
  return /-listings$/.test(name) ? code.replace(/ {2,}⟦/g, " ⟦") : code;
}

module.exports = { shipped };
