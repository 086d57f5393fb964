// Drawing of empty array slots and their index labels, shared by every structure.
import { Surface } from "./surface";

export interface SlotBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** An empty slot outline centred on (x, y); a `focused` one is the slot a step is about. */
export function drawSlot(surface: Surface, box: SlotBox, focused = false): void {
  surface.stroke(focused ? "slotFocus" : "slotStroke");
  surface.strokeWeight(focused ? 4 : 1.5);
  surface.fill("slotFill");
  surface.rect(box.x - box.w / 2, box.y - box.h / 2, box.w, box.h, Math.min(6, box.h / 5));
}

/** A slot's index, drawn small and grey. */
export function drawIndex(surface: Surface, index: number, x: number, y: number, align: "right" | "center", size = 14): void {
  surface.noStroke();
  surface.fill("index");
  surface.textStyle(false);
  surface.textSize(size);
  surface.textAlign(align, "center");
  surface.text(String(index), x, y);
}

/** A short grey caption such as "empty". */
export function drawNote(surface: Surface, note: string, x: number, y: number): void {
  surface.noStroke();
  surface.fill("index");
  surface.textStyle(false);
  surface.textSize(15);
  surface.textAlign("center", "center");
  surface.text(note, x, y);
}

/** The pale circle a ring of slots sits on, so the slots read as one ring. */
export function drawTrack(surface: Surface, track: { x: number; y: number; r: number; weight: number }): void {
  surface.noFill();
  surface.stroke("track");
  surface.strokeWeight(track.weight);
  surface.ellipse(track.x, track.y, 2 * track.r, 2 * track.r);
}
