import { formatPath } from "../../issues/formatIssues.js";
import type { IssuePath } from "../../issues/issue.js";
import type { Model } from "../modelSchema.js";
import type { IssueSink } from "./context.js";

/**
 * Checks every indicator's `tags`: each is a tag of the model's vocabulary (`unknown_tag`) and
 * none is listed twice (`duplicate_tag`). Tag ids themselves are unique by the model's one id
 * namespace (see `checkIds`).
 */
export function checkTags(model: Model, sink: IssueSink): void {
  const known = new Set((model.tags ?? []).map((t) => t.id));
  model.domains.forEach((domain, d) => {
    domain.indicators.forEach((ind, i) => {
      const seen = new Map<string, IssuePath>();
      (ind.tags ?? []).forEach((tag, t) => {
        const path: IssuePath = ["domains", d, "indicators", i, "tags", t];
        const first = seen.get(tag);
        if (first !== undefined)
          sink.add("duplicate_tag", path, { id: tag, first: formatPath(first) });
        else {
          seen.set(tag, path);
          if (!known.has(tag)) sink.add("unknown_tag", path, { id: tag });
        }
      });
    });
  });
}
