import type { IssuePath } from "../../issues/issue.js";
import type { Model } from "../modelSchema.js";
import type { IssueSink } from "./context.js";

/** An indicator's dependencies, and where they are written. */
interface Node {
  readonly deps: readonly string[];
  readonly path: IssuePath;
}

/** A step of the depth-first search: the indicator, and which of its dependencies is next. */
interface Frame {
  readonly id: string;
  readonly node: Node;
  next: number;
}

/**
 * Reports each `dependsOn` cycle at the indicator whose dependency closes it. Iterative depth-first
 * search, so a long chain cannot overflow the stack.
 */
export function checkDependencies(model: Model, sink: IssueSink): void {
  const edges = new Map<string, Node>();
  model.domains.forEach((domain, d) => {
    domain.indicators.forEach((ind, i) => {
      edges.set(ind.id, {
        deps: ind.dependsOn ?? [],
        path: ["domains", d, "indicators", i, "dependsOn"],
      });
    });
  });
  const state = new Map<string, "active" | "done">();
  for (const [root, node] of edges) {
    if (state.has(root)) continue;
    const stack: Frame[] = [{ id: root, node, next: 0 }];
    state.set(root, "active");
    for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
      const dep = top.node.deps[top.next++];
      if (dep === undefined) {
        state.set(top.id, "done");
        stack.pop();
      } else if (state.get(dep) === "active") {
        const ids = stack.map((f) => f.id);
        const cycle = [...ids.slice(ids.indexOf(dep)), dep].join(" → ");
        sink.add("dependency_cycle", [...top.node.path, top.next - 1], { cycle });
      } else if (!state.has(dep)) {
        // An unknown id has no node; checkIndicators reports it.
        const target = edges.get(dep);
        if (target !== undefined) {
          state.set(dep, "active");
          stack.push({ id: dep, node: target, next: 0 });
        }
      }
    }
  }
}
