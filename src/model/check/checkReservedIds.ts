import type { Model } from "../modelSchema.js";
import type { IssueSink } from "./context.js";

/**
 * Institution type ids that sector views use as group keys: `all` for the whole sector,
 * `unknown` for institutions without a type.
 */
export const RESERVED_INSTITUTION_TYPES: readonly string[] = Object.freeze(["all", "unknown"]);

/**
 * Reports institution types named `all` or `unknown`: sector views key their groups by type,
 * `all` for the whole sector and `unknown` for institutions without a type, so such a type would
 * share its key with another group.
 */
export function checkReservedIds(model: Model, sink: IssueSink): void {
  for (const [i, type] of model.riskProfile.institutionTypes.entries()) {
    if (RESERVED_INSTITUTION_TYPES.includes(type.id)) {
      sink.add("reserved_id", ["riskProfile", "institutionTypes", i, "id"], { id: type.id });
    }
  }
}
