// The lesson's controls: Back, the counter "k / N" and Next in one row, what Next will do,
// a note while the lesson is paused, and an ask's question with one answer button per
// candidate and "Show answer". Everything is text, never markup.
import { createButton, setDisabled, setText } from "../ui/controls";
import { LessonStatus } from "./lesson";
import { Question } from "./plan";

export interface LessonActions {
  back(): void;
  next(): void;
  answer(choice: string): void;
  reveal(): void;
}

let viewCount = 0;

export class LessonView {
  readonly element: HTMLElement;
  readonly back: HTMLButtonElement;
  readonly next: HTMLButtonElement;
  private readonly counter: HTMLElement;
  private readonly upcoming: HTMLElement;
  private readonly note: HTMLElement;
  private readonly questionBox: HTMLElement;
  private readonly prompt: HTMLElement;
  private readonly answers: HTMLElement;
  private readonly reveal: HTMLButtonElement;
  private shown?: Question;

  constructor(
    doc: Document,
    private readonly noun: string,
    private readonly on: LessonActions,
  ) {
    this.element = doc.createElement("div");
    this.element.className = "dsviz-lesson";
    const bar = doc.createElement("div");
    bar.className = "dsviz-controls dsviz-lesson-bar";
    this.back = createButton(bar, "Back", "dsviz-lesson-back", () => on.back());
    this.counter = doc.createElement("span");
    this.counter.className = "dsviz-lesson-count";
    bar.append(this.counter);
    this.next = createButton(bar, "Next", "dsviz-primary dsviz-lesson-next", () => on.next());
    this.upcoming = doc.createElement("span");
    this.upcoming.className = "dsviz-lesson-upcoming";
    bar.append(this.upcoming);
    this.note = doc.createElement("p");
    this.note.className = "dsviz-lesson-note";
    this.note.id = `dsviz-lesson-note-${++viewCount}`;
    this.questionBox = doc.createElement("div");
    this.questionBox.className = "dsviz-question";
    this.prompt = doc.createElement("p");
    this.prompt.className = "dsviz-question-prompt";
    this.answers = doc.createElement("div");
    this.answers.className = "dsviz-controls dsviz-answers";
    this.reveal = createButton(doc.createElement("div"), "Show answer", "dsviz-small dsviz-reveal", () => on.reveal());
    this.questionBox.append(this.prompt, this.answers);
    this.element.append(bar, this.note, this.questionBox);
  }

  update(status: LessonStatus): void {
    const { position, total, paused } = status;
    setText(this.counter, `${position} / ${total}`);
    this.counter.setAttribute("title", `Step ${position} of ${total}`);
    setDisabled(this.back, position === 0 && !paused);
    setDisabled(this.next, position === total && !paused);
    setText(this.upcoming, paused ? "" : upcomingText(status));
    this.note.hidden = !paused;
    if (paused) this.next.setAttribute("aria-describedby", this.note.id);
    else this.next.removeAttribute("aria-describedby");
    if (paused) {
      const where = position === 0 ? "as the lesson began" : `as step ${position} left it`;
      setText(this.note, `Lesson paused: you changed the ${this.noun}. Next puts it back ${where}.`);
    }
    this.showQuestion(status);
  }

  private showQuestion(status: LessonStatus): void {
    const { question, answered } = status;
    if (question !== this.shown) {
      const doc = this.element.ownerDocument;
      if (!question && this.questionBox.contains(doc.activeElement)) this.next.focus(); // focus is never lost
      this.shown = question;
      this.answers.textContent = "";
      if (question) {
        setText(this.prompt, question.prompt);
        for (const choice of question.choices) {
          const button = createButton(this.answers, choice, "dsviz-small dsviz-answer", () => this.on.answer(choice));
          button.setAttribute("aria-label", choice); // the drawn ✓ or ✗ is not part of its name
        }
        this.answers.append(this.reveal);
      }
    }
    this.questionBox.hidden = !question;
    if (!question) return;
    const settled = !!answered;
    for (const button of Array.from(this.answers.querySelectorAll<HTMLButtonElement>(".dsviz-answer"))) {
      const choice = button.getAttribute("aria-label") || "";
      const right = settled && choice === question.answer;
      const chosen = !!answered && answered.choice === choice;
      button.classList.toggle("dsviz-right", right);
      button.classList.toggle("dsviz-wrong", chosen && !right);
      // The name stays the candidate; the mark is said as a description.
      const mark = right ? (chosen ? "your answer, right" : "the right answer") : chosen ? "your answer, wrong" : "";
      if (mark) button.setAttribute("aria-description", mark);
      else button.removeAttribute("aria-description");
      setDisabled(button, settled);
    }
    setDisabled(this.reveal, !!answered && answered.revealed);
  }
}

function upcomingText(status: LessonStatus): string {
  const step = status.upcoming;
  if (!step) return status.total > 0 ? "The end." : "";
  const { command } = step;
  if (command.kind === "op") return `Next: ${command.text}`;
  return command.kind === "say" ? "Next: a remark" : "Next: a question";
}
