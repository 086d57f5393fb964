// The cyclic queue's controller: its pure operations under its full rule, and its picture
// of a state as a ring or a row. Items never move: only head and tail advance, modulo the
// capacity. Switching views only redraws.
import { drawIndex, drawNote, drawSlot, drawTrack } from "../core/slot-drawing";
import { ArrowPlace, SlotPointer } from "../core/slot-pointer";
import { gripPoint } from "../core/pointer";
import { slotTargets } from "../core/scene";
import { CanvasSize, ControllerContext, StructureController, ViewSpec } from "../core/structure-controller";
import { Surface } from "../core/surface";
import { StructureState } from "../model/structure";
import { Focus } from "../model/trace";
import { isolate } from "../model/values";
import { cyclicEmpty, cyclicFull, cyclicItems, CyclicState, FullRule } from "./cyclic-queue-model";
import { CYCLIC_QUEUE_KIT } from "./cyclic-queue-kit";
import { cyclicLayout, CyclicLayout, CyclicView } from "./cyclic-queue-layout";
import { usage } from "./cyclic-queue-narration";
import { cyclicListings } from "./cyclic-queue-listings";
import { ListingSet } from "../code/listing";

export interface CyclicQueueOptions {
  capacity: number;
  values: string[];
  view: CyclicView;
  fullRule: FullRule;
}

const VIEWS: readonly ViewSpec[] = [
  { name: "ring", label: "Ring" },
  { name: "row", label: "Row" },
];

export class CyclicQueueController extends StructureController<CyclicState> {
  readonly structure = "cyclic-queue" as const;
  readonly listings: ListingSet;
  readonly kit = CYCLIC_QUEUE_KIT;
  private layout: CyclicLayout;
  /** The view the reader chose; the layout may draw the row while the box is too narrow for a ring. */
  private chosenView: CyclicView;
  private readonly headPointer = new SlotPointer("head", "pointerHead");
  private readonly tailPointer = new SlotPointer("tail", "pointerTail");
  private focusSlot?: number;

  constructor(ctx: ControllerContext, options: CyclicQueueOptions) {
    super(ctx);
    this.listings = cyclicListings(options.fullRule);
    this.chosenView = options.view;
    this.layout = cyclicLayout(options.capacity, options.view);
    this.start(CYCLIC_QUEUE_KIT.start(options));
  }

  get views(): readonly ViewSpec[] {
    return VIEWS;
  }

  get view(): CyclicView {
    return this.chosenView;
  }

  get shownView(): CyclicView {
    return this.layout.view;
  }

  /** Draws the same state as a "ring" or a "row"; the state never changes. */
  setView(name: string): boolean {
    if (name !== "ring" && name !== "row") return false;
    if (name !== this.chosenView) {
      this.chosenView = name;
      this.layOut();
      this.replace();
      this.ctx.invalidate();
    }
    return true;
  }

  pointerGrips(): { name: string; x: number; y: number }[] {
    const s = this.model;
    const grip = (name: "head" | "tail", place: ArrowPlace, pointer: SlotPointer) => ({ name, ...gripPoint(place.tip, place.dir, place.length || pointer.length) });
    return [grip("head", this.layout.head(s.head), this.headPointer), grip("tail", this.layout.tail(s.tail), this.tailPointer)];
  }

  protected layOut(): void {
    this.layout = cyclicLayout(this.current.capacity, this.chosenView, this.maxWidth);
  }

  protected geometry(): CyclicLayout {
    return this.layout;
  }

  publicState(s: CyclicState): StructureState {
    return {
      structure: "cyclic-queue",
      capacity: s.capacity,
      items: cyclicItems(s).map((item) => item.value),
      slots: s.slots.map((item) => (item ? item.value : null)),
      head: s.head,
      tail: s.tail,
    };
  }

  historyColumns(s: CyclicState): [string, string][] {
    return [
      ["head", String(s.head)],
      ["tail", String(s.tail)],
      ["size", String(s.size)],
      ["slots", s.slots.map((item) => (item ? isolate(item.value) : "·")).join(" ")],
    ];
  }

  canvasSize(): CanvasSize {
    return { width: this.layout.width, height: this.layout.height };
  }

  describe(): string {
    const s = this.shownState;
    const narrow = this.layout.fallbackFrom ? ` (the box is too narrow for the ${this.layout.fallbackFrom})` : "";
    const start = `Cyclic queue, ${this.layout.view} view${narrow}`;
    const pointers = `head is slot ${s.head}, tail is slot ${s.tail}; ${usage(s)}.`;
    if (cyclicEmpty(s)) return `${start}, empty: ${pointers}`;
    return `${start}, front to rear: ${cyclicItems(s).map((i) => isolate(i.value)).join(", ")}. The ${pointers}`;
  }

  slotsText(): string[] {
    const s = this.shownState;
    const marks = (i: number) => [i === s.head ? "head" : "", i === s.tail ? "tail" : ""].filter(Boolean).join(", ");
    const slots = s.slots.map((item, i) => `Slot ${i}: ${item ? isolate(item.value) : "empty"}${marks(i) ? ` (${marks(i)})` : ""}`);
    return s.fullRule === "count" ? [...slots, `size: ${s.size}`] : slots;
  }

  protected place(s: CyclicState, now: number, duration: number, focus?: Focus): void {
    const { layout } = this;
    this.scene.sync(slotTargets(s.slots, layout.slots), now, duration, {
      enterFrom: (t) => layout.enterFrom(t.slot),
      exitTo: (slot) => layout.exitTo(slot),
    });
    this.focusSlot = focus ? focus.slot : undefined;
    this.scene.highlightSlot(this.focusSlot);
    this.headPointer.focused = !!focus && focus.pointer === "head";
    this.tailPointer.focused = !!focus && focus.pointer === "tail";
    this.headPointer.point(s.head, s.capacity, layout.periodic, now, duration);
    this.tailPointer.point(s.tail, s.capacity, layout.periodic, now, duration);
  }

  draw(surface: Surface, now: number): boolean {
    const playing = this.tickPlayer(now);
    const { layout } = this;
    const shown = this.shownState;
    surface.background("background");
    if (layout.track) drawTrack(surface, layout.track);
    layout.slots.forEach((slot, i) => {
      drawSlot(surface, slot, i === this.focusSlot && !shown.slots[i]);
      const label = layout.indexLabels[i];
      drawIndex(surface, i, label.x, label.y, "center", layout.indexSize);
    });
    if (shown.fullRule === "spare-slot" && cyclicFull(shown) && layout.slots[0].w >= 44) {
      const spare = layout.slots[shown.tail];
      drawNote(surface, "spare", spare.x, spare.y);
    }
    const moving = this.scene.draw(surface, now);
    this.tailPointer.draw(surface, now, layout.tail);
    this.headPointer.draw(surface, now, layout.head);
    return playing || moving || this.headPointer.isAnimating(now) || this.tailPointer.isAnimating(now);
  }
}
