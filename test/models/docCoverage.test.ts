import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import type { Result } from "../../src/index.js";
import { coverageTables } from "./coverage.js";
import { crosswalk2023_2to2025_2, model2023_2, model2025_2 } from "./loaded.js";
import { PROFILE_FILES, workedProfile } from "./profiles.js";

// docs/model-kennisveiligheid.md embeds tables computed from the model and the worked profiles as
// `ksm score` prints them; each generated block must still say what the model and the CLI say.

const doc = readFileSync(new URL("../../docs/model-kennisveiligheid.md", import.meta.url), "utf8");

/** The text between `<!-- BEGIN generated:name -->` and `<!-- END generated:name -->`. */
function block(name: string): string | undefined {
  const found = new RegExp(
    `<!-- BEGIN generated:${name} -->\\n([\\s\\S]*?)\\n<!-- END generated:${name} -->`,
  ).exec(doc);
  return found?.[1];
}

describe("docs/model-kennisveiligheid.md shows what model 2025.2 says", () => {
  const tables = coverageTables(model2025_2, model2023_2, crosswalk2023_2to2025_2);

  it.each(Object.keys(tables) as (keyof typeof tables)[])("the %s table", (name) => {
    expect(block(name)).toBe(tables[name]);
  });

  it.each(PROFILE_FILES)("the worked profile %s, as ksm score prints it", (file) => {
    let printed = "";
    const io = {
      out: (t: string) => {
        printed += t;
      },
      err: () => undefined,
    };
    expect(run(["score", `docs/examples/profiles/${file}.json`, "-f", "json"], io)).toBe(0);
    const result = JSON.parse(printed) as Result;
    expect(block(`profile-${file}`)).toBe(workedProfile(model2025_2, result));
  });
});
