// The stack's controller: its pure operations, and its picture of a state (slots from the
// bottom up, the top pointer at the side).
import { PointerMark } from "../core/pointer";
import { slotTargets } from "../core/scene";
import { drawIndex, drawNote, drawSlot } from "../core/slot-drawing";
import { CanvasSize, ControllerContext, StructureController } from "../core/structure-controller";
import { Surface } from "../core/surface";
import { slotsUsed } from "../model/result";
import { StructureState } from "../model/structure";
import { Focus } from "../model/trace";
import { isolate } from "../model/values";
import { StackState, stackItems, topField } from "./stack-model";
import { Pointers } from "../model/conventions";
import { STACK_NEXT_FREE_LISTINGS } from "./stack-next-free-listings";
import { STACK_GROWTH_LISTINGS } from "./stack-growth-listings";
import { STACK_NEXT_FREE_GROWTH_LISTINGS } from "./stack-next-free-growth-listings";
import { STACK_KIT } from "./stack-kit";
import { stackLayout, StackLayout } from "./stack-layout";
import { STACK_LISTINGS } from "./stack-listings";
import { ListingSet } from "../code/listing";
import { Growth } from "../model/growth";

export interface StackOptions {
  capacity: number;
  values: string[];
  /** Default "top-item". */
  pointers?: Pointers;
  /** Default "fixed". */
  growth?: Growth;
}

export class StackController extends StructureController<StackState> {
  readonly structure = "stack" as const;
  readonly listings: ListingSet;
  readonly kit = STACK_KIT;
  private layout: StackLayout;
  private readonly topPointer = new PointerMark("top", "pointerTop", "left");
  private focusSlot?: number;

  constructor(ctx: ControllerContext, options: StackOptions) {
    super(ctx);
    const nextFree = options.pointers === "next-free";
    if (options.growth === "double") this.listings = nextFree ? STACK_NEXT_FREE_GROWTH_LISTINGS : STACK_GROWTH_LISTINGS;
    else this.listings = nextFree ? STACK_NEXT_FREE_LISTINGS : STACK_LISTINGS;
    this.layout = stackLayout(options.capacity);
    this.start(STACK_KIT.start(options));
  }

  publicState(s: StackState): StructureState {
    return { structure: "stack", capacity: s.capacity, items: stackItems(s).map((item) => item.value), top: topField(s) };
  }

  pointerGrips(): { name: string; x: number; y: number }[] {
    const tip = this.topTip(this.model);
    return tip ? [{ name: "top", ...this.topPointer.grip(tip) }] : [];
  }

  /** Where the top arrow points: at the slot `top` names; past the last slot is just above the array; −1 is nowhere. */
  private topTip(s: StackState): { x: number; y: number } | null {
    const { slots, pointerX } = this.layout;
    const top = topField(s);
    if (top < 0 || top > s.capacity || slots.length === 0) return null;
    if (top < s.capacity) return { x: pointerX, y: slots[top].y };
    const pitch = slots.length > 1 ? slots[0].y - slots[1].y : slots[0].h;
    return { x: pointerX, y: Math.max(8, slots[s.capacity - 1].y - pitch) };
  }

  protected layOut(capacity = (this.shownState as { capacity: number }).capacity): void {
    this.layout = stackLayout(capacity, this.maxWidth);
  }

  protected geometry(): StackLayout {
    return this.layout;
  }

  canvasSize(): CanvasSize {
    return { width: this.layout.width, height: this.layout.height };
  }

  describe(): string {
    const s = this.shownState;
    const items = stackItems(s).map((item) => isolate(item.value));
    const used = slotsUsed(items.length, s.capacity);
    if (items.length === 0) return `Stack, empty; ${used}.`;
    return `Stack, bottom to top: ${items.join(", ")}. Top is ${items[items.length - 1]}; ${used}.`;
  }

  slotsText(): string[] {
    const s = this.shownState;
    const top = topField(s);
    const slots = s.slots.map((item, i) => `Slot ${i}: ${item ? isolate(item.value) : "empty"}${i === top ? " (top)" : ""}`);
    return top === s.capacity ? [...slots, `top: ${top}, past the last slot`] : slots;
  }

  protected place(s: StackState, now: number, duration: number, focus?: Focus): void {
    this.followCapacity(s.capacity);
    const { layout } = this;
    this.scene.sync(slotTargets(s.slots, layout.slots), now, duration, { enterFrom: () => layout.outside, exitTo: () => layout.outside });
    this.focusSlot = focus ? focus.slot : undefined;
    this.scene.highlightSlot(this.focusSlot);
    this.topPointer.focused = !!focus && focus.pointer === "top";
    this.topPointer.point(this.topTip(s), now, duration);
  }

  draw(surface: Surface, now: number): boolean {
    const playing = this.tickPlayer(now);
    const { layout } = this;
    const shown = this.shownState;
    surface.background("background");
    layout.slots.forEach((slot, i) => {
      drawSlot(surface, slot, i === this.focusSlot && !shown.slots[i]);
      drawIndex(surface, i, layout.indexX, slot.y, "right");
    });
    if (shown.top < 0) drawNote(surface, "empty", layout.slots[0].x, layout.slots[0].y);
    const moving = this.scene.draw(surface, now);
    this.topPointer.draw(surface, now);
    return playing || moving || this.topPointer.isAnimating(now);
  }
}
