import type { Indicator, Model } from "./modelSchema.js";
import { compileTierRules, type RuleMatcher } from "./tierRules.js";

/**
 * A target rule of an indicator, compiled to be checked against a result's factor values by id
 * (scoring has them as a record, `TierDerivation.factors`).
 */
export interface CompiledTargetRule {
  /** `[factor id, threshold]` for every factor the condition names. */
  readonly factors: readonly (readonly [string, number])[];
  readonly sumAtLeast: number | undefined;
  readonly types: readonly string[] | undefined;
  readonly target: number;
}

/** What scoring needs from a model's rules, worked out once per model. */
export interface CompiledModel {
  /** The index of the first tier rule that holds, or -1 (then the default tier applies). */
  readonly tierRule: RuleMatcher<number>;
  /** Each indicator's target rules, for indicators that have any. */
  readonly targetRules: ReadonlyMap<Indicator, readonly CompiledTargetRule[]>;
}

// Keyed by the parsed, deep-frozen model: what is compiled from it can never go stale, and the
// cache is invisible (a WeakMap cannot be read or listed, and lets the model be collected).
const cache = new WeakMap<Model, CompiledModel>();

/**
 * The model's tier rules and target rules compiled for evaluation, computed on first use and then
 * reused for every assessment scored against the same model object.
 *
 * @param model - A parsed model.
 * @returns The compiled rules.
 */
export function compiledModel(model: Model): CompiledModel {
  const found = cache.get(model);
  if (found !== undefined) return found;
  const spec = model.riskProfile;
  const targetRules = new Map<Indicator, readonly CompiledTargetRule[]>();
  for (const domain of model.domains) {
    for (const indicator of domain.indicators) {
      const rules = indicator.targetRules;
      if (rules === undefined || rules.length === 0) continue;
      targetRules.set(
        indicator,
        rules.map(({ when, target }) => ({
          factors: Object.entries(when.factors ?? {}),
          sumAtLeast: when.sumAtLeast,
          types: when.institutionTypes,
          target,
        })),
      );
    }
  }
  const compiled: CompiledModel = {
    tierRule: compileTierRules(spec, (_, r) => r, -1),
    targetRules,
  };
  cache.set(model, compiled);
  return compiled;
}
