// The cyclic queue's controller: its pure operations under its full rule, and its picture
// of a state as a ring or a row. Items never move: only head and tail advance, modulo the
// capacity. Switching views only redraws.
import { drawIndex, drawNote, drawSlot, drawTrack } from "../core/slot-drawing";
import { ArrowPlace, SlotPointer } from "../core/slot-pointer";
import { arrowLabelAnchor, gripPoint } from "../core/pointer";
import { slotTargets } from "../core/scene";
import { CanvasSize, ControllerContext, StructureController, ViewSpec } from "../core/structure-controller";
import { Surface } from "../core/surface";
import { StructureState } from "../model/structure";
import { Focus } from "../model/trace";
import { isolate } from "../model/values";
import { cyclicEmpty, cyclicFull, cyclicItems, CyclicState, FullRule, rearOf } from "./cyclic-queue-model";
import { CYCLIC_QUEUE_KIT, cyclicFields } from "./cyclic-queue-kit";
import { frontName, Pointers, QueuePointers } from "../model/conventions";
import { cyclicLayout, CyclicLayout, CyclicView, MAX_RING_SLOTS } from "./cyclic-queue-layout";
import { usage } from "./cyclic-queue-narration";
import { cyclicListings } from "./cyclic-queue-listings";
import { ListingSet } from "../code/listing";
import { Growth } from "../model/growth";

export interface CyclicQueueOptions {
  capacity: number;
  values: string[];
  view: CyclicView;
  fullRule: FullRule;
  /** Default "head-tail". */
  pointers?: Pointers;
  /** Default "fixed". */
  growth?: Growth;
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
  /** head or front. */
  private readonly headPointer: SlotPointer;
  /** tail, or rear (tail − 1); front-size draws none: its next slot is computed. */
  private readonly tailPointer?: SlotPointer;
  private focusSlot?: number;

  constructor(ctx: ControllerContext, options: CyclicQueueOptions) {
    super(ctx);
    const pointers = (options.pointers || "head-tail") as QueuePointers;
    this.listings = cyclicListings(options.fullRule, pointers, options.growth);
    this.headPointer = new SlotPointer(frontName(pointers), "pointerHead");
    if (pointers !== "front-size") this.tailPointer = new SlotPointer(pointers === "front-rear" ? "rear" : "tail", "pointerTail");
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

  /** front-size keeps no second pointer: its size field is shown instead, in the ring's middle or under the row. */
  private drawSize(surface: Surface, size: number): void {
    const { layout } = this;
    const place = layout.tail((layout.slots.length - 1) / 2);
    const at = layout.track || arrowLabelAnchor(place.tip, place.dir, place.length || 30, place.beside);
    drawNote(surface, `size = ${size}`, at.x, at.y);
  }

  pointerGrips(): { name: string; x: number; y: number }[] {
    const s = this.model;
    const grip = (place: ArrowPlace, pointer: SlotPointer) => ({ name: pointer.label, ...gripPoint(place.tip, place.dir, place.length || pointer.length) });
    const grips = [grip(this.layout.head(s.head), this.headPointer)];
    if (this.tailPointer) grips.push(grip(this.layout.tail(this.tailSlot(s)), this.tailPointer));
    return grips;
  }

  /** The slot the second arrow names: tail, or rear = tail − 1. */
  private tailSlot(s: CyclicState): number {
    return s.pointers === "front-rear" ? rearOf(s) : s.tail;
  }

  protected layOut(capacity = (this.shownState as { capacity: number }).capacity): void {
    this.layout = cyclicLayout(capacity, this.chosenView, this.maxWidth);
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
      ...cyclicFields(s),
    };
  }

  historyColumns(s: CyclicState): [string, string][] {
    const fields: Record<string, number> = { ...cyclicFields(s), size: s.size };
    return [
      ...Object.keys(fields).map((name): [string, string] => [name, String(fields[name])]),
      ["slots", s.slots.map((item) => (item ? isolate(item.value) : "·")).join(" ")],
    ];
  }

  canvasSize(): CanvasSize {
    return { width: this.layout.width, height: this.layout.height };
  }

  describe(): string {
    const s = this.shownState;
    const why = s.capacity > MAX_RING_SLOTS ? `a ring of more than ${MAX_RING_SLOTS} slots is drawn as a row` : `the box is too narrow for the ${this.layout.fallbackFrom}`;
    const narrow = this.layout.fallbackFrom ? ` (${why})` : "";
    const start = `Cyclic queue, ${this.layout.view} view${narrow}`;
    const fields = cyclicFields(s);
    const slotNames = Object.keys(fields).filter((n) => n !== "size");
    const pointers = `${slotNames.map((n) => `${n} is slot ${fields[n]}`).join(", ")}; ${usage(s)}.`;
    if (cyclicEmpty(s)) return `${start}, empty: ${pointers}`;
    return `${start}, front to rear: ${cyclicItems(s).map((i) => isolate(i.value)).join(", ")}. The ${pointers}`;
  }

  slotsText(): string[] {
    const s = this.shownState;
    const fields = cyclicFields(s);
    const marks = (i: number) => Object.keys(fields).filter((n) => n !== "size" && fields[n] === i).join(", ");
    const slots = s.slots.map((item, i) => `Slot ${i}: ${item ? isolate(item.value) : "empty"}${marks(i) ? ` (${marks(i)})` : ""}`);
    return s.fullRule === "count" ? [...slots, `size: ${s.size}`] : slots;
  }

  protected place(s: CyclicState, now: number, duration: number, focus?: Focus): void {
    this.followCapacity(s.capacity);
    const { layout } = this;
    this.scene.sync(slotTargets(s.slots, layout.slots), now, duration, {
      enterFrom: (t) => layout.enterFrom(t.slot),
      exitTo: (slot) => layout.exitTo(slot),
    });
    this.focusSlot = focus ? focus.slot : undefined;
    this.scene.highlightSlot(this.focusSlot);
    this.headPointer.focused = !!focus && focus.pointer === this.headPointer.label;
    this.headPointer.point(s.head, s.capacity, layout.periodic, now, duration);
    if (!this.tailPointer) return;
    this.tailPointer.focused = !!focus && focus.pointer === this.tailPointer.label;
    this.tailPointer.point(this.tailSlot(s), s.capacity, layout.periodic, now, duration);
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
    if (shown.pointers === "front-size") this.drawSize(surface, shown.size);
    const moving = this.scene.draw(surface, now);
    if (this.tailPointer) this.tailPointer.draw(surface, now, layout.tail);
    this.headPointer.draw(surface, now, layout.head);
    return playing || moving || this.headPointer.isAnimating(now) || (!!this.tailPointer && this.tailPointer.isAnimating(now));
  }
}
