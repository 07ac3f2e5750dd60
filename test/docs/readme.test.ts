// Runs the README's TypeScript example and checks that it prints what its `//=>` lines say.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { format } from "node:util";
import { afterAll, expect, it, vi } from "vitest";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
const tmp = new URL("./.readme-tmp/", import.meta.url);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it("has a usage example", () => {
  expect(blocks.length).toBeGreaterThan(0);
});

blocks.forEach((code, n) => {
  it(`example ${n + 1} prints what it says`, async () => {
    const expected = [...code.matchAll(/^\/\/=> (.*)$/gm)].map((m) => m[1]);
    mkdirSync(tmp, { recursive: true });
    const file = new URL(`example-${n}.ts`, tmp);
    writeFileSync(file, code);
    const printed: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      printed.push(format(...args));
    });
    try {
      await import(/* @vite-ignore */ file.href);
    } finally {
      spy.mockRestore();
    }
    expect(printed).toEqual(expected);
  });
});
