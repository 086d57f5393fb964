// A lesson as it is played: Next and Back walk the plan's steps on the example's own
// controller (an operation plays through the teaching engine, Back glides to the very
// state before it). The free controls stay usable: Undo and Redo that land on a state of
// the lesson move the lesson with them; any other change pauses it, and Next (or Back)
// then puts the structure back as the lesson had it.
import { TracedController } from "../player/traced-controller";
import { changedState } from "../model/trace";
import { historyAt, LessonPlan, LessonStep, operationText, Question } from "./plan";

/** What the lesson's view shows. */
export interface LessonStatus {
  /** Steps done: 0 at the start. */
  position: number;
  total: number;
  /** The step Next plays, if any. */
  upcoming?: LessonStep<unknown>;
  /** True when the structure was changed outside the lesson. */
  paused: boolean;
  /** The question on show (at an ask), and how it was answered. */
  question?: Question;
  answered?: { choice?: string; revealed: boolean };
}

export interface LessonOutput {
  /** Says a sentence in the example's narration. */
  say(sentence: string): void;
  /** The status changed: show it. */
  update(status: LessonStatus): void;
}

export class Lesson<S> {
  private position = 0;
  private answered?: { choice?: string; revealed: boolean };
  private readonly stop: () => void;

  constructor(
    private readonly controller: TracedController<S>,
    readonly plan: LessonPlan<S>,
    private readonly output: LessonOutput,
  ) {
    this.stop = controller.onChange(() => this.follow());
  }

  get total(): number {
    return this.plan.steps.length;
  }

  /** True when the structure is not as the lesson has it at this step. */
  get paused(): boolean {
    return this.controller.model !== this.plan.states[this.position];
  }

  status(): LessonStatus {
    const step = this.plan.steps[this.position - 1];
    const question = !this.paused && step && step.question ? step.question : undefined;
    return {
      position: this.position,
      total: this.total,
      upcoming: this.plan.steps[this.position],
      paused: this.paused,
      question,
      answered: question ? this.answered : undefined,
    };
  }

  /** Plays the next step; when paused, first puts the structure back as the lesson had it. */
  next(): void {
    if (this.paused) return this.resume();
    if (this.position >= this.total) {
      this.output.say("That was the last step of the lesson. Back goes through it again.");
      return this.changed();
    }
    const step = this.plan.steps[this.position];
    this.moveTo(this.position + 1);
    const { command } = step;
    if (command.kind === "op") {
      this.controller.play(step.trace!);
    } else {
      this.controller.finishPlaying();
      if (command.kind === "say") this.output.say(command.sentence);
      else this.output.say(step.question!.prompt);
    }
    this.changed();
  }

  /** Goes back one step, to the very state before it; when paused, puts the structure back first. */
  back(): void {
    if (this.paused) return this.resume();
    if (this.position === 0) {
      this.output.say("This is the start of the lesson.");
      return this.changed();
    }
    const step = this.plan.steps[this.position - 1];
    this.moveTo(this.position - 1);
    const k = this.position;
    const where = k === 0 ? "Back to the start of the lesson" : `Back to step ${k} of ${this.total}`;
    // A step's own sentence or question is said again: it is where the class is.
    const at = this.plan.steps[k - 1];
    const then = at && at.command.kind === "say" ? ` “${at.command.sentence}”` : at && at.question ? ` ${at.question.prompt}` : "";
    if (step.trace && changedState(step.trace)) {
      const sentence = `${where}: undid ${operationText(step.trace)}.${then}`;
      const entries = this.controller.history.entries();
      if (entries[entries.length - 1] === step.trace) this.controller.undo(sentence);
      else this.controller.restore(this.plan.states[k], historyAt(this.plan, k), sentence);
    } else {
      this.controller.finishPlaying();
      this.output.say(`${where}.${then}`);
    }
    this.changed();
  }

  /** Answers the question on show (once): right or wrong, with the reason. */
  answer(choice: string): void {
    const { question } = this.status();
    if (!question || this.answered) return;
    this.answered = { choice, revealed: false };
    const right = choice === question.answer;
    this.output.say(right ? `Right: ${question.reason}` : `Wrong: not ${choice}. ${question.reason}`);
    this.changed();
  }

  /** Shows the answer without answering (a teacher asking the room). */
  reveal(): void {
    const { question } = this.status();
    if (!question) return;
    this.answered = { choice: this.answered && this.answered.choice, revealed: true };
    this.output.say(`Answer: ${question.answer}. ${question.reason}`);
    this.changed();
  }

  destroy(): void {
    this.stop();
  }

  private resume(): void {
    const k = this.position;
    const sentence =
      k === 0
        ? `Back at the start of the lesson: the ${this.controller.noun} is as it began.`
        : `Back in the lesson at step ${k} of ${this.total}: the ${this.controller.noun} is as step ${k} left it.`;
    this.answered = undefined;
    this.controller.restore(this.plan.states[k], historyAt(this.plan, k), sentence);
    this.changed();
  }

  /** A change from outside: Undo or Redo onto a state of the lesson moves the lesson there (the nearest such step). */
  private follow(): void {
    const { states } = this.plan;
    const model = this.controller.model;
    if (model !== states[this.position]) {
      let best = -1;
      states.forEach((state, j) => {
        if (state === model && (best < 0 || Math.abs(j - this.position) < Math.abs(best - this.position))) best = j;
      });
      if (best >= 0) this.moveTo(best);
    }
    this.changed();
  }

  private moveTo(position: number): void {
    if (position !== this.position) this.answered = undefined;
    this.position = position;
  }

  private changed(): void {
    this.output.update(this.status());
  }
}
