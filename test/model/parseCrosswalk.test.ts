import { describe, expect, it } from "vitest";
import {
  type IssueCode,
  type IssuePath,
  type Model,
  parseCrosswalk,
  parseModel,
} from "../../src/index.js";
import { deepFreezeInput, isDeepFrozen } from "../fixtures/deepFrozen.js";
import { pushAt, removeAt, setAt } from "../fixtures/jsonEdit.js";
import { miniCrosswalk, miniModel } from "../fixtures/miniModel.js";

interface Found {
  readonly code: IssueCode;
  readonly path: IssuePath;
}

const issue = (code: IssueCode, path: IssuePath): Found => ({ code, path });

function model(version = "1"): Model {
  const result = parseModel(miniModel({ version }));
  if (!result.ok) throw new Error("the mini model must parse");
  return result.value;
}

const v1 = model("1");
const v2 = model("2");

/** The `{ code, path }` pairs parseCrosswalk reports; `[]` when the input parses. */
function issuesOf(input: unknown, from?: Model, to?: Model): Found[] {
  const result = parseCrosswalk(input, from, to);
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

describe("parseCrosswalk", () => {
  it("accepts the mini crosswalk from version 1 to 2, with and without the models", () => {
    expect(parseCrosswalk(miniCrosswalk(), v1, v2)).toEqual({ ok: true, value: miniCrosswalk() });
    expect(issuesOf(miniCrosswalk())).toEqual([]);
  });

  it("accepts an identity crosswalk between a model and itself", () => {
    expect(issuesOf(miniCrosswalk(miniModel(), miniModel()), v1, v1)).toEqual([]);
  });

  // Both versions of the mini model have the same ids, so every mapping other than X → X hands an
  // id to another indicator: the crosswalk accounts for everything but reuses ids.
  it("accounts for every indicator with split, merge, added and retired, but reports reused ids", () => {
    const crosswalk = setAt(
      miniCrosswalk(),
      ["mappings"],
      [
        { type: "split", from: "gov-policy", to: ["gov-policy", "gov-roles"] },
        {
          type: "merge",
          from: ["gov-roles", "ops-screening"],
          to: "ops-screening",
          combine: "min",
          note: { nl: "Screening omvat nu rollen.", en: "Screening now includes roles." },
        },
        { type: "retired", from: "ops-training" },
        { type: "added", to: "ops-training" },
      ],
    );
    expect(issuesOf(crosswalk, v1, v2)).toEqual([
      issue("crosswalk_id_reused", ["mappings", 0, "to", 1]),
      issue("crosswalk_id_reused", ["mappings", 3, "to"]),
    ]);
  });

  describe("shape", () => {
    it.each<[string, () => unknown, Found[]]>([
      ["null", () => null, [issue("invalid_type", [])]],
      ["an array", () => [], [issue("invalid_type", [])]],
      ["a missing from", () => removeAt(miniCrosswalk(), ["from"]), [issue("required", ["from"])]],
      [
        "an empty version",
        () => setAt(miniCrosswalk(), ["to", "version"], ""),
        [issue("too_small", ["to", "version"])],
      ],
      [
        "a bad model id",
        () => setAt(miniCrosswalk(), ["from", "id"], "mini model"),
        [issue("invalid_format", ["from", "id"])],
      ],
      [
        "mappings that are not a list",
        () => setAt(miniCrosswalk(), ["mappings"], {}),
        [issue("invalid_type", ["mappings"])],
      ],
      [
        "an unknown mapping type",
        () => setAt(miniCrosswalk(), ["mappings", 0, "type"], "moved"),
        [issue("invalid_value", ["mappings", 0, "type"])],
      ],
      [
        "a bad indicator id",
        () => setAt(miniCrosswalk(), ["mappings", 0, "from"], "1st"),
        [issue("invalid_format", ["mappings", 0, "from"])],
      ],
      [
        "a split into one indicator",
        () => setAt(miniCrosswalk(), ["mappings", 0], { type: "split", from: "a", to: ["b"] }),
        [issue("too_small", ["mappings", 0, "to"])],
      ],
      [
        "an unknown combine rule",
        () =>
          setAt(miniCrosswalk(), ["mappings", 0], {
            type: "merge",
            from: ["a", "b"],
            to: "c",
            combine: "sum",
          }),
        [issue("invalid_value", ["mappings", 0, "combine"])],
      ],
      [
        "a field of another mapping type",
        () => setAt(miniCrosswalk(), ["mappings", 0, "combine"], "min"),
        [issue("unknown_key", ["mappings", 0, "combine"])],
      ],
      [
        "an empty note",
        () => setAt(miniCrosswalk(), ["mappings", 1, "note"], { nl: "", en: "Renamed." }),
        [issue("too_small", ["mappings", 1, "note", "nl"])],
      ],
      [
        "a note in one language",
        () => setAt(miniCrosswalk(), ["mappings", 1, "note"], "Renamed."),
        [issue("invalid_type", ["mappings", 1, "note"])],
      ],
      [
        "an unknown field",
        () => setAt(miniCrosswalk(), ["extra"], true),
        [issue("unknown_key", ["extra"])],
      ],
      [
        "a function",
        () => setAt(miniCrosswalk(), ["mappings", 2, "to"], () => "x"),
        [issue("not_json", ["mappings", 2, "to"])],
      ],
      [
        "a `__proto__` key",
        () => setAt(miniCrosswalk(), ["mappings", 0, "__proto__"], { type: "added" }),
        [issue("forbidden_key", ["mappings", 0, "__proto__"])],
      ],
    ])("reports %s", (_, input, expected) => {
      expect(issuesOf(input(), v1, v2)).toEqual(expected);
    });

    it("reports a missing type or combine rule as required", () => {
      expect(issuesOf(removeAt(miniCrosswalk(), ["mappings", 0, "type"]))).toEqual([
        issue("required", ["mappings", 0, "type"]),
      ]);
      const merge = { type: "merge", from: ["a", "b"], to: "c" };
      expect(issuesOf(setAt(miniCrosswalk(), ["mappings", 0], merge))).toEqual([
        issue("required", ["mappings", 0, "combine"]),
      ]);
    });
  });

  describe("crosswalk_duplicate", () => {
    it("reports the second mention of a from id", () => {
      const crosswalk = pushAt(miniCrosswalk(), ["mappings"], {
        type: "retired",
        from: "gov-roles",
      });
      expect(issuesOf(crosswalk)).toEqual([issue("crosswalk_duplicate", ["mappings", 4, "from"])]);
    });

    it("reports the second mention of a to id inside a split", () => {
      const crosswalk = pushAt(miniCrosswalk(), ["mappings"], {
        type: "split",
        from: "old",
        to: ["new", "ops-training"],
      });
      expect(issuesOf(crosswalk)).toEqual([issue("crosswalk_duplicate", ["mappings", 4, "to", 1])]);
    });

    it("reports the second mention of a from id inside a merge", () => {
      const crosswalk = pushAt(miniCrosswalk(), ["mappings"], {
        type: "merge",
        from: ["old", "gov-policy"],
        to: "new",
        combine: "mean",
      });
      expect(issuesOf(crosswalk)).toEqual([
        issue("crosswalk_duplicate", ["mappings", 4, "from", 1]),
      ]);
    });

    it("reports an id named twice within one split", () => {
      const crosswalk = pushAt(miniCrosswalk(), ["mappings"], {
        type: "split",
        from: "old",
        to: ["new", "new"],
      });
      expect(issuesOf(crosswalk)).toEqual([issue("crosswalk_duplicate", ["mappings", 4, "to", 1])]);
    });

    it("names the id and the model version", () => {
      const crosswalk = pushAt(miniCrosswalk(), ["mappings"], { type: "added", to: "gov-policy" });
      const result = parseCrosswalk(crosswalk, v1, v2);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.issues[0].params).toEqual({ id: "gov-policy", model: "mini@2" });
    });
  });

  describe("with models", () => {
    it("reports crosswalk_model_mismatch at from and at to", () => {
      expect(issuesOf(miniCrosswalk(), v2, v1)).toEqual([
        issue("crosswalk_model_mismatch", ["from"]),
        issue("crosswalk_model_mismatch", ["to"]),
      ]);
      expect(issuesOf(miniCrosswalk(), v1, v1)).toEqual([
        issue("crosswalk_model_mismatch", ["to"]),
      ]);
      const otherId = setAt(miniCrosswalk(), ["from", "id"], "maxi");
      expect(issuesOf(otherId, v1, v2)).toEqual([issue("crosswalk_model_mismatch", ["from"])]);
    });

    it("reports crosswalk_unaccounted for an indicator missing on each side", () => {
      const result = parseCrosswalk(removeAt(miniCrosswalk(), ["mappings", 1]), v1, v2);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map(({ code, path, params }) => ({ code, path, params }))).toEqual([
        {
          code: "crosswalk_unaccounted",
          path: ["mappings"],
          params: { id: "gov-roles", model: "mini@1" },
        },
        {
          code: "crosswalk_unaccounted",
          path: ["mappings"],
          params: { id: "gov-roles", model: "mini@2" },
        },
      ]);
    });

    it("reports crosswalk_unaccounted only on the side that misses it", () => {
      const crosswalk = setAt(miniCrosswalk(), ["mappings", 3], {
        type: "retired",
        from: "ops-training",
      });
      expect(issuesOf(crosswalk, v1, v2)).toEqual([issue("crosswalk_unaccounted", ["mappings"])]);
    });

    it("reports unknown_indicator at the mapping that names it", () => {
      const added = pushAt(miniCrosswalk(), ["mappings"], { type: "added", to: "ops-ghost" });
      expect(issuesOf(added, v1, v2)).toEqual([issue("unknown_indicator", ["mappings", 4, "to"])]);
      const split = setAt(miniCrosswalk(), ["mappings", 0], {
        type: "split",
        from: "gov-policy",
        to: ["gov-policy", "constructor"],
      });
      expect(issuesOf(split, v1, v2)).toEqual([
        issue("unknown_indicator", ["mappings", 0, "to", 1]),
      ]);
      const retired = pushAt(miniCrosswalk(), ["mappings"], { type: "retired", from: "toString" });
      expect(issuesOf(retired, v1, v2)).toEqual([
        issue("unknown_indicator", ["mappings", 4, "from"]),
      ]);
    });

    it("checks only the side whose model is given", () => {
      const crosswalk = pushAt(miniCrosswalk(), ["mappings"], { type: "added", to: "ops-ghost" });
      expect(issuesOf(crosswalk, v1)).toEqual([]);
      expect(issuesOf(crosswalk, undefined, v2)).toEqual([
        issue("unknown_indicator", ["mappings", 4, "to"]),
      ]);
    });
  });

  describe("without models", () => {
    it("checks only the shape and duplicates", () => {
      const crosswalk = setAt(
        miniCrosswalk(),
        ["mappings"],
        [{ type: "same", from: "ghost", to: "phantom" }],
      );
      setAt(crosswalk, ["from"], { id: "other", version: "9" });
      expect(issuesOf(crosswalk)).toEqual([]);
      pushAt(crosswalk, ["mappings"], { type: "added", to: "phantom" });
      expect(issuesOf(crosswalk)).toEqual([issue("crosswalk_duplicate", ["mappings", 1, "to"])]);
    });

    it("accepts an empty crosswalk", () => {
      expect(issuesOf(setAt(miniCrosswalk(), ["mappings"], []))).toEqual([]);
    });
  });

  describe("purity", () => {
    it("does not mutate its input and accepts it deep-frozen", () => {
      const input = miniCrosswalk();
      const before = structuredClone(input);
      parseCrosswalk(input, v1, v2);
      expect(input).toStrictEqual(before);
      expect(parseCrosswalk(deepFreezeInput(miniCrosswalk()), v1, v2).ok).toBe(true);
    });

    it("returns deep-frozen values and issues", () => {
      const ok = parseCrosswalk(miniCrosswalk(), v1, v2);
      expect(ok.ok && isDeepFrozen(ok.value)).toBe(true);
      expect(isDeepFrozen(parseCrosswalk(miniCrosswalk(), v2, v1))).toBe(true);
    });
  });
});

describe("ids are never reused across versions", () => {
  it("reports an id retired in the old version that another indicator becomes in the new one", () => {
    const cw = miniCrosswalk();
    const mappings = cw.mappings.filter(
      (m) => !("from" in m && (m.from === "gov-roles" || m.from === "ops-training")),
    );
    mappings.push({ type: "retired", from: "gov-roles" });
    mappings.push({ type: "same", from: "ops-training", to: "gov-roles" });
    mappings.push({ type: "added", to: "ops-training" });
    const result = parseCrosswalk({ ...cw, mappings });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.code, i.path])).toContainEqual([
        "crosswalk_id_reused",
        ["mappings", mappings.length - 2, "to"],
      ]);
    }
  });

  it("accepts an id that continues as itself, also through a split or a merge", () => {
    expect(parseCrosswalk(miniCrosswalk()).ok).toBe(true);
  });
});
