// Where an example's parts go: the picture with the code beside it (or under it), then the
// lesson's or practice's controls with the status line under them, the free controls, and
// one last line with History and Save image. In presenter mode everything but the picture
// goes into one column, beside the picture on a wide slide.

export interface ExampleParts {
  root: HTMLElement;
  /** The canvas's holder, already in `root`. */
  stage: HTMLElement;
  code: HTMLElement;
  narration: HTMLElement;
  /** A lesson's or practice's controls: first, with the status line under them. */
  guide?: HTMLElement;
  /** The free controls' rows, in order (missing groups are undefined). */
  rows: (HTMLElement | undefined)[];
  history?: HTMLElement;
  /** Adds the Save image button when given. */
  saveImage?: () => void;
  textView: HTMLElement;
  presenter: boolean;
  createButton(parent: HTMLElement, text: string, className: string, onClick: () => void): void;
}

export function arrange(parts: ExampleParts): void {
  const doc = parts.root.ownerDocument;
  const body = doc.createElement("div");
  body.className = "dsviz-body";
  parts.stage.replaceWith(body);
  body.append(parts.stage, parts.code);
  let column = parts.root;
  if (parts.presenter) {
    const main = doc.createElement("div");
    main.className = "dsviz-main";
    column = doc.createElement("div");
    column.className = "dsviz-side";
    body.replaceWith(main);
    main.append(body, column);
  }
  if (parts.guide) column.append(parts.guide, parts.narration);
  for (const row of parts.rows) if (row) column.append(row);
  if (!parts.guide) column.append(parts.narration);
  if (parts.history || parts.saveImage) {
    const footer = doc.createElement("div");
    footer.className = "dsviz-footer";
    if (parts.history) footer.append(parts.history);
    const save = parts.saveImage;
    if (save) parts.createButton(footer, "Save image", "dsviz-small dsviz-save-image", () => save());
    column.append(footer);
  }
  parts.root.append(parts.textView);
}

/**
 * Presenter mode beside a tall picture (a stack, a ring): the code joins the controls'
 * column. Under a wide one (a row) there is room for it under the picture.
 */
export function placeCode(root: HTMLElement, code: HTMLElement, picture: { width: number; height: number }): void {
  const side = root.querySelector(".dsviz-side");
  const body = root.querySelector(".dsviz-body");
  if (!side || !body) return;
  const inSide = root.classList.contains("dsviz-beside") && picture.width < 2 * picture.height;
  const parent = inSide ? side : body;
  if (code.parentElement === parent) return;
  if (inSide) side.insertBefore(code, side.querySelector(".dsviz-footer"));
  else parent.append(code);
}
