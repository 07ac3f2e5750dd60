import * as z from "zod";
import { IdSchema, IsoDateSchema, ModelRefSchema } from "../model/primitives.js";
import type { DeepReadonly } from "../util/deepFreeze.js";

const ShortText = z.string().max(5000);

/**
 * One answer: for a practice (`practice` + `code`, where `code` is an answer-scale code or `NA`)
 * or for a level-rated indicator (`indicator` + `level`, or `code: "NA"`). `NA` needs a `rationale`.
 */
export const AnswerSchema = z.strictObject({
  practice: IdSchema.optional(),
  indicator: IdSchema.optional(),
  code: z
    .string()
    .regex(/^[A-Za-z]{1,8}$/)
    .optional(),
  level: z.int().min(0).max(10).optional(),
  confidence: z.enum(["reported", "inferred"]).optional(),
  rationale: ShortText.optional(),
  evidence: z.array(z.string().min(1).max(2000)).max(100).optional(),
  note: ShortText.optional(),
  evidencedOn: IsoDateSchema.optional(),
});

/**
 * The zod schema of an assessment document: the shape only. Use {@link parseAssessment} for the
 * full check against a model.
 */
export const AssessmentSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  /** Free text about the assessment as a whole, e.g. that it is fictitious example data. */
  note: ShortText.optional(),
  modelRef: ModelRefSchema,
  institution: z.strictObject({
    id: IdSchema,
    name: z.string().min(1).max(300).optional(),
    type: IdSchema.optional(),
  }),
  measuredOn: IsoDateSchema,
  assessedBy: z.enum(["self", "external"]),
  riskProfile: z.record(IdSchema, z.int().min(0).max(10)),
  answers: z.array(AnswerSchema).max(200_000),
});

/** A parsed, validated, deep-frozen assessment. */
export type Assessment = DeepReadonly<z.infer<typeof AssessmentSchema>>;
/** One answer of an {@link Assessment}. */
export type Answer = Assessment["answers"][number];
