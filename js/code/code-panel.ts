// The code panel: the method of the operation being shown, in the chosen language, its
// executing line marked (aria-current="step") and highlighted as the steps play.
import { OperationName } from "../model/structure";
import { StepId } from "../model/trace";
import { Language, LANGUAGES, ListingSet, methodOf } from "./listing";

export class CodePanel {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly code: HTMLElement;
  private language: Language | "none";
  private operation: OperationName;
  private lines: HTMLElement[] = [];

  constructor(
    private readonly doc: Document,
    private readonly listings: ListingSet,
    language: Language | "none",
    first: OperationName,
  ) {
    this.element = doc.createElement("div");
    this.element.className = "dsviz-code";
    this.title = doc.createElement("p");
    this.title.className = "dsviz-code-title";
    const pre = doc.createElement("pre");
    this.code = doc.createElement("code");
    pre.append(this.code);
    this.element.append(this.title, pre);
    this.language = language;
    this.operation = first;
    this.render();
  }

  get shownLanguage(): Language | "none" {
    return this.language;
  }

  /** Shows another language (or hides the panel for "none"); the marked line stays marked. */
  setLanguage(language: Language | "none"): void {
    if (language === this.language) return;
    const marked = this.markedStep();
    this.language = language;
    this.render();
    this.mark(marked);
  }

  /** Shows `operation`'s method with the lines of `step` marked (none: no line). */
  show(operation: OperationName, step: StepId | undefined): void {
    if (operation !== this.operation) {
      this.operation = operation;
      this.render();
    }
    this.mark(step);
  }

  private markedStep(): StepId | undefined {
    const line = this.lines.find((l) => l.hasAttribute("aria-current"));
    return line ? line.dataset.line : undefined;
  }

  private mark(step: StepId | undefined): void {
    for (const line of this.lines) {
      const current = step !== undefined && line.dataset.line === step;
      if (current) line.setAttribute("aria-current", "step");
      else line.removeAttribute("aria-current");
    }
  }

  private render(): void {
    this.element.hidden = this.language === "none";
    this.code.textContent = "";
    this.lines = [];
    if (this.language === "none") return;
    const method = methodOf(this.listings[this.language], this.operation);
    const label = (LANGUAGES.find((l) => l.name === this.language) as { label: string }).label;
    this.title.textContent = `${this.operation}, in ${label}`;
    for (const line of method ? method.lines : []) {
      const span = this.doc.createElement("span");
      span.className = "dsviz-line";
      span.textContent = line.text || " ";
      if (line.step) span.dataset.line = line.step;
      this.code.append(span);
      this.lines.push(span);
    }
  }
}
