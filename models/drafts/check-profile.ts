// Checks the risk profile and targets of models/drafts/skeleton-2025.2.json against the bars of
// issue 13, by enumerating every factor profile for every institution type, and checks the
// structure the new format promises (tier-rule order, NA along dependsOn, tags, targets).
// Prints the tier table and three worked profiles (Markdown) and writes them into plan-2025.2.md.
// Exit code 1 when a bar fails. Run: npx tsx models/drafts/check-profile.ts

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface When {
  factors?: Record<string, number>;
  sumAtLeast?: number;
  institutionTypes?: string[];
}
interface Indicator {
  id: string;
  tags: string[];
  weight: number;
  riskWeights?: {
    factor: string;
    atLeast: number;
    multiplier: number;
    institutionTypes?: string[];
  }[];
  targets: Record<string, number>;
  targetRules?: { when: When; target: number }[];
  notApplicable?: { allowed: boolean };
  dependsOn?: string[];
  practices: { level: number; evidence?: unknown }[];
  sources: { source: string; ref: string }[];
}
interface Model {
  sources: { id: string; date: string }[];
  tags: { id: string }[];
  riskProfile: {
    factors: { id: string; values: unknown[] }[];
    institutionTypes: { id: string }[];
    tiers: { id: string }[];
    tierRules: { tier: string; when: When }[];
    defaultTier: string;
  };
  domains: { indicators: Indicator[] }[];
}

const here = dirname(fileURLToPath(import.meta.url));
const model: Model = JSON.parse(readFileSync(join(here, "skeleton-2025.2.json"), "utf8"));
const rp = model.riskProfile;
const factorIds = rp.factors.map((f) => f.id);
const maxOf = rp.factors.map((f) => f.values.length - 1);
const tierIds = rp.tiers.map((t) => t.id);
const types = rp.institutionTypes.map((t) => t.id);
const indicators = model.domains.flatMap((d) => d.indicators);
const failures: string[] = [];
const check = (ok: boolean, msg: string) => {
  if (!ok) failures.push(msg);
};

// A condition holds when every part that is present holds (the format's `when`).
function holds(when: When, values: readonly number[], type: string): boolean {
  if (when.institutionTypes && !when.institutionTypes.includes(type)) return false;
  for (const [f, atLeast] of Object.entries(when.factors ?? {})) {
    if ((values[factorIds.indexOf(f)] ?? 0) < atLeast) return false;
  }
  if (when.sumAtLeast !== undefined && values.reduce((a, b) => a + b, 0) < when.sumAtLeast)
    return false;
  return true;
}
const tierOf = (values: readonly number[], type: string): { tier: string; rule: number } => {
  const rule = rp.tierRules.findIndex((r) => holds(r.when, values, type));
  return { tier: rule < 0 ? rp.defaultTier : (rp.tierRules[rule]?.tier ?? rp.defaultTier), rule };
};
const targetOf = (ind: Indicator, tier: string, values: readonly number[], type: string) => {
  let target = ind.targets[tier] ?? 0;
  let rule: number | null = null;
  (ind.targetRules ?? []).forEach((r, i) => {
    if (holds(r.when, values, type) && r.target > target) {
      target = r.target;
      rule = i;
    }
  });
  return { target, rule };
};
const weightOf = (ind: Indicator, values: readonly number[], type: string) =>
  (ind.riskWeights ?? []).reduce((w, rw) => {
    if (rw.institutionTypes && !rw.institutionTypes.includes(type)) return w;
    return (values[factorIds.indexOf(rw.factor)] ?? 0) >= rw.atLeast ? w * rw.multiplier : w;
  }, ind.weight);

// --- Structure -----------------------------------------------------------------------------
const rank = (tier: string) => tierIds.indexOf(tier);
rp.tierRules.forEach((r, i) => {
  const prev = rp.tierRules[i - 1];
  if (prev) check(rank(prev.tier) >= rank(r.tier), `tier rule ${i} precedes a higher tier`);
  check(rank(r.tier) >= rank(rp.defaultTier), `tier rule ${i} is below the default tier`);
  for (const [f, v] of Object.entries(r.when.factors ?? {})) {
    const at = factorIds.indexOf(f);
    check(at >= 0 && v <= (maxOf[at] ?? -1), `tier rule ${i}: unknown factor or value ${f}=${v}`);
  }
});
const ids = new Set(indicators.map((i) => i.id));
const sourceIds = new Set(model.sources.map((s) => s.id));
const tagIds = new Set(model.tags.map((t) => t.id));
const byId = new Map(indicators.map((i) => [i.id, i]));
for (const ind of indicators) {
  const ts = tierIds.map((t) => ind.targets[t] ?? -1);
  check(
    ts.every((v, i) => i === 0 || v >= (ts[i - 1] ?? 0)),
    `${ind.id}: targets fall from a lower tier to a higher`,
  );
  for (const v of [...ts, ...(ind.targetRules ?? []).map((r) => r.target)])
    check(v >= 0 && v <= 4, `${ind.id}: target ${v} outside 0..4 (no target is 5)`);
  for (const r of ind.targetRules ?? [])
    for (const [f, v] of Object.entries(r.when.factors ?? {}))
      check(
        factorIds.includes(f) && v <= (maxOf[factorIds.indexOf(f)] ?? -1),
        `${ind.id}: rule on ${f}=${v}`,
      );
  for (const rw of ind.riskWeights ?? []) {
    check(factorIds.includes(rw.factor), `${ind.id}: risk weight on unknown factor ${rw.factor}`);
    for (const ty of rw.institutionTypes ?? [])
      check(types.includes(ty), `${ind.id}: unknown type ${ty}`);
  }
  check(
    ind.tags.length > 0 && ind.tags.every((t) => tagIds.has(t)),
    `${ind.id}: unknown or missing tag`,
  );
  check(new Set(ind.tags).size === ind.tags.length, `${ind.id}: duplicate tag`);
  for (const s of ind.sources)
    check(sourceIds.has(s.source), `${ind.id}: unknown source ${s.source}`);
  for (let level = 1; level <= 5; level++)
    check(
      ind.practices.some((p) => p.level === level),
      `${ind.id}: no practice at level ${level}`,
    );
  for (const dep of ind.dependsOn ?? []) {
    const d = byId.get(dep);
    check(d !== undefined, `${ind.id}: depends on unknown ${dep}`);
    if (d?.notApplicable?.allowed)
      check(
        ind.notApplicable?.allowed === true,
        `${ind.id}: depends on ${dep}, which may be NA, but may not be NA itself`,
      );
  }
}
check(ids.size === indicators.length, "duplicate indicator ids");
check(indicators.length >= 60, `only ${indicators.length} indicators`);
for (const tag of ["transfer", "interference", "ethics"]) {
  const n = indicators.filter((i) => i.tags[0] === tag).length;
  check(n >= 4, `tag ${tag} leads only ${n} indicators`);
}
check(
  model.sources.filter((s) => s.date >= "2024").length >= 4,
  "fewer than four sources from 2024 on",
);

// --- Enumeration -----------------------------------------------------------------------------
const sizes = maxOf.map((m) => m + 1);
const total = sizes.reduce((a, b) => a * b, 1);
const digits = (n: number) => {
  const out: number[] = [];
  let rest = n;
  for (const s of sizes) {
    out.push(rest % s);
    rest = Math.floor(rest / s);
  }
  return out;
};
interface Stats {
  count: number;
  targetSum: number;
  targetN: number;
}
const table = new Map<string, Map<string, Stats>>();
for (const type of types) {
  const per = new Map(tierIds.map((t) => [t, { count: 0, targetSum: 0, targetN: 0 }]));
  table.set(type, per);
  for (let n = 0; n < total; n++) {
    const values = digits(n);
    const { tier } = tierOf(values, type);
    const s = per.get(tier);
    if (!s) continue;
    s.count++;
    for (const ind of indicators) {
      s.targetSum += targetOf(ind, tier, values, type).target;
      s.targetN++;
    }
    // Monotone: raising one factor by one step never lowers the tier.
    let stride = 1;
    for (let f = 0; f < sizes.length; f++) {
      if ((values[f] ?? 0) < (maxOf[f] ?? 0)) {
        const up = digits(n + stride);
        check(
          rank(tierOf(up, type).tier) >= rank(tier),
          `not monotone at ${values.join("")} (${type})`,
        );
      }
      stride *= sizes[f] ?? 1;
    }
  }
  const hoog = per.get(tierIds.at(-1) ?? "")?.count ?? 0;
  check(hoog <= total / 3, `${type}: top tier holds ${hoog} of ${total} profiles (> 1/3)`);
  check((per.get(tierIds[0] ?? "")?.count ?? 0) > 0, `${type}: lowest tier is empty`);
}
// Any single factor at its highest lifts at least one tier above the lowest, for every type.
for (const type of types)
  factorIds.forEach((f, i) => {
    const values = maxOf.map((m, j) => (j === i ? m : 0));
    check(
      tierOf(values, type).tier !== tierIds[0],
      `${type}: ${f} at its highest stays in ${tierIds[0]}`,
    );
  });
// Several high factors together reach the top tier: every pair listed in a top-tier rule, and
// three transfer factors at their highest with the rest at zero.
const allMax = maxOf.slice();
const middle = maxOf.map((m) => Math.ceil(m / 2));
for (const type of types) {
  const top = tierOf(allMax, type);
  check(top.tier === tierIds.at(-1), `${type}: all factors at their highest is not the top tier`);
  const ts = indicators.map((ind) => targetOf(ind, top.tier, allMax, type).target);
  const high = ts.filter((v) => v >= 4).length;
  check(
    high <= indicators.length / 2,
    `${type}: all-max profile has target ≥ 4 on ${high} indicators`,
  );
  const mid = tierOf(middle, type);
  const midMean =
    indicators.reduce((a, ind) => a + targetOf(ind, mid.tier, middle, type).target, 0) /
    indicators.length;
  check(midMean <= 3.3, `${type}: middle profile mean target ${midMean.toFixed(2)} > 3.3`);
}

// Several high factors together: any three factors at their highest, the others at their middle
// value, reach the top tier (for every type); also count sparse triples (others at zero).
let sparseTop = 0;
let triples = 0;
for (let a = 0; a < factorIds.length; a++)
  for (let b = a + 1; b < factorIds.length; b++)
    for (let c = b + 1; c < factorIds.length; c++) {
      triples++;
      const lift = (base: number[]) =>
        base.map((v, i) => (i === a || i === b || i === c ? (maxOf[i] ?? 0) : v));
      for (const type of types)
        check(
          tierOf(lift(middle), type).tier === tierIds.at(-1),
          `${type}: ${factorIds[a]}, ${factorIds[b]}, ${factorIds[c]} at their highest (rest middle) is not the top tier`,
        );
      if (tierOf(lift(maxOf.map(() => 0)), types[0] ?? "").tier === tierIds.at(-1)) sparseTop++;
    }

// --- Report ----------------------------------------------------------------------------------
const out: string[] = [];
out.push(
  `All factor profiles: ${total.toLocaleString("en")} (${sizes.join(" × ")}) per institution type; mean target over every profile of the tier and all ${indicators.length} indicators.`,
  "",
  `| Type | ${tierIds.map((t) => `${t}: profiles (share) · mean target`).join(" | ")} |`,
  `|---|${tierIds.map(() => "---").join("|")}|`,
);
for (const type of types) {
  const per = table.get(type);
  const cells = tierIds.map((t) => {
    const s = per?.get(t);
    if (!s) return "—";
    const share = ((100 * s.count) / total).toFixed(1);
    const mean = s.targetN ? (s.targetSum / s.targetN).toFixed(2) : "—";
    return `${s.count.toLocaleString("en")} (${share}%) · ${mean}`;
  });
  out.push(`| ${type} | ${cells.join(" | ")} |`);
}
const describe = (name: string, type: string, values: number[]) => {
  const { tier, rule } = tierOf(values, type);
  const r = rule >= 0 ? rp.tierRules[rule] : undefined;
  const why = r
    ? `tier rule ${rule + 1} of ${rp.tierRules.length} (${[
        ...Object.entries(r.when.factors ?? {}).map(([f, v]) => `${f} ≥ ${v}`),
        ...(r.when.sumAtLeast !== undefined ? [`sum ≥ ${r.when.sumAtLeast}`] : []),
      ].join(" and ")})`
    : "no rule holds: default tier";
  const rows = indicators.map((ind) => ({ ind, ...targetOf(ind, tier, values, type) }));
  const raised = rows.filter((x) => x.rule !== null).map((x) => `${x.ind.id}→${x.target}`);
  const four = rows.filter((x) => x.target >= 4).map((x) => x.ind.id);
  const mean = rows.reduce((a, x) => a + x.target, 0) / rows.length;
  const changed = indicators
    .map((ind) => ({ id: ind.id, w: weightOf(ind, values, type), base: ind.weight }))
    .filter((x) => x.w !== x.base);
  const doubled = changed.filter((x) => x.w >= 2 * x.base).map((x) => `${x.id} ${x.base}→${x.w}`);
  const heavy = changed.length
    ? [`${changed.length} indicators; ×2 or more: ${doubled.join(", ") || "none"}`]
    : [];
  out.push(
    "",
    `**${name}** (type \`${type}\`; ${factorIds.map((f, i) => `${f} ${values[i]}`).join(", ")})`,
    "",
    `- tier **${tier}**, set by ${why}; mean target ${mean.toFixed(2)}; target 4 on ${four.length} indicators${four.length ? ` (${four.join(", ")})` : ""}`,
    `- targets raised by target rules: ${raised.join(", ") || "none"}`,
    `- weights changed by risk weights: ${heavy.join(", ") || "none"}`,
  );
};
out.push(
  "",
  `Three factors at their highest with the others at their middle value reach \`${tierIds.at(-1)}\` for all ${triples} triples; with the others at zero, ${sparseTop} of ${triples} triples do (through the pair rules).`,
);
out.push("", "Worked profiles:");
describe("Teacher-training hogeschool", "hogeschool", [0, 0, 0, 0, 0, 0, 0, 0, 0]);
describe("Broad research university", "universiteit", [2, 2, 2, 1, 1, 0, 1, 1, 1]);
describe(
  "Technical universiteit with many high-risk partnerships",
  "universiteit",
  [3, 3, 3, 2, 2, 1, 0, 1, 1],
);
describe("Every factor at its highest", "universiteit", allMax);
describe("Every factor at its middle value", "universiteit", middle);
describe("Same technical profile as a TO2 institute", "to2", [3, 3, 3, 2, 2, 1, 0, 1, 1]);
out.push(
  "",
  `Bars: single factor at its highest lifts above \`${tierIds[0]}\` for every type; all factors at their highest reach \`${tierIds.at(-1)}\`; top tier ≤ 1/3 of profiles per type; all-max profile has target ≥ 4 on ≤ half of the indicators; middle profile (${middle.join(",")}) mean target ≤ 3.3; no target is 5; tier rules ordered from the highest tier down; monotone over all profiles.`,
  "",
  failures.length === 0
    ? "**All bars hold.**"
    : `**Failures (${failures.length}):**\n\n${failures
        .slice(0, 40)
        .map((f) => `- ${f}`)
        .join("\n")}`,
);
const report = out.join("\n");
console.log(report);
const planPath = join(here, "plan-2025.2.md");
try {
  const doc = readFileSync(planPath, "utf8");
  const begin = "<!-- BEGIN generated:tiers -->";
  const end = "<!-- END generated:tiers -->";
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end);
  if (a >= 0 && b >= 0)
    writeFileSync(planPath, `${doc.slice(0, a + begin.length)}\n${report}\n${doc.slice(b)}`);
} catch {
  // No plan yet: the report is printed only.
}
if (failures.length > 0) process.exitCode = 1;
