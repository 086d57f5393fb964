// A lesson worked out in advance: the script's commands run on the pure model from the
// start state, so every step's trace and the state after every step are plain values
// before the first Next. Back restores those very states (the same items, the same ids);
// a step that would overflow or underflow is found here, and named.
import { Askable, StructureKit } from "../model/kit";
import { makeItem } from "../model/structure";
import { changedState, finalState, Trace } from "../model/trace";
import { isolate, numberText } from "../model/values";
import { Command, stepError } from "./script";

/** A question to the class before an operation, with its answer worked out. */
export interface Question {
  prompt: string;
  /** The answer buttons, in order. */
  choices: string[];
  answer: string;
  /** Why the answer is right: the step that sets it. */
  reason: string;
}

export interface LessonStep<S> {
  command: Command;
  /** An operation's trace, from the state before it. */
  trace?: Trace<S>;
  /** An ask's question, about the operation after it. */
  question?: Question;
}

export interface LessonPlan<S> {
  steps: LessonStep<S>[];
  /** The state after k steps: states[0] is the start. */
  states: S[];
}

export function planLesson<S>(kit: StructureKit<S>, start: S, commands: readonly Command[]): LessonPlan<S> {
  const steps: LessonStep<S>[] = [];
  const states: S[] = [start];
  let state = start;
  commands.forEach((command, i) => {
    const step: LessonStep<S> = { command };
    if (command.kind === "op") {
      const op = kit.pure[command.operation];
      if (!op) throw stepError(command.step, command.text, `a ${kit.noun} has no ${command.operation}.`);
      const trace = op(state, makeItem(command.value || ""));
      if (!trace.ok) {
        const what = trace.reason === "full" ? "overflow" : "underflow";
        throw stepError(command.step, command.text, `${command.operation} would ${what} here. ${trace.message}`);
      }
      step.trace = trace;
      const previous = commands[i - 1];
      if (previous && previous.kind === "ask") steps[i - 1].question = question(kit, previous.target, trace);
      state = finalState(trace);
    }
    steps.push(step);
    states.push(state);
  });
  return { steps, states };
}

/** The traces of the steps up to k that changed the state: the history of a lesson at step k. */
export function historyAt<S>(plan: LessonPlan<S>, k: number): Trace<S>[] {
  const traces: Trace<S>[] = [];
  for (const step of plan.steps.slice(0, k)) if (step.trace && changedState(step.trace)) traces.push(step.trace);
  return traces;
}

/** "push 7", "dequeue": an operation as a script writes it. */
export function operationText<S>(trace: Trace<S>): string {
  const adds = trace.operation === "push" || trace.operation === "enqueue";
  return adds && trace.value !== undefined ? `${trace.operation} ${isolate(trace.value)}` : trace.operation;
}

function question<S>(kit: StructureKit<S>, target: string, trace: Trace<S>): Question {
  const op = operationText(trace);
  if (target === "value") {
    const values = kit.items(trace.before).map((item) => item.value);
    const choices = values.filter((v, i) => values.indexOf(v) === i);
    const read = trace.steps.find((s) => s.state === trace.before && s.focus && s.focus.slot !== undefined);
    const value = trace.value as string;
    return {
      prompt: `What will ${op} return?`,
      choices,
      answer: value,
      reason: `${op} returns ${isolate(value)}${read ? `: ${read.say}` : "."}`,
    };
  }
  const askable = kit.askable[target] as Askable<S>;
  const after = askable.read(finalState(trace));
  return {
    prompt: askable.asks === "where" ? `Where will ${target} point after ${op}?` : `What will ${target} be after ${op}?`,
    choices: askable.range(trace.before).map(numberText),
    answer: numberText(after),
    reason: pointerReason(askable, target, trace, after, op),
  };
}

/** The step that last set the pointer explains it; an operation that leaves it alone says so. */
function pointerReason<S>(askable: Askable<S>, target: string, trace: Trace<S>, after: number, op: string): string {
  let previous = askable.read(trace.before);
  let say: string | undefined;
  for (const step of trace.steps) {
    const now = askable.read(step.state);
    if (now !== previous) say = step.say;
    previous = now;
  }
  if (say === undefined) return `${op} leaves ${target} at ${numberText(after)}.`;
  return askable.explain ? askable.explain(after, say) : say;
}

