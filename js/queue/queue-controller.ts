// Keeps a QueueModel, its tiles, its front and rear pointers and its narration in step.
// A dequeue sends the front tile out to the left and slides every other tile one slot
// forward: the cost of an array queue that the cyclic queue avoids.
import { PointerMark } from "../core/pointer";
import { OperationResult, plural, refused, slotsUsed, succeeded } from "../model/result";
import { tileInSlot } from "../core/scene";
import { drawIndex, drawNote, drawSlot } from "../core/slot-drawing";
import { CanvasSize, ControllerContext, StructureController } from "../core/structure-controller";
import { Item, makeItem, QUEUE_OPERATIONS, StructureState } from "../model/structure";
import { Surface } from "../core/surface";
import { QueueModel } from "./queue-model";
import { queueLayout, QueueLayout } from "./queue-layout";

export interface QueueOptions {
  capacity: number;
  values: string[];
}

export class QueueController extends StructureController {
  readonly structure = "queue" as const;
  readonly operations = QUEUE_OPERATIONS;
  private readonly model: QueueModel<Item>;
  private layout: QueueLayout;
  private readonly frontPointer = new PointerMark("front", "pointerHead", "down");
  private readonly rearPointer = new PointerMark("rear", "pointerTail", "up");

  constructor(ctx: ControllerContext, options: QueueOptions) {
    super(ctx);
    this.model = new QueueModel<Item>(options.capacity);
    this.layout = queueLayout(options.capacity);
    for (const value of options.values) this.model.enqueue(makeItem(value));
    this.place(0);
  }

  state(): StructureState {
    return { structure: "queue", capacity: this.model.capacity, items: this.values() };
  }

  protected layOut(): void {
    this.layout = queueLayout(this.model.capacity, this.maxWidth);
  }

  protected geometry(): QueueLayout {
    return this.layout;
  }

  canvasSize(): CanvasSize {
    return { width: this.layout.width, height: this.layout.height };
  }

  describe(): string {
    const items = this.values();
    const used = slotsUsed(items.length, this.model.capacity);
    if (items.length === 0) return `Queue, empty; ${used}.`;
    return `Queue, front to rear: ${items.join(", ")}. Front is ${items[0]}, rear is ${items[items.length - 1]}; ${used}.`;
  }

  protected handlers() {
    return {
      enqueue: (value?: unknown) => this.enqueue(value),
      dequeue: () => this.dequeue(),
      peek: () => this.peek(),
      clear: () => this.clear(),
    };
  }

  private enqueue(raw: unknown): OperationResult {
    const full = this.model.isFull() ? `The queue is full: ${this.model.size} of ${this.model.capacity}.` : null;
    const admitted = this.admit(raw, full);
    if ("refusal" in admitted) return admitted.refusal;
    const item = admitted.item;
    this.model.enqueue(item);
    this.place(this.ctx.duration());
    this.scene.highlight(item.id);
    return succeeded(`Enqueued ${item.value}. Rear is now ${item.value}; ${this.usage()}.`, item.value);
  }

  private dequeue(): OperationResult {
    const dequeued = this.model.dequeue();
    if (!dequeued.ok) return refused("The queue is empty. Nothing to dequeue.");
    const { value: item, shifted } = dequeued.value;
    this.takeOut([item], this.layout.exitTo);
    const moved = shifted === 0 ? "no items shifted" : `${plural(shifted, "item")} shifted forward`;
    const front = this.model.peek();
    const after = front.ok ? `Front is now ${front.value.value}; ${this.usage()}.` : "The queue is now empty.";
    return succeeded(`Dequeued ${item.value}; ${moved}. ${after}`, item.value);
  }

  private peek(): OperationResult {
    const front = this.model.peek();
    if (!front.ok) return refused("The queue is empty. Nothing to peek at.");
    this.scene.highlight(front.value.id);
    return succeeded(`Peek: the front is ${front.value.value}. The queue is unchanged.`, front.value.value);
  }

  private clear(): OperationResult {
    const removed = this.model.clear();
    if (removed.length === 0) return succeeded("The queue is already empty.");
    this.takeOut(removed, this.layout.exitTo);
    return succeeded(`Cleared ${plural(removed.length, "item")}. The queue is now empty.`);
  }

  private values(): string[] {
    return this.model.toArray().map((item) => item.value);
  }

  private usage(): string {
    return slotsUsed(this.model.size, this.model.capacity);
  }

  /** Gives every tile and both pointers their targets from the layout. */
  protected place(duration: number): void {
    const now = this.now();
    const items = this.model.toArray();
    const targets = items.map((item, i) => tileInSlot(item, this.layout.slots[i]));
    this.scene.sync(targets, now, duration, () => this.layout.enterFrom);
    const rear = items.length - 1;
    this.frontPointer.point(rear >= 0 ? this.layout.frontTip(0) : null, now, duration);
    this.rearPointer.point(rear >= 0 ? this.layout.rearTip(rear) : null, now, duration);
  }

  draw(surface: Surface, now: number): boolean {
    const layout = this.layout;
    surface.background("background");
    layout.slots.forEach((slot, i) => {
      drawSlot(surface, slot);
      const label = layout.indexAt(i);
      drawIndex(surface, i, label.x, label.y, "center", layout.indexSize);
    });
    if (this.model.isEmpty()) drawNote(surface, "empty", layout.notePos.x, layout.notePos.y);
    const moving = this.scene.draw(surface, now);
    this.frontPointer.draw(surface, now);
    this.rearPointer.draw(surface, now);
    return moving || this.frontPointer.isAnimating(now) || this.rearPointer.isAnimating(now);
  }
}
