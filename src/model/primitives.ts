import * as z from "zod";

/** Pattern every id in a model, crosswalk or assessment follows. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9._-]*$/;

/** A stable identifier: a letter, then letters, digits, `.`, `_` or `-`; at most 64 characters. */
export const IdSchema = z.string().max(64).regex(ID_PATTERN);

/**
 * `YYYY-MM-DD` with a real month and day (29 February only in leap years), as zod's `z.iso.date()`,
 * but from year 0001: year 0000 (1 BC) is no measurement date, and calendars shown to readers
 * would print it as year 1.
 */
const ISO_DATE =
  /^(?!0000)(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))$/;

/**
 * A calendar date in ISO 8601 form (`YYYY-MM-DD`) from 0001-01-01 on; impossible dates such as
 * `2025-02-30` fail, and so does year 0000.
 */
export const IsoDateSchema = z.stringFormat("date", ISO_DATE);

/** Free text in one language. */
export const PlainTextSchema = z.string().min(1).max(20_000);

/** Text in Dutch and English; both are required. */
export const TextSchema = z.strictObject({ nl: PlainTextSchema, en: PlainTextSchema });

/** Points at one version of one model. */
export const ModelRefSchema = z.strictObject({ id: IdSchema, version: z.string().min(1).max(32) });

/** Bilingual text: `{ nl, en }`. */
export type Text = z.infer<typeof TextSchema>;

/** A reference to a model version: `{ id, version }`. */
export type ModelRef = z.infer<typeof ModelRefSchema>;
