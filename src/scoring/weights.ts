import type { Indicator } from "../model/modelSchema.js";
import { ownValue } from "../util/own.js";
import type { WeightFactor, WeightTrace } from "./result.js";

/**
 * An indicator's weight for given factor values: base × the multiplier of every matching rule.
 * Frozen, like everything in a result.
 */
export function indicatorWeight(
  indicator: Indicator,
  factors: Readonly<Record<string, number>>,
): WeightTrace {
  const multipliers: WeightFactor[] = [];
  let value = indicator.weight;
  for (const rw of indicator.riskWeights ?? []) {
    // A factor the model does not have (only in a hand-frozen model) counts as 0.
    const current = ownValue(factors, rw.factor) ?? 0;
    if (current >= rw.atLeast) {
      multipliers.push(
        Object.freeze({
          factor: rw.factor,
          atLeast: rw.atLeast,
          value: current,
          multiplier: rw.multiplier,
        }),
      );
      value *= rw.multiplier;
    }
  }
  return Object.freeze({ base: indicator.weight, multipliers: Object.freeze(multipliers), value });
}
