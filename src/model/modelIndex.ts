import type { Domain, Indicator, Model, Practice } from "./modelSchema.js";

/** Fast, prototype-safe lookups into a model, built per call (models are small). */
export interface ModelIndex {
  readonly indicators: ReadonlyMap<
    string,
    { readonly indicator: Indicator; readonly domain: Domain }
  >;
  readonly practices: ReadonlyMap<
    string,
    { readonly practice: Practice; readonly indicator: Indicator }
  >;
  readonly codes: ReadonlyMap<string, number>;
  readonly factors: ReadonlyMap<string, number>;
  readonly maxLevel: number;
}

/** Builds the lookups for a parsed model. */
export function indexModel(model: Model): ModelIndex {
  const indicators = new Map<string, { indicator: Indicator; domain: Domain }>();
  const practices = new Map<string, { practice: Practice; indicator: Indicator }>();
  for (const domain of model.domains) {
    for (const indicator of domain.indicators) {
      indicators.set(indicator.id, { indicator, domain });
      for (const practice of indicator.practices ?? [])
        practices.set(practice.id, { practice, indicator });
    }
  }
  return {
    indicators,
    practices,
    codes: new Map(model.answerScale.codes.map((c) => [c.code, c.value])),
    factors: new Map(model.riskProfile.factors.map((f) => [f.id, f.values.length - 1])),
    maxLevel: model.levels.length - 1,
  };
}
