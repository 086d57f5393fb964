// The canvas colours of each theme, by role. Chosen for contrast on a projector and for
// colour-blind viewers (pointer colours differ in lightness as well as hue); every text
// colour meets WCAG AA against what it is drawn on (tile text on tiles, the rest on the
// background).
export interface Palette {
  background: string;
  slotFill: string;
  slotStroke: string;
  track: string;
  index: string;
  tileFill: string;
  tileStroke: string;
  tileText: string;
  tileHighlight: string;
  tileLeaving: string;
  /** A copy left in a slot its item has moved from, and its text. */
  tileStale: string;
  tileStaleText: string;
  /** The outline of the slot a step is about, when it is empty. */
  slotFocus: string;
  pointerTop: string;
  pointerHead: string;
  pointerTail: string;
  caption: string;
}

/** A colour named by what it paints, resolved by the surface's palette. */
export type PaletteRole = keyof Palette;

export type ThemeName = "light" | "dark";

export const lightPalette: Palette = {
  background: "#ffffff",
  slotFill: "#f1f5f9",
  slotStroke: "#64748b",
  track: "#e2e8f0",
  index: "#475569",
  tileFill: "#1d4ed8",
  tileStroke: "#1e3a8a",
  tileText: "#ffffff",
  tileHighlight: "#f59e0b",
  tileLeaving: "#94a3b8",
  tileStale: "#cbd5e1",
  tileStaleText: "#1e293b",
  slotFocus: "#b45309",
  pointerTop: "#b91c1c",
  pointerHead: "#047857",
  pointerTail: "#b91c1c",
  caption: "#0f172a",
};

export const darkPalette: Palette = {
  background: "#0f172a",
  slotFill: "#1e293b",
  slotStroke: "#94a3b8",
  track: "#1e293b",
  index: "#cbd5e1",
  tileFill: "#2563eb",
  tileStroke: "#93c5fd",
  tileText: "#ffffff",
  tileHighlight: "#fbbf24",
  tileLeaving: "#475569",
  tileStale: "#334155",
  tileStaleText: "#f1f5f9",
  slotFocus: "#fbbf24",
  pointerTop: "#fca5a5",
  pointerHead: "#6ee7b7",
  pointerTail: "#fca5a5",
  caption: "#f1f5f9",
};

export function paletteOf(theme: ThemeName): Palette {
  return theme === "dark" ? darkPalette : lightPalette;
}
