// Practice mode's controls for linked nodes: the task, New node, one select per reference
// (top; head and tail) and per node's next, size, what the operation returns, then Undo,
// Reset, Check, Show answer, New task and the score. Everything is text, never markup.
import { createButton, createSelect, setDisabled, setText } from "../ui/controls";
import { numberText } from "../model/values";
import { LinkedPracticeStatus } from "./linked-practice";
import { row, sessionRow, SessionActions } from "./practice-view";

export interface LinkedPracticeActions extends SessionActions {
  makeNode(): void;
  setNext(node: string, target: string | null): void;
  setRef(name: string, target: string | null): void;
  setSize(size: number): void;
  setReturned(value: string | null): void;
}

/** The option that stands for null (a task's values are never empty). */
const NULL = "";

export class LinkedPracticeView {
  readonly element: HTMLElement;
  private readonly task: HTMLElement;
  private readonly make: HTMLButtonElement;
  private readonly fields: HTMLElement;
  private readonly score: HTMLElement;
  private shape = "";
  private readonly selects = new Map<string, HTMLSelectElement>();

  constructor(
    private readonly doc: Document,
    private readonly on: LinkedPracticeActions,
  ) {
    this.element = doc.createElement("div");
    this.element.className = "dsviz-practice dsviz-practice-linked";
    this.task = doc.createElement("p");
    this.task.className = "dsviz-task";
    const makeRow = row(doc, "dsviz-hand-row");
    this.make = createButton(makeRow, "New node", "dsviz-practice-new-node", () => on.makeNode());
    this.fields = row(doc, "dsviz-pointers");
    const { actions, score } = sessionRow(doc, on);
    this.score = score;
    this.element.append(this.task, makeRow, this.fields, actions);
  }

  handlesKey(): boolean {
    return false;
  }

  update(status: LinkedPracticeStatus): void {
    setText(this.task, `Your task: ${status.task}`);
    setDisabled(this.make, !status.adds);
    const { sketch } = status;
    const nodes = [...sketch.nodes];
    const shape = [status.adds, ...Object.keys(sketch.refs), "|", ...nodes].join(" ");
    if (shape !== this.shape) this.build(status, nodes, shape);
    const set = (name: string, value: string) => {
      const select = this.selects.get(name);
      if (select && select.value !== value) select.value = value;
    };
    for (const name of Object.keys(sketch.refs)) set(name, sketch.refs[name] ?? NULL);
    for (const v of nodes) set(`${v}.next`, sketch.next[v] ?? NULL);
    set("size", String(sketch.size));
    set("Returns", sketch.returned ?? NULL);
    setText(this.score, `${status.right} of ${status.done} correct`);
  }

  /** One select per reference, per node's next, size and (for a pop or dequeue) the value returned. */
  private build(status: LinkedPracticeStatus, nodes: string[], shape: string): void {
    this.shape = shape;
    this.fields.textContent = "";
    this.selects.clear();
    const targets = [{ value: NULL, text: "null" }, ...nodes.map((v) => ({ value: v, text: v }))];
    const add = (name: string, choices: { value: string; text: string }[], change: (v: string) => void) => {
      const { element, select } = createSelect(this.doc, name, "dsviz-pointer-select", choices, NULL, change);
      this.fields.append(element);
      this.selects.set(name, select);
    };
    const nullable = (v: string) => (v === NULL ? null : v);
    for (const name of Object.keys(status.sketch.refs)) add(name, targets, (v) => this.on.setRef(name, nullable(v)));
    for (const v of nodes) add(`${v}.next`, targets, (t) => this.on.setNext(v, nullable(t)));
    const sizes = Array.from({ length: status.capacity + 1 }, (_, n) => ({ value: String(n), text: numberText(n) }));
    add("size", sizes, (n) => this.on.setSize(Number(n)));
    if (!status.adds) add("Returns", [{ value: NULL, text: "nothing" }, ...nodes.map((v) => ({ value: v, text: v }))], (v) => this.on.setReturned(nullable(v)));
  }
}
