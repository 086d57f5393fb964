// The array queue's controller: its pure operations, and its picture of a state (a row
// from the front at slot 0, front above, rear below). A dequeue slides every other tile
// forward one step at a time: the cost of an array queue that the cyclic queue avoids.
import { PointerMark } from "../core/pointer";
import { slotTargets } from "../core/scene";
import { drawIndex, drawNote, drawSlot } from "../core/slot-drawing";
import { CanvasSize, ControllerContext, StructureController } from "../core/structure-controller";
import { Surface } from "../core/surface";
import { slotsUsed } from "../model/result";
import { StructureState } from "../model/structure";
import { Focus } from "../model/trace";
import { isolate } from "../model/values";
import { QueueState, queueItems } from "./queue-model";
import { QUEUE_KIT } from "./queue-kit";
import { queueLayout, QueueLayout } from "./queue-layout";
import { QUEUE_LISTINGS } from "./queue-listings";
import { QUEUE_FRONT_REAR_LISTINGS } from "./queue-front-rear-listings";
import { QUEUE_GROWTH_LISTINGS } from "./queue-growth-listings";
import { QUEUE_FRONT_REAR_GROWTH_LISTINGS } from "./queue-front-rear-growth-listings";
import { Pointers } from "../model/conventions";
import { ListingSet } from "../code/listing";
import { Growth } from "../model/growth";

export interface QueueOptions {
  capacity: number;
  values: string[];
  /** Default "head-tail". */
  pointers?: Pointers;
  /** Default "fixed". */
  growth?: Growth;
}

export class QueueController extends StructureController<QueueState> {
  readonly structure = "queue" as const;
  readonly listings: ListingSet;
  readonly kit = QUEUE_KIT;
  private layout: QueueLayout;
  private readonly frontPointer = new PointerMark("front", "pointerHead", "down");
  private readonly rearPointer = new PointerMark("rear", "pointerTail", "up");
  private focusSlot?: number;

  constructor(ctx: ControllerContext, options: QueueOptions) {
    super(ctx);
    const rear = options.pointers === "front-rear";
    if (options.growth === "double") this.listings = rear ? QUEUE_FRONT_REAR_GROWTH_LISTINGS : QUEUE_GROWTH_LISTINGS;
    else this.listings = rear ? QUEUE_FRONT_REAR_LISTINGS : QUEUE_LISTINGS;
    this.layout = queueLayout(options.capacity);
    this.start(QUEUE_KIT.start(options));
  }

  publicState(s: QueueState): StructureState {
    // The fields its listing keeps: the front is always slot 0.
    const fields = s.pointers === "front-rear" ? { rear: s.size - 1 } : { size: s.size };
    return { structure: "queue", capacity: s.capacity, items: queueItems(s).map((item) => item.value), ...fields };
  }

  pointerGrips(): { name: string; x: number; y: number }[] {
    const s = this.model;
    if (s.size <= 0 || s.size > s.capacity) return [];
    return [{ name: "rear", ...this.rearPointer.grip(this.layout.rearTip(s.size - 1)) }];
  }

  protected layOut(capacity = (this.shownState as { capacity: number }).capacity): void {
    this.layout = queueLayout(capacity, this.maxWidth);
  }

  protected geometry(): QueueLayout {
    return this.layout;
  }

  canvasSize(): CanvasSize {
    return { width: this.layout.width, height: this.layout.height };
  }

  describe(): string {
    const s = this.shownState;
    const items = queueItems(s).map((item) => isolate(item.value));
    const used = slotsUsed(items.length, s.capacity);
    if (items.length === 0) return `Queue, empty; ${used}.`;
    return `Queue, front to rear: ${items.join(", ")}. Front is ${items[0]}, rear is ${items[items.length - 1]}; ${used}.`;
  }

  slotsText(): string[] {
    const s = this.shownState;
    const marks = (i: number) => [i === 0 && s.size > 0 ? "front" : "", i === s.size - 1 ? "rear" : ""].filter(Boolean).join(", ");
    return s.slots.map((item, i) => `Slot ${i}: ${item ? isolate(item.value) : "empty"}${marks(i) ? ` (${marks(i)})` : ""}`);
  }

  protected place(s: QueueState, now: number, duration: number, focus?: Focus): void {
    this.followCapacity(s.capacity);
    const { layout } = this;
    this.scene.sync(slotTargets(s.slots, layout.slots), now, duration, { enterFrom: () => layout.enterFrom, exitTo: () => layout.exitTo });
    this.focusSlot = focus ? focus.slot : undefined;
    this.scene.highlightSlot(this.focusSlot);
    this.frontPointer.focused = false;
    this.rearPointer.focused = !!focus && (focus.pointer === "rear" || focus.pointer === "size");
    this.frontPointer.point(s.size > 0 ? layout.frontTip(0) : null, now, duration);
    this.rearPointer.point(s.size > 0 ? layout.rearTip(s.size - 1) : null, now, duration);
  }

  draw(surface: Surface, now: number): boolean {
    const playing = this.tickPlayer(now);
    const { layout } = this;
    const shown = this.shownState;
    surface.background("background");
    layout.slots.forEach((slot, i) => {
      drawSlot(surface, slot, i === this.focusSlot && !shown.slots[i]);
      const label = layout.indexAt(i);
      drawIndex(surface, i, label.x, label.y, "center", layout.indexSize);
    });
    if (shown.size === 0 && !shown.slots[0]) drawNote(surface, "empty", layout.notePos.x, layout.notePos.y);
    const moving = this.scene.draw(surface, now);
    this.frontPointer.draw(surface, now);
    this.rearPointer.draw(surface, now);
    return playing || moving || this.frontPointer.isAnimating(now) || this.rearPointer.isAnimating(now);
  }
}
