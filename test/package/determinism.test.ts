// The same inputs give byte-identical output: under Node ESM (dist/index.js) and CommonJS
// (dist/index.cjs), run after run, in any time zone and locale, and the same as the sources
// in-process. Each run parses, scores, compares, aggregates and renders the example panel.
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import * as models from "../../src/models.js";
import { cjsScript, esmScript, panelBody, panelParams } from "./panelScript.js";
import { assertBuilt, dist, root, run } from "./support.js";

const panel = path.join(root, "docs/examples/panel");
const tmp = fs.mkdtempSync(path.join(tmpdir(), "ksm-determinism-"));

/** A fixed, plain environment; the other runs must match it byte for byte. */
const reference = { TZ: "UTC", LANG: "C.UTF-8", LC_ALL: "C.UTF-8" };

function script(file: string, env: Readonly<Record<string, string>> = reference) {
  return run(process.execPath, [path.join(tmp, file), panel], { cwd: tmp, env });
}

/** The ESM run in the reference environment, which every test compares with (made once). */
let esmReference: Promise<string> | undefined;
const esm = () => {
  esmReference ??= script("panel.mjs");
  return esmReference;
};

/** null when equal; else where the two outputs first differ, with some context. */
function difference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const at = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 120), i + 120));
  return `lengths ${a.length} and ${b.length}, first difference at ${i}:\n${at(a)}\n${at(b)}`;
}

beforeAll(() => {
  assertBuilt("index.js", "index.cjs", "models.js", "models.cjs");
  fs.writeFileSync(path.join(tmp, "panel.mjs"), esmScript(dist("index.js"), dist("models.js")));
  fs.writeFileSync(path.join(tmp, "panel.cjs"), cjsScript(dist("index.cjs"), dist("models.cjs")));
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the same inputs give byte-identical JSON", () => {
  it("under ESM and CommonJS, run after run", async () => {
    const [esm1, cjs1, esm2, cjs2] = await Promise.all([
      esm(),
      script("panel.cjs"),
      script("panel.mjs"),
      script("panel.cjs"),
    ]);
    // The run covers the whole panel: 18 institutions measured twice, all compared.
    const out = JSON.parse(esm1);
    expect([out.before.length, out.after.length, out.comparisons.length]).toEqual([18, 18, 18]);
    expect(out.sector2025.groups.length).toBeGreaterThan(1);
    expect(difference(esm1, cjs1)).toBeNull();
    expect(difference(esm1, esm2)).toBeNull();
    expect(difference(cjs1, cjs2)).toBeNull();
  });

  it("in any time zone and locale", async () => {
    const [base, ...others] = await Promise.all([
      esm(),
      // UTC+14 and UTC-10 with daylight saving: a date read as local time would shift a day.
      script("panel.mjs", { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" }),
      script("panel.cjs", { TZ: "America/Adak", LANG: "ar_EG.UTF-8", LC_ALL: "ar_EG.UTF-8" }),
      script("panel.cjs", { TZ: "Asia/Kathmandu", LANG: "nl_NL.UTF-8", LC_ALL: "nl_NL.UTF-8" }),
    ]);
    for (const other of others) expect(difference(base, other)).toBeNull();
  });

  it("as the sources give in-process, twice (no state kept between calls)", async () => {
    const inProcess = new Function(...panelParams, panelBody) as (...args: unknown[]) => string;
    const first = inProcess(lib, models, fs, path, panel);
    const second = inProcess(lib, models, fs, path, panel);
    expect(difference(first, second)).toBeNull();
    const built = await esm();
    const stale = "dist/ differs from src/: is the build stale? (`npm run build`)";
    expect(difference(built, first), stale).toBeNull();
  });
});
