import type { Lang } from "../../issues/messages.js";
import { type At, fail } from "./fields.js";
import { Fields, List } from "./reader.js";

/** What the input checks need to know of a model: its ref, levels and ids, in sets. */
export interface ModelFacts {
  readonly id: string;
  readonly version: string;
  /** The model's highest level. */
  readonly maxLevel: number;
  readonly domains: ReadonlySet<string>;
  /** Indicator id → the id of its domain. */
  readonly indicators: ReadonlyMap<string, string>;
  readonly practices: ReadonlySet<string>;
  readonly tiers: ReadonlySet<string>;
  readonly tierRules: number;
  readonly types: ReadonlySet<string>;
  /** Factor id → its values. */
  readonly factors: ReadonlyMap<string, ReadonlySet<number>>;
}

/**
 * Checks that a render option is a model as far as the renderers read it (ids, titles and labels
 * in `lang`, levels, the risk profile's tiers, types and factors), and collects its ids. A model
 * from `parseModel` always passes; a hand-made or revoked one ends in `invalid_argument` naming the
 * path, never in a `TypeError` inside a renderer. One pass over the model.
 *
 * @param model - The option's value.
 * @param place - Where it sits, e.g. `options.model`.
 * @param lang - The language whose texts the renderers read.
 * @returns The model's facts.
 * @throws {KsmError} `invalid_argument` for a value that is not a model.
 * @example
 * ```ts
 * modelFacts(kennisveiligheid2025, at("model", root("options")), "en").maxLevel; //=> 5
 * ```
 */
export function modelFacts(model: unknown, place: At, lang: Lang): ModelFacts {
  const m = Fields.of(model, place);
  const text = (f: Fields, key: string): string => f.obj(key).str(lang);
  const id = m.str("id");
  const version = m.str("version");
  text(m, "title");
  m.str("releasedOn");

  let maxLevel = -1;
  m.list("levels").objects((l) => {
    maxLevel = Math.max(maxLevel, l.int("level", 0, 10));
    text(l, "label");
  });
  if (maxLevel < 0) {
    const minimum = { minimum: 1, inclusive: "yes", unit: "items" } as const;
    fail(m.at("levels"), "too_small", minimum);
  }

  const domains = new Set<string>();
  const indicators = new Map<string, string>();
  const practices = new Set<string>();
  m.list("domains").objects((d) => {
    const domain = d.str("id");
    domains.add(domain);
    text(d, "title");
    d.list("indicators").objects((i) => {
      indicators.set(i.str("id"), domain);
      text(i, "title");
      const listed = i.opt("practices");
      if (listed === undefined) return;
      List.of(listed, i.at("practices")).objects((p) => {
        practices.add(p.str("id"));
        p.int("level", 0, 10);
        text(p, "text");
      });
    });
  });

  const rp = m.obj("riskProfile");
  const tiers = new Set<string>();
  rp.list("tiers").objects((t) => {
    tiers.add(t.str("id"));
    text(t, "label");
    text(t, "description");
  });
  const types = new Set<string>();
  rp.list("institutionTypes").objects((t) => {
    types.add(t.str("id"));
    text(t, "label");
  });
  const factors = new Map<string, Set<number>>();
  rp.list("factors").objects((f) => {
    const values = new Set<number>();
    factors.set(f.str("id"), values);
    text(f, "label");
    f.list("values").objects((v) => {
      values.add(v.int("value", 0, 10));
      text(v, "label");
    });
  });
  const tierRules = rp.list("tierRules").length;
  return {
    id,
    version,
    maxLevel,
    domains,
    indicators,
    practices,
    tiers,
    tierRules,
    types,
    factors,
  };
}
