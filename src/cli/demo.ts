import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { aggregateSector, compareResults, type Lang } from "../index.js";
import { formatNumber } from "../render/format.js";
import type { CliOptions } from "./args.js";
import { compareSummary } from "./compareSummary.js";
import { bundledDocuments, packageRoot, readJson, UsageError } from "./files.js";
import type { Io } from "./io.js";
import { Library } from "./library.js";
import { render } from "./output.js";
import { scoreSummary } from "./scoreSummary.js";
import { checkDocuments, summarize } from "./summarize.js";

/** The fictitious example university used by the demo. */
export const EXAMPLE_INSTITUTION = "uni-duinhaven";

const text = {
  en: {
    example: "Example institution (fictitious)",
    sector: "Sector picture 2025 of the fictitious panel",
    wrote: "Wrote",
  },
  nl: {
    example: "Voorbeeldinstelling (fictief)",
    sector: "Sectorbeeld 2025 van het fictieve panel",
    wrote: "Geschreven",
  },
} as const;

/**
 * `ksm demo`: validate the bundled models; score the fictitious example university's 2025
 * remeasurement and compare it with its 2023 baseline; aggregate the fictitious panel; print a
 * summary and write the Markdown report, CSV and both SVG charts to a folder (default `ksm-demo`).
 */
export function demo(options: CliOptions, io: Io): number {
  const { lang } = options;
  const checked = checkDocuments(
    bundledDocuments().map((f): [string, unknown] => [f, readJson(f)]),
    lang,
  );
  io.out(summarize(checked, lang));
  if (checked.some((c) => c.kind === "invalid")) return 1;

  const library = new Library(lang);
  const panel = join(packageRoot(), "docs", "examples", "panel");
  const before = library.score(join(panel, "2023", `${EXAMPLE_INSTITUTION}.json`), undefined);
  const after = library.score(join(panel, "2025", `${EXAMPLE_INSTITUTION}.json`), undefined);
  const crosswalk = library.crosswalk(before.result.modelRef, after.result.modelRef);
  if (!crosswalk) {
    const [from, to] = [before.result.modelRef.version, after.result.modelRef.version];
    throw new UsageError(`the bundled crosswalk ${from} → ${to} is missing`, 1);
  }
  const comparison = compareResults(before.result, after.result, { crosswalk });

  const folder = join(panel, "2025");
  const results = readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => library.score(join(folder, f), undefined).result);
  const view = aggregateSector(results, { groupBy: "institutionType" });
  const whole = aggregateSector(results);

  io.out(`\n${text[lang].example}\n`);
  io.out(scoreSummary(after.model, after.result, lang));
  io.out(`\n${compareSummary(after.model, comparison, lang)}`);
  io.out(`\n${text[lang].sector}: ${sectorLine(view, lang)}`);

  const out = resolve(options.out ?? "ksm-demo");
  mkdirSync(out, { recursive: true });
  const files: [string, string][] = [
    [`report-${lang}.md`, render({ input: after.result, model: after.model }, "md", lang)],
    [
      `comparison-${lang}.md`,
      render({ input: comparison, model: after.model, baselineModel: before.model }, "md", lang),
    ],
    [`indicators-${lang}.csv`, render({ input: after.result, model: after.model }, "csv", lang)],
    [`radar-${lang}.svg`, render({ input: after.result, model: after.model }, "svg", lang)],
    [
      `radar-change-${lang}.svg`,
      render({ input: comparison, model: after.model, baselineModel: before.model }, "svg", lang),
    ],
    [`sector-heatmap-${lang}.svg`, render({ input: whole, model: after.model }, "svg", lang)],
    [`sector-${lang}.md`, render({ input: view, model: after.model }, "md", lang)],
  ];
  for (const [name, content] of files) writeFileSync(join(out, name), content);
  io.out(
    `\n${text[lang].wrote} ${files.length} files to ${out}:\n${files.map(([n]) => `  ${n}`).join("\n")}`,
  );
  return 0;
}

function sectorLine(view: ReturnType<typeof aggregateSector>, lang: Lang): string {
  return view.groups
    .map((g) =>
      g.suppressed !== null || g.maturityIndex === null
        ? `${g.key} n=${g.n} (${lang === "nl" ? "onderdrukt" : "suppressed"})`
        : `${g.key} n=${g.n}, ${lang === "nl" ? "mediane index" : "median index"} ${formatNumber(g.maturityIndex.median, lang)}`,
    )
    .join("; ");
}
