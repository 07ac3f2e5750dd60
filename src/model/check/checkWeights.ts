import type { Model } from "../modelSchema.js";
import type { IssueSink } from "./context.js";

/**
 * The most an indicator can weigh: its base weight times every risk multiplier it has, as if all of
 * them applied. With base weights from 0.01, no indicator outweighs another more than 100,000-fold,
 * so no weight silently drowns the rest of a mean.
 */
export const MAX_WEIGHT = 1000;

/** Each indicator's base weight × all its risk multipliers stays within {@link MAX_WEIGHT}. */
export function checkWeights(model: Model, sink: IssueSink): void {
  model.domains.forEach((domain, d) => {
    domain.indicators.forEach((indicator, i) => {
      let weight = indicator.weight;
      for (const rw of indicator.riskWeights ?? []) weight *= rw.multiplier;
      if (weight > MAX_WEIGHT) {
        sink.add("weight_too_big", ["domains", d, "indicators", i, "riskWeights"], {
          id: indicator.id,
          weight,
          maximum: MAX_WEIGHT,
        });
      }
    });
  });
}
