import { join } from "node:path";
import { aggregateSector, compareResults, type Lang, type SectorView } from "../index.js";
import { formatNumber } from "../render/format.js";
import type { CliOptions } from "./args.js";
import { cliError } from "./cliError.js";
import { compareSummary } from "./compareSummary.js";
import { bundledDocuments, packageRoot } from "./files.js";
import { type Document, InputReader, readJsonFile } from "./input/inputReader.js";
import type { Terminal } from "./io.js";
import { Library } from "./library.js";
import { oneLine } from "./oneLine.js";
import { outFolder, outTarget } from "./output/outTarget.js";
import { writeAllOrNothing } from "./output/writeAllOrNothing.js";
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
    suppressed: "suppressed",
    median: "median index",
  },
  nl: {
    example: "Voorbeeldinstelling (fictief)",
    sector: "Sectorbeeld 2025 van het fictieve panel",
    wrote: "Geschreven",
    suppressed: "onderdrukt",
    median: "mediane index",
  },
} as const;

/**
 * `ksm demo`: validate the bundled models; score the fictitious example university's 2025
 * remeasurement and compare it with its 2023 baseline; aggregate the fictitious panel; print a
 * summary and write the Markdown report, CSV and both SVG charts to a folder (default `ksm-demo`),
 * all files or none.
 */
export function demo(options: CliOptions, terminal: Terminal): number {
  const { lang } = options;
  const checked = checkDocuments(
    bundledDocuments().map((f): [string, unknown] => [f, readJsonFile(f)]),
    lang,
  );
  terminal.line(summarize(checked, lang));
  if (checked.some((c) => c.kind === "invalid")) return 1;

  const library = new Library(lang);
  const reader = new InputReader();
  const panel = join(packageRoot(), "docs", "examples", "panel");
  const score = (d: Document) => library.score(d, undefined);
  const before = score(reader.one(join(panel, "2023", `${EXAMPLE_INSTITUTION}.json`), "demo", ""));
  const after = score(reader.one(join(panel, "2025", `${EXAMPLE_INSTITUTION}.json`), "demo", ""));
  const crosswalk = library.crosswalk(before.result.modelRef, after.result.modelRef);
  if (!crosswalk) {
    const [from, to] = [before.result.modelRef.version, after.result.modelRef.version];
    throw cliError("no_crosswalk", { from, to });
  }
  const comparison = compareResults(before.result, after.result, { crosswalk });

  const results = reader.documents(join(panel, "2025")).map((d) => score(d).result);
  const view = aggregateSector(results, { groupBy: "institutionType" });
  const whole = aggregateSector(results);

  const outputs: [string, string][] = [
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
  const out = options.out ?? "ksm-demo";
  const { folder, undo } = outFolder(out);
  try {
    writeAllOrNothing(
      outputs.map(([name, content]) => outTarget(join(folder, name), content, join(out, name))),
    );
  } catch (error) {
    undo();
    throw error;
  }

  terminal.line(`\n${text[lang].example}\n`);
  terminal.line(scoreSummary(after.model, after.result, lang));
  terminal.line(`\n${compareSummary(after.model, comparison, lang)}`);
  terminal.line(`\n${text[lang].sector}: ${sectorLine(view, lang)}`);
  terminal.line(
    `\n${text[lang].wrote} ${outputs.length} files to ${oneLine(folder)}:\n${outputs.map(([n]) => `  ${n}`).join("\n")}`,
  );
  return 0;
}

/** One line per group; a suppressed group shows neither statistics nor its size. */
function sectorLine(view: SectorView, lang: Lang): string {
  return view.groups
    .map((g) =>
      g.suppressed !== null || g.n === null
        ? `${oneLine(g.key)} (${text[lang].suppressed})`
        : g.maturityIndex === null
          ? `${oneLine(g.key)} n=${g.n}`
          : `${oneLine(g.key)} n=${g.n}, ${text[lang].median} ${formatNumber(g.maturityIndex.median, lang, 1)}`,
    )
    .join("; ");
}
