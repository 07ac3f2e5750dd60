// One script, as text, run against the library under Node ESM (dist/index.js), CommonJS
// (dist/index.cjs) and in-process (src/): it parses, scores, compares, aggregates and renders the
// example panel and returns everything as one JSON string. Plain JavaScript, so the child
// processes run it without a compiler; its inputs are parameters, so every loader passes its own.

/** The parameters the body gets: the library, the models entry, node:fs, node:path, the panel. */
export const panelParams = ["lib", "models", "fs", "path", "panel"] as const;

/** The body of a function of {@link panelParams} that returns the JSON of all outputs. */
export const panelBody = `
const byVersion = { "2023.2": models.kennisveiligheid2023, "2025.2": models.kennisveiligheid2025 };
const crosswalk = models.crosswalk2023to2025;
const score = (year, asOf) =>
  fs.readdirSync(path.join(panel, year)).filter((f) => f.endsWith(".json")).sort().map((f) => {
    const json = JSON.parse(fs.readFileSync(path.join(panel, year, f), "utf8"));
    const model = byVersion[json.modelRef.version];
    const parsed = lib.parseAssessment(json, model);
    if (!parsed.ok) throw new Error(year + "/" + f + ":\\n" + lib.formatIssues(parsed.issues));
    return lib.scoreAssessment(model, parsed.value, asOf === undefined ? {} : { asOf });
  });
const before = score("2023");
const after = score("2025");
const later = score("2025", "2027-01-31");
const comparisons = after.flatMap((current) => {
  const baseline = before.find((b) => b.institution.id === current.institution.id);
  return baseline === undefined ? [] : [lib.compareResults(baseline, current, { crosswalk })];
});
const sector2023 = lib.aggregateSector(before);
const sector2025 = lib.aggregateSector(after, { groupBy: "institutionType" });
const sectorChange = lib.compareSectors(before, after, { crosswalk, groupBy: "institutionType" });
const model = models.kennisveiligheid2025;
const baselineModel = models.kennisveiligheid2023;
const rendered = ["nl", "en"].map((lang) => {
  const options = { lang, model, baselineModel };
  const first = comparisons[0];
  return {
    resultMd: lib.renderMarkdown(after[0], { lang, model }),
    resultCsv: lib.renderCsv(after[0], { lang, model }),
    radar: lib.renderRadarSvg(after[0], { lang, model }),
    comparisonMd: lib.renderMarkdown(first, options),
    comparisonCsv: lib.renderCsv(first, options),
    comparisonRadar: lib.renderRadarSvg(first, options),
    sectorMd: lib.renderMarkdown(sector2025, { lang, model }),
    sectorCsv: lib.renderCsv(sector2025, { lang, model }),
    heatmap: lib.renderHeatmapSvg(sector2025, { lang, model }),
    sectorChangeMd: lib.renderMarkdown(sectorChange, options),
    sectorChangeCsv: lib.renderCsv(sectorChange, options),
  };
});
return JSON.stringify({
  before, after, later, comparisons, sector2023, sector2025, sectorChange, rendered,
});
`;

/** A Node ES module that prints the body's output for the panel named by its first argument. */
export function esmScript(indexJs: string, modelsJs: string): string {
  return `import * as lib from ${JSON.stringify(indexJs)};
import * as models from ${JSON.stringify(modelsJs)};
import * as fs from "node:fs";
import * as path from "node:path";
const run = (${panelParams.join(", ")}) => {${panelBody}};
process.stdout.write(run(lib, models, fs, path, process.argv[2]));
`;
}

/** The same as a CommonJS script. */
export function cjsScript(indexCjs: string, modelsCjs: string): string {
  return `"use strict";
const lib = require(${JSON.stringify(indexCjs)});
const models = require(${JSON.stringify(modelsCjs)});
const fs = require("node:fs");
const path = require("node:path");
const run = (${panelParams.join(", ")}) => {${panelBody}};
process.stdout.write(run(lib, models, fs, path, process.argv[2]));
`;
}
