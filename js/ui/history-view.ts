// The History disclosure: one row per state change, oldest first, with its sentence (the
// cyclic queue adds head, tail, size and the slots: a trace table). "Copy" copies it as
// tab-separated text, ready for a spreadsheet or a lab report.
import { createButton } from "./controls";

export interface HistoryRow {
  operation: string;
  result: string;
  /** Extra columns, in order, e.g. [["head", "2"], ["tail", "5"]]. */
  columns: [string, string][];
}

export class HistoryView {
  readonly element: HTMLDetailsElement;
  private readonly body: HTMLTableSectionElement;
  private readonly head: HTMLTableRowElement;
  private readonly note: HTMLElement;
  private rows: HistoryRow[] = [];

  constructor(private readonly doc: Document) {
    this.element = doc.createElement("details");
    this.element.className = "dsviz-history";
    const summary = doc.createElement("summary");
    summary.textContent = "History";
    const wrap = doc.createElement("div");
    wrap.className = "dsviz-history-table";
    wrap.tabIndex = 0; // it scrolls: reachable by keyboard
    const table = doc.createElement("table");
    const thead = table.createTHead();
    this.head = thead.insertRow();
    this.body = table.createTBody();
    wrap.append(table);
    this.element.append(summary, wrap);
    createButton(this.element, "Copy", "dsviz-small", () => this.copy());
    this.note = doc.createElement("span");
    this.note.className = "dsviz-copy-note";
    this.note.setAttribute("aria-live", "polite");
    this.element.append(this.note);
    this.render([]);
  }

  /** Shows `rows`; one added or taken away at the end (a change, an Undo) touches only that row. */
  render(rows: HistoryRow[]): void {
    const before = this.rows;
    this.rows = rows;
    const same = (n: number) => before.slice(0, n).every((r, i) => r === rows[i]);
    if (before.length > 0 && rows.length === before.length + 1 && same(before.length)) return this.addRow(rows.length - 1);
    if (rows.length > 0 && rows.length === before.length - 1 && same(rows.length)) return (this.body.lastElementChild as Element).remove();
    this.renderAll(rows);
  }

  private addRow(i: number): void {
    const row = this.rows[i];
    const tr = this.body.insertRow();
    for (const text of [String(i + 1), row.operation, row.result, ...row.columns.map((c) => c[1])]) tr.insertCell().textContent = text;
  }

  private renderAll(rows: HistoryRow[]): void {
    const names = ["#", "Operation", "Result", ...(rows[0] ? rows[0].columns.map((c) => c[0]) : [])];
    this.head.textContent = "";
    for (const name of names) {
      const th = this.doc.createElement("th");
      th.scope = "col";
      th.textContent = name;
      this.head.append(th);
    }
    this.body.textContent = "";
    rows.forEach((_, i) => this.addRow(i));
    if (rows.length === 0) {
      const cell = this.body.insertRow().insertCell();
      cell.colSpan = names.length;
      cell.textContent = "No changes yet.";
    }
  }

  /** The table as tab-separated text, a header line first. */
  text(): string {
    const names = ["#", "Operation", "Result", ...(this.rows[0] ? this.rows[0].columns.map((c) => c[0]) : [])];
    const lines = this.rows.map((row, i) => [String(i + 1), row.operation, row.result, ...row.columns.map((c) => c[1])].join("\t"));
    return [names.join("\t"), ...lines].join("\n");
  }

  private copy(): void {
    const text = this.text();
    const done = () => (this.note.textContent = `Copied ${this.rows.length} ${this.rows.length === 1 ? "row" : "rows"}.`);
    const failed = () => (this.note.textContent = "The browser did not allow copying: select the table and copy it.");
    const clipboard = this.doc.defaultView && this.doc.defaultView.navigator.clipboard;
    if (clipboard && clipboard.writeText) clipboard.writeText(text).then(done, failed);
    else failed();
  }
}
