// The built CLI (dist/cli.js, made by `npm run build`, which `npm test` runs first) as a process:
// exit codes, output formats and error reporting on good and bad files.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kennisveiligheid2025 } from "../../src/models.js";
import { cli, panel, root } from "./process.js";

const tmp = mkdtempSync(join(tmpdir(), "ksm-cli-"));

function ksm(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: tmp, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("ksm, the built CLI", () => {
  it("prints help with --help and exits 0: inputs, the size limit and every exit code", () => {
    const r = ksm("--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage:/m);
    expect(r.out).toMatch(/--max-bytes/);
    for (const code of ["0", "1", "2", "70"]) expect(r.out).toMatch(new RegExp(`\\b${code} `));
  });

  it("prints the package version with --version", () => {
    const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
    expect(ksm("--version").out.trim()).toBe(version);
  });

  it.each([
    [[], "missing_command"],
    [["frobnicate"], "unknown_command"],
    [["score"], "wrong_arguments"],
    [["score", "--format", "pdf", "x.json"], "bad_value"],
    [["--nope"], "unknown_option"],
  ])("exits 2 with one line for wrong usage: %j", (args, code) => {
    const r = ksm(...args);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(new RegExp(`^ksm: .*--help.*\\[${code}\\]\n$`));
  });

  it("refuses to compare two institutions unless told it is a relabelling", () => {
    const before = join(panel, "2023/uni-duinhaven.json");
    const other = join(panel, "2025/uni-bosrand.json");
    const refused = ksm("compare", before, other, "--format", "json");
    expect(refused.code).toBe(1);
    expect(refused.out).toBe("");
    expect(refused.err.trimEnd().split("\n")).toHaveLength(1);
    expect(refused.err).toMatch(/institution_mismatch.*--allow-institution-change/);
    const relabelled = ksm(
      "compare",
      before,
      other,
      "--format",
      "json",
      "--allow-institution-change",
    );
    expect(relabelled.code).toBe(0);
    const comparison = JSON.parse(relabelled.out);
    expect(comparison.institution.id).toBe("uni-bosrand");
    expect(comparison.institution.baselineId).toBe("uni-duinhaven");
  });

  it("scores an assessment as Markdown", () => {
    const r = ksm("score", join(panel, "2025/uni-duinhaven.json"), "--format", "md");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Universiteit Duinhaven \(fictief\)/);
  });

  it("scores in Dutch, as CSV with one row per indicator, as JSON and as SVG", () => {
    const file = join(panel, "2025/uni-duinhaven.json");
    const csv = ksm("score", file, "--format", "csv", "--lang", "nl").out.trimEnd().split("\r\n");
    expect(csv).toHaveLength(1 + kennisveiligheid2025.domains.flatMap((d) => d.indicators).length);
    const json = JSON.parse(ksm("score", file, "--format", "json").out);
    expect(json.kind).toBe("result");
    const svg = ksm("score", file, "--format", "svg").out;
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it("writes to --out", () => {
    const out = join(tmp, "report.md");
    expect(ksm("score", join(panel, "2025/uni-duinhaven.json"), "--out", out).code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^# /);
  });

  it("compares 2023 with 2025 through the bundled crosswalk", () => {
    const r = ksm(
      "compare",
      join(panel, "2023/uni-duinhaven.json"),
      join(panel, "2025/uni-duinhaven.json"),
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/23 months/);
  });

  it("aggregates a folder without naming any institution", () => {
    const r = ksm("sector", join(panel, "2025"), "--group-by", "type");
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/Duinhaven|uni-duinhaven|Kanaalstad/);
  });

  it("compares sectors with --baseline", () => {
    const r = ksm(
      "sector",
      join(panel, "2025"),
      "--baseline",
      join(panel, "2023"),
      "--format",
      "json",
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).kind).toBe("sectorComparison");
  });

  it("exits 1 and prints every issue with its path for an invalid assessment", () => {
    const bad = JSON.parse(readFileSync(join(panel, "2025/uni-duinhaven.json"), "utf8"));
    bad.measuredOn = "2025-02-30";
    bad.answers[0].evidencedOn = "2025-13-01";
    const file = join(tmp, "bad.json");
    writeFileSync(file, JSON.stringify(bad));
    const r = ksm("score", file);
    expect(r.code).toBe(1);
    expect(r.err).toContain("measuredOn");
    expect(r.err).toContain("answers[0].evidencedOn");
    expect(r.err).toMatch(/\[invalid_format\]/);
  });

  it("exits 1 with the coded message when assessments of two model versions are mixed", () => {
    const r = ksm("sector", join(panel, "2025"), join(panel, "2023"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\[mixed_models\]/);
    expect(r.err).not.toMatch(/at .*\.js:\d+/);
  });

  it("exits 1 for a file that is missing or not JSON", () => {
    expect(ksm("score", join(tmp, "missing.json")).code).toBe(1);
    const file = join(tmp, "broken.json");
    writeFileSync(file, "{ not json");
    const r = ksm("score", file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\[invalid_json\]$/m);
  });

  it("runs the demo and writes its outputs to a folder", () => {
    const out = join(tmp, "demo");
    const text = execFileSync(process.execPath, [cli, "demo", "--out", out], { encoding: "utf8" });
    expect(text).toContain("Example institution (fictitious)");
    for (const f of [
      "report-en.md",
      "indicators-en.csv",
      "radar-en.svg",
      "sector-heatmap-en.svg",
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
  });
});
