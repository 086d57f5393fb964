// The example as a picture for slides and handouts: its title above its canvas, on its own
// background (light or dark), at twice the canvas's CSS size or more. The canvas draws
// itself once at that resolution for the copy, then goes back to its own.
import { CanvasHandle } from "../core/canvas-factory";

/** Device pixels per CSS pixel of a saved image, at least. */
export const IMAGE_SCALE = 2;

export interface ImageParts {
  root: HTMLElement;
  title: HTMLElement;
  canvas: CanvasHandle;
  /** The canvas's CSS size (drawing units times zoom). */
  cssWidth: number;
  cssHeight: number;
}

/** A `data:image/png` URL of the example now, synchronously. */
export function examplePNG(parts: ImageParts): string {
  const { canvas, root, title } = parts;
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const scale = Math.max(IMAGE_SCALE, canvas.pixelRatio);
  const ratio = canvas.pixelRatio;
  const zoom = canvas.zoom;
  const width = Math.round(parts.cssWidth * scale);
  const height = Math.round(parts.cssHeight * scale);
  const titleStyle = win ? win.getComputedStyle(title) : undefined;
  const rootStyle = win ? win.getComputedStyle(root) : undefined;
  const fontSize = (titleStyle && parseFloat(titleStyle.fontSize)) || 18;
  const pad = Math.round(12 * scale);
  const titleHeight = Math.ceil(fontSize * 1.3 * scale);

  const out = doc.createElement("canvas");
  out.width = width + 2 * pad;
  out.height = pad + titleHeight + pad / 2 + height + pad;
  const ctx = out.getContext("2d");
  if (!ctx) return canvas.canvas.toDataURL("image/png");
  ctx.fillStyle = background(rootStyle);
  ctx.fillRect(0, 0, out.width, out.height);
  drawTitle(ctx, title.textContent || "", titleStyle, fontSize * scale, pad, out.width - 2 * pad);

  if (ratio < scale) canvas.setScale(scale, zoom); // draws once, at once
  try {
    ctx.drawImage(canvas.canvas, pad, pad + titleHeight + pad / 2, width, height);
  } finally {
    if (ratio < scale) canvas.setScale(ratio, zoom);
  }
  return out.toDataURL("image/png");
}

/** Downloads a data URL as `name` (a detached link: nothing is added to the page). */
export function download(doc: Document, url: string, name: string): void {
  const link = doc.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
}

function background(style: CSSStyleDeclaration | undefined): string {
  const color = style ? style.backgroundColor : "";
  return !color || color === "transparent" || color === "rgba(0, 0, 0, 0)" ? "#ffffff" : color;
}

/** The title on one line at the top left, smaller when it is too wide, in its own direction. */
function drawTitle(ctx: CanvasRenderingContext2D, text: string, style: CSSStyleDeclaration | undefined, size: number, pad: number, maxWidth: number): void {
  const family = (style && style.fontFamily) || "sans-serif";
  const weight = (style && style.fontWeight) || "700";
  let px = size;
  ctx.font = `${weight} ${px}px ${family}`;
  const wide = ctx.measureText(text).width;
  if (wide > maxWidth) {
    px = Math.max(size * 0.5, (size * maxWidth) / wide);
    ctx.font = `${weight} ${px}px ${family}`;
  }
  ctx.fillStyle = (style && style.color) || "#111827";
  ctx.textBaseline = "top";
  const rtl = /^[^A-Za-z\u00c0-\u024f]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(text);
  ctx.direction = rtl ? "rtl" : "ltr";
  ctx.textAlign = "left"; // as the page shows it
  ctx.fillText(text, pad, pad, maxWidth);
}
