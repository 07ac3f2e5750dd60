// The status of one comparable row follows the level when the level changed, else the score.
import { describe, expect, it } from "vitest";
import { changeStatus } from "../../src/compare/change.js";

describe("changeStatus", () => {
  it("follows a level change even when the score moved by less than the tolerance", () => {
    // 1.9999999999 → 2: the level moves from 1 to 2, the score by 1e-10.
    expect(changeStatus(1, 1e-10)).toBe("improved");
    expect(changeStatus(-1, -1e-10)).toBe("declined");
  });

  it("follows the level when a merged baseline's mean level and mean score move apart", () => {
    // Baseline: mean of (level 1, score 1.99) and (level 2, score 2.99) = 1.5 / 2.49; now 2 / 2.0.
    expect(changeStatus(0.5, -0.49)).toBe("improved");
    expect(changeStatus(-0.5, 0.49)).toBe("declined");
  });

  it("follows the score, with its tolerance, when the level stayed", () => {
    expect(changeStatus(0, 0.25)).toBe("improved");
    expect(changeStatus(0, -0.25)).toBe("declined");
    expect(changeStatus(0, 1e-12)).toBe("unchanged");
  });
});
