// Keeps one Tile per item in step with the model, Chart.js-controller style:
// existing tiles retarget, new tiles enter, removed tiles leave and then drop out.
import { Point, Tile } from "./element";
import { Surface } from "./surface";

export interface TileTarget {
  id: number;
  value: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** An item's tile in a slot (a box given by its centre and size): centred, a little inside it. */
export function tileInSlot(item: { id: number; value: string }, slot: { x: number; y: number; w: number; h: number }): TileTarget {
  const insetW = Math.min(10, Math.max(2, Math.round(slot.w * 0.12)));
  const insetH = Math.min(6, Math.max(2, Math.round(slot.h * 0.12)));
  return { id: item.id, value: item.value, x: slot.x, y: slot.y, w: slot.w - insetW, h: slot.h - insetH };
}

export class Scene {
  private readonly tiles = new Map<number, Tile>();
  private leaving: Tile[] = [];

  get size(): number {
    return this.tiles.size;
  }

  tile(id: number): Tile | undefined {
    return this.tiles.get(id);
  }

  /**
   * Moves every listed tile to its target; creates missing ones, entering from `enterFrom`.
   * Tiles not listed are left where they are (use `remove` for those).
   */
  sync(targets: TileTarget[], now: number, duration: number, enterFrom: (t: TileTarget) => Point): void {
    for (const t of targets) {
      let tile = this.tiles.get(t.id);
      if (!tile) {
        tile = new Tile(t.value, enterFrom(t), t.w, t.h);
        this.tiles.set(t.id, tile);
        tile.enter(enterFrom(t), t, now, duration);
      } else {
        tile.w = t.w;
        tile.h = t.h;
        tile.moveTo(t, now, duration);
      }
    }
  }

  /** Sends the tile of `id` out towards `to`; it is dropped once it has faded. */
  remove(id: number, to: Point, now: number, duration: number): void {
    const tile = this.tiles.get(id);
    if (!tile) return;
    this.tiles.delete(id);
    tile.exit(to, now, duration);
    this.leaving.push(tile);
  }

  /** Outlines only the tile of `id` (or none). */
  highlight(id: number | null): void {
    this.tiles.forEach((tile, key) => (tile.flags.highlight = key === id));
  }

  /** Draws leaving tiles under the others; returns true while anything moves. */
  draw(surface: Surface, now: number): boolean {
    this.leaving = this.leaving.filter((t) => !t.isGone(now));
    let moving = this.leaving.length > 0;
    for (const tile of this.leaving) tile.draw(surface, now);
    this.tiles.forEach((tile) => {
      tile.draw(surface, now);
      if (tile.isAnimating(now)) moving = true;
    });
    return moving;
  }
}
