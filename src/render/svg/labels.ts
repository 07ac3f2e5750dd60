/** An axis-aligned rectangle: top-left corner, width and height. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Whether two boxes overlap or come closer than `gap`.
 *
 * @param a - One box.
 * @param b - The other box.
 * @param gap - The clearance both need; default 0 (touching edges do not intersect).
 * @returns `true` when they intersect.
 * @example
 * ```ts
 * boxesIntersect({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 }); //=> false
 * ```
 */
export function boxesIntersect(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/**
 * Whether a box reaches into a circle around the origin.
 *
 * @param box - The box.
 * @param radius - The circle's radius.
 * @returns `true` when the point of the box closest to the origin lies inside the circle.
 * @example
 * ```ts
 * boxIntersectsCircle({ x: 5, y: -2, width: 10, height: 4 }, 4); //=> false
 * ```
 */
export function boxIntersectsCircle(box: Box, radius: number): boolean {
  const nx = Math.max(box.x, Math.min(0, box.x + box.width));
  const ny = Math.max(box.y, Math.min(0, box.y + box.height));
  return nx * nx + ny * ny < radius * radius;
}

/** How a label's text lines are aligned within its box. */
export type Anchor = "start" | "middle" | "end";

/** A label to place at the end of a spoke. */
export interface RadialLabel {
  /** The spoke's direction in radians, clockwise from 12 o'clock. */
  readonly angle: number;
  readonly width: number;
  readonly height: number;
}

/** A placed label: its box and the text anchor that keeps the text inside it. */
export interface PlacedLabel {
  readonly box: Box;
  readonly anchor: Anchor;
}

/** Below this horizontal component a label is centred on its spoke. */
const CENTRED = 0.3;
const STEP = 2;
const MAX_STEPS = 2_000;

/**
 * Places labels around a circle at the origin, each just beyond its spoke and pushed outward
 * along the spoke until it clears the circle (plus `gap`) and every label placed before it.
 * Labels on the right are left-aligned, on the left right-aligned, near the vertical centred; a
 * label's box grows away from the circle vertically, so top labels sit above their spoke end.
 * Moving outward along a spoke eventually clears any fixed box, so this always terminates.
 *
 * @param labels - The labels, in spoke order; anything else they carry is passed through.
 * @param radius - The radius of the plot they must not enter.
 * @param gap - The clearance from the plot and between labels, in px.
 * @returns Each label with its box and anchor, in the same order.
 * @example
 * ```ts
 * placeRadialLabels([{ angle: 0, width: 40, height: 14 }], 100, 8)[0]?.box;
 * //=> { x: -20, y: -122, width: 40, height: 14 }
 * ```
 */
export function placeRadialLabels<L extends RadialLabel>(
  labels: readonly L[],
  radius: number,
  gap: number,
): (L & PlacedLabel)[] {
  const placed: (L & PlacedLabel)[] = [];
  for (const label of labels) placed.push({ ...label, ...placeOne(label, radius, gap, placed) });
  return placed;
}

function placeOne(
  label: RadialLabel,
  radius: number,
  gap: number,
  placed: readonly PlacedLabel[],
): PlacedLabel {
  const dx = Math.sin(label.angle);
  const dy = -Math.cos(label.angle);
  const anchor: Anchor = Math.abs(dx) < CENTRED ? "middle" : dx > 0 ? "start" : "end";
  const left = anchor === "start" ? 0 : anchor === "end" ? label.width : label.width / 2;
  for (let step = 0; ; step++) {
    const distance = radius + gap + step * STEP;
    const box: Box = {
      x: distance * dx - left,
      y: distance * dy - (label.height * (1 - dy)) / 2,
      width: label.width,
      height: label.height,
    };
    const clear =
      !boxIntersectsCircle(box, radius + gap) &&
      placed.every((other) => !boxesIntersect(box, other.box, gap));
    if (clear || step === MAX_STEPS) return { box, anchor };
  }
}
