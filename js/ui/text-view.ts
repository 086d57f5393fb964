// The text view: the picture shown, slot by slot, for screen readers. It is rewritten with
// every step the player shows, so it always says what the canvas shows.

export class TextView {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;

  constructor(doc: Document, label: string) {
    this.element = doc.createElement("div");
    this.element.className = "dsviz-text-view";
    const heading = doc.createElement("p");
    heading.textContent = `${label}, slot by slot:`;
    this.list = doc.createElement("ol");
    this.list.start = 0;
    this.element.append(heading, this.list);
  }

  show(lines: string[]): void {
    const items = this.list.children;
    for (let i = 0; i < lines.length; i++) {
      if (i >= items.length) this.list.append(this.list.ownerDocument.createElement("li"));
      if (items[i].textContent !== lines[i]) items[i].textContent = lines[i];
    }
    while (items.length > lines.length) (this.list.lastElementChild as Element).remove();
  }
}
