// formatIssues on lists that are not (only) issues: it never throws, says which entry is not an
// issue, and never prints control or bidirectional characters from the issues.
import { describe, expect, it } from "vitest";
import { formatIssues, formatPath, type Issue } from "../../src/index.js";
import { issueMessage } from "../../src/issues/messages.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const revoked = (target: object): object => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};
const list = (...entries: unknown[]) => entries as unknown as Issue[];
const issue = (fields: Record<string, unknown>) =>
  ({ code: "required", path: ["id"], message: "m", params: {}, ...fields }) as unknown as Issue;

describe("formatIssues of entries that are not issues", () => {
  it.each([
    ["null", null],
    ["a number", 42],
    ["a string", "required"],
    ["an array", [issue({})]],
    ["undefined", undefined],
    ["a symbol", Symbol("issue")],
    ["a function", () => "required"],
    ["a revoked proxy", revoked({})],
  ])("gives one line for %s that names the entry and is no issue line", (_, entry) => {
    for (const lang of ["en", "nl"] as const) {
      const lines = formatIssues(list(issue({}), entry), { lang }).split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/\[required\]$/);
      expect(lines[1]).toMatch(/^✖ \S+ 1 /);
      expect(lines[1]).not.toContain(" → ");
    }
  });

  it("gives a line for an entry whose fields throw when read", () => {
    const throwing = Object.defineProperty({}, "code", {
      enumerable: true,
      get() {
        throw new Error("hostile getter");
      },
    });
    const lines = formatIssues(list(throwing, issue({}))).split("\n");
    expect(lines[0]).toMatch(/^✖ \S+ 0 /);
    expect(lines[1]).toMatch(/\[required\]$/);
  });

  it("gives the empty string for a revoked list, and English for revoked options", () => {
    expect(formatIssues(revoked([]) as Issue[])).toBe("");
    const options = revoked({}) as { lang: "nl" };
    expect(formatIssues([issue({})], options)).toMatch(/\[required\]$/);
  });

  it("never calls the params' toString, and shows what it cannot read as ?", () => {
    const params = {
      id: {
        toString() {
          throw new Error("called");
        },
      },
    };
    expect(issueMessage("unknown_tier", params as never)).toBe('Unknown risk tier "?".');
    expect(formatIssues([issue({ code: "unknown_tier", params })])).toMatch(/"\?"/);
  });

  it("stops after 10,000 lines of a list that claims to be longer", () => {
    const huge = new Proxy([], {
      get: (target, key) => (key === "length" ? 4_000_000_000 : Reflect.get(target, key)),
    });
    for (const lang of ["en", "nl"] as const) {
      const lines = formatIssues(huge as Issue[], { lang }).split("\n");
      expect(lines).toHaveLength(10_001);
      expect(lines.at(-1)).toMatch(/3999990000/);
    }
  });
});

describe("formatIssues of issues with control characters", () => {
  const dirty = "a\u001b[2J\u009b1m\u202Eb";

  it("prints no control or bidirectional character from a message, code, param or path", () => {
    const text = formatIssues([
      issue({ code: dirty, message: dirty, path: [dirty, 0, "ok"] }),
      issue({ code: "unknown_tier", params: { id: dirty }, path: [`x${dirty}`] }),
    ]);
    expect(text).not.toMatch(UNSAFE);
    expect(text.split("\n")[1]).toBe(
      '✖ Unknown risk tier "a[2J1mb". → at ["xa\\u001b[2J1mb"]  [unknown_tier]',
    );
  });

  it("quotes a path key with a control character, showing C0 escaped and dropping C1 and bidi", () => {
    expect(formatPath([dirty])).toBe('["a\\u001b[2J1mb"]');
  });
});
