// Every command reads its inputs through one reader: regular files, folders of *.json files and
// - (stdin), under one size limit. Whatever else it is given ends in one line naming the input,
// exit 1, and never blocks or reads without bound.
import { execFileSync, spawnSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, duinhaven2025, failureCode, ksm, lines, root, tempFolder } from "./process.js";

const tmp = tempFolder();
const at = (name: string) => join(tmp, name);
const assessment = readFileSync(duinhaven2025, "utf8");
let server: Server | undefined;

beforeAll(async () => {
  execFileSync("mkfifo", [at("pipe.json")]);
  writeFileSync(at("empty.json"), "");
  await new Promise<void>((done) => {
    server = createServer().listen(at("socket.json"), done);
  });
});
afterAll(() => {
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Asserts a refused input: exit 1, one line ending in the code, naming the input. */
function refused(args: readonly string[], code: string, name: string, stdin?: number | string) {
  const r = ksm(args, { cwd: tmp, ...(stdin === undefined ? {} : { stdin }) });
  expect(r.code, r.err).toBe(1);
  expect(lines(r.err)).toHaveLength(1);
  expect(failureCode(r.err)).toBe(code);
  expect(r.err).toContain(name);
  expect(r.out).toBe("");
}

describe("inputs that are not regular files are refused before a byte is read", () => {
  it("a FIFO nobody writes to (it would block forever)", () => {
    refused(["score", "pipe.json"], "not_a_file", "pipe.json");
  });

  it("a FIFO among a folder's files, and a FIFO given as --model", () => {
    const folder = at("with-fifo");
    mkdirSync(folder);
    execFileSync("mkfifo", [join(folder, "b.json")]);
    writeFileSync(join(folder, "a.json"), assessment);
    refused(["sector", folder], "not_a_file", "b.json");
    refused(["score", duinhaven2025, "--model", "pipe.json"], "not_a_file", "pipe.json");
  });

  it("/dev/zero (it never ends)", () => {
    refused(["score", "/dev/zero"], "not_a_file", "/dev/zero");
  });

  it("a socket", () => {
    refused(["validate", "socket.json"], "not_a_file", "socket.json");
  });

  it("a folder named like a file inside a folder (folders are read one level deep)", () => {
    const folder = at("nested");
    mkdirSync(join(folder, "inner.json"), { recursive: true });
    refused(["sector", folder], "not_a_file", "inner.json");
  });

  it("/dev/stdin naming a pipe: standard input is read as -", () => {
    refused(["score", "/dev/stdin"], "not_a_file", "/dev/stdin", assessment);
  });

  it("- when stdin is a device", () => {
    const fd = openSync("/dev/zero", "r");
    try {
      refused(["score", "-"], "not_a_file", "standard input", fd);
    } finally {
      closeSync(fd);
    }
  });

  const hasScript = spawnSync("script", ["--version"]).status === 0;
  it.skipIf(!hasScript)("- when stdin is a terminal (it would wait for typing)", () => {
    // script(1) runs the CLI on a pseudo-terminal; its output is the terminal's.
    const r = spawnSync("script", ["-qec", `"${process.execPath}" "${cli}" score -`, "/dev/null"], {
      encoding: "utf8",
      timeout: 10_000,
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(r.signal).toBeNull();
    expect(failureCode(r.stdout)).toBe("not_a_file");
    expect(r.stdout).toMatch(/terminal/);
  });

  it("a missing file", () => {
    refused(["score", "missing.json"], "not_found", "missing.json");
  });
});

describe("contents", () => {
  it("an empty file, and an empty stdin", () => {
    refused(["score", "empty.json"], "empty", "empty.json");
    refused(["score", "-"], "empty", "standard input", "");
  });

  it("bytes that are not UTF-8", () => {
    writeFileSync(at("latin1.json"), Buffer.from('{"name":"Universit\xe9"}', "latin1"));
    refused(["validate", "latin1.json"], "not_utf8", "latin1.json");
  });

  it("a JSON syntax error, with its line and column", () => {
    writeFileSync(at("broken.json"), '{\n  "a": 1,\n  "b": tru }');
    refused(["score", "broken.json"], "invalid_json", "broken.json");
    expect(ksm(["score", "broken.json"], { cwd: tmp }).err).toMatch(/line 3, column 11/);
    writeFileSync(at("cut.json"), '{"a": [1, 2');
    expect(ksm(["score", "cut.json", "--lang", "nl"], { cwd: tmp }).err).toMatch(
      /einde van de invoer op regel 1, kolom 12/,
    );
  });

  it("accepts a UTF-8 byte-order mark, in a file and on stdin", () => {
    writeFileSync(at("bom.json"), `\uFEFF${assessment}`);
    const plain = ksm(["score", duinhaven2025, "-f", "json"]);
    expect(plain.code).toBe(0);
    const bom = ksm(["score", "bom.json", "-f", "json"], { cwd: tmp });
    expect(bom.code, bom.err).toBe(0);
    expect(bom.out).toBe(plain.out);
    const piped = ksm(["score", "-", "-f", "json"], { stdin: `\uFEFF${assessment}` });
    expect(piped.out).toBe(plain.out);
  });
});

describe("one size limit per input", () => {
  const size = Buffer.byteLength(assessment);

  it("refuses a file over --max-bytes and reads it under a higher one", () => {
    refused(["score", duinhaven2025, "--max-bytes", String(size - 1)], "too_large", "uni-");
    expect(ksm(["score", duinhaven2025, "--max-bytes", String(size)]).code).toBe(0);
  });

  it("counts a folder's files together", () => {
    const folder = at("two");
    mkdirSync(folder);
    copyFileSync(join(root, "docs/examples/panel/2025/uni-duinhaven.json"), join(folder, "a.json"));
    copyFileSync(join(root, "docs/examples/panel/2025/hs-dijkzicht.json"), join(folder, "b.json"));
    refused(["sector", folder, "--max-bytes", String(size + 100)], "folder_too_large", folder);
  });

  it("stops reading an endless pipe after the limit", () => {
    const r = spawnSync(
      "sh",
      ["-c", `yes | "${process.execPath}" "${cli}" score - --max-bytes 64k`],
      {
        encoding: "utf8",
        timeout: 10_000,
      },
    );
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(failureCode(r.stderr)).toBe("too_large");
  });

  it.each([["0"], ["1G"], ["12 k"], ["-5"]])("--max-bytes %s is wrong usage", (value) => {
    const r = ksm(["score", duinhaven2025, `--max-bytes=${value}`]);
    expect(r.code).toBe(2);
    expect(failureCode(r.err)).toBe("bad_value");
  });
});

describe("stdin and folders", () => {
  it("reads - as standard input", () => {
    const r = ksm(["score", "-", "-f", "json"], { stdin: assessment });
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).institution.id).toBe("uni-duinhaven");
  });

  it("reads stdin only once", () => {
    const r = ksm(["compare", "-", "-"], { stdin: assessment });
    expect(r.code).toBe(2);
    expect(failureCode(r.err)).toBe("stdin_twice");
  });

  it("reads a folder's *.json files sorted by name, skipping dot files and other files", () => {
    const folder = at("models");
    mkdirSync(folder);
    copyFileSync(join(root, "models/kennisveiligheid-2023.2.json"), join(folder, "b.json"));
    copyFileSync(join(root, "models/kennisveiligheid-2025.2.json"), join(folder, "a.json"));
    writeFileSync(join(folder, "notes.txt"), "not JSON");
    // An editor's lock file: a dangling link that would fail to read.
    symlinkSync("nobody@host.1", join(folder, ".#a.json"));
    const r = ksm(["validate", folder]);
    expect(r.code, r.err).toBe(0);
    const files = r.out.match(/^✔ \S+/gm);
    expect(files).toEqual(["✔ a.json:", "✔ b.json:"]);
  });

  it("refuses a folder without *.json files", () => {
    mkdirSync(at("none"));
    refused(["sector", "none"], "no_json_files", "none");
  });

  it("takes one document where one is needed", () => {
    const r = ksm(["score", join(root, "docs/examples/panel/2025")]);
    expect(r.code).toBe(2);
    expect(failureCode(r.err)).toBe("wrong_arguments");
  });
});
