// The example's live region: screen readers announce each sentence set here.
export class Narration {
  readonly element: HTMLElement;

  constructor(doc: Document) {
    this.element = doc.createElement("p");
    this.element.className = "dsviz-status";
    this.element.setAttribute("role", "status");
    this.element.setAttribute("aria-live", "polite");
  }

  /** Shows `sentence` as text (never as markup); refusals are styled apart. */
  say(sentence: string, refusal = false): void {
    this.element.textContent = sentence;
    this.element.classList.toggle("dsviz-refusal", refusal);
  }

  get text(): string {
    return this.element.textContent || "";
  }
}
