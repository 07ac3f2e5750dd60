import type { IssuePath } from "../../issues/issue.js";
import type { Model } from "../modelSchema.js";
import type { IssueSink } from "./context.js";

/**
 * Reports each `dependsOn` cycle at the indicator whose dependency closes it. Iterative depth-first
 * search, so a long chain cannot overflow the stack.
 */
export function checkDependencies(model: Model, sink: IssueSink): void {
  const edges = new Map<string, { deps: readonly string[]; path: IssuePath }>();
  model.domains.forEach((domain, d) => {
    domain.indicators.forEach((ind, i) => {
      edges.set(ind.id, {
        deps: ind.dependsOn ?? [],
        path: ["domains", d, "indicators", i, "dependsOn"],
      });
    });
  });
  const state = new Map<string, "active" | "done">();
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, "active");
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const node = edges.get(top.id);
      const dep = node?.deps[top.next++];
      if (dep === undefined) {
        state.set(top.id, "done");
        stack.pop();
      } else if (state.get(dep) === "active") {
        const ids = stack.map((f) => f.id);
        const cycle = [...ids.slice(ids.indexOf(dep)), dep].join(" → ");
        sink.add("dependency_cycle", [...(node?.path ?? []), top.next - 1], { cycle });
      } else if (!state.has(dep) && edges.has(dep)) {
        state.set(dep, "active");
        stack.push({ id: dep, next: 0 });
      }
    }
  }
}
