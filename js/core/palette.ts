// Colours chosen for contrast on a projector and for colour-blind viewers
// (pointer colours differ in lightness as well as hue).
export const palette = {
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
  pointerTop: "#b91c1c",
  pointerHead: "#047857",
  pointerTail: "#b91c1c",
  caption: "#0f172a",
} as const;
