import type { Comparison } from "../compare/types.js";
import type { Lang } from "../issues/messages.js";
import type { Model } from "../model/modelSchema.js";
import type { Result } from "../scoring/result.js";
import type { SectorComparison, SectorView } from "../sector/types.js";
import { checkComparison } from "./check/checkComparison.js";
import { checkResult } from "./check/checkResult.js";
import { checkSectorComparison, checkSectorView } from "./check/checkSector.js";
import { root, wrongType } from "./check/fields.js";
import { modelFacts } from "./check/modelFacts.js";
import { baselineFacts, sameModel } from "./check/modelRefs.js";
import { plainCopy } from "./check/plainCopy.js";
import { Fields } from "./check/reader.js";

/** Anything a renderer accepts: the four outputs of the library, told apart by `kind`. */
export type RenderInput = Result | Comparison | SectorView | SectorComparison;

/** The render options after checking: own properties only, of the right types. */
export interface CheckedOptions {
  readonly lang: Lang;
  readonly model: Model;
  readonly baselineModel?: Model;
  /** The heatmap's group. */
  readonly group?: string;
  /** The CSV's byte order mark. */
  readonly bom?: boolean;
}

/** A renderer's arguments after {@link checkRenderArgs}. */
export interface CheckedArgs<I> {
  /** A plain copy of the input, checked: render this, not the original. */
  readonly input: I;
  readonly options: CheckedOptions;
}

/**
 * Checks a renderer's arguments once, before anything reads them, so that no renderer meets a
 * value it cannot use. Outputs of the library may come back from JSON, trimmed or edited, as
 * proxies or with getters:
 *
 * 1. The options: an object with `lang` `nl` or `en` and models as the renderers read them (own
 *    properties only: a polluted prototype supplies nothing).
 * 2. The input: copied into plain JSON data (`plainCopy`: a revoked proxy, a throwing getter, a
 *    cycle, `NaN`, `Infinity` or an array of more than a million items anywhere is refused), so
 *    what is checked is what is rendered; then its `kind` must be one of `kinds`.
 * 3. The models: the input's model refs name the options' models.
 * 4. The copy, by one checker per kind: every field a renderer reads is present with its type and
 *    range, and every id is one the model has. Fields it does not read are not looked at.
 *
 * One pass over the input and the models: linear in their size.
 *
 * @param input - What to render.
 * @param options - The render options.
 * @param kinds - The kinds the renderer accepts.
 * @returns The checked copy of the input and the checked options.
 * @throws {KsmError} `invalid_argument` naming the path of the first problem (its `issues` hold
 *   one issue with a code and that path); `model_mismatch` when a model ref of the input names
 *   another model or version than the options.
 * @example
 * ```ts
 * const { input, options } = checkRenderArgs(result, { lang: "en", model }, ["result"]);
 * input.kind; //=> "result"
 * ```
 */
export function checkRenderArgs<K extends RenderInput["kind"]>(
  input: unknown,
  options: unknown,
  kinds: readonly K[],
): CheckedArgs<Extract<RenderInput, { kind: K }>> {
  const o = Fields.of(options, root("options"));
  const lang = o.oneOf("lang", ["nl", "en"] as const);
  const model = o.need("model") as Model;
  const current = modelFacts(model, o.at("model"), lang);
  const baselineModel = o.opt("baselineModel") as Model | undefined;
  const given =
    baselineModel === undefined ? null : modelFacts(baselineModel, o.at("baselineModel"), lang);
  const group = o.optStr("group");
  const bom = o.opt("bom");
  if (bom !== undefined && typeof bom !== "boolean") wrongType(o.at("bom"), bom, "true or false");

  // Everything of the input is read once, by the copy, and then only the copy.
  const copy = plainCopy(input);
  const f = Fields.of(copy, root("input"));
  const kind = f.oneOf("kind", kinds);
  if (kind === "result") {
    sameModel(f.obj("modelRef"), current, "model");
    checkResult(f, current);
  } else if (kind === "comparison") {
    const base = f.obj("baseline").obj("modelRef");
    sameModel(f.obj("current").obj("modelRef"), current, "model");
    checkComparison(f, { current, baseline: baselineFacts(base, current, given) });
  } else if (kind === "sectorView") {
    sameModel(f.obj("modelRef"), current, "model", true);
    checkSectorView(f, current);
  } else {
    const base = f.obj("baseline");
    sameModel(f.obj("current"), current, "model", true);
    const cohort = f.obj("cohort");
    sameModel(cohort.obj("current").obj("modelRef"), current, "model", true);
    const baseline = baselineFacts(base, current, given);
    if (baseline)
      sameModel(cohort.obj("baseline").obj("modelRef"), baseline, "baselineModel", true);
    checkSectorComparison(f, current, baseline);
  }
  const checked: CheckedOptions = {
    lang,
    model,
    ...(baselineModel === undefined ? {} : { baselineModel }),
    ...(group === undefined ? {} : { group }),
    ...(bom === undefined ? {} : { bom: bom as boolean }),
  };
  return { input: copy as Extract<RenderInput, { kind: K }>, options: checked };
}
