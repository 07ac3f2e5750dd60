// Temporary authoring aid: joins models/parts/header-2025.json and the domain fragments
// models/parts/domain-*.json into models/kennisveiligheid-2025.json and validates the result.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { formatIssues, parseModel } from "../src/index.js";

const order = [
  "GOV",
  "ORG",
  "RISK",
  "PART",
  "FACT",
  "EXP",
  "HR",
  "VIS",
  "PHYS",
  "DIG",
  "PROC",
  "CULT",
];
const header = JSON.parse(readFileSync("models/parts/header-2025.json", "utf8"));
header.domains = [];
for (const id of order) {
  const file = `models/parts/domain-${id}.json`;
  if (existsSync(file)) header.domains.push(JSON.parse(readFileSync(file, "utf8")));
  else console.warn(`missing ${file}`);
}
writeFileSync("models/kennisveiligheid-2025.json", `${JSON.stringify(header, null, 2)}\n`);
const result = parseModel(header);
if (result.ok) {
  const n = result.value.domains.reduce((s, d) => s + d.indicators.length, 0);
  console.log(`ok: ${result.value.domains.length} domains, ${n} indicators`);
} else {
  console.log(formatIssues(result.issues));
  process.exitCode = 1;
}
