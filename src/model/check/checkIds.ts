import { formatPath } from "../../issues/formatIssues.js";
import type { IssuePath } from "../../issues/issue.js";
import type { Model } from "../modelSchema.js";
import type { IssueSink } from "./context.js";

/** Every id in the model, with its path, in document order. */
export function* modelIds(model: Model): Generator<[string, IssuePath]> {
  for (const [i, s] of model.sources.entries()) yield [s.id, ["sources", i, "id"]];
  const rp = model.riskProfile;
  for (const [i, f] of rp.factors.entries()) yield [f.id, ["riskProfile", "factors", i, "id"]];
  for (const [i, t] of rp.institutionTypes.entries())
    yield [t.id, ["riskProfile", "institutionTypes", i, "id"]];
  for (const [i, t] of rp.tiers.entries()) yield [t.id, ["riskProfile", "tiers", i, "id"]];
  for (const [i, t] of (model.tags ?? []).entries()) yield [t.id, ["tags", i, "id"]];
  for (const [d, domain] of model.domains.entries()) {
    yield [domain.id, ["domains", d, "id"]];
    for (const [i, ind] of domain.indicators.entries()) {
      yield [ind.id, ["domains", d, "indicators", i, "id"]];
      for (const [p, pr] of (ind.practices ?? []).entries())
        yield [pr.id, ["domains", d, "indicators", i, "practices", p, "id"]];
    }
  }
}

/** Reports every id used more than once anywhere in the model (one namespace for all kinds). */
export function checkIds(model: Model, sink: IssueSink): void {
  const seen = new Map<string, IssuePath>();
  for (const [id, path] of modelIds(model)) {
    const first = seen.get(id);
    if (first) sink.add("duplicate_id", path, { id, first: formatPath(first) });
    else seen.set(id, path);
  }
}
