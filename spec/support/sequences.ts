// Seeded random operation sequences for the specs: the same seed, the same sequence.
import { Item } from "../../js/model/structure";
import { seededRandom } from "../../js/practice/task";

/** A small, fast PRNG (mulberry32, practice mode's own): returns [0, 1) like Math.random. */
export const prng = seededRandom;

export const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];

let nextId = 1e6;
/** A fresh item with its own identity (ids far from the library's own). */
export function item(value: string): Item {
  return { id: nextId++, value };
}

/** Changes the state's arrays and objects in place would throw: the models must never. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Every full rule under every pointer convention that goes with it (front-size keeps a size field: count rule only). */
export const CYCLIC_CONVENTIONS = [
  ["count", "head-tail"],
  ["spare-slot", "head-tail"],
  ["count", "front-rear"],
  ["spare-slot", "front-rear"],
  ["count", "front-size"],
] as const;
