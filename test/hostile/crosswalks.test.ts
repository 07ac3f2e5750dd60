// Hostile crosswalk documents for parseCrosswalk, with and without the models they map: wrong
// types, unknown mapping types, duplicate and unknown ids, prototype names, wrong model versions,
// too many mappings, cycles, deep nesting, frozen and proxied inputs.
import { expect } from "vitest";
import { type Crosswalk, type Model, parseCrosswalk } from "../../src/index.js";
import { deepFreezeInput } from "../fixtures/deepFrozen.js";
import { setAt } from "../fixtures/jsonEdit.js";
import { miniCrosswalk } from "../fixtures/miniModel.js";
import {
  crosswalk2023to2025,
  fromJson,
  type HostileCase,
  hostile,
  hostileCase,
  hostileSuite,
  issue,
  kennisveiligheid2023,
  kennisveiligheid2025,
  mini,
  miniV2,
  nested,
  tracked,
} from "./harness.js";

/** The mini crosswalk (version 1 → 2, `same` for every indicator) changed at one path. */
const withValue = (path: readonly (string | number)[], value: unknown) => () =>
  setAt(miniCrosswalk(), path, value);

/** parseCrosswalk with both mini models. */
const withModels = (input: unknown) => parseCrosswalk(input, mini, miniV2);

const cases: HostileCase[] = [
  hostileCase({
    name: "the whole input is null",
    input: () => null,
    call: withModels,
    expect: { issues: [issue("invalid_type", [])] },
  }),
  hostileCase({
    name: "mappings is an object keyed by indicator id, not an array",
    input: withValue(["mappings"], { "gov-policy": { type: "same", to: "gov-policy" } }),
    call: withModels,
    expect: { issues: [issue("invalid_type", ["mappings"])] },
  }),
  hostileCase({
    name: "the model version given as the number 1",
    input: withValue(["from", "version"], 1),
    call: withModels,
    expect: { issues: [issue("invalid_type", ["from", "version"])] },
  }),
  hostileCase({
    name: 'a mapping of an unknown type "renamed"',
    input: withValue(["mappings", 0, "type"], "renamed"),
    call: withModels,
    expect: { issues: [issue("invalid_value", ["mappings", 0, "type"])] },
  }),
  hostileCase({
    name: "a split into a single indicator",
    input: withValue(["mappings", 0], { type: "split", from: "gov-policy", to: ["gov-policy"] }),
    call: withModels,
    expect: { issues: [issue("too_small", ["mappings", 0, "to"])] },
  }),
  hostileCase({
    name: "an `added` mapping that also names a from id",
    input: withValue(["mappings", 0], { type: "added", to: "gov-policy", from: "gov-policy" }),
    call: withModels,
    expect: { issues: [issue("unknown_key", ["mappings", 0, "from"])] },
  }),
  hostileCase({
    name: "the same baseline indicator mapped twice",
    input: withValue(["mappings", 1, "from"], "gov-policy"),
    call: withModels,
    expect: {
      issues: [
        issue("crosswalk_duplicate", ["mappings", 1, "from"]),
        issue("crosswalk_unaccounted", ["mappings"]),
      ],
    },
  }),
  hostileCase({
    name: "constructor as a from id, which neither model has",
    input: withValue(["mappings", 0, "from"], "constructor"),
    call: withModels,
    expect: {
      issues: [
        issue("unknown_indicator", ["mappings", 0, "from"]),
        issue("crosswalk_unaccounted", ["mappings"]),
      ],
    },
  }),
  hostileCase({
    name: "toString and hasOwnProperty as the two sides of one more mapping",
    input: () => {
      const doc = miniCrosswalk();
      doc.mappings.push({ type: "same", from: "toString", to: "hasOwnProperty" });
      return doc;
    },
    call: withModels,
    expect: {
      issues: [
        issue("unknown_indicator", ["mappings", 4, "from"]),
        issue("unknown_indicator", ["mappings", 4, "to"]),
      ],
    },
  }),
  hostileCase({
    name: "__proto__ as a from id",
    input: withValue(["mappings", 0, "from"], "__proto__"),
    call: withModels,
    expect: { issues: [issue("invalid_format", ["mappings", 0, "from"])] },
  }),
  hostileCase({
    name: "__proto__ as an own key of a mapping (JSON.parse), carrying a pollution payload",
    input: withValue(
      ["mappings", 0],
      fromJson('{"type":"same","from":"gov-policy","to":"gov-policy","__proto__":{"polluted":1}}'),
    ),
    call: withModels,
    expect: { issues: [issue("forbidden_key", ["mappings", 0, "__proto__"])] },
  }),
  hostileCase({
    name: "the models given the wrong way round",
    input: () => miniCrosswalk(),
    call: (input) => parseCrosswalk(input, miniV2, mini),
    expect: {
      issues: [
        issue("crosswalk_model_mismatch", ["from"]),
        issue("crosswalk_model_mismatch", ["to"]),
      ],
    },
  }),
  hostileCase({
    name: "the bundled 2023 → 2025 crosswalk checked against 2025 → 2023",
    input: () => structuredClone(crosswalk2023to2025) as unknown,
    call: (input) =>
      parseCrosswalk(input, kennisveiligheid2025 as Model, kennisveiligheid2023 as Model),
    expect: {
      issues: [
        issue("crosswalk_model_mismatch", ["from"]),
        issue("crosswalk_model_mismatch", ["to"]),
      ],
    },
  }),
  hostileCase({
    name: "5,001 mappings, one more than allowed",
    input: withValue(
      ["mappings"],
      Array.from({ length: 5001 }, (_, i) => ({ type: "added", to: `x${i}` })),
    ),
    call: withModels,
    expect: { issues: [issue("too_big", ["mappings"])] },
  }),
  hostileCase({
    name: "a mapping whose note contains the mapping (a cycle)",
    input: () => {
      const doc = miniCrosswalk();
      const m = doc.mappings[0] as Record<string, unknown>;
      m.note = { nl: "zie", en: m };
      return doc;
    },
    call: withModels,
    expect: { issues: [issue("not_json", ["mappings", 0, "note", "en"])] },
  }),
  hostileCase({
    name: "a description nested 10,000 objects deep",
    input: withValue(["description"], nested(10_000)),
    call: withModels,
    expect: { issues: [issue("not_json", ["description", ...Array<string>(63).fill("a")])] },
    compare: "iterative",
  }),
  hostileCase({
    name: "deep-frozen, with one indicator unaccounted for",
    input: () => {
      const doc = miniCrosswalk();
      doc.mappings.pop();
      return deepFreezeInput(doc);
    },
    call: withModels,
    expect: {
      issues: [
        issue("crosswalk_unaccounted", ["mappings"]),
        issue("crosswalk_unaccounted", ["mappings"]),
      ],
    },
  }),
  hostileCase({
    name: "valid, behind proxies that count reads: each property read once, nothing written",
    input: () => tracked(miniCrosswalk()),
    call: withModels,
    expect: { parsed: (cw) => expect((cw as Crosswalk).mappings).toHaveLength(4) },
    readOnce: true,
  }),
  hostileCase({
    name: "a mapping behind a proxy whose ownKeys trap throws",
    input: () => {
      const doc = miniCrosswalk();
      doc.mappings[2] = hostile(doc.mappings[2] as object, ["ownKeys"]) as never;
      return doc;
    },
    call: withModels,
    expect: { issues: [issue("not_json", ["mappings", 2])] },
  }),
];

hostileSuite("crosswalks", cases);
