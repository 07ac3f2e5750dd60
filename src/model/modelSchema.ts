import * as z from "zod";
import type { DeepReadonly } from "../util/deepFreeze.js";
import { IdSchema, IsoDateSchema, ModelRefSchema, TextSchema } from "./primitives.js";
import { RiskProfileSpecSchema } from "./riskProfileSchema.js";
import { IndicatorTagsSchema, TagSchema } from "./tagSchema.js";
import { TargetRuleSchema } from "./targetRuleSchema.js";

const LevelNumber = z.int().min(0).max(10);

/** A document the model cites. */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1).max(500),
  publisher: z.string().min(1).max(200).optional(),
  date: IsoDateSchema,
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
});

/** One maturity level, e.g. `{ level: 3, label: { nl: "Gedefinieerd", en: "Defined" }, … }`. */
export const LevelSchema = z.strictObject({
  level: LevelNumber,
  label: TextSchema,
  description: TextSchema,
});

/** One code of the answer scale with its value in [0, 1]. */
export const AnswerCodeSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z]{1,8}$/),
  label: TextSchema,
  value: z.number().min(0).max(1),
});

/** The answer scale for practices, e.g. N/P/L/F. */
export const AnswerScaleSchema = z.strictObject({
  codes: z.array(AnswerCodeSchema).min(2).max(10),
  achievedFrom: z.string().regex(/^[A-Za-z]{1,8}$/),
});

/** A reference from an indicator to a source: `{ source, ref }`, e.g. a section number. */
export const SourceRefSchema = z.strictObject({
  source: IdSchema,
  ref: z.string().min(1).max(200),
});

/** One observable practice of a practice-rated indicator, at a level. */
export const PracticeSchema = z.strictObject({
  id: IdSchema,
  level: LevelNumber,
  text: TextSchema,
  /** What an auditor asks to see for this practice: a decision, a register, minutes, a sample. */
  evidence: TextSchema.optional(),
});

/**
 * Multiplies an indicator's weight when a risk factor is at least a value, and, with
 * `institutionTypes`, only for those types.
 */
export const RiskWeightSchema = z.strictObject({
  factor: IdSchema,
  atLeast: z.int().min(0).max(10),
  multiplier: z.number().min(1).max(10),
  institutionTypes: z.array(IdSchema).min(1).max(50).optional(),
});

/** Whether an indicator may be declared not applicable, and why. */
export const NotApplicableSchema = z.discriminatedUnion("allowed", [
  z.strictObject({ allowed: z.literal(false) }),
  z.strictObject({ allowed: z.literal(true), rationale: TextSchema }),
]);

/** A correspondence with another framework, cited as a source. */
export const MappingSchema = z.strictObject({
  source: IdSchema,
  ref: z.string().min(1).max(200),
});

/** One indicator: what is assessed, how it is rated, its weight and targets. */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  description: TextSchema,
  sources: z.array(SourceRefSchema).min(1).max(50),
  rating: z.enum(["practices", "level"]),
  practices: z.array(PracticeSchema).max(100).optional(),
  weight: z.number().positive().max(100),
  riskWeights: z.array(RiskWeightSchema).max(50).optional(),
  targets: z.record(IdSchema, LevelNumber),
  targetRules: z.array(TargetRuleSchema).max(50).optional(),
  critical: z.boolean().optional(),
  notApplicable: NotApplicableSchema.optional(),
  dependsOn: z.array(IdSchema).max(50).optional(),
  mappings: z.array(MappingSchema).max(50).optional(),
  tags: IndicatorTagsSchema.optional(),
});

/** A domain groups indicators. */
export const DomainSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  description: TextSchema,
  indicators: z.array(IndicatorSchema).min(1).max(200),
});

/**
 * The zod schema of a capability maturity model document: the shape only. Use
 * {@link parseModel} for the full check, which adds referential integrity.
 */
export const ModelSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  id: IdSchema,
  version: ModelRefSchema.shape.version,
  releasedOn: IsoDateSchema,
  title: TextSchema,
  description: TextSchema,
  sources: z.array(SourceSchema).max(200),
  levels: z.array(LevelSchema).min(2).max(11),
  answerScale: AnswerScaleSchema,
  levelRule: z.enum(["cumulative", "strict", "additive"]),
  evidenceValidityMonths: z.int().min(1).max(240).optional(),
  riskProfile: RiskProfileSpecSchema,
  tags: z.array(TagSchema).max(50).optional(),
  domains: z.array(DomainSchema).min(1).max(100),
});

/** A parsed, validated, deep-frozen model. */
export type Model = DeepReadonly<z.infer<typeof ModelSchema>>;
/** A domain of a {@link Model}. */
export type Domain = Model["domains"][number];
/** An indicator of a {@link Model}. */
export type Indicator = Domain["indicators"][number];
/** A practice of a practice-rated {@link Indicator}. */
export type Practice = NonNullable<Indicator["practices"]>[number];
/** The three level rules a model can choose from. */
export type LevelRule = Model["levelRule"];
/** A source a {@link Model} cites. */
export type Source = Model["sources"][number];
/** A maturity level of a {@link Model}. */
export type Level = Model["levels"][number];
/** The answer scale of a {@link Model}. */
export type AnswerScale = Model["answerScale"];
/** A tag of a {@link Model}'s vocabulary. */
export type Tag = NonNullable<Model["tags"]>[number];
/** A target rule of an {@link Indicator}. */
export type TargetRule = NonNullable<Indicator["targetRules"]>[number];
