import * as z from "zod";
import type { DeepReadonly } from "../util/deepFreeze.js";
import { IdSchema, ModelRefSchema, TextSchema } from "./primitives.js";

const Ids = z.array(IdSchema).min(2).max(50);
const note = TextSchema.optional();

/** `same`: one indicator continues as one indicator. */
export const SameMappingSchema = z.strictObject({
  type: z.literal("same"),
  from: IdSchema,
  to: IdSchema,
  note,
});
/** `split`: one indicator continues as several; the baseline is copied to each. */
export const SplitMappingSchema = z.strictObject({
  type: z.literal("split"),
  from: IdSchema,
  to: Ids,
  note,
});
/** `merge`: several indicators continue as one; the baseline combines by `combine`. */
export const MergeMappingSchema = z.strictObject({
  type: z.literal("merge"),
  from: Ids,
  to: IdSchema,
  combine: z.enum(["min", "mean", "max"]),
  note,
});
/** `added`: an indicator with no predecessor. */
export const AddedMappingSchema = z.strictObject({ type: z.literal("added"), to: IdSchema, note });
/** `retired`: an indicator with no successor. */
export const RetiredMappingSchema = z.strictObject({
  type: z.literal("retired"),
  from: IdSchema,
  note,
});

/** One mapping of a crosswalk. */
export const CrosswalkMappingSchema = z.discriminatedUnion("type", [
  SameMappingSchema,
  SplitMappingSchema,
  MergeMappingSchema,
  AddedMappingSchema,
  RetiredMappingSchema,
]);

/**
 * The zod schema of a crosswalk document, which maps the indicators of model version `from` to
 * those of version `to`: the shape only. Use {@link parseCrosswalk} for the full check.
 */
export const CrosswalkSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  from: ModelRefSchema,
  to: ModelRefSchema,
  description: TextSchema.optional(),
  mappings: z.array(CrosswalkMappingSchema).max(5000),
});

/** A parsed, validated, deep-frozen crosswalk. */
export type Crosswalk = DeepReadonly<z.infer<typeof CrosswalkSchema>>;
/** One mapping of a {@link Crosswalk}. */
export type CrosswalkMapping = Crosswalk["mappings"][number];
