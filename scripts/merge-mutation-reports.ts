// npm run mutation:merge -- <report.json>... — merges Stryker mutation reports of separate runs (e.g.
// one per folder: `npx stryker run --mutate "src/sector/**/*.ts"`) into one, prints the mutation score
// per folder and in total, and writes the merged report to reports/stryker-incremental.json so that
// a later `npm run test:mutation` reuses every result whose code and tests did not change.
//
// Test and mutant ids are unique only within one report, so tests are re-keyed by file, name and
// location (how Stryker's incremental mode matches them) and mutants are renumbered.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

interface Position {
  readonly line: number;
  readonly column: number;
}
interface TestDefinition {
  id: string;
  readonly name: string;
  readonly location?: { readonly start: Position };
}
interface Mutant {
  id: string;
  readonly status: string;
  readonly location: { readonly start: Position; readonly end: Position };
  readonly mutatorName: string;
  readonly replacement?: string;
  coveredBy?: string[];
  killedBy?: string[];
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[]; language: string }>;
  testFiles?: Record<string, { source?: string; tests: TestDefinition[] }>;
  [key: string]: unknown;
}

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
const OUT = "reports/stryker-incremental.json";

const paths = process.argv.slice(2).filter((a) => a !== "--");
if (paths.length === 0) {
  console.error("usage: npm run mutation:merge -- <mutation-report.json> [more reports…]");
  process.exit(2);
}

const reports = paths.map((p) => JSON.parse(readFileSync(p, "utf8")) as Report);
const first = reports[0] as Report;
const merged: Report = { ...first, files: {}, testFiles: {} };
const testIds = new Map<string, string>();
let mutantCount = 0;

// Later reports win for a file they both contain: pass them oldest first.
for (const report of reports) {
  const local = new Map<string, string>();
  for (const [file, tf] of Object.entries(report.testFiles ?? {})) {
    const target = (merged.testFiles as NonNullable<Report["testFiles"]>)[file] ?? {
      ...(tf.source === undefined ? {} : { source: tf.source }),
      tests: [],
    };
    if (tf.source !== undefined) target.source = tf.source;
    for (const test of tf.tests) {
      const at = test.location ? `${test.location.start.line}:${test.location.start.column}` : "";
      const key = `${file}\u0000${test.name}\u0000${at}`;
      let id = testIds.get(key);
      if (id === undefined) {
        id = String(testIds.size);
        testIds.set(key, id);
        target.tests.push({ ...test, id });
      }
      local.set(test.id, id);
    }
    (merged.testFiles as NonNullable<Report["testFiles"]>)[file] = target;
  }
  const remap = (ids: string[] | undefined) =>
    ids?.map((id) => local.get(id)).filter((id): id is string => id !== undefined);
  for (const [file, result] of Object.entries(report.files)) {
    merged.files[file] = {
      ...result,
      mutants: result.mutants.map((m) => {
        const coveredBy = remap(m.coveredBy);
        const killedBy = remap(m.killedBy);
        return {
          ...m,
          id: String(mutantCount++),
          ...(coveredBy === undefined ? {} : { coveredBy }),
          ...(killedBy === undefined ? {} : { killedBy }),
        };
      }),
    };
  }
}

// Scores: detected / (detected + undetected), as Stryker computes "mutation score".
const byFolder = new Map<string, { detected: number; undetected: number }>();
const count = (key: string, status: string) => {
  const row = byFolder.get(key) ?? { detected: 0, undetected: 0 };
  if (DETECTED.has(status)) row.detected++;
  else if (UNDETECTED.has(status)) row.undetected++;
  byFolder.set(key, row);
};
for (const [file, result] of Object.entries(merged.files)) {
  const folder = dirname(file);
  for (const m of result.mutants) {
    count(folder, m.status);
    count("total", m.status);
  }
}
const pct = (r: { detected: number; undetected: number }) =>
  ((100 * r.detected) / Math.max(1, r.detected + r.undetected)).toFixed(2);
console.log(`${"folder".padEnd(28)} ${"mutants".padStart(8)} ${"score".padStart(8)}`);
for (const [folder, row] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
  if (folder === "total") continue;
  console.log(
    `${folder.padEnd(28)} ${String(row.detected + row.undetected).padStart(8)} ${`${pct(row)} %`.padStart(8)}`,
  );
}
const total = byFolder.get("total") ?? { detected: 0, undetected: 0 };
console.log(
  `${"total".padEnd(28)} ${String(total.detected + total.undetected).padStart(8)} ${`${pct(total)} %`.padStart(8)}`,
);

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(merged));
console.log(`\nwrote ${OUT} (${Object.keys(merged.files).length} files, ${mutantCount} mutants)`);
