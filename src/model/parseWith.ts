import type * as z from "zod";
import { fromZod } from "../issues/fromZod.js";
import type { Issue, ParseResult } from "../issues/issue.js";
import { deepFreeze } from "../util/deepFreeze.js";
import { snapshot } from "../util/snapshot.js";

/**
 * The two-step parse every `parse*` function shares: snapshot the input as plain JSON, validate its
 * shape with the schema, then run the referential checks on the typed value. Never throws.
 */
export function parseWith<T>(
  schema: z.ZodType,
  input: unknown,
  check: (value: T) => readonly Issue[],
): ParseResult<T> {
  const copy = snapshot(input);
  if (nonEmpty(copy.issues)) return failure(copy.issues);
  const shaped = schema.safeParse(copy.value);
  if (!shaped.success) {
    const issues = fromZod(shaped.error.issues, copy.value);
    if (nonEmpty(issues)) return failure(issues);
  }
  const value = shaped.data as T;
  const issues = check(value);
  if (nonEmpty(issues)) return failure(issues);
  return Object.freeze({ ok: true, value: deepFreeze(value) });
}

function nonEmpty(issues: readonly Issue[]): issues is readonly [Issue, ...Issue[]] {
  return issues.length > 0;
}

function failure<T>(issues: readonly [Issue, ...Issue[]]): ParseResult<T> {
  return deepFreeze({ ok: false, issues });
}
