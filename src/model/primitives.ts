import * as z from "zod";

/** Pattern every id in a model, crosswalk or assessment follows. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9._-]*$/;

/** A stable identifier: a letter, then letters, digits, `.`, `_` or `-`; at most 64 characters. */
export const IdSchema = z.string().max(64).regex(ID_PATTERN);

/** A calendar date in ISO 8601 form (`YYYY-MM-DD`); impossible dates such as `2025-02-30` fail. */
export const IsoDateSchema = z.iso.date();

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
