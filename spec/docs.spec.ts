// embed.html and README.md state the options; they must agree with js/options.ts.
import { allowedValues, attributeName, defaultOf, OPTION_NAMES, OPTIONS } from "../js/options";

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.ok).withContext(url).toBe(true);
  return response.text();
}

/** How the docs write a default: JSON, except the label's and the pointers', which depend on the structure. */
function shownDefault(option: (typeof OPTION_NAMES)[number]): string {
  if (option === "pointers") return `${JSON.stringify(defaultOf(option, "stack"))} (stack), ${JSON.stringify(defaultOf(option, "queue"))} (queues)`;
  return option === "label" ? "the structure's name" : JSON.stringify(defaultOf(option));
}

/** The allowed values as the docs must say them: the validator's words. */
function allowedWords(option: (typeof OPTION_NAMES)[number]): string {
  return OPTIONS[option].only ? allowedValues(option, "cyclic-queue") : allowedValues(option);
}

describe("the documented options", () => {
  it("embed.html's table lists every option once, with its attribute, default and allowed values", async () => {
    const doc = new DOMParser().parseFromString(await text("/base/embed.html"), "text/html");
    const rows = Array.from(doc.querySelectorAll(".options-table tbody tr")) as HTMLTableRowElement[];
    expect(rows.map((r) => r.dataset.option)).toEqual(OPTION_NAMES.slice());
    rows.forEach((row, i) => {
      const option = OPTION_NAMES[i];
      const cells = Array.from(row.cells).map((c) => (c.textContent || "").replace(/\s+/g, " ").trim());
      expect(cells[0]).toBe(option);
      expect(cells[1]).toBe(attributeName(option));
      expect(cells[2]).toBe(shownDefault(option));
      // The pointers' values differ by structure: the queues' words must be there too.
      if (option === "pointers") expect(cells[3]).toContain(allowedValues(option, "queue"));
      expect(cells[3].replace(/ \(from 2 for the cyclic queue\)/, "")).withContext(option).toContain(allowedWords(option).replace(/^a whole number from 2/, "a whole number from 1"));
    });
  });

  it("README.md's table says the same", async () => {
    const md = await text("/base/README.md");
    const section = md.slice(md.indexOf("### Options"), md.indexOf("\n### ", md.indexOf("### Options") + 1));
    const rows = section.split("\n").filter((line) => /^\| `/.test(line));
    expect(rows.length).toBe(OPTION_NAMES.length);
    rows.forEach((line, i) => {
      const option = OPTION_NAMES[i];
      const cells = line.split("|").slice(1, -1).map((c) => c.trim());
      expect(cells[0]).toBe("`" + option + "`");
      expect(cells[1]).toBe("`" + attributeName(option) + "`");
      expect(cells[2].replace(/`/g, "")).toBe(shownDefault(option));
      if (option === "pointers") expect(cells[3]).toContain(allowedValues(option, "queue"));
      expect(cells[3].replace(/ \(from 2 for the cyclic queue\)/, "")).withContext(option).toContain(allowedWords(option).replace(/^a whole number from 2/, "a whole number from 1"));
    });
  });
});
