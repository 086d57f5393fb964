// Each structure's kit, by name: what a lesson simulates when its script is checked.
import { CYCLIC_QUEUE_KIT } from "../cyclic-queue/cyclic-queue-kit";
import { StructureKit } from "../model/kit";
import { StructureName } from "../model/structure";
import { QUEUE_KIT } from "../queue/queue-kit";
import { STACK_KIT } from "../stack/stack-kit";
import { LINKED_QUEUE_KIT, LINKED_STACK_KIT } from "../linked/linked-kit";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKit = StructureKit<any>;

const KITS: Record<StructureName, AnyKit> = { stack: STACK_KIT, queue: QUEUE_KIT, "cyclic-queue": CYCLIC_QUEUE_KIT };

/** The kit of a structure, or of its linked implementation. */
export function kitOf(structure: StructureName, implementation: "array" | "linked" = "array"): AnyKit {
  if (implementation === "linked") return structure === "queue" ? LINKED_QUEUE_KIT : LINKED_STACK_KIT;
  return KITS[structure];
}
