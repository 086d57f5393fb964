// The teaching engine's face: it follows what the player shows (the narration says each
// step, the code panel marks its line, the text view and the canvas's name describe its
// state) and gives the reader Undo and Redo, Pause/Play and the step buttons, the speed,
// the code language and the history.
import { CodePanel } from "../code/code-panel";
import { Language } from "../code/listing";
import { describeOperation, Shown } from "../core/structure-controller";
import { AnyController } from "../example-factory";
import { OperationResult } from "../model/result";
import { Trace } from "../model/trace";
import { ControlGroup } from "../options";
import { HistoryRow, HistoryView } from "./history-view";
import { Narration } from "./narration";
import { createTeachingControls, TeachingControls } from "./teaching-controls";
import { TextView } from "./text-view";

export interface TeachingParts {
  root: HTMLElement;
  canvas: HTMLCanvasElement;
  narration: Narration;
  groups: Set<ControlGroup>;
  speed: number;
  code: Language | "none";
  label: string;
  /** Sets the pace of the steps and glides. */
  setSpeed(speed: number): void;

  now(): number;
}

export class Teaching {
  readonly codePanel: CodePanel;
  readonly textView: TextView;
  readonly controls?: TeachingControls;
  readonly historyView?: HistoryView;
  private readonly stops: (() => void)[] = [];

  constructor(
    doc: Document,
    private readonly controller: AnyController,
    private readonly parts: TeachingParts,
  ) {
    this.codePanel = new CodePanel(doc, controller.listings, parts.code, controller.operations[0].name);
    this.textView = new TextView(doc, parts.label);
    const { groups } = parts;
    if (groups.has("undo") || groups.has("steps") || groups.has("speed")) {
      this.controls = createTeachingControls(doc, groups, { speed: parts.speed, code: parts.code }, {
        undo: () => this.say(this.undo()),
        redo: () => this.say(this.redo()),
        togglePause: () => this.togglePause(),
        previous: () => this.step(-1),
        next: () => this.step(1),
        speed: (speed) => parts.setSpeed(speed),
        code: (language) => this.codePanel.setLanguage(language),
      });
    }
    if (groups.has("history")) this.historyView = new HistoryView(doc);
    this.stops.push(
      controller.onShow((shown: Shown<unknown>) => this.show(shown)),
      controller.onChange(() => this.refreshHistory()),
    );
    this.textView.show(controller.slotsText());
    this.refresh();
  }

  undo(): OperationResult {
    return this.controller.undo();
  }

  redo(): OperationResult {
    return this.controller.redo();
  }

  /** Keys the example handles anywhere in it: Ctrl+Z (Undo), Ctrl+Shift+Z and Ctrl+Y (Redo). */
  handlesKey(event: KeyboardEvent): boolean {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
    const key = event.key.toLowerCase();
    const target = event.target as HTMLInputElement | null;
    if (target && target.tagName === "INPUT" && target.type === "text" && target.value !== "") return false; // the box's own undo
    if (key === "z" && !event.shiftKey) return this.onKey(event, () => this.say(this.undo()));
    if ((key === "z" && event.shiftKey) || (key === "y" && !event.shiftKey)) return this.onKey(event, () => this.say(this.redo()));
    return false;
  }

  /** The applied changes, oldest first, for handle.history(). */
  entries(): Trace<unknown>[] {
    return this.controller.history.entries().slice();
  }

  destroy(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  private onKey(event: KeyboardEvent, action: () => void): boolean {
    if (event.type === "keydown") {
      event.preventDefault();
      action();
    }
    return true;
  }

  private say(result: OperationResult): void {
    if (!result.ok) this.parts.narration.say(result.message, true);
  }

  private togglePause(): void {
    const player = this.controller.player;
    if (player.isPaused) player.resume(this.parts.now());
    else player.pause();
    this.controller.invalidate();
    this.refresh();
  }

  private step(direction: 1 | -1): void {
    const player = this.controller.player;
    const now = this.parts.now();
    const moved = direction > 0 ? player.next(now) : player.previous(now);
    if (!moved) this.parts.narration.say(direction > 0 ? "This is the end of the operation." : "This is its first step.");
    this.controller.invalidate();
    this.refresh();
  }

  private show(shown: Shown<unknown>): void {
    const { trace, position } = shown;
    const n = trace.steps.length;
    const done = position >= n;
    const step = trace.steps[Math.min(position, n - 1)];
    const { narration, root, canvas } = this.parts;
    if (done) narration.say(trace.message, !trace.ok);
    else narration.say(shown.undo || n === 1 && step.line === "undo" ? step.say : `Step ${position + 1} of ${n}: ${step.say}`);
    if (done) root.removeAttribute("data-step");
    else root.setAttribute("data-step", `${position + 1}/${n}`);
    if (!shown.undo) this.codePanel.show(trace.operation, done ? undefined : step.line);
    else this.codePanel.show(this.codePanelOperation(), undefined);
    canvas.setAttribute("aria-label", this.controller.describe());
    this.textView.show(this.controller.slotsText());
    this.refresh();
  }

  /** The code panel keeps showing the operation it showed. */
  private codePanelOperation() {
    const trace = this.controller.player.trace;
    return trace ? trace.operation : this.controller.operations[0].name;
  }

  private refresh(): void {
    const { player, history } = this.controller;
    if (this.controls) {
      this.controls.update({
        canUndo: history.canUndo,
        canRedo: history.canRedo,
        paused: player.isPaused,
        canPrevious: !!player.trace && player.position > 0,
        canNext: !player.isDone,
      });
    }
  }

  private refreshHistory(): void {
    if (this.historyView) this.historyView.render(this.entries().map((t) => this.row(t)));
    this.refresh();
  }

  private readonly rows = new WeakMap<Trace<unknown>, HistoryRow>();

  /** A trace's row, the same object each time (so the history view can tell what is new). */
  private row(trace: Trace<unknown>): HistoryRow {
    let row = this.rows.get(trace);
    if (!row) {
      const after = trace.steps[trace.steps.length - 1].state;
      row = { operation: describeOperation(trace), result: trace.message, columns: this.controller.historyColumns(after) };
      this.rows.set(trace, row);
    }
    return row;
  }
}
