import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  type Assessment,
  type Crosswalk,
  formatIssues,
  type Lang,
  type Model,
  type ModelRef,
  parseAssessment,
  parseCrosswalk,
  parseModel,
  type Result,
  scoreAssessment,
} from "../index.js";
import { bundledDocuments, readJson, UsageError } from "./files.js";

const key = (ref: ModelRef): string => `${ref.id}@${ref.version}`;

/** Models and crosswalks the CLI knows: the bundled ones plus any given with --model/--crosswalk. */
export class Library {
  private readonly models = new Map<string, Model>();
  private readonly crosswalks: Crosswalk[] = [];

  constructor(
    private readonly lang: Lang,
    modelFiles: readonly string[] = [],
    crosswalkFiles: readonly string[] = [],
  ) {
    const bundled = bundledDocuments();
    const isCrosswalk = (doc: unknown) =>
      typeof doc === "object" && doc !== null && "mappings" in doc;
    const docs = [...bundled, ...modelFiles].map((f): [string, unknown] => [f, readJson(f)]);
    for (const [file, doc] of docs) {
      if (isCrosswalk(doc)) continue;
      const parsed = parseModel(doc);
      if (!parsed.ok) throw this.invalid(file, parsed.issues);
      this.models.set(key(parsed.value), parsed.value);
    }
    const cwDocs = [
      ...docs.filter(([, d]) => isCrosswalk(d)),
      ...crosswalkFiles.map((f): [string, unknown] => [f, readJson(f)]),
    ];
    for (const [file, doc] of cwDocs) {
      const refs = doc as { from?: ModelRef; to?: ModelRef };
      const from = refs.from ? this.models.get(key(refs.from)) : undefined;
      const to = refs.to ? this.models.get(key(refs.to)) : undefined;
      const parsed = parseCrosswalk(doc, from, to);
      if (!parsed.ok) throw this.invalid(file, parsed.issues);
      // A user's crosswalk for the same versions takes precedence over a bundled one.
      this.crosswalks.unshift(parsed.value);
    }
  }

  /** The model an assessment names, or a usage error listing the known ones. */
  model(ref: ModelRef, file: string): Model {
    const found = this.models.get(key(ref));
    if (found) return found;
    const known = [...this.models.keys()].join(", ");
    throw new UsageError(
      `${file}: model ${key(ref)} is not known (known: ${known}); pass it with --model`,
      1,
    );
  }

  /** The crosswalk from one model version to another, if any. */
  crosswalk(from: ModelRef, to: ModelRef): Crosswalk | undefined {
    return this.crosswalks.find((c) => key(c.from) === key(from) && key(c.to) === key(to));
  }

  /** Parses an assessment file against the model it names. */
  assessment(file: string): { model: Model; assessment: Assessment } {
    const doc = readJson(file);
    const ref = (doc as { modelRef?: ModelRef } | null)?.modelRef;
    if (typeof ref?.id !== "string" || typeof ref.version !== "string") {
      throw new UsageError(`${file}: not an assessment (no modelRef with id and version)`, 1);
    }
    const model = this.model(ref, file);
    const parsed = parseAssessment(doc, model);
    if (!parsed.ok) throw this.invalid(file, parsed.issues);
    return { model, assessment: parsed.value };
  }

  /** Parses and scores an assessment file. */
  score(file: string, asOf: string | undefined): { model: Model; result: Result } {
    const { model, assessment } = this.assessment(file);
    return {
      model,
      result: scoreAssessment(model, assessment, asOf === undefined ? {} : { asOf }),
    };
  }

  private invalid(file: string, issues: Parameters<typeof formatIssues>[0]): UsageError {
    return new UsageError(`${file}\n${formatIssues(issues, { lang: this.lang })}`, 1);
  }
}

/** Files named on the command line; a folder stands for the .json files in it, sorted. */
export function expandFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new UsageError(`${path}: no such file or folder`, 1);
    }
    if (!isDir) return [path];
    return readdirSync(path)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => join(path, f));
  });
}
