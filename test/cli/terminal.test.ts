// Text from data reaches the terminal clean: no escape sequence, C1 control or bidirectional
// override in an institution name, a model title, an id or a file name gets through, and no
// line break in one forges a line. JSON output keeps the text, escaped.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compareSummary } from "../../src/cli/compareSummary.js";
import { run } from "../../src/cli/run.js";
import { scoreSummary } from "../../src/cli/scoreSummary.js";
import { checkDocuments, summarize } from "../../src/cli/summarize.js";
import {
  compareResults,
  type Model,
  parseAssessment,
  parseModel,
  scoreAssessment,
} from "../../src/index.js";
import { crosswalk2023to2025, kennisveiligheid2023 } from "../../src/models.js";
import { duinhaven2025, failureCode, ksm, lines, panel, root, tempFolder } from "./process.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const EVIL = "\u001b[2J\u001bc\u009b31m\u202Eevil\u2066";
const FORGED = "\n✔ forged";

const tmp = tempFolder();
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));

function evilModel(): Model {
  const doc = readJson(join(root, "models/kennisveiligheid-2025.2.json"));
  doc.title.en = `Model${EVIL}${FORGED}`;
  doc.domains[0].title.en = `Gov${EVIL}${FORGED}`;
  for (const domain of doc.domains) {
    for (const indicator of domain.indicators) indicator.title.en = `Ind${EVIL}${FORGED}`;
  }
  const parsed = parseModel(doc);
  if (!parsed.ok) throw new Error("the hostile titles should be valid data");
  return parsed.value;
}

function evilAssessment(): Record<string, unknown> {
  const doc = readJson(duinhaven2025);
  doc.institution.name = `Uni${EVIL}${FORGED}`;
  return doc;
}

describe("terminal summaries", () => {
  const model = evilModel();
  const parsed = parseAssessment(evilAssessment(), model);
  if (!parsed.ok) throw new Error("the hostile name should be valid data");
  const result = scoreAssessment(model, parsed.value);
  const baselineDoc = readJson(join(panel, "2023/uni-duinhaven.json"));
  const baseline = parseAssessment(baselineDoc, kennisveiligheid2023);
  if (!baseline.ok) throw new Error("the baseline should parse");
  const before = scoreAssessment(kennisveiligheid2023, baseline.value);
  const comparison = compareResults(before, result, { crosswalk: crosswalk2023to2025 });

  it.each([
    ["scoreSummary", () => scoreSummary(model, result, "en")],
    ["compareSummary", () => compareSummary(model, comparison, "en")],
    ["summarize", () => summarize(checkDocuments([["m.json", model]], "en"), "en")],
  ])("%s prints no control character and forges no line", (_, summary) => {
    const text = summary();
    expect(text).toMatch(/evil/);
    expect(text).not.toMatch(UNSAFE);
    expect(text).not.toMatch(/^✔ forged/m);
  });
});

describe("the CLI's lines", () => {
  it("keeps a hostile name in JSON output, escaped", () => {
    const file = join(tmp, "evil.json");
    writeFileSync(file, JSON.stringify(evilAssessment()));
    const r = ksm(["score", file, "-f", "json"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).not.toMatch(UNSAFE);
    expect(JSON.parse(r.out).institution.name).toBe(`Uni${EVIL}${FORGED}`);
  });

  it("cleans a file name in an error line", () => {
    const folder = join(tmp, "names");
    mkdirSync(folder);
    writeFileSync(join(folder, `a${EVIL}.json`), "");
    const r = ksm(["sector", folder]);
    expect(failureCode(r.err)).toBe("empty");
    expect(lines(r.err)).toHaveLength(1);
    expect(r.err).not.toMatch(UNSAFE);
  });

  it("cleans ids from data in an error line", () => {
    const doc = evilAssessment();
    doc.modelRef = { id: `kv${EVIL}${FORGED}`, version: "1" };
    const file = join(tmp, "unknown-model.json");
    writeFileSync(file, JSON.stringify(doc));
    const r = ksm(["score", file]);
    expect(failureCode(r.err)).toBe("unknown_model");
    expect(lines(r.err)).toHaveLength(1);
    expect(r.err).not.toMatch(UNSAFE);
  });

  it("cleans what the command line itself carries", () => {
    const r = ksm(["score", duinhaven2025, `--format=${EVIL}`]);
    expect(r.code).toBe(2);
    expect(lines(r.err)).toHaveLength(1);
    expect(r.err).not.toMatch(UNSAFE);
  });
});

describe("an internal error", () => {
  it("is one line saying it is a bug, with exit code 70", () => {
    const err: string[] = [];
    const code = run(["--version"], {
      out: () => {
        throw new TypeError("cannot read properties of undefined\n    at somewhere (x.js:1:1)");
      },
      err: (t) => err.push(t),
    });
    expect(code).toBe(70);
    expect(err).toHaveLength(1);
    expect(lines(err[0] ?? "")).toHaveLength(1);
    expect(failureCode(err[0] ?? "")).toBe("internal");
    expect(err[0]).not.toMatch(/x\.js/);
  });
});
