import {
  type Assessment,
  type Crosswalk,
  formatIssues,
  type Issue,
  type Lang,
  type Model,
  type ModelRef,
  parseAssessment,
  parseCrosswalk,
  parseModel,
  type Result,
  scoreAssessment,
} from "../index.js";
import { cleanText } from "../util/cleanText.js";
import { type CliError, cliError } from "./cliError.js";
import { bundledDocuments } from "./files.js";
import { type Document, InputReader, readJsonFile } from "./input/inputReader.js";

const key = (ref: ModelRef): string => `${ref.id}@${ref.version}`;

const isCrosswalk = (doc: unknown): boolean =>
  typeof doc === "object" && doc !== null && "mappings" in doc;

/** Models and crosswalks the CLI knows: the bundled ones plus any given with --model/--crosswalk. */
export class Library {
  private readonly models = new Map<string, Model>();
  private readonly crosswalks: Crosswalk[] = [];

  /**
   * @param lang - The language of issue messages.
   * @param reader - Reads the `--model` and `--crosswalk` arguments (files, folders or stdin).
   */
  constructor(
    private readonly lang: Lang,
    reader: InputReader = new InputReader(),
    modelArgs: readonly string[] = [],
    crosswalkArgs: readonly string[] = [],
  ) {
    const bundled = bundledDocuments().map((f): Document => ({ name: f, doc: readJsonFile(f) }));
    const docs = [...bundled, ...reader.all(modelArgs)];
    for (const { name, doc } of docs) {
      if (isCrosswalk(doc)) continue;
      const parsed = parseModel(doc);
      if (!parsed.ok) throw invalidDocument(name, parsed.issues, lang);
      this.models.set(key(parsed.value), parsed.value);
    }
    const cwDocs = [...docs.filter((d) => isCrosswalk(d.doc)), ...reader.all(crosswalkArgs)];
    for (const { name, doc } of cwDocs) {
      const refs = doc as { from?: ModelRef; to?: ModelRef };
      const from = refs.from ? this.models.get(key(refs.from)) : undefined;
      const to = refs.to ? this.models.get(key(refs.to)) : undefined;
      const parsed = parseCrosswalk(doc, from, to);
      if (!parsed.ok) throw invalidDocument(name, parsed.issues, lang);
      // A user's crosswalk for the same versions takes precedence over a bundled one.
      this.crosswalks.unshift(parsed.value);
    }
  }

  /** The model an assessment names, or an error listing the known ones. */
  model(ref: ModelRef, file: string): Model {
    const found = this.models.get(key(ref));
    if (found) return found;
    const known = [...this.models.keys()].join(", ");
    throw cliError("unknown_model", { file, model: key(ref), known });
  }

  /** The crosswalk from one model version to another, if any. */
  crosswalk(from: ModelRef, to: ModelRef): Crosswalk | undefined {
    return this.crosswalks.find((c) => key(c.from) === key(from) && key(c.to) === key(to));
  }

  /** Parses an assessment document against the model it names. */
  assessment({ name, doc }: Document): { model: Model; assessment: Assessment } {
    const ref = (doc as { modelRef?: ModelRef } | null)?.modelRef;
    if (typeof ref?.id !== "string" || typeof ref.version !== "string") {
      throw cliError("not_an_assessment", { file: name });
    }
    const model = this.model(ref, name);
    const parsed = parseAssessment(doc, model);
    if (!parsed.ok) throw invalidDocument(name, parsed.issues, this.lang);
    return { model, assessment: parsed.value };
  }

  /** Parses and scores an assessment document. */
  score(document: Document, asOf: string | undefined): { model: Model; result: Result } {
    const { model, assessment } = this.assessment(document);
    return {
      model,
      result: scoreAssessment(model, assessment, asOf === undefined ? {} : { asOf }),
    };
  }
}

/** The error for a document with issues: a line naming it, then every issue with its path. */
export function invalidDocument(file: string, issues: readonly Issue[], lang: Lang): CliError {
  return cliError(
    "invalid_document",
    { file, count: issues.length },
    cleanText(formatIssues(issues, { lang })),
  );
}
