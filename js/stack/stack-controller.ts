// Keeps a StackModel, its tiles and its narration in step.
import { PointerMark } from "../core/pointer";
import { OperationResult, plural, refused, slotsUsed, succeeded } from "../model/result";
import { tileInSlot } from "../core/scene";
import { drawIndex, drawNote, drawSlot } from "../core/slot-drawing";
import { CanvasSize, ControllerContext, StructureController } from "../core/structure-controller";
import { Item, makeItem, OperationSpec, StructureState } from "../model/structure";
import { Surface } from "../core/surface";
import { StackModel } from "./stack-model";
import { stackLayout, StackLayout } from "./stack-layout";

export interface StackOptions {
  capacity: number;
  values: string[];
}

export class StackController extends StructureController {
  readonly structure = "stack" as const;
  readonly operations: readonly OperationSpec[] = [
    { name: "push", label: "Push", takesValue: true },
    { name: "pop", label: "Pop", takesValue: false },
    { name: "peek", label: "Peek", takesValue: false },
    { name: "clear", label: "Clear", takesValue: false },
  ];
  private readonly model: StackModel<Item>;
  private layout: StackLayout;
  private readonly topPointer = new PointerMark("top", "pointerTop", "left");

  constructor(ctx: ControllerContext, options: StackOptions) {
    super(ctx);
    this.model = new StackModel<Item>(options.capacity);
    this.layout = stackLayout(options.capacity);
    for (const value of options.values) this.model.push(makeItem(value));
    this.place(0);
  }

  state(): StructureState {
    return {
      structure: "stack",
      capacity: this.model.capacity,
      items: this.model.toArray().map((item) => item.value),
    };
  }

  protected layOut(): void {
    this.layout = stackLayout(this.model.capacity, this.maxWidth);
  }

  protected geometry(): StackLayout {
    return this.layout;
  }

  canvasSize(): CanvasSize {
    return { width: this.layout.width, height: this.layout.height };
  }

  describe(): string {
    const items = this.state().items;
    const used = slotsUsed(items.length, this.model.capacity);
    if (items.length === 0) return `Stack, empty; ${used}.`;
    return `Stack, bottom to top: ${items.join(", ")}. Top is ${items[items.length - 1]}; ${used}.`;
  }

  protected handlers() {
    return {
      push: (value?: unknown) => this.push(value),
      pop: () => this.pop(),
      peek: () => this.peek(),
      clear: () => this.clear(),
    };
  }

  private push(raw: unknown): OperationResult {
    const full = this.model.isFull() ? `The stack is full: ${this.model.size} of ${this.model.capacity}.` : null;
    const admitted = this.admit(raw, full);
    if ("refusal" in admitted) return admitted.refusal;
    const item = admitted.item;
    this.model.push(item);
    this.place(this.ctx.duration());
    this.scene.highlight(item.id);
    return succeeded(`Pushed ${item.value}. Top is now ${item.value}; ${this.usage()}.`, item.value);
  }

  private pop(): OperationResult {
    const popped = this.model.pop();
    if (!popped.ok) return refused("The stack is empty. Nothing to pop.");
    this.takeOut([popped.value], this.layout.outside);
    const top = this.model.peek();
    const after = top.ok ? `Top is now ${top.value.value}; ${this.usage()}.` : "The stack is now empty.";
    return succeeded(`Popped ${popped.value.value}. ${after}`, popped.value.value);
  }

  private peek(): OperationResult {
    const top = this.model.peek();
    if (!top.ok) return refused("The stack is empty. Nothing to peek at.");
    this.scene.highlight(top.value.id);
    return succeeded(`Peek: the top is ${top.value.value}. The stack is unchanged.`, top.value.value);
  }

  private clear(): OperationResult {
    const removed = this.model.clear();
    if (removed.length === 0) return succeeded("The stack is already empty.");
    this.takeOut(removed, this.layout.outside);
    return succeeded(`Cleared ${plural(removed.length, "item")}. The stack is now empty.`);
  }

  private usage(): string {
    return slotsUsed(this.model.size, this.model.capacity);
  }

  /** Gives every tile and the top pointer its target from the layout. */
  protected place(duration: number): void {
    const now = this.now();
    const items = this.model.toArray();
    const targets = items.map((item, i) => tileInSlot(item, this.layout.slots[i]));
    this.scene.sync(targets, now, duration, () => this.layout.outside);
    const top = items.length - 1;
    this.topPointer.point(top >= 0 ? { x: this.layout.pointerX, y: this.layout.slots[top].y } : null, now, duration);
  }

  draw(surface: Surface, now: number): boolean {
    const layout = this.layout;
    surface.background("background");
    layout.slots.forEach((slot, i) => {
      drawSlot(surface, slot);
      drawIndex(surface, i, layout.indexX, slot.y, "right");
    });
    if (this.model.isEmpty()) drawNote(surface, "empty", layout.slots[0].x, layout.slots[0].y);
    const moving = this.scene.draw(surface, now);
    this.topPointer.draw(surface, now);
    return moving || this.topPointer.isAnimating(now);
  }
}
