import * as z from "zod";
import { IdSchema, TextSchema } from "./primitives.js";

/**
 * One tag of a model's vocabulary, e.g. a policy risk an indicator addresses. The engine knows no
 * tag names: a model defines its own, and indicators refer to them by id.
 */
export const TagSchema = z.strictObject({
  id: IdSchema,
  label: TextSchema,
  description: TextSchema.optional(),
});

/** The tags of an indicator, main concern first; each a tag id of the model, none twice. */
export const IndicatorTagsSchema = z.array(IdSchema).min(1).max(20);
