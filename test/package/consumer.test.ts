// The packed tarball as a consumer gets it: `npm pack`, install it offline into a temporary
// project, then import it as ESM, require it as CJS and typecheck and run a TypeScript consumer
// under moduleResolution node16 and bundler. Each must print the maturity index the library
// computes in-process. Needs `npm run build` first (`npm test` does it).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAssessment, scoreAssessment } from "../../src/index.js";
import { kennisveiligheid2025 } from "../../src/models.js";
import { assertBuilt, root, run } from "./support.js";

const example = join(root, "docs/examples/uni-duinhaven-2025.json");
const tsc = join(root, "node_modules/typescript/bin/tsc");
const tmp = mkdtempSync(join(tmpdir(), "ksm-consumer-"));
const project = join(tmp, "consumer");

interface Packed {
  readonly filename: string;
  readonly size: number;
  readonly files: readonly { readonly path: string }[];
}
let packed: Packed;
/** The two tsc runs, started together at the end of `beforeAll` (each takes 4-10 s). */
let compiled: Record<"node16" | "bundler", Promise<string>>;

/** What every consumer prints: the maturity index, then the code of a misuse error. */
function expected(): string {
  const parsed = parseAssessment(JSON.parse(readFileSync(example, "utf8")), kennisveiligheid2025);
  if (!parsed.ok) throw new Error("the example assessment does not parse");
  const index = scoreAssessment(kennisveiligheid2025, parsed.value).overall.maturityIndex;
  return `${JSON.stringify(index)}\nnot_parsed\n`;
}

// The body shared by the .mjs and .cjs consumers; only how they load the package differs.
const jsBody = `
const parsed = parseAssessment(JSON.parse(readFileSync(process.argv[2], "utf8")), kennisveiligheid2025);
if (!parsed.ok) {
  console.error(formatIssues(parsed.issues));
  process.exit(1);
}
const result = scoreAssessment(kennisveiligheid2025, parsed.value);
console.log(JSON.stringify(result.overall.maturityIndex));
try {
  scoreAssessment({ ...kennisveiligheid2025 }, parsed.value);
  console.log("no error");
} catch (e) {
  console.log(e instanceof KsmError ? e.code : "not a KsmError: " + String(e));
}
`;

const esm = `import { readFileSync } from "node:fs";
import { formatIssues, KsmError, parseAssessment, scoreAssessment } from "knowledge-security-maturity";
import { kennisveiligheid2025 } from "knowledge-security-maturity/models";
${jsBody}`;

const cjs = `"use strict";
const { readFileSync } = require("node:fs");
const { formatIssues, KsmError, parseAssessment, scoreAssessment } = require("knowledge-security-maturity");
const { kennisveiligheid2025 } = require("knowledge-security-maturity/models");
${jsBody}`;

// Written as consumer.ts (ESM in a "type": "module" project) and consumer-cjs.cts (CommonJS).
const ts = `import { readFileSync } from "node:fs";
import {
  type Assessment,
  formatIssues,
  KsmError,
  type KsmErrorCode,
  type ParseResult,
  parseAssessment,
  type Result,
  scoreAssessment,
} from "knowledge-security-maturity";
import { kennisveiligheid2025 } from "knowledge-security-maturity/models";

const file = process.argv[2];
if (file === undefined) throw new Error("usage: consumer <assessment.json>");
const parsed: ParseResult<Assessment> = parseAssessment(
  JSON.parse(readFileSync(file, "utf8")),
  kennisveiligheid2025,
);
if (!parsed.ok) {
  console.error(formatIssues(parsed.issues));
  process.exit(1);
}
const assessment: Assessment = parsed.value;
const result: Result = scoreAssessment(kennisveiligheid2025, assessment);
const index: number = result.overall.maturityIndex;
console.log(JSON.stringify(index));
try {
  scoreAssessment({ ...kennisveiligheid2025 }, assessment);
  console.log("no error");
} catch (e) {
  const code: KsmErrorCode | "not a KsmError" = e instanceof KsmError ? e.code : "not a KsmError";
  console.log(code);
}

// Never called: the declarations must be real types, not \`any\` (else these directives fail).
export function typeChecks(): void {
  // @ts-expect-error a string is not a model
  scoreAssessment("kennisveiligheid", assessment);
  // @ts-expect-error a result is read-only
  result.overall.maturityIndex = 0;
  // @ts-expect-error not an error code
  const wrong: KsmErrorCode = "no_such_code";
  console.log(wrong);
}
`;

function tsconfig(name: string, options: Record<string, unknown>, files: string[]) {
  const compilerOptions = {
    ...options,
    target: "es2022",
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    // Checking zod's and @types/node's declarations too takes 15-20 s more and tests nothing of ours.
    skipLibCheck: true,
    // The consumer reads a file and prints; node's types come from this repository.
    typeRoots: [join(root, "node_modules/@types")],
    types: ["node"],
    rootDir: ".",
    outDir: `out-${name}`,
  };
  writeFileSync(join(project, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files }));
}

const node = (file: string) =>
  run(process.execPath, [join(project, file), example], { cwd: project });

beforeAll(async () => {
  assertBuilt("index.js", "index.cjs", "index.d.ts", "index.d.cts", "models.js", "models.cjs");
  const packJson = await run("npm", [
    "pack",
    "--json",
    "--ignore-scripts",
    "--pack-destination",
    tmp,
  ]);
  const list = JSON.parse(packJson) as Packed[];
  if (list[0] === undefined) throw new Error(`npm pack printed no package: ${packJson}`);
  packed = list[0];

  mkdirSync(project);
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "ksm-consumer", private: true, type: "module" }),
  );
  const install = ["install", "--no-audit", "--no-fund", join(tmp, packed.filename)];
  try {
    await run("npm", [...install, "--offline"], { cwd: project });
  } catch (offline) {
    console.warn(
      `npm install --offline failed; retrying with --prefer-offline (may use the registry):\n${String(offline)}`,
    );
    await run("npm", [...install, "--prefer-offline"], { cwd: project });
  }

  writeFileSync(join(project, "consumer.mjs"), esm);
  writeFileSync(join(project, "consumer.cjs"), cjs);
  writeFileSync(join(project, "consumer.ts"), ts);
  writeFileSync(join(project, "consumer-cjs.cts"), ts);
  tsconfig("node16", { module: "node16", moduleResolution: "node16" }, [
    "consumer.ts",
    "consumer-cjs.cts",
  ]);
  tsconfig("bundler", { module: "esnext", moduleResolution: "bundler" }, ["consumer.ts"]);
  const compile = (name: string) =>
    run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], { cwd: project });
  compiled = { node16: compile("node16"), bundler: compile("bundler") };
  // Awaited by the tests; this only keeps a failure from counting as an unhandled rejection.
  for (const p of Object.values(compiled)) p.catch(() => undefined);
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the packed tarball, installed into a consumer project", () => {
  it("holds the builds, types, models and example panel, and no sources or tests", () => {
    const paths = packed.files.map((f) => f.path);
    for (const file of [
      "package.json",
      "README.md",
      "LICENSE",
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
      "dist/models.js",
      "dist/models.cjs",
      "dist/models.d.ts",
      "dist/models.d.cts",
      "dist/cli.js",
      "models/package.json",
      "models/kennisveiligheid-2025.1.json",
      "models/kennisveiligheid-2025.2.json",
      "docs/examples/panel/2025/uni-duinhaven.json",
    ]) {
      expect(paths).toContain(file);
    }
    const stray = paths.filter((p) =>
      /^(src|test|scripts|coverage|node_modules|reports|ksm-demo|\.stryker-tmp)\/|\.tgz$/.test(p),
    );
    expect(stray).toEqual([]);
  });

  it("imports as ESM (.mjs), the main entry and /models", async () => {
    expect(await node("consumer.mjs")).toBe(expected());
  });

  it("requires as CommonJS (.cjs), the main entry and /models", async () => {
    expect(await node("consumer.cjs")).toBe(expected());
  });

  it("typechecks under moduleResolution node16 (ESM .ts and CommonJS .cts) and runs", async () => {
    await compiled.node16;
    expect(await node("out-node16/consumer.js")).toBe(expected());
    expect(await node("out-node16/consumer-cjs.cjs")).toBe(expected());
  }, 90_000);

  it("typechecks under moduleResolution bundler (module esnext) and runs", async () => {
    await compiled.bundler;
    expect(await node("out-bundler/consumer.js")).toBe(expected());
  }, 90_000);

  it("installs the ksm command", async () => {
    const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
    const ksm = join(project, "node_modules/.bin/ksm");
    expect((await run(ksm, ["--version"], { cwd: project })).trim()).toBe(version);
  });
});
