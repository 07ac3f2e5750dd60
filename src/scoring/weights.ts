import type { Indicator } from "../model/modelSchema.js";
import { ownValue } from "../util/own.js";
import type { WeightFactor, WeightTrace } from "./result.js";

/**
 * An indicator's weight for given factor values and institution type: base × the multiplier of
 * every matching rule (a rule with `institutionTypes` matches only those types). Frozen, like
 * everything in a result.
 */
export function indicatorWeight(
  indicator: Indicator,
  factors: Readonly<Record<string, number>>,
  institutionType: string | null,
): WeightTrace {
  const multipliers: WeightFactor[] = [];
  let value = indicator.weight;
  for (const rw of indicator.riskWeights ?? []) {
    // A factor the model does not have (only in a hand-frozen model) counts as 0.
    const current = ownValue(factors, rw.factor) ?? 0;
    if (current < rw.atLeast) continue;
    const allowed = rw.institutionTypes;
    const applied: WeightFactor = {
      factor: rw.factor,
      atLeast: rw.atLeast,
      value: current,
      multiplier: rw.multiplier,
    };
    if (allowed === undefined) multipliers.push(Object.freeze(applied));
    else if (institutionType !== null && allowed.includes(institutionType)) {
      const matched = Object.freeze({ allowed, value: institutionType });
      multipliers.push(Object.freeze({ ...applied, institutionType: matched }));
    } else continue;
    value *= rw.multiplier;
  }
  return Object.freeze({ base: indicator.weight, multipliers: Object.freeze(multipliers), value });
}
