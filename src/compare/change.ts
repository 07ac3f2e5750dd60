import type { ChangeStatus } from "./types.js";

/** Score changes smaller than this count as unchanged (rounding noise of thirds). */
const EPSILON = 1e-9;

/** The status of a score change between two scored sides. */
export function changeStatus(delta: number): ChangeStatus {
  return delta > EPSILON ? "improved" : delta < -EPSILON ? "declined" : "unchanged";
}

/** `(current − baseline) / (target − baseline)`, defined when the baseline is below the target. */
export function progress(
  baseline: number | null,
  current: number | null,
  target: number | null,
): number | null {
  if (baseline === null || current === null || target === null || target - baseline <= EPSILON)
    return null;
  return (current - baseline) / (target - baseline);
}
