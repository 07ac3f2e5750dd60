import * as z from "zod";
import type { DeepReadonly } from "../util/deepFreeze.js";
import { IdSchema, TextSchema } from "./primitives.js";

const FactorValue = z.int().min(0).max(10);

/** One ordinal value of a risk factor, e.g. `{ value: 2, label: … }`. */
export const FactorValueSchema = z.strictObject({ value: FactorValue, label: TextSchema });

/** A risk factor: a question answered on an ordinal scale 0..n. */
export const RiskFactorSchema = z.strictObject({
  id: IdSchema,
  label: TextSchema,
  question: TextSchema,
  values: z.array(FactorValueSchema).min(2).max(11),
});

/** An institution type, e.g. research university or university of applied sciences. */
export const InstitutionTypeSchema = z.strictObject({ id: IdSchema, label: TextSchema });

/** An exposure tier; tiers are listed from lowest to highest exposure. */
export const TierSchema = z.strictObject({
  id: IdSchema,
  label: TextSchema,
  description: TextSchema,
});

/** The condition of a tier rule: every part that is present must hold. */
export const TierConditionSchema = z.strictObject({
  factors: z.record(IdSchema, FactorValue).optional(),
  sumAtLeast: z.int().min(0).max(1000).optional(),
  institutionTypes: z.array(IdSchema).min(1).max(50).optional(),
});

/** A tier rule; rules are tried in order and the first that holds sets the tier. */
export const TierRuleSchema = z.strictObject({ tier: IdSchema, when: TierConditionSchema });

/** The risk profile a model asks for and how it maps to tiers. */
export const RiskProfileSpecSchema = z.strictObject({
  factors: z.array(RiskFactorSchema).min(1).max(12),
  institutionTypes: z.array(InstitutionTypeSchema).max(20),
  tiers: z.array(TierSchema).min(1).max(10),
  tierRules: z.array(TierRuleSchema).max(50),
  defaultTier: IdSchema,
});

/** How a model defines risk factors, institution types, tiers and tier rules. */
export type RiskProfileSpec = DeepReadonly<z.infer<typeof RiskProfileSpecSchema>>;
/** One risk factor of a model. */
export type RiskFactor = RiskProfileSpec["factors"][number];
/** One exposure tier of a model. */
export type Tier = RiskProfileSpec["tiers"][number];
/** One tier rule of a model. */
export type TierRule = RiskProfileSpec["tierRules"][number];
