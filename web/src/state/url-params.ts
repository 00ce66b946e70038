import { LAYOUTS, type LayoutName } from './vocabulary.js';

// The pieces every view's URL state is made of, each read and written one way: ids and lists
// (repeated parameters), a value from a closed list, flags, bounded numbers, dates, the layout.
// Readers never throw: an unknown or malformed value reads as absent. Writers leave defaults out.

/** A subject, focus or owner: a non-empty text, else null. */
export const readText = (params: URLSearchParams, name: string): string | null => params.get(name) || null;

export const writeText = (params: URLSearchParams, name: string, value: string | null): void => {
  if (value) params.set(name, value);
};

/** Repeated ids, once each, in order; empty or over-long ones dropped. */
export const readIds = (params: URLSearchParams, name: string): string[] => [
  ...new Set(params.getAll(name).filter((value) => value.length > 0 && value.length <= 300)),
];

/** Repeated values from a closed list, once each, in order. */
export const readList = <T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] => [
  ...new Set(params.getAll(name).filter((value): value is T => (allowed as readonly string[]).includes(value))),
];

export const writeList = (params: URLSearchParams, name: string, values: readonly string[]): void => {
  for (const value of values) params.append(name, value);
};

/** One value from a closed list, else null. */
export const readOneOf = <T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | null => {
  const value = params.get(name);
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
};

/** A flag: "1" is on, anything else off. */
export const readFlag = (params: URLSearchParams, name: string): boolean => params.get(name) === '1';

export const writeFlag = (params: URLSearchParams, name: string, on: boolean | undefined): void => {
  if (on) params.set(name, '1');
};

/** A flag kept out of the state when off, so a parsed state equals one written without it. */
export const readOptionalFlag = <K extends string>(params: URLSearchParams, name: string, key: K): Partial<Record<K, true>> =>
  readFlag(params, name) ? ({ [key]: true } as Record<K, true>) : {};

/** A whole number within [1, max] other than the default, under `key`; absent otherwise (defaults stay out of the URL). */
export const readBoundedInt = <K extends string>(
  params: URLSearchParams,
  name: string,
  key: K,
  max: number,
  fallback: number,
): Partial<Record<K, number>> => {
  const value = params.get(name);
  if (value === null || !/^\d{1,4}$/.test(value)) return {};
  const number = Number(value);
  return number >= 1 && number <= max && number !== fallback ? ({ [key]: number } as Record<K, number>) : {};
};

export const writeBoundedInt = (params: URLSearchParams, name: string, value: number | undefined, fallback: number): void => {
  if (value !== undefined && value !== fallback) params.set(name, String(value));
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A day as YYYY-MM-DD that exists, else null. */
export const readDate = (params: URLSearchParams, name: string): string | null => {
  const value = params.get(name);
  return value !== null && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
};

/** The canvas layout, the view's own default when absent or unknown. */
export const readLayout = (params: URLSearchParams, fallback: LayoutName): LayoutName => readOneOf(params, 'layout', LAYOUTS) ?? fallback;

export const writeLayout = (params: URLSearchParams, layout: LayoutName, fallback: LayoutName): void => {
  if (layout !== fallback) params.set('layout', layout);
};

/** One view's URL state: its own fields, read from and written to the query string. */
export interface ViewUrlState<State> {
  /** The fields of a fresh view. */
  defaults: State;
  parse(params: URLSearchParams): State;
  format(state: State, params: URLSearchParams): void;
}
