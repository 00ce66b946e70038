import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  NODE_LABELS,
  NODE_SPECS,
  RELATIONSHIP_SPECS,
  RELATIONSHIP_TYPES,
  type ElementSpec,
  type NodeLabel,
  type PropertyType,
  type RelationshipType,
} from './model.js';

// The one schema per label and relationship type, derived from graph/model.ts: which properties
// there are, which are required, and of what type (int ranges, enum values, calendar dates). The data
// loader, the mutations' input checks, the backup import (and, through the loader, the scale
// generator) all check properties with it, so a bad value gets the same message everywhere; each
// entry point only puts its own path in front (`input.placedOnMarket: …`, `nodes[3].properties.…`).
//
// Values are plain here: dates as "YYYY-MM-DD", integers as numbers. graphProperties turns checked
// values into Neo4j values.

/** The wording of every property problem, without the path. */
export const PROPERTY_MESSAGES = {
  required: 'is required',
  string: 'must be a non-empty string',
  strings: 'must be a list of strings',
  int: 'must be a whole number',
  intRange: (min?: number, max?: number) => `must be a whole number from ${min ?? '-∞'} to ${max ?? '∞'}`,
  boolean: 'must be true or false',
  date: 'must be a date (YYYY-MM-DD)',
  enum: (values: readonly string[]) => `must be one of ${values.join(', ')}`,
  enums: (values: readonly string[]) => `must be a non-empty list of ${values.join(', ')}`,
  unknown: "is not a property of this kind (graph/README.md lists each kind's properties)",
} as const;

/** A property value as the schemas check it: dates "YYYY-MM-DD", integers numbers. */
export type PlainValue = string | number | boolean | string[];
type PlainProperties = Record<string, PlainValue>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

/** The message for a value of the wrong type: "is required" when there is none. */
const typeError = (message: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? PROPERTY_MESSAGES.required : message),
});

function propertySchema(type: PropertyType): z.ZodType<PlainValue> {
  switch (type.type) {
    case 'string':
      return z.string(typeError(PROPERTY_MESSAGES.string)).min(1, { error: PROPERTY_MESSAGES.string });
    case 'strings':
      return z.array(z.string({ error: PROPERTY_MESSAGES.strings }), typeError(PROPERTY_MESSAGES.strings));
    case 'int': {
      const range = PROPERTY_MESSAGES.intRange(type.min, type.max);
      let schema = z.int(typeError(PROPERTY_MESSAGES.int));
      if (type.min !== undefined) schema = schema.min(type.min, { error: range });
      if (type.max !== undefined) schema = schema.max(type.max, { error: range });
      return schema;
    }
    case 'boolean':
      return z.boolean(typeError(PROPERTY_MESSAGES.boolean));
    case 'date':
      return z.string(typeError(PROPERTY_MESSAGES.date)).refine(isIsoDate, { error: PROPERTY_MESSAGES.date });
    case 'enum':
      return z.enum(type.values as [string, ...string[]], typeError(PROPERTY_MESSAGES.enum(type.values)));
    case 'enums':
      return z
        .array(
          z.enum(type.values as [string, ...string[]], { error: PROPERTY_MESSAGES.enum(type.values) }),
          typeError(PROPERTY_MESSAGES.enums(type.values)),
        )
        .min(1, { error: PROPERTY_MESSAGES.enums(type.values) });
  }
}

const schemasOfSpecs = new WeakMap<ElementSpec, ElementSchema>();

/** The schema of a model spec (NODE_SPECS, RELATIONSHIP_SPECS, or one built on them such as the export's). */
export function schemaOf(spec: ElementSpec): ElementSchema {
  let schema = schemasOfSpecs.get(spec);
  if (!schema) schemasOfSpecs.set(spec, (schema = elementSchema(spec)));
  return schema;
}

function elementSchema(spec: ElementSpec) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, type] of Object.entries(spec.required)) shape[name] = propertySchema(type);
  for (const [name, type] of Object.entries(spec.optional)) shape[name] = propertySchema(type).optional();
  return z.strictObject(shape);
}

export type ElementSchema = ReturnType<typeof elementSchema>;

/** One schema per node label: every property of the model, required ones required, nothing else. */
export const NODE_SCHEMAS = Object.fromEntries(NODE_LABELS.map((label) => [label, schemaOf(NODE_SPECS[label])])) as Record<
  NodeLabel,
  ElementSchema
>;
/** One schema per relationship type. */
export const RELATIONSHIP_SCHEMAS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [type, schemaOf(RELATIONSHIP_SPECS[type])]),
) as Record<RelationshipType, ElementSchema>;

/** One problem of a property map, at a path relative to it (`roles.1`, `placedOnMarket`). */
interface PropertyProblem {
  path: string;
  message: string;
}

export interface PropertyCheck {
  properties: PlainProperties;
  problems: PropertyProblem[];
}

/**
 * Checks a property map against a schema; every problem, with its path. `partial`: required
 * properties may be absent (an update). Absent values (undefined) are left out before checking.
 */
export function checkProperties(
  schema: ElementSchema,
  values: Record<string, unknown>,
  options: { partial?: boolean } = {},
): PropertyCheck {
  const present = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  const result = (options.partial ? schema.partial() : schema).safeParse(present);
  if (result.success) return { properties: result.data as PlainProperties, problems: [] };
  const problems = result.error.issues.flatMap((issue): PropertyProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...issue.path, key].join('.'), message: PROPERTY_MESSAGES.unknown }));
    }
    return [{ path: issue.path.join('.'), message: issue.message }];
  });
  return { properties: {}, problems };
}

export const checkNodeProperties = (label: NodeLabel, values: Record<string, unknown>, options: { partial?: boolean } = {}) =>
  checkProperties(NODE_SCHEMAS[label], values, options);

export type GraphValue = string | boolean | string[] | ReturnType<typeof neo4j.int> | InstanceType<typeof neo4j.types.Date>;

/** Checked properties as Neo4j values: dates as Date, integers as Integer (never floats); null kept (it clears). */
export function graphProperties(spec: ElementSpec, properties: Record<string, PlainValue | null>): Record<string, GraphValue | null> {
  const values: Record<string, GraphValue | null> = {};
  for (const [name, value] of Object.entries(properties)) {
    const type = (spec.required[name] ?? spec.optional[name])?.type;
    if (value !== null && type === 'date') {
      const [year, month, day] = String(value).split('-').map(Number);
      values[name] = new neo4j.types.Date(year!, month!, day!);
    } else if (value !== null && type === 'int') values[name] = neo4j.int(value as number);
    else values[name] = value as GraphValue | null;
  }
  return values;
}

/**
 * Properties the graph derives from others, written by every write path: a control's `codeKey`, its
 * code in lower case, which migration 0009 makes unique, so codes are unique case-insensitively.
 */
const DERIVED_PROPERTIES: Partial<Record<NodeLabel, Record<string, (properties: Record<string, unknown>) => string | null | undefined>>> = {
  Control: { codeKey: (properties) => codeKeyOf(properties.code) },
};

/** The normalised key of a control code; undefined when the code is not being set. */
function codeKeyOf(code: unknown): string | null | undefined {
  if (code === undefined) return undefined;
  return typeof code === 'string' ? code.toLowerCase() : null;
}

/** The properties with the label's derived ones added (those whose source is being set). */
export function withDerivedProperties<T>(label: NodeLabel, properties: Record<string, T>): Record<string, T | string | null> {
  const derived: Record<string, T | string | null> = { ...properties };
  for (const [name, derive] of Object.entries(DERIVED_PROPERTIES[label] ?? {})) {
    const value = derive(properties);
    if (value !== undefined) derived[name] = value;
  }
  return derived;
}

/** Is this a property the graph derives (so a file may carry it, but it is always recomputed)? */
export function isDerivedProperty(label: NodeLabel, name: string): boolean {
  return Object.hasOwn(DERIVED_PROPERTIES[label] ?? {}, name);
}
