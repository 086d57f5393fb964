// Which theme an example shows. "auto" follows the host page where it marks itself dark
// or light (documentation themes put a class or attribute on <html> or <body>), and
// otherwise the reader's colour scheme. Printing shows "auto" examples light.
import { ThemeName } from "../core/palette";

export type ThemeOption = ThemeName | "auto";

/** Attributes and classes with which documentation and CSS frameworks mark a dark page. */
export const DARK_MARKERS = [
  '[data-md-color-scheme="slate"]', // Material for MkDocs
  '[data-theme="dark"]', // Docusaurus, Pico CSS, Furo, PyData Sphinx
  '[data-bs-theme="dark"]', // Bootstrap 5.3
  '[data-jp-theme-light="false"]', // JupyterLab
  '[data-color-mode="dark"]',
  ".dark", // VitePress, Tailwind
].join(", ");

/** The same for a light page, which wins over a dark colour scheme of the reader's. */
export const LIGHT_MARKERS = [
  '[data-md-color-scheme="default"]',
  '[data-theme="light"]',
  '[data-bs-theme="light"]',
  '[data-jp-theme-light="true"]',
  '[data-color-mode="light"]',
  ".light",
].join(", ");

/** The attributes a page toggles to switch its theme (watched on <html> and <body>). */
export const THEME_ATTRIBUTES = ["class", "data-md-color-scheme", "data-theme", "data-bs-theme", "data-jp-theme-light", "data-color-mode"];

export const DARK_SCHEME = "(prefers-color-scheme: dark)";

/** The theme `option` resolves to for an example mounted on `element`. */
export function resolveTheme(option: ThemeOption, element: Element): ThemeName {
  if (option !== "auto") return option;
  const dark = element.closest(DARK_MARKERS);
  const light = element.closest(LIGHT_MARKERS);
  if (dark && light) return dark.contains(light) ? "light" : "dark"; // the nearer mark decides
  if (dark) return "dark";
  if (light) return "light";
  const view = element.ownerDocument.defaultView;
  return view && typeof view.matchMedia === "function" && view.matchMedia(DARK_SCHEME).matches ? "dark" : "light";
}
