// Lessons as they are played: Next and Back as exact state restores (the very state objects,
// so slots, pointers and item identities), questions with their answers and reasons, and
// the lesson's life beside the free controls (Undo and Redo move it; other changes pause it).
import { AnyController, createController } from "../js/example-factory";
import { Lesson, LessonStatus } from "../js/lesson/lesson";
import { planLesson } from "../js/lesson/plan";
import { resolveOptions, UserOptions } from "../js/options";
import { finalState } from "../js/model/trace";
import { testContext } from "./support/test-context";

interface Played {
  controller: AnyController;
  lesson: Lesson<unknown>;
  said: string[];
  status: () => LessonStatus;
}

function play(options: UserOptions): Played {
  const resolved = resolveOptions(options);
  const controller = createController(testContext(), resolved);
  const said: string[] = [];
  let last: LessonStatus | undefined;
  const plan = planLesson(controller.kit, controller.model, resolved.script!.commands);
  const lesson = new Lesson<unknown>(controller, plan, { say: (s) => said.push(s), update: (s) => (last = s) });
  // What the controller says of a glide back (Back's undo), as the narration would.
  controller.onShow((shown) => {
    if (shown.undo && shown.position === 0) said.push(shown.trace.steps[0].say);
  });
  return { controller, lesson, said, status: () => last || lesson.status() };
}

const CYCLIC_WRAP = {
  structure: "cyclic-queue",
  capacity: 8,
  values: "3 1 4 1 5",
  script: "say head is 0, tail is 5; enqueue 9; enqueue 2; ask tail; enqueue 6; ask head; dequeue; enqueue 7",
};

describe("lessons", () => {
  for (const options of [
    { structure: "stack", capacity: 3, values: "a", script: "push b; say two; push c; pop; peek; clear; push d" },
    { structure: "queue", capacity: 3, values: "a b", script: "enqueue c; dequeue; say moved; dequeue; enqueue d; clear" },
    CYCLIC_WRAP,
    { structure: "cyclic-queue", capacity: 4, fullRule: "spare-slot", values: "a b", script: "enqueue c; dequeue; dequeue; enqueue d; enqueue e; clear; enqueue f" },
  ]) {
    const name = `${options.structure}${"fullRule" in options ? ` (${options.fullRule})` : ""}`;

    it(`${name}: Next walks every step and Back restores each earlier state exactly, down to the start`, () => {
      const { controller, lesson } = play(options);
      const { states, steps } = lesson.plan;
      expect(controller.model).toBe(states[0]);
      for (let k = 1; k <= steps.length; k++) {
        lesson.next();
        expect(lesson.status().position).toBe(k);
        expect(controller.model).toBe(states[k]); // the very state the plan worked out
        const trace = steps[k - 1].trace;
        if (trace) expect(controller.player.trace).toBe(trace); // played through the teaching engine
      }
      for (let k = steps.length - 1; k >= 0; k--) {
        lesson.back();
        expect(lesson.status().position).toBe(k);
        expect(controller.model).toBe(states[k]); // slots, pointers and the items' identities
        const changes = steps.slice(0, k).filter((s) => s.trace && finalState(s.trace) !== s.trace.before);
        expect(controller.history.entries()).toEqual(changes.map((s) => s.trace!)); // the lesson's changes so far
      }
      expect(lesson.paused).toBe(false);
    });
  }

  it("the plan's states are the states after each step: a say or an ask keeps the state, an operation moves it on", () => {
    const { lesson } = play(CYCLIC_WRAP);
    const { states, steps } = lesson.plan;
    expect(states.length).toBe(steps.length + 1);
    steps.forEach((step, k) => {
      if (step.trace) expect(states[k + 1]).toBe(finalState(step.trace));
      else expect(states[k + 1]).toBe(states[k]);
    });
  });

  it("ask tail before the wrapping enqueue: every slot is a choice, the answer is 0, and the reason is the wrap", () => {
    const { lesson, said, controller } = play(CYCLIC_WRAP);
    for (let i = 0; i < 4; i++) lesson.next();
    const { question, position } = lesson.status();
    expect(position).toBe(4);
    expect(question!.prompt).toBe("Where will tail point after enqueue 6?");
    expect(question!.choices).toEqual(["0", "1", "2", "3", "4", "5", "6", "7"]);
    expect(question!.answer).toBe("0");
    expect(question!.reason).toBe("tail = (7 + 1) mod 8 = 0: tail wraps to slot 0.");
    expect(said[said.length - 1]).toBe("Where will tail point after enqueue 6?");
    const before = controller.model;
    lesson.answer("3");
    expect(said[said.length - 1]).toBe("Wrong: not 3. tail = (7 + 1) mod 8 = 0: tail wraps to slot 0.");
    lesson.answer("0"); // answered once: a second answer changes nothing
    expect(said[said.length - 1]).toMatch(/^Wrong:/);
    expect(lesson.status().answered).toEqual({ choice: "3", revealed: false });
    expect(controller.model).toBe(before); // answering performs nothing
    lesson.next(); // the following Next performs the operation
    expect(controller.state().tail).toBe(0);
    expect(lesson.status().question).toBeUndefined();
  });

  it("a right answer says Right: with the reason; Show answer reveals without answering", () => {
    const { lesson, said } = play(CYCLIC_WRAP);
    for (let i = 0; i < 4; i++) lesson.next();
    lesson.answer("0");
    expect(said[said.length - 1]).toBe("Right: tail = (7 + 1) mod 8 = 0: tail wraps to slot 0.");
    lesson.next();
    lesson.next(); // ask head
    lesson.reveal();
    expect(said[said.length - 1]).toBe("Answer: 1. head = (0 + 1) mod 8 = 1.");
    expect(lesson.status().answered).toEqual({ choice: undefined, revealed: true });
  });

  it("ask value offers the values held (each once) and names the slot read; ask top counts from −1", () => {
    const { lesson } = play({ structure: "stack", values: "3 1 4 1", script: "ask value; pop; ask top; pop; pop; pop; ask top; push 9" });
    lesson.next();
    expect(lesson.status().question).toEqual({ prompt: "What will pop return?", choices: ["3", "1", "4"], answer: "1", reason: "pop returns 1: x = slots[3] = 1, the top." });
    lesson.next();
    lesson.next();
    expect(lesson.status().question!.choices).toEqual(["−1", "0", "1", "2", "3", "4", "5", "6", "7"]);
    expect(lesson.status().question!.answer).toBe("1");
    for (let i = 0; i < 4; i++) lesson.next();
    expect(lesson.status().question!.prompt).toBe("Where will top point after push 9?");
    expect(lesson.status().question!.answer).toBe("0");
  });

  it("the queue's rear and size, and an operation that leaves a pointer alone", () => {
    const { lesson } = play({ structure: "queue", values: "4 1 5", script: "ask rear; dequeue; ask size; enqueue 2" });
    lesson.next();
    expect(lesson.status().question).toEqual(jasmine.objectContaining({ answer: "1", reason: "size = 3 − 1 = 2. The rear is slot size − 1 = 1." }));
    lesson.next();
    lesson.next();
    expect(lesson.status().question).toEqual(jasmine.objectContaining({ prompt: "What will size be after enqueue 2?", answer: "3" }));
    const peek = play({ structure: "cyclic-queue", values: "a b", script: "ask tail; dequeue" });
    peek.lesson.next();
    expect(peek.lesson.status().question!.reason).toBe("dequeue leaves tail at 2.");
  });

  it("Back to an ask shows its question again, unanswered; Back past it hides it", () => {
    const { lesson } = play(CYCLIC_WRAP);
    for (let i = 0; i < 4; i++) lesson.next();
    lesson.answer("0");
    lesson.next();
    lesson.back();
    expect(lesson.status().position).toBe(4);
    expect(lesson.status().question!.answer).toBe("0");
    expect(lesson.status().answered).toBeUndefined();
    lesson.back();
    expect(lesson.status().question).toBeUndefined();
  });

  it("Back says where it went and what it undid; the ends say so", () => {
    const { lesson, said } = play({ structure: "stack", script: "push 1; say one; push 2" });
    lesson.back();
    expect(said.pop()).toBe("This is the start of the lesson.");
    lesson.next();
    lesson.next();
    expect(said.pop()).toBe("one");
    lesson.next();
    lesson.next();
    expect(said.pop()).toBe("That was the last step of the lesson. Back goes through it again.");
    lesson.back();
    expect(said.pop()).toBe("Back to step 2 of 3: undid push 2. “one”"); // said by the controller's glide back
    lesson.back();
    expect(said.pop()).toBe("Back to step 1 of 3.");
    lesson.back();
    expect(said.pop()).toBe("Back to the start of the lesson: undid push 1.");
  });

  it("a change made outside the lesson pauses it; Next then puts the structure back exactly, with the lesson's history", () => {
    const { lesson, controller } = play(CYCLIC_WRAP);
    lesson.next();
    lesson.next();
    const at = controller.model;
    controller.run("dequeue");
    controller.run("enqueue", "x");
    expect(lesson.paused).toBe(true);
    expect(lesson.status()).toEqual(jasmine.objectContaining({ position: 2, paused: true, question: undefined }));
    lesson.next();
    expect(lesson.paused).toBe(false);
    expect(controller.model).toBe(at);
    expect(lesson.status().position).toBe(2);
    expect(controller.history.entries()).toEqual([lesson.plan.steps[1].trace!]);
    lesson.next();
    expect(controller.model).toBe(lesson.plan.states[3]);
  });

  it("Back while paused also puts the structure back as the lesson had it", () => {
    const { lesson, controller } = play({ structure: "stack", script: "push 1; push 2" });
    lesson.next();
    controller.run("clear");
    lesson.back();
    expect(controller.model).toBe(lesson.plan.states[1]);
    expect(lesson.status().position).toBe(1);
  });

  it("Undo and Redo onto the lesson's states move the lesson with them", () => {
    const { lesson, controller } = play({ structure: "stack", script: "push 1; say one; push 2; say two" });
    for (let i = 0; i < 4; i++) lesson.next();
    controller.undo();
    expect(lesson.paused).toBe(false);
    expect(lesson.status().position).toBe(2); // the nearest step with that state
    controller.redo();
    expect(lesson.status().position).toBe(3);
    lesson.next();
    expect(lesson.status().position).toBe(4);
    controller.undo();
    controller.undo();
    expect(lesson.paused).toBe(false);
    expect(lesson.status().position).toBe(0); // back at the start
    // A change of one's own pauses the lesson; undoing it resumes it where it was.
    lesson.next();
    controller.run("push", "x");
    expect(lesson.paused).toBe(true);
    controller.undo();
    expect(lesson.paused).toBe(false);
    expect(lesson.status().position).toBe(1);
  });
});
