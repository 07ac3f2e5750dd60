import type { IssuePath } from "../../issues/issue.js";
import type { Indicator, Model } from "../modelSchema.js";
import { type ConditionScope, conditionScope } from "./checkCondition.js";
import { checkIndicatorRules } from "./checkIndicatorRules.js";
import type { IssueSink } from "./context.js";

interface Known {
  readonly sources: ReadonlySet<string>;
  readonly scope: ConditionScope;
  readonly tiers: readonly string[];
  readonly indicators: ReadonlySet<string>;
  readonly maxLevel: number;
}

/** Checks every indicator's references, practices, targets, risk weights and target rules. */
export function checkIndicators(model: Model, sink: IssueSink): void {
  const known: Known = {
    sources: new Set(model.sources.map((s) => s.id)),
    scope: conditionScope(model.riskProfile),
    tiers: model.riskProfile.tiers.map((t) => t.id),
    indicators: new Set(model.domains.flatMap((d) => d.indicators.map((i) => i.id))),
    maxLevel: model.levels.length - 1,
  };
  model.domains.forEach((domain, d) => {
    domain.indicators.forEach((indicator, i) => {
      checkIndicator(indicator, ["domains", d, "indicators", i], known, sink);
    });
  });
}

function checkIndicator(ind: Indicator, at: IssuePath, known: Known, sink: IssueSink): void {
  ind.sources.forEach((s, i) => {
    if (!known.sources.has(s.source))
      sink.add("unknown_source", [...at, "sources", i, "source"], { id: s.source });
  });
  (ind.mappings ?? []).forEach((m, i) => {
    if (!known.sources.has(m.source))
      sink.add("unknown_source", [...at, "mappings", i, "source"], { id: m.source });
  });
  (ind.dependsOn ?? []).forEach((dep, i) => {
    if (!known.indicators.has(dep))
      sink.add("unknown_indicator", [...at, "dependsOn", i], { id: dep });
  });
  checkIndicatorRules(ind, at, known.scope, known.maxLevel, sink);
  checkPractices(ind, at, known.maxLevel, sink);
  checkTargets(ind, at, known, sink);
}

function checkPractices(ind: Indicator, at: IssuePath, maxLevel: number, sink: IssueSink): void {
  if (ind.rating === "level") {
    if (ind.practices !== undefined) sink.add("practices_not_allowed", [...at, "practices"]);
    return;
  }
  const covered = new Set<number>();
  (ind.practices ?? []).forEach((p, i) => {
    if (p.level < 1 || p.level > maxLevel) {
      sink.add("level_out_of_range", [...at, "practices", i, "level"], {
        level: p.level,
        max: maxLevel,
      });
    }
    covered.add(p.level);
  });
  for (let level = 1; level <= maxLevel; level++) {
    if (!covered.has(level)) sink.add("level_not_covered", [...at, "practices"], { level });
  }
}

function checkTargets(ind: Indicator, at: IssuePath, known: Known, sink: IssueSink): void {
  const targets = new Map(Object.entries(ind.targets));
  for (const [tier, level] of targets) {
    if (!known.tiers.includes(tier))
      sink.add("unknown_tier", [...at, "targets", tier], { id: tier });
    else if (level > known.maxLevel)
      sink.add("level_out_of_range", [...at, "targets", tier], { level, max: known.maxLevel });
  }
  let lower: [string, number] | undefined;
  for (const tier of known.tiers) {
    const level = targets.get(tier);
    if (level === undefined) {
      sink.add("missing_target", [...at, "targets"], { tier });
      continue;
    }
    if (lower && level < lower[1]) {
      sink.add("targets_not_monotone", [...at, "targets", tier], { tier, lower: lower[0] });
    }
    lower = [tier, level];
  }
}
