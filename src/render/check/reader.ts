import { type At, at, fail, wrongType } from "./fields.js";
import { checkLength, integer, isArray, type Json, number, read } from "./values.js";

/**
 * An object of the renderers' arguments, read field by field with its place, so that whatever is
 * wrong ends in `invalid_argument` naming its path (see `fail`). Fields the renderers do not read
 * are not looked at: outputs of newer versions with more fields still render.
 */
export class Fields {
  private constructor(
    private readonly value: Json,
    /** Where the object sits. */
    readonly place: At,
  ) {}

  /** Reads `value` as an object (not null, not an array), or throws `invalid_argument`. */
  static of(value: unknown, place: At): Fields {
    if (typeof value !== "object" || value === null || isArray(value, place)) {
      return wrongType(place, value, "an object");
    }
    return new Fields(value as Json, place);
  }

  /** The place of a field. */
  at(key: string): At {
    return at(key, this.place);
  }

  /** A field's value; `undefined` when it is absent. */
  opt(key: string): unknown {
    return read(this.value, key, this.place);
  }

  /** A field's value; `invalid_argument` (`required`) when it is absent. */
  need(key: string): unknown {
    const value = this.opt(key);
    if (value === undefined) fail(this.at(key), "required", {});
    return value;
  }

  str(key: string): string {
    const value = this.need(key);
    return typeof value === "string" ? value : wrongType(this.at(key), value, "a string");
  }

  /** A string, or `undefined` when the field is absent. */
  optStr(key: string): string | undefined {
    const value = this.opt(key);
    if (value === undefined || typeof value === "string") return value;
    return wrongType(this.at(key), value, "a string");
  }

  nullStr(key: string): string | null {
    const value = this.need(key);
    if (value === null || typeof value === "string") return value;
    return wrongType(this.at(key), value, "a string or null");
  }

  num(key: string, min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY): number {
    return number(this.need(key), this.at(key), min, max);
  }

  nullNum(key: string, min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY) {
    const value = this.need(key);
    return value === null ? null : number(value, this.at(key), min, max);
  }

  int(key: string, min: number, max = Number.POSITIVE_INFINITY): number {
    return integer(this.need(key), this.at(key), min, max);
  }

  nullInt(key: string, min: number, max = Number.POSITIVE_INFINITY): number | null {
    const value = this.need(key);
    return value === null ? null : integer(value, this.at(key), min, max);
  }

  bool(key: string): boolean {
    const value = this.need(key);
    return typeof value === "boolean" ? value : wrongType(this.at(key), value, "true or false");
  }

  /** One of a few strings (a status, a code). */
  oneOf<T extends string>(key: string, values: readonly T[]): T {
    const value = this.need(key);
    if (typeof value === "string" && (values as readonly string[]).includes(value)) {
      return value as T;
    }
    const expected = values.map((v) => JSON.stringify(v)).join(" | ");
    return typeof value === "string"
      ? fail(this.at(key), "invalid_value", { expected })
      : wrongType(this.at(key), value, `one of ${expected}`);
  }

  obj(key: string): Fields {
    return Fields.of(this.need(key), this.at(key));
  }

  nullObj(key: string): Fields | null {
    const value = this.need(key);
    return value === null ? null : Fields.of(value, this.at(key));
  }

  list(key: string): List {
    return List.of(this.need(key), this.at(key));
  }

  nullList(key: string): List | null {
    const value = this.need(key);
    return value === null ? null : List.of(value, this.at(key));
  }

  /**
   * The object's own enumerable keys (e.g. the factor ids of a risk profile). For the plain copy
   * of an input only, whose keys can always be read.
   */
  keys(): string[] {
    return Object.keys(this.value);
  }
}

/** An array of the arguments, read item by item with its place. */
export class List {
  private constructor(
    private readonly items: readonly unknown[],
    readonly length: number,
    /** Where the array sits. */
    readonly place: At,
  ) {}

  /** Reads `value` as an array, or throws `invalid_argument`. */
  static of(value: unknown, place: At): List {
    if (!isArray(value, place)) return wrongType(place, value, "an array");
    // The length is read once: a proxy may give another one on every read.
    let length: number;
    try {
      length = value.length;
    } catch {
      return fail(place, "not_json", { reason: "unreadable value" });
    }
    checkLength(length, place);
    return new List(value, length, place);
  }

  /** Calls `visit` with every item and its place. */
  each(visit: (item: unknown, place: At, index: number) => void): void {
    const json = this.items as unknown as Json;
    for (let i = 0; i < this.length; i++) visit(read(json, i, this.place), at(i, this.place), i);
  }

  /** Calls `visit` with every item read as an object. */
  objects(visit: (item: Fields, index: number) => void): void {
    this.each((item, place, i) => visit(Fields.of(item, place), i));
  }

  /** Calls `visit` with every item, each a string, and its place. */
  eachString(visit: (item: string, place: At) => void): void {
    this.each((item, place) => {
      visit(typeof item === "string" ? item : wrongType(place, item, "a string"), place);
    });
  }
}
