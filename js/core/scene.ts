// Keeps one Tile per item in step with a state, Chart.js-controller style: tiles of items
// still there retarget, new ones enter, ones no longer there leave and then drop out.
// Tiles are keyed by the item's identity; an item that for a moment stands in two slots
// (an array queue's shift copies before it clears) shows a stale copy in the second.
import { Point, Tile } from "./element";
import { SlotBox } from "./slot-drawing";
import { Surface } from "./surface";

export interface TileTarget {
  /** The item's identity ("17"), or its stale copy's ("17@3"). */
  key: string;
  value: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** A copy left behind in a slot the item has moved from. */
  stale?: boolean;
  /** The slot it stands in. */
  slot: number;
}

/** An item's tile in a slot box (centre and size): centred, a little inside it. */
export function tileInSlot(item: { id: number; value: string }, box: SlotBox, slot: number, stale = false): TileTarget {
  const insetW = Math.min(10, Math.max(2, Math.round(box.w * 0.12)));
  const insetH = Math.min(6, Math.max(2, Math.round(box.h * 0.12)));
  const key = stale ? `${item.id}@${slot}` : String(item.id);
  const target: TileTarget = { key, value: item.value, slot, x: box.x, y: box.y, w: box.w - insetW, h: box.h - insetH };
  if (stale) target.stale = true;
  return target;
}

/**
 * The tiles of an array's slots: each item in the first slot that holds it, and a stale
 * copy in any later one.
 */
export function slotTargets(slots: readonly ({ id: number; value: string } | null)[], boxes: readonly SlotBox[]): TileTarget[] {
  const seen = new Set<number>();
  const targets: TileTarget[] = [];
  slots.forEach((item, slot) => {
    if (!item) return;
    targets.push(tileInSlot(item, boxes[slot], slot, seen.has(item.id)));
    seen.add(item.id);
  });
  return targets;
}

export interface SceneMoves {
  /** Where a new item's tile comes from. */
  enterFrom(target: TileTarget): Point;
  /** Where the tile of an item no longer there goes, from the slot it stood in. */
  exitTo(slot: number): Point;
}

export class Scene {
  private readonly tiles = new Map<string, Tile>();
  private readonly slots = new Map<string, number>();
  private leaving: Tile[] = [];

  get size(): number {
    return this.tiles.size;
  }

  tile(key: string | number): Tile | undefined {
    return this.tiles.get(String(key));
  }

  /**
   * Moves every listed tile to its target and creates missing ones, which enter (stale
   * copies appear in place). Tiles not listed leave (stale copies fade in place).
   */
  sync(targets: readonly TileTarget[], now: number, duration: number, moves: SceneMoves): void {
    const wanted = new Set(targets.map((t) => t.key));
    this.tiles.forEach((tile, key) => {
      if (wanted.has(key)) return;
      const slot = this.slots.get(key) || 0;
      this.tiles.delete(key);
      this.slots.delete(key);
      tile.exit(tile.flags.stale ? tile.target() : moves.exitTo(slot), now, duration);
      this.leaving.push(tile);
    });
    for (const t of targets) {
      let tile = this.tiles.get(t.key);
      this.slots.set(t.key, t.slot);
      if (!tile) {
        const from = t.stale ? t : moves.enterFrom(t);
        tile = new Tile(t.value, from, t.w, t.h);
        tile.flags.stale = !!t.stale;
        this.tiles.set(t.key, tile);
        tile.enter(from, t, now, duration);
      } else {
        tile.w = t.w;
        tile.h = t.h;
        tile.moveTo(t, now, duration);
      }
    }
  }

  /** Outlines only the tile in slot `slot` (or none). */
  highlightSlot(slot: number | undefined): void {
    this.tiles.forEach((tile, key) => (tile.flags.highlight = slot !== undefined && this.slots.get(key) === slot && !tile.flags.stale));
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
