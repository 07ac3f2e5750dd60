// Outputs read back from JSON, edited anywhere: every renderer either renders them (with no NaN,
// undefined or [object Object] in the text) or refuses them with invalid_argument naming the
// edited place — never a TypeError. Plus proxies, getters and the sector shape in progress.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  aggregateSector,
  compareResults,
  compareSectors,
  KsmError,
  type RenderInput,
  type RenderOptions,
  renderCsv,
  renderHeatmapSvg,
  renderMarkdown,
  renderRadarSvg,
  type SectorView,
} from "../../src/index.js";
import { checkRenderArgs } from "../../src/render/checkArgs.js";
import { answersAt, crosswalk1to2, mini1, mini2, score } from "../coverage/support.js";
import { type JsonPath, removeAt, setAt } from "../fixtures/jsonEdit.js";
import { thrown } from "../fixtures/thrown.js";

if (process.env.CI) fc.configureGlobal({ seed: 42 });

const who = (k: number, measuredOn: string) => ({
  id: `i${k}`,
  name: `Institution ${k}`,
  type: k % 2 === 0 ? "university" : "college",
  measuredOn,
  riskProfile: { exposure: k % 3, partnerships: 0 },
});
const ks = [0, 1, 2, 3, 4, 5];
const before = ks.map((k) => score(mini2, who(k, "2023-03-01"), answersAt(mini2, k % 4)));
const after = ks.map((k) => score(mini2, who(k, "2025-03-01"), answersAt(mini2, (k + 1) % 4)));
const old = ks.map((k) => score(mini1, who(k, "2023-03-01"), answersAt(mini1, k % 4)));
const [first, result] = [before[0], after[0]] as [(typeof after)[0], (typeof after)[0]];

const en: RenderOptions = { lang: "en", model: mini2 };
const across: RenderOptions = { lang: "en", model: mini2, baselineModel: mini1 };
type Render = (input: RenderInput, options: RenderOptions) => string;
const radar: Render = (input, options) => renderRadarSvg(input as never, options);
const heatmap: Render = (input, options) => renderHeatmapSvg(input as SectorView, options);

const inputs: Record<string, { value: RenderInput; options: RenderOptions; renders: Render[] }> = {
  result: { value: result, options: en, renders: [renderMarkdown, renderCsv, radar] },
  comparison: {
    value: compareResults(first, result),
    options: en,
    renders: [renderMarkdown, renderCsv, radar],
  },
  "comparison across versions": {
    value: compareResults(old[0] as typeof result, result, { crosswalk: crosswalk1to2 }),
    options: across,
    renders: [renderMarkdown, renderCsv, radar],
  },
  "sector view": {
    value: aggregateSector(after, { minGroupSize: 3, groupBy: "institutionType" }),
    options: en,
    renders: [renderMarkdown, renderCsv, heatmap],
  },
  "sector comparison": {
    value: compareSectors(before, after, { minGroupSize: 3 }),
    options: en,
    renders: [renderMarkdown, renderCsv],
  },
};

/** Every place in a JSON value, the root excepted. */
function placesOf(value: unknown, path: JsonPath = []): JsonPath[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    return [at, ...placesOf(v, at)];
  });
}

const DELETE = Symbol("delete");
const replacement = fc.constantFrom<unknown>(DELETE, null, "x", {}, [], -1, 1e9, 0.5, true);

const startsWith = (path: readonly unknown[], prefix: readonly unknown[]) =>
  prefix.every((key, i) => path[i] === key);

describe.each(Object.keys(inputs))("a %s read back and edited in one place", (name) => {
  const { value, options, renders } = inputs[name] as (typeof inputs)[string];
  // Through JSON, as a file would be: a comparison shares objects between rows (a split copies
  // the baseline), which structuredClone would keep shared and JSON does not.
  const readBack = () => JSON.parse(JSON.stringify(value)) as RenderInput;
  const places = placesOf(readBack());

  test.prop([fc.constantFrom(...places), replacement], { numRuns: 120 })(
    "renders cleanly or is refused with invalid_argument at that place",
    (place, by) => {
      const copy = readBack();
      const edited = by === DELETE ? removeAt(copy, place) : setAt(copy, place, by);
      for (const render of renders) {
        let out: string;
        try {
          out = render(edited, options);
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(KsmError);
          const error = e as KsmError;
          if (error.code === "model_mismatch") {
            // Only an edit of a model ref can make the input name another model.
            expect(place.some((k) => k === "modelRef" || k === "baseline" || k === "current")).toBe(
              true,
            );
            continue;
          }
          expect(error.code).toBe("invalid_argument");
          const [issue] = error.issues;
          // A deleted array item shifts the ones after it: the place found may be a later one.
          const at = by === DELETE && typeof place.at(-1) === "number" ? place.slice(0, -1) : place;
          expect(startsWith(issue?.path ?? [], ["input", ...at]), error.message).toBe(true);
          continue;
        }
        expect(out).not.toMatch(/NaN|undefined|Infinity|\[object/);
      }
    },
  );
});

describe("arguments that are not plain data", () => {
  const revoked = <T extends object>(target: T): T => {
    const { proxy, revoke } = Proxy.revocable(target, {});
    revoke();
    return proxy;
  };
  const pathOf = (run: () => unknown) => {
    const error = thrown(run);
    expect(error.code).toBe("invalid_argument");
    return error.issues[0]?.path;
  };

  it("refuse a revoked proxy inside the input, naming where", () => {
    const broken = { ...result, overall: revoked({ ...result.overall }) };
    expect(pathOf(() => renderMarkdown(broken, en))).toEqual(["input", "overall"]);
    const deep = structuredClone(result) as unknown as { indicators: unknown[] };
    deep.indicators[2] = revoked({});
    expect(pathOf(() => renderCsv(deep as never, en))).toEqual(["input", "indicators", 2]);
  });

  it("refuse a revoked proxy as the input, the options, a model or in a model", () => {
    // A revoked proxy is named by its own place.
    expect(pathOf(() => renderMarkdown(revoked({ ...result }), en))).toEqual(["input"]);
    expect(pathOf(() => renderMarkdown(result, revoked({ ...en })))).toEqual(["options"]);
    expect(pathOf(() => renderRadarSvg(result, { ...en, model: revoked(mini2) }))).toEqual([
      "options",
      "model",
    ]);
    const model = { ...mini2, riskProfile: revoked({ ...mini2.riskProfile }) };
    expect(pathOf(() => renderMarkdown(result, { ...en, model: model as never }))).toEqual([
      "options",
      "model",
      "riskProfile",
    ]);
  });

  it("refuse NaN, a cycle and a getter that throws, naming where", () => {
    const nan = { ...result, overall: { ...result.overall, coverage: Number.NaN } };
    expect(pathOf(() => renderMarkdown(nan, en))).toEqual(["input", "overall", "coverage"]);
    const cyclic = structuredClone(result) as unknown as { overall: { self?: unknown } };
    cyclic.overall.self = cyclic;
    expect(pathOf(() => renderMarkdown(cyclic as never, en))).toEqual(["input", "overall", "self"]);
    const getter = Object.defineProperty({ ...result }, "warnings", {
      enumerable: true,
      get() {
        throw new Error("hostile getter");
      },
    });
    expect(pathOf(() => renderMarkdown(getter, en))).toEqual(["input", "warnings"]);
  });

  it("render what they checked: a getter that answers differently later is read once", () => {
    let reads = 0;
    const shifty = Object.defineProperty({ ...result }, "institution", {
      enumerable: true,
      get() {
        reads++;
        return reads === 1 ? { id: "i0", name: "Checked" } : { id: 42 };
      },
    });
    expect(renderMarkdown(shifty, en).split("\n")[0]).toMatch(/^# Checked — /);
  });

  it("read options as own properties only: a polluted prototype supplies nothing", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.lang = "en";
    proto.model = mini2;
    try {
      expect(pathOf(() => renderMarkdown(result, {} as RenderOptions))).toEqual([
        "options",
        "lang",
      ]);
    } finally {
      delete proto.lang;
      delete proto.model;
    }
  });
});

describe("the sector shape in progress", () => {
  const view = inputs["sector view"]?.value as SectorView;

  it("accepts n: null, reasons other than size and secondary, and fields it does not read", () => {
    const edited = structuredClone(view) as unknown as {
      groups: Record<string, unknown>[];
    };
    const [group] = edited.groups as [Record<string, unknown>];
    const items = group.indicators as Record<string, unknown>[];
    Object.assign(items[0] as object, {
      n: null,
      suppressed: "group",
      levels: null,
      withheld: { levels: "group" },
    });
    Object.assign(group, { nothingApplicable: 0, withheld: {} });
    expect(() => checkRenderArgs(edited, en, ["sectorView"])).not.toThrow();
  });

  it("refuses a level column too many, a negative count and a share above 1", () => {
    const at = (path: JsonPath, v: unknown) => {
      const error = thrown(() =>
        checkRenderArgs(setAt(structuredClone(view), path, v), en, ["sectorView"]),
      );
      return [error.code, error.issues[0]?.code, error.issues[0]?.path];
    };
    const item = ["groups", 0, "indicators", 0];
    expect(at([...item, "levels"], [1, 1, 1, 1, 1])).toEqual([
      "invalid_argument",
      "too_big",
      ["input", ...item, "levels"],
    ]);
    expect(at([...item, "levels"], [1, -1])).toEqual([
      "invalid_argument",
      "too_small",
      ["input", ...item, "levels", 1],
    ]);
    expect(at([...item, "shareAtTarget"], 1.5)).toEqual([
      "invalid_argument",
      "too_big",
      ["input", ...item, "shareAtTarget"],
    ]);
  });
});

describe("each way an argument can be wrong names its place and code", () => {
  const view = inputs["sector view"]?.value as SectorView;
  const refusal = (run: () => unknown) => {
    const error = thrown(run);
    expect(error.code).toBe("invalid_argument");
    return [error.issues[0]?.code, error.issues[0]?.path];
  };
  const readBack = <T>(value: T, path: JsonPath, to: unknown): T =>
    setAt(JSON.parse(JSON.stringify(value)) as T, path, to);
  const withModel = (changes: Record<string, unknown>) =>
    ({ ...en, model: { ...mini2, ...changes } }) as RenderOptions;

  it("in the options: bom that is no flag, a model without levels or unreadable", () => {
    expect(refusal(() => renderCsv(result, { ...en, bom: "yes" } as never))).toEqual([
      "invalid_type",
      ["options", "bom"],
    ]);
    expect(refusal(() => renderMarkdown(result, withModel({ levels: [] })))).toEqual([
      "too_small",
      ["options", "model", "levels"],
    ]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(refusal(() => renderMarkdown(result, withModel({ id: proxy })))).toEqual([
      "invalid_type",
      ["options", "model", "id"],
    ]);
    const throwing = Object.defineProperty({ ...mini2 }, "title", {
      enumerable: true,
      get() {
        throw new Error("hostile getter");
      },
    });
    expect(refusal(() => renderMarkdown(result, { ...en, model: throwing }))).toEqual([
      "not_json",
      ["options", "model", "title"],
    ]);
    const domains = new Proxy([...mini2.domains], {
      get(target, key) {
        if (key === "length") throw new Error("hostile length");
        return Reflect.get(target, key);
      },
    });
    expect(refusal(() => renderMarkdown(result, withModel({ domains })))).toEqual([
      "not_json",
      ["options", "model", "domains"],
    ]);
  });

  it("in a result: another highest level, an indicator in another domain, a date, a warning", () => {
    expect(refusal(() => renderMarkdown(readBack(result, ["maxLevel"], 5), en))).toEqual([
      "invalid_value",
      ["input", "maxLevel"],
    ]);
    const moved = readBack(result, ["indicators", 0, "domain"], "operations");
    expect(refusal(() => renderMarkdown(moved, en))).toEqual([
      "invalid_value",
      ["input", "indicators", 0, "domain"],
    ]);
    expect(
      refusal(() => renderMarkdown(readBack(result, ["measuredOn"], "11-04-2025"), en)),
    ).toEqual(["invalid_format", ["input", "measuredOn"]]);
    const warned = readBack(
      result,
      ["warnings"],
      [{ code: "stale_measurement", params: { months: {} } }],
    );
    expect(refusal(() => renderMarkdown(warned, en))).toEqual([
      "invalid_type",
      ["input", "warnings", 0, "params", "months"],
    ]);
  });

  it("in a sector view: another highest level", () => {
    expect(refusal(() => renderCsv(readBack(view, ["maxLevel"], 5), en))).toEqual([
      "invalid_value",
      ["input", "maxLevel"],
    ]);
  });

  it("in the data: a function, a class instance, __proto__, nesting without end", () => {
    const at = (changes: Record<string, unknown>) =>
      refusal(() => renderMarkdown({ ...result, overall: { ...result.overall, ...changes } }, en));
    expect(at({ coverage: () => 1 })).toEqual(["not_json", ["input", "overall", "coverage"]]);
    expect(at({ levelCap: new Map() })).toEqual(["not_json", ["input", "overall", "levelCap"]]);
    expect(at({ extra: JSON.parse('{"__proto__": 1}') })).toEqual([
      "not_json",
      ["input", "overall", "extra", "__proto__"],
    ]);
    let deep: unknown = 1;
    for (let k = 0; k < 70; k++) deep = { a: deep };
    const [code, path] = at({ extra: deep });
    expect(code).toBe("not_json");
    // The 64th level below the input is one too deep: "input" and 64 keys.
    expect(path).toHaveLength(65);
    // A null-prototype object is plain data.
    const bare = Object.assign(Object.create(null), result.overall);
    expect(renderMarkdown({ ...result, overall: bare }, en)).toMatch(/^# /);
  });
});

describe("labels of a comparison across versions without the baseline model", () => {
  const change = inputs["comparison across versions"]?.value as RenderInput;

  it("show baseline-only ids and the baseline tier as they are", () => {
    const md = renderMarkdown(change, en);
    expect(md).toContain("## Retired indicators\n\n- **ops-screening** ops-screening");
    // Version 2 renamed the tier "low" to "basic" (label "Low"): the baseline's id is shown.
    expect(md).toContain("Risk tier low → Low.");
  });
});

describe("a model that lacks a level's label", () => {
  it("shows the overall level as its number", () => {
    const levels = mini2.levels.filter((l) => l.level !== result.overall.level);
    const md = renderMarkdown(result, { ...en, model: { ...mini2, levels } });
    expect(md).toContain(`**Overall level ${result.overall.level}** out of 3.`);
  });
});
