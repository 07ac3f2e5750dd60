// Large but valid inputs for every renderer: titles at their maximum length (20,000 characters of
// 10,000 short words, which made text wrapping quadratic: 13 s for one title in a radar, 27 s in a
// heatmap) and a model of the documented maximum shape (100 domains × 100 indicators). Every chart
// and report must render in time linear in the input; the bounds below follow the harness's
// 100 ms per call for 1 MB, scaled by the megabytes each case reads. The benchmark
// (test/bench/render.bench.ts) measures the growth with model size and title length.
import { expect } from "vitest";
import {
  bigModel,
  type RenderSet,
  renderAll,
  renderSet,
  TEN_THOUSAND_WORDS,
} from "../render/bigInputs.js";
import { type HostileCase, hostileCase, hostileSuite } from "./harness.js";

// Built once: the sets are deep-frozen outputs, the same for every run of a case.
const longTitles = Object.freeze(
  renderSet(
    bigModel({
      domains: 12,
      indicators: 1,
      domainTitle: () => TEN_THOUSAND_WORDS,
      indicatorTitle: () => TEN_THOUSAND_WORDS,
    }),
  ),
);
const wide = Object.freeze(renderSet(bigModel({ domains: 100, indicators: 100 })));

const cases: HostileCase[] = [
  hostileCase({
    name: "every chart and report of a 1 MB model whose 24 titles are 10,000 words each",
    input: () => longTitles,
    call: (set) => renderAll(set as RenderSet),
    budget: {
      ms: 1000,
      why: "11 renderers, each reading the 1 MB model (11 MB in all): 100 ms per MB read, as for the other cases",
    },
    compare: "iterative",
    expect: {
      returns: (outputs) => {
        const [, , , , , , , , radar = "", , heatmap = ""] = outputs as string[];
        // Long labels wrap to two lines, the second cut with an ellipsis.
        const label = radar.match(/<text class="axis-label"[^>]*>([\s\S]*?)<\/text>/)?.[1] ?? "";
        expect(label.match(/<tspan/g)).toHaveLength(2);
        expect(label).toMatch(/…<\/tspan>\s*$/);
        expect(heatmap).toMatch(/…<\/tspan>/);
        // The description repeats each title up to 1,000 characters, not 20,000.
        expect(radar.length).toBeLessThan(100_000);
      },
    },
  }),
  hostileCase({
    name: "every chart and report of a model of 100 domains × 100 indicators (2 MB)",
    input: () => wide,
    call: (set) => renderAll(set as RenderSet),
    budget: {
      ms: 3000,
      why: "11 renderers, each reading the 2 MB model and an input of up to 2 MB (about 40 MB in all): 75 ms per MB read, under the 100 ms per MB of the other cases",
    },
    expect: {
      returns: (outputs) => {
        const [result = "", , , , csv = ""] = outputs as string[];
        expect(result.match(/^### d\d+ /gm)).toHaveLength(100);
        expect(csv.split("\r\n")).toHaveLength(10_002);
      },
    },
  }),
];

hostileSuite("renderLarge", cases);
