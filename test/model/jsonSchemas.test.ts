// The JSON Schema files in models/schema/ are generated from the zod schemas; this test fails when
// they are stale. Fix with `npm run schemas`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../../scripts/jsonSchemas.js";

const read = (path: string): string =>
  readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("generated JSON Schemas", () => {
  for (const [file, text] of jsonSchemas()) {
    it(`models/schema/${file} is up to date (npm run schemas)`, () => {
      expect(read(`models/schema/${file}`)).toBe(text);
    });
  }

  it.each([
    ["models/kennisveiligheid-2025.1.json", "./schema/model.schema.json"],
    ["models/kennisveiligheid-2023.1.json", "./schema/model.schema.json"],
    ["models/kennisveiligheid-2025.2.json", "./schema/model.schema.json"],
    ["models/kennisveiligheid-2023.2.json", "./schema/model.schema.json"],
    ["models/crosswalk-2023.1-2025.1.json", "./schema/crosswalk.schema.json"],
    ["models/crosswalk-2023.2-2025.2.json", "./schema/crosswalk.schema.json"],
    ["models/crosswalk-2025.1-2025.2.json", "./schema/crosswalk.schema.json"],
  ])("%s points editors at its schema", (path, schema) => {
    expect(JSON.parse(read(path)).$schema).toBe(schema);
  });
});
