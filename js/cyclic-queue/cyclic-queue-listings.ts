// The cyclic queue in five languages under each full rule, each line tagged with the step
// it executes: "count" keeps a size field; "spare-slot" keeps one slot empty instead.
import { ListingSet } from "../code/listing";
import { COUNT, SPARE_SLOT } from "./cyclic-queue-head-tail-listings";
import { FullRule } from "./cyclic-queue-model";
import { QueuePointers } from "../model/conventions";
import { FRONT_REAR_COUNT, FRONT_REAR_SPARE_SLOT } from "./cyclic-queue-front-rear-listings";
import { FRONT_SIZE } from "./cyclic-queue-front-size-listings";
import { GROWTH_COUNT, GROWTH_SPARE_SLOT } from "./cyclic-queue-growth-listings";
import { FRONT_REAR_GROWTH_COUNT, FRONT_REAR_GROWTH_SPARE_SLOT, FRONT_SIZE_GROWTH } from "./cyclic-queue-convention-growth-listings";
import { Growth } from "../model/growth";

/** The listing of a full rule under a pointer convention (front-size goes with the count rule only), or of a doubling array. */
export function cyclicListings(rule: FullRule, pointers: QueuePointers = "head-tail", growth: Growth = "fixed"): ListingSet {
  if (growth === "double") {
    if (pointers === "front-size") return FRONT_SIZE_GROWTH;
    if (pointers === "front-rear") return rule === "count" ? FRONT_REAR_GROWTH_COUNT : FRONT_REAR_GROWTH_SPARE_SLOT;
    return rule === "count" ? GROWTH_COUNT : GROWTH_SPARE_SLOT;
  }
  if (pointers === "front-size") return FRONT_SIZE;
  if (pointers === "front-rear") return rule === "count" ? FRONT_REAR_COUNT : FRONT_REAR_SPARE_SLOT;
  return rule === "count" ? COUNT : SPARE_SLOT;
}
