import * as z from "zod";
import { TierConditionSchema } from "./riskProfileSchema.js";

/**
 * Raises an indicator's target when its condition holds: the target is the highest of the tier's
 * target and the `target` of every rule whose `when` holds. `when` has the shape and meaning of a
 * tier rule's condition, so every part present must hold.
 */
export const TargetRuleSchema = z.strictObject({
  when: TierConditionSchema,
  target: z.int().min(0).max(10),
});
