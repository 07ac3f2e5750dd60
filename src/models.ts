/**
 * The bundled model documents, parsed and deep-frozen: the Dutch knowledge-security model 2025.2
 * and the 2023.2 baseline model (the defaults), the earlier versions 2025.1 and 2023.1, and the
 * crosswalks between them.
 *
 * These models are derived by this project from public documents (the Nationale Leidraad
 * Kennisveiligheid, the AWTI advice, the 2023 Sectorbeeld, the ministry's letters of 2022–2025 and
 * the screening bill); they are not an official instrument of the ministry or the sector.
 *
 * @packageDocumentation
 */
import crosswalk2023_1to2025_1Json from "../models/crosswalk-2023.1-2025.1.json";
import crosswalk2023_2to2025_2Json from "../models/crosswalk-2023.2-2025.2.json";
import crosswalk2025_1to2025_2Json from "../models/crosswalk-2025.1-2025.2.json";
import model2023_1Json from "../models/kennisveiligheid-2023.1.json";
import model2023_2Json from "../models/kennisveiligheid-2023.2.json";
import model2025_1Json from "../models/kennisveiligheid-2025.1.json";
import model2025_2Json from "../models/kennisveiligheid-2025.2.json";
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

/**
 * The knowledge-security model, version 2025.2 (the default): practice-rated, 17 domains, the
 * three policy risks as tags, evidence per practice and targets set by a nine-factor risk profile.
 *
 * @example
 * ```ts
 * kennisveiligheid2025.version
 * //=> "2025.2"
 * ```
 */
export const kennisveiligheid2025: Model = valid("model 2025.2", parseModel(model2025_2Json));

/**
 * The 2023 baseline model, version 2023.2 (the default): a level-rated theme per finding of the
 * 2023 process audit, with the risk profile of 2025.2.
 *
 * @example
 * ```ts
 * kennisveiligheid2023.version
 * //=> "2023.2"
 * ```
 */
export const kennisveiligheid2023: Model = valid("model 2023.2", parseModel(model2023_2Json));

/**
 * The crosswalk from the baseline 2023.2 to model 2025.2, for comparing a 2023 baseline with a
 * measurement on the default model.
 *
 * @example
 * ```ts
 * crosswalk2023to2025.to.version
 * //=> "2025.2"
 * ```
 */
export const crosswalk2023to2025: Crosswalk = valid(
  "crosswalk 2023.2→2025.2",
  parseCrosswalk(crosswalk2023_2to2025_2Json, kennisveiligheid2023, kennisveiligheid2025),
);

/**
 * The knowledge-security model, version 2025.1 (practice-rated, 12 domains), kept loadable for
 * results scored on it.
 *
 * @example
 * ```ts
 * kennisveiligheid2025_1.version
 * //=> "2025.1"
 * ```
 */
export const kennisveiligheid2025_1: Model = valid("model 2025.1", parseModel(model2025_1Json));

/**
 * The 2023 baseline model, version 2023.1 (level-rated themes of the 2023 process audit), kept
 * loadable for baselines taken on it.
 *
 * @example
 * ```ts
 * kennisveiligheid2023_1.version
 * //=> "2023.1"
 * ```
 */
export const kennisveiligheid2023_1: Model = valid("model 2023.1", parseModel(model2023_1Json));

/**
 * The crosswalk from model version 2023.1 to 2025.1.
 *
 * @example
 * ```ts
 * crosswalk2023_1to2025_1.from.version
 * //=> "2023.1"
 * ```
 */
export const crosswalk2023_1to2025_1: Crosswalk = valid(
  "crosswalk 2023.1→2025.1",
  parseCrosswalk(crosswalk2023_1to2025_1Json, kennisveiligheid2023_1, kennisveiligheid2025_1),
);

/**
 * The crosswalk from model version 2025.1 to 2025.2, so results already scored on 2025.1 compare
 * with new ones.
 *
 * @example
 * ```ts
 * crosswalk2025_1to2025_2.from.version
 * //=> "2025.1"
 * ```
 */
export const crosswalk2025_1to2025_2: Crosswalk = valid(
  "crosswalk 2025.1→2025.2",
  parseCrosswalk(crosswalk2025_1to2025_2Json, kennisveiligheid2025_1, kennisveiligheid2025),
);
