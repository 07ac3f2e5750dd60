// npm run bench: every renderer (four Markdown reports, four CSV files, two radars, a heatmap) on
// models of growing size. Goals (issue 11), checked by `npm run bench:check`: a 1 MB model within
// a second; linear growth: twice the indicators within 2.5× the time, titles 10× as long within
// 12×. Measured: 1.8–2.3× and 2.8–3.9×. The 0.5 of slack is for the memory hierarchy, not the
// algorithm: below about 1,000 indicators everything fits in the processor's caches (so smaller
// models are no fair base for a ratio), and lookups in id sets and garbage collection of a 2 MB
// copy grow a little faster than the input (every step of every checker and renderer is one
// pass over its input).
import { bench, describe } from "vitest";
import { bigModel, renderAll, renderSet, words } from "../render/bigInputs.js";

const oneMb = renderSet(bigModel({ domains: 50, indicators: 100 }));
const twoMb = renderSet(bigModel({ domains: 100, indicators: 100 }));
const titled = (length: number) =>
  renderSet(
    bigModel({
      domains: 12,
      indicators: 1,
      domainTitle: () => words(length / 2),
      indicatorTitle: () => words(length / 2),
    }),
  );
const shortTitles = titled(2_000);
const longTitles = titled(20_000);

describe("render: cost grows linearly with the model", () => {
  bench(
    "every renderer, 50 domains × 100 indicators (1 MB)",
    () => {
      renderAll(oneMb);
    },
    { iterations: 5, time: 2000 },
  );
  bench(
    "every renderer, 100 domains × 100 indicators (2 MB)",
    () => {
      renderAll(twoMb);
    },
    { iterations: 5, time: 2000 },
  );
});

describe("render: cost grows linearly with the length of titles", () => {
  bench("every renderer, 24 titles of 2,000 characters", () => {
    renderAll(shortTitles);
  });
  bench("every renderer, 24 titles of 20,000 characters", () => {
    renderAll(longTitles);
  });
});
