import { LAYOUTS, type LayoutName } from './vocabulary.js';

// The pieces every view's URL state is made of, each read and written one way: ids and lists
// (repeated parameters), a value from a closed list, flags, bounded numbers, dates, the layout.
// A view names each of its fields' parameter once (viewUrlState), and reading, writing and the
// fresh view's value all follow from it. Readers never throw: an unknown or malformed value reads
// as absent. Writers leave defaults out.

/** One field of a view's URL state: its value in a fresh view, and how it is read and written. */
export interface UrlParam<T> {
  /** The fresh view's value; undefined keeps an optional field out of the state. */
  fallback: T;
  read(params: URLSearchParams): T;
  write(params: URLSearchParams, value: T): void;
}

/** A subject, focus or owner: a non-empty text, else null. */
export const textParam = (name: string): UrlParam<string | null> => ({
  fallback: null,
  read: (params) => params.get(name) || null,
  write: (params, value) => {
    if (value) params.set(name, value);
  },
});

const writeList = (name: string) => (params: URLSearchParams, values: readonly string[]) => {
  for (const value of values) params.append(name, value);
};

/** Repeated ids, once each, in order; empty or over-long ones dropped. */
export const idsParam = (name: string): UrlParam<string[]> => ({
  fallback: [],
  read: (params) => [...new Set(params.getAll(name).filter((value) => value.length > 0 && value.length <= 300))],
  write: writeList(name),
});

const isOneOf = <T extends string>(allowed: readonly T[], value: string | null): value is T =>
  value !== null && (allowed as readonly string[]).includes(value);

/** Repeated values from a closed list, once each, in order. */
export const listParam = <T extends string>(name: string, allowed: readonly T[]): UrlParam<T[]> => ({
  fallback: [],
  read: (params) => [...new Set(params.getAll(name).filter((value): value is T => isOneOf(allowed, value)))],
  write: writeList(name),
});

/** One value from a closed list, else null. */
export const readOneOf = <T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | null => {
  const value = params.get(name);
  return isOneOf(allowed, value) ? value : null;
};

const readFlag = (params: URLSearchParams, name: string): boolean => params.get(name) === '1';

const writeFlag = (name: string) => (params: URLSearchParams, on: boolean | undefined) => {
  if (on) params.set(name, '1');
};

/** A flag: "1" is on, anything else off. */
export const flagParam = (name: string): UrlParam<boolean> => ({
  fallback: false,
  read: (params) => readFlag(params, name),
  write: writeFlag(name),
});

/** A flag kept out of the state when off, so a parsed state equals one written without it. */
export const optionalFlagParam = (name: string): UrlParam<boolean | undefined> => ({
  fallback: undefined,
  read: (params) => (readFlag(params, name) ? true : undefined),
  write: writeFlag(name),
});

/** A whole number within [1, max] other than the default; absent otherwise (defaults stay out of the URL). */
export const boundedIntParam = (name: string, max: number, byDefault: number): UrlParam<number | undefined> => ({
  fallback: undefined,
  read: (params) => {
    const value = params.get(name);
    if (value === null || !/^\d{1,4}$/.test(value)) return undefined;
    const number = Number(value);
    return number >= 1 && number <= max && number !== byDefault ? number : undefined;
  },
  write: (params, value) => {
    if (value !== undefined && value !== byDefault) params.set(name, String(value));
  },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A day as YYYY-MM-DD that exists, else null. */
export const dateParam = (name: string): UrlParam<string | null> => ({
  fallback: null,
  read: (params) => {
    const value = params.get(name);
    return value !== null && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
  },
  write: textParam(name).write,
});

/** The canvas layout, the view's own default when absent or unknown. */
export const layoutParam = (byDefault: LayoutName): UrlParam<LayoutName> => ({
  fallback: byDefault,
  read: (params) => readOneOf(params, 'layout', LAYOUTS) ?? byDefault,
  write: (params, layout) => {
    if (layout !== byDefault) params.set('layout', layout);
  },
});

/** One view's URL state: its own fields, read from and written to the query string. */
export interface ViewUrlState<State> {
  /** The fields of a fresh view. */
  defaults: State;
  parse(params: URLSearchParams): State;
  format(state: State, params: URLSearchParams): void;
}

/**
 * A view's URL state from the parameter of each of its fields, in the order the URL lists them.
 * Optional fields that read as undefined stay out of the state, so a parsed state equals one made
 * without them.
 */
export function viewUrlState<State extends object>(fields: { [Key in keyof State]-?: UrlParam<State[Key]> }): ViewUrlState<State> {
  const entries = Object.entries(fields) as [keyof State & string, UrlParam<unknown>][];
  const stateOf = (value: (param: UrlParam<unknown>) => unknown) =>
    Object.fromEntries(
      entries.flatMap(([key, param]) => {
        const fieldValue = value(param);
        return fieldValue === undefined ? [] : [[key, fieldValue]];
      }),
    ) as State;
  return {
    defaults: stateOf((param) => param.fallback),
    parse: (params) => stateOf((param) => param.read(params)),
    format: (state, params) => {
      for (const [key, param] of entries) param.write(params, state[key]);
    },
  };
}
