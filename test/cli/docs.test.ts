// docs/cli.md moves with the code: it lists every failure code with its exit code.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLI_EXIT_CODES } from "../../src/cli/cliError.js";
import { EXIT } from "../../src/cli/exit.js";
import { CLI_MESSAGES } from "../../src/cli/messages.js";

const doc = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");
const rows = new Map(
  [...doc.matchAll(/^\| `(\w+)` \| (\d+) \|/gm)].map((m) => [m[1], Number(m[2])] as const),
);

describe("docs/cli.md", () => {
  it("has a row for every failure code and no other", () => {
    expect([...rows.keys()].sort()).toEqual(Object.keys(CLI_MESSAGES.en).sort());
  });

  it("documents every exit code", () => {
    for (const code of Object.values(EXIT))
      expect(doc).toMatch(new RegExp(`^\\| ${code} \\|`, "m"));
  });

  it("gives each failure code the exit code the CLI uses", () => {
    for (const [code, exit] of Object.entries(CLI_EXIT_CODES))
      expect([code, rows.get(code)]).toEqual([code, exit]);
  });
});
