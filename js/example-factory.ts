// Maps a structure name to its controller: adding a structure is a folder plus a line here.
import { ControllerContext, StructureController } from "./core/structure-controller";
import { StructureName } from "./model/structure";
import { OptionError, Options } from "./options";
import { CyclicQueueController } from "./cyclic-queue/cyclic-queue-controller";
import { QueueController } from "./queue/queue-controller";
import { StackController } from "./stack/stack-controller";
import { LinkedController } from "./linked/linked-controller";

/** A controller of some structure's state (each structure has its own state type). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyController = StructureController<any>;

type ControllerFactory = (ctx: ControllerContext, options: Options) => AnyController;

/** One line per structure. */
const registry: Partial<Record<StructureName, ControllerFactory>> = {
  stack: (ctx, o) => (o.implementation === "linked" ? new LinkedController(ctx, "stack", o) : new StackController(ctx, o)),
  queue: (ctx, o) => (o.implementation === "linked" ? new LinkedController(ctx, "queue", o) : new QueueController(ctx, o)),
  "cyclic-queue": (ctx, o) => new CyclicQueueController(ctx, o),
};

/** Throws an OptionError when `structure` has no controller in this build. */
export function assertAvailable(structure: StructureName): void {
  if (!registry[structure]) throw new OptionError(`The ${structure} is not available yet.`);
}

/** The controller of `options.structure`, drawing through `ctx`. */
export function createController(ctx: ControllerContext, options: Options): AnyController {
  assertAvailable(options.structure);
  return (registry[options.structure] as ControllerFactory)(ctx, options);
}
