// The linked stack's and linked queue's controller: their pure operations, and a picture
// of nodes with next arrows, top (or head) above the first node and tail below the last.
// A node just allocated waits below its place until it is linked in; an unlinked node
// leaves upwards.
import { ListingSet } from "../code/listing";
import { Point } from "../core/element";
import { PointerMark } from "../core/pointer";
import { TileTarget } from "../core/scene";
import { drawNote } from "../core/slot-drawing";
import { CanvasSize, ControllerContext, StructureController } from "../core/structure-controller";
import { Surface } from "../core/surface";
import { StructureState } from "../model/structure";
import { Focus } from "../model/trace";
import { isolate } from "../model/values";
import { LINKED_QUEUE_KIT, LINKED_STACK_KIT } from "./linked-kit";
import { linkedLayout, LinkedLayout } from "./linked-layout";
import { LINKED_QUEUE_LISTINGS, LINKED_STACK_LISTINGS } from "./linked-listings";
import { linkedItems, LinkedState } from "./linked-model";
import { drawLink, drawNextBox, linkStart, NodeBox } from "./linked-drawing";

export interface LinkedOptions {
  capacity: number;
  values: string[];
}

export class LinkedController extends StructureController<LinkedState> {
  readonly listings: ListingSet;
  readonly kit: typeof LINKED_STACK_KIT;
  private layout: LinkedLayout;
  private readonly first: PointerMark;
  private readonly tail = new PointerMark("tail", "pointerTail", "up");
  private focusSlot?: number;

  constructor(
    ctx: ControllerContext,
    readonly structure: "stack" | "queue",
    options: LinkedOptions,
  ) {
    super(ctx);
    this.kit = structure === "stack" ? LINKED_STACK_KIT : LINKED_QUEUE_KIT;
    this.listings = structure === "stack" ? LINKED_STACK_LISTINGS : LINKED_QUEUE_LISTINGS;
    this.first = structure === "stack" ? new PointerMark("top", "pointerTop", "down") : new PointerMark("head", "pointerHead", "down");
    this.layout = linkedLayout(options.capacity);
    this.start(this.kit.start(options));
  }

  get readsAlong(): boolean {
    return true;
  }

  publicState(s: LinkedState): StructureState {
    return { structure: s.kind, capacity: s.capacity, items: linkedItems(s).map((i) => i.value), nodes: s.chain.map((i) => i.value), size: s.size };
  }

  historyColumns(s: LinkedState): [string, string][] {
    return [
      ["nodes", [...s.chain.map((i) => isolate(i.value)), "null"].join(" → ")],
      ["size", String(s.size)],
    ];
  }

  protected layOut(): void {
    this.layout = linkedLayout(this.current.capacity, this.maxWidth);
  }

  protected geometry(): LinkedLayout {
    return this.layout;
  }

  canvasSize(): CanvasSize {
    return { width: this.layout.width, height: this.layout.height };
  }

  describe(): string {
    const s = this.shownState;
    const kind = s.kind === "stack" ? "Linked stack" : "Linked queue";
    const from = s.kind === "stack" ? "top" : "head";
    if (!s.chain.length) return `${kind}, empty: ${s.kind === "stack" ? "top is null" : "head and tail are null"}.`;
    const chain = [...s.chain.map((i) => isolate(i.value)), "null"].join(" → ");
    return `${kind}, from ${from} along next: ${chain}; ${s.size} of ${s.capacity} nodes.`;
  }

  slotsText(): string[] {
    const s = this.shownState;
    const lines = s.chain.map((item, i) => {
      const marks = [i === 0 ? (s.kind === "stack" ? "top" : "head") : "", s.kind === "queue" && i === s.tail ? "tail" : ""].filter(Boolean).join(", ");
      const next = i + 1 < s.chain.length ? isolate(s.chain[i + 1].value) : "null";
      return `Node ${i + 1}: ${isolate(item.value)}${marks ? ` (${marks})` : ""}, next → ${next}`;
    });
    if (s.loose) lines.push(`New node: ${isolate(s.loose.value)}, not linked yet`);
    return lines.length ? lines : [s.kind === "stack" ? "top → null" : "head → null, tail → null"];
  }

  /** Where the loose node waits: below place 0 (a push) or below the place after the last node (an enqueue). */
  private loosePlace(s: LinkedState): number {
    return s.kind === "stack" ? 0 : Math.min(s.chain.length, s.capacity - 1);
  }

  private targets(s: LinkedState): TileTarget[] {
    const box = (item: { id: number; value: string }, b: NodeBox, slot: number): TileTarget => ({ key: String(item.id), value: item.value, slot, x: b.x, y: b.y, w: b.w - 4, h: b.h - 4 });
    const list = s.chain.map((item, i) => box(item, this.layout.slots[i], i));
    if (s.loose) list.push(box(s.loose, this.layout.loose(this.loosePlace(s)), s.capacity));
    return list;
  }

  protected place(s: LinkedState, now: number, duration: number, focus?: Focus): void {
    const { layout } = this;
    this.scene.sync(this.targets(s), now, duration, {
      enterFrom: (t) => ({ x: t.x, y: t.y + t.h }),
      exitTo: (slot) => ({ x: layout.slots[Math.max(0, Math.min(slot, s.capacity - 1))].x, y: -layout.slots[0].h }),
    });
    this.focusSlot = focus ? focus.slot : undefined;
    this.scene.highlightSlot(this.focusSlot);
    this.first.focused = !!focus && focus.pointer === this.first.label;
    this.tail.focused = !!focus && focus.pointer === "tail";
    this.first.point(s.chain.length ? layout.above(0) : null, now, duration);
    this.tail.point(s.kind === "queue" && s.tail >= 0 ? layout.below(s.tail) : null, now, duration);
  }

  draw(surface: Surface, now: number): boolean {
    const playing = this.tickPlayer(now);
    const s = this.shownState;
    surface.background("background");
    if (!s.chain.length && !s.loose) drawNote(surface, s.kind === "stack" ? "top = null" : "head = tail = null", this.layout.notePos.x, this.layout.notePos.y);
    const moving = this.scene.draw(surface, now);
    this.drawLinks(surface, s, now);
    this.first.draw(surface, now);
    this.tail.draw(surface, now);
    return playing || moving || this.first.isAnimating(now) || this.tail.isAnimating(now);
  }

  /** Each node's next box and arrow, drawn where its tile is now (so they travel with it). */
  private drawLinks(surface: Surface, s: LinkedState, now: number): void {
    const node = (id: number): NodeBox | null => {
      const tile = this.scene.tile(id);
      if (!tile) return null;
      const p: Point = tile.position(now);
      return { x: p.x, y: p.y, w: tile.w, h: tile.h };
    };
    const width = this.layout.nextWidth;
    s.chain.forEach((item, i) => {
      const here = node(item.id);
      if (!here) return;
      const next = i + 1 < s.chain.length ? node(s.chain[i + 1].id) : null;
      drawNextBox(surface, here, width, !next);
      if (next) drawLink(surface, linkStart(here, width), next);
    });
    if (!s.loose) return;
    const loose = node(s.loose.id);
    if (!loose) return;
    const target = s.looseLinked && s.chain.length ? node(s.chain[0].id) : null;
    drawNextBox(surface, loose, width, !target);
    if (target) drawLink(surface, linkStart(loose, width), target);
  }
}
