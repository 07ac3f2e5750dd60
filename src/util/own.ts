/**
 * The value of an own property of a record keyed by ids from data; `undefined` when the key is
 * missing or only inherited (`constructor`, `toString`, …).
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
