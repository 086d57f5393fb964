// Keeps a CyclicQueueModel, its tiles, its head and tail pointers and its narration in
// step. Items never move: only head and tail advance, modulo the capacity. The same
// state is drawn as a ring or as a row; switching views only redraws.
import { OperationResult, plural, refused, slotsUsed, succeeded } from "../model/result";
import { tileInSlot, TileTarget } from "../core/scene";
import { drawIndex, drawNote, drawSlot, drawTrack } from "../core/slot-drawing";
import { SlotPointer } from "../core/slot-pointer";
import { CanvasSize, ControllerContext, StructureController, ViewSpec } from "../core/structure-controller";
import { Item, makeItem, QUEUE_OPERATIONS, StructureState } from "../model/structure";
import { Surface } from "../core/surface";
import { CyclicQueueModel, FullRule } from "./cyclic-queue-model";
import { cyclicLayout, CyclicLayout, CyclicView } from "./cyclic-queue-layout";
import { advanceSentence, emptySentence, fullSentence } from "./cyclic-queue-narration";

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

export class CyclicQueueController extends StructureController {
  readonly structure = "cyclic-queue" as const;
  readonly operations = QUEUE_OPERATIONS;
  private readonly model: CyclicQueueModel<Item>;
  private layout: CyclicLayout;
  /** The view the reader chose; the layout may draw the row while the box is too narrow for a ring. */
  private chosenView: CyclicView;
  private readonly headPointer = new SlotPointer("head", "pointerHead");
  private readonly tailPointer = new SlotPointer("tail", "pointerTail");

  constructor(ctx: ControllerContext, options: CyclicQueueOptions) {
    super(ctx);
    this.model = new CyclicQueueModel<Item>(options.capacity, options.fullRule);
    this.chosenView = options.view;
    this.layout = cyclicLayout(options.capacity, options.view);
    for (const value of options.values) this.model.enqueue(makeItem(value));
    this.place(0);
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
      this.place(0);
      this.ctx.invalidate();
    }
    return true;
  }

  protected layOut(): void {
    this.layout = cyclicLayout(this.model.capacity, this.chosenView, this.maxWidth);
  }

  protected geometry(): CyclicLayout {
    return this.layout;
  }

  state(): StructureState {
    const m = this.model;
    return {
      structure: "cyclic-queue",
      capacity: m.capacity,
      items: m.toArray().map((item) => item.value),
      slots: m.slots().map((item) => (item ? item.value : null)),
      head: m.head,
      tail: m.tail,
    };
  }

  canvasSize(): CanvasSize {
    return { width: this.layout.width, height: this.layout.height };
  }

  describe(): string {
    const m = this.model;
    const narrow = this.layout.fallbackFrom ? ` (the box is too narrow for the ${this.layout.fallbackFrom})` : "";
    const start = `Cyclic queue, ${this.layout.view} view${narrow}`;
    const pointers = `head is slot ${m.head}, tail is slot ${m.tail}; ${this.usage()}.`;
    if (m.isEmpty()) return `${start}, empty: ${pointers}`;
    return `${start}, front to rear: ${this.state().items.join(", ")}. The ${pointers}`;
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
    const m = this.model;
    const admitted = this.admit(raw, m.isFull() ? fullSentence(m) : null);
    if ("refusal" in admitted) return admitted.refusal;
    const step = m.enqueue(admitted.item);
    if (!step.ok) return refused(fullSentence(m));
    const { value: item, slot, from, to } = step.value;
    this.place(this.ctx.duration());
    this.scene.highlight(item.id);
    const sentence = `Enqueued ${item.value} into slot ${slot}; ${this.usage()}. ${advanceSentence("Tail", from, to, m.capacity)}`;
    return succeeded(sentence, item.value);
  }

  private dequeue(): OperationResult {
    const m = this.model;
    const step = m.dequeue();
    if (!step.ok) return refused(emptySentence(this.model, "Nothing to dequeue."));
    const { value: item, slot, from, to } = step.value;
    this.takeOut([item], this.layout.exitTo(slot));
    const after = m.isEmpty() ? "the cyclic queue is now empty" : `nothing else moves, ${this.usage()}`;
    const sentence = `Dequeued ${item.value} from slot ${slot}; ${after}. ${advanceSentence("Head", from, to, m.capacity)}`;
    return succeeded(sentence, item.value);
  }

  private peek(): OperationResult {
    const front = this.model.peek();
    if (!front.ok) return refused(emptySentence(this.model, "Nothing to peek at."));
    this.scene.highlight(front.value.id);
    const sentence = `Peek: the front is ${front.value.value}, in slot ${this.model.head}. The cyclic queue is unchanged.`;
    return succeeded(sentence, front.value.value);
  }

  private clear(): OperationResult {
    const m = this.model;
    const moved = m.head !== 0 || m.tail !== 0;
    const removed = m.clear();
    this.takeOut(removed, this.layout.exitTo(0));
    if (removed.length > 0) return succeeded(`Cleared ${plural(removed.length, "item")}. Head and tail are back at slot 0.`);
    if (moved) return succeeded("The cyclic queue was already empty; head and tail are back at slot 0.");
    return succeeded("The cyclic queue is already empty.");
  }

  private usage(): string {
    return slotsUsed(this.model.size, this.model.capacity);
  }

  /** Gives every tile its slot and both pointers their slots, in the current view. */
  protected place(duration: number): void {
    const now = this.now();
    const { layout, model } = this;
    const slotOf = new Map<number, number>();
    const targets: TileTarget[] = [];
    for (const [slot, item] of model.slots().entries()) {
      if (!item) continue;
      slotOf.set(item.id, slot);
      targets.push(tileInSlot(item, layout.slots[slot]));
    }
    this.scene.sync(targets, now, duration, (t) => layout.enterFrom(slotOf.get(t.id) || 0));
    this.headPointer.point(model.head, model.capacity, layout.periodic, now, duration);
    this.tailPointer.point(model.tail, model.capacity, layout.periodic, now, duration);
  }

  draw(surface: Surface, now: number): boolean {
    const { layout, model } = this;
    surface.background("background");
    if (layout.track) drawTrack(surface, layout.track);
    layout.slots.forEach((slot, i) => {
      drawSlot(surface, slot);
      const label = layout.indexLabels[i];
      drawIndex(surface, i, label.x, label.y, "center", layout.indexSize);
    });
    if (model.fullRule === "spare-slot" && model.isFull() && layout.slots[0].w >= 44) {
      const spare = layout.slots[model.tail];
      drawNote(surface, "spare", spare.x, spare.y);
    }
    const moving = this.scene.draw(surface, now);
    this.tailPointer.draw(surface, now, layout.tail);
    this.headPointer.draw(surface, now, layout.head);
    return moving || this.headPointer.isAnimating(now) || this.tailPointer.isAnimating(now);
  }
}
