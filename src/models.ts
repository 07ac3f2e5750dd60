/**
 * The bundled model documents, parsed and deep-frozen: the Dutch knowledge-security model 2025.1,
 * the 2023.1 baseline model and the crosswalk between them.
 *
 * These models are derived by this project from public documents (the Nationale Leidraad
 * Kennisveiligheid, the AWTI advice, the 2023 Sectorbeeld and the screening bill); they are not an
 * official instrument of the ministry or the sector.
 *
 * @packageDocumentation
 */
import crosswalkJson from "../models/crosswalk-2023.1-2025.1.json";
import model2023Json from "../models/kennisveiligheid-2023.json";
import model2025Json from "../models/kennisveiligheid-2025.json";
import type { ParseResult } from "./issues/issue.js";
import type { Crosswalk } from "./model/crosswalkSchema.js";
import type { Model } from "./model/modelSchema.js";
import { parseCrosswalk } from "./model/parseCrosswalk.js";
import { parseModel } from "./model/parseModel.js";

function valid<T>(name: string, result: ParseResult<T>): T {
  if (result.ok) return result.value;
  // Only reachable if a bundled file was edited by hand without running the tests.
  throw new Error(`bundled ${name} is invalid: ${result.issues[0].message}`);
}

/** The knowledge-security model, version 2025.1 (practice-rated, 12 domains). */
export const kennisveiligheid2025: Model = valid("model 2025.1", parseModel(model2025Json));

/** The 2023 baseline model, version 2023.1 (level-rated themes of the 2023 process audit). */
export const kennisveiligheid2023: Model = valid("model 2023.1", parseModel(model2023Json));

/** The crosswalk from model version 2023.1 to 2025.1. */
export const crosswalk2023to2025: Crosswalk = valid(
  "crosswalk 2023.1→2025.1",
  parseCrosswalk(crosswalkJson, kennisveiligheid2023, kennisveiligheid2025),
);
