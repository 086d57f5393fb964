// A lesson in an example: its plan from the example's start state, its controls, and the
// lesson itself, saying its sentences in the example's narration.
import { AnyController } from "../example-factory";
import { Narration } from "../ui/narration";
import { Lesson } from "./lesson";
import { LessonView } from "./lesson-view";
import { planLesson } from "./plan";
import { Command } from "./script";

export interface LessonPart {
  readonly lesson: Lesson<unknown>;
  readonly view: LessonView;
  destroy(): void;
}

export function createLessonPart(doc: Document, controller: AnyController, commands: readonly Command[], narration: Narration): LessonPart {
  const plan = planLesson(controller.kit, controller.model, commands);
  const view = new LessonView(doc, controller.noun, {
    back: () => lesson.back(),
    next: () => lesson.next(),
    answer: (choice) => lesson.answer(choice),
    reveal: () => lesson.reveal(),
  });
  const lesson: Lesson<unknown> = new Lesson(controller, plan, {
    say: (sentence) => narration.say(sentence),
    update: (status) => view.update(status),
  });
  view.update(lesson.status());
  return { lesson, view, destroy: () => lesson.destroy() };
}
