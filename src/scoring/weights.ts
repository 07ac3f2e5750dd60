import type { Indicator } from "../model/modelSchema.js";
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
    const current = Object.hasOwn(factors, rw.factor) ? (factors[rw.factor] ?? 0) : 0;
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
