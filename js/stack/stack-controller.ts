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
import { StackState, stackItems } from "./stack-model";
import { STACK_KIT } from "./stack-kit";
import { stackLayout, StackLayout } from "./stack-layout";
import { STACK_LISTINGS } from "./stack-listings";
import { ListingSet } from "../code/listing";

export interface StackOptions {
  capacity: number;
  values: string[];
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
    this.listings = STACK_LISTINGS;
    this.layout = stackLayout(options.capacity);
    this.start(STACK_KIT.start(options));
  }

  publicState(s: StackState): StructureState {
    return { structure: "stack", capacity: s.capacity, items: stackItems(s).map((item) => item.value) };
  }

  pointerGrips(): { name: string; x: number; y: number }[] {
    const s = this.model;
    if (s.top < 0 || s.top >= s.capacity) return [];
    return [{ name: "top", ...this.topPointer.grip({ x: this.layout.pointerX, y: this.layout.slots[s.top].y }) }];
  }

  protected layOut(): void {
    this.layout = stackLayout(this.current.capacity, this.maxWidth);
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
    return s.slots.map((item, i) => `Slot ${i}: ${item ? isolate(item.value) : "empty"}${i === s.top ? " (top)" : ""}`);
  }

  protected place(s: StackState, now: number, duration: number, focus?: Focus): void {
    const { layout } = this;
    this.scene.sync(slotTargets(s.slots, layout.slots), now, duration, { enterFrom: () => layout.outside, exitTo: () => layout.outside });
    this.focusSlot = focus ? focus.slot : undefined;
    this.scene.highlightSlot(this.focusSlot);
    this.topPointer.focused = !!focus && focus.pointer === "top";
    this.topPointer.point(s.top >= 0 ? { x: layout.pointerX, y: layout.slots[s.top].y } : null, now, duration);
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
