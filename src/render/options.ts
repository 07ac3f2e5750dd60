import type { Lang } from "../issues/messages.js";
import type { Model } from "../model/modelSchema.js";

/** Options shared by the renderers. */
export interface RenderOptions {
  /** Language of all text, numbers (nl: decimal comma) and dates (date-fns locales nl / enGB). */
  readonly lang: Lang;
  /** The model the input was scored with (for a comparison: the current model). Gives titles and labels. */
  readonly model: Model;
  /** For comparisons across versions: the baseline model, for titles of baseline-only indicators. */
  readonly baselineModel?: Model;
}
