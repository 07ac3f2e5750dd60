// Writes the JSON Schema files in models/schema/ from the zod schemas (npm run schemas).
import { mkdirSync, writeFileSync } from "node:fs";
import { jsonSchemas } from "./jsonSchemas.js";

mkdirSync("models/schema", { recursive: true });
for (const [file, text] of jsonSchemas()) {
  writeFileSync(`models/schema/${file}`, text);
  console.log(`wrote models/schema/${file}`);
}
