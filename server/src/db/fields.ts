// Readers for the values of a row (already plain JavaScript: db/values.ts). A data-layer module
// states a row's shape with these instead of a cast, so a query whose RETURN drifts from the type
// fails loudly at the read, not later as an `undefined` deep inside an answer.

/** A row's value was not what its query returns: a bug in the data layer, never bad input. */
function unexpected(what: string, expected: string, value: unknown): Error {
  const found = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
  return new Error(`row value ${what}: expected ${expected}, found ${found}`);
}

export function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw unexpected(what, 'text', value);
  return value;
}

/** Text, or null for a property the node does not have. */
export function optionalText(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : text(value, what);
}

export function integer(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw unexpected(what, 'an integer', value);
  return value;
}

/** A number, or null for a property the relationship does not have. */
export function optionalNumber(value: unknown, what: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number') throw unexpected(what, 'a number', value);
  return value;
}

export function flag(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw unexpected(what, 'a boolean', value);
  return value;
}

/** A map (a Cypher map, or a node's properties): its keys to their values, each still to be read. */
export function fields(value: unknown, what: string): Record<string, unknown> {
  if (!isMap(value)) throw unexpected(what, 'a map', value);
  return value;
}

// Every non-list object toPlain returns is a plain key → value map, so this check is exact.
function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list whose every item `item` reads. */
export function list<T>(value: unknown, what: string, item: (value: unknown, what: string) => T): T[] {
  if (!Array.isArray(value)) throw unexpected(what, 'a list', value);
  return value.map((each: unknown, index) => item(each, `${what}[${index}]`));
}

export const texts = (value: unknown, what: string): string[] => list(value, what, text);
