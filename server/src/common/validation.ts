import { NODE_SPECS, labelOfId, type NodeLabel, type PropertyType } from '../graph/model.js';
import { PROPERTY_MESSAGES, checkNodeProperties, withDerivedProperties } from '../graph/schemas.js';
import { badUserInput } from './errors.js';

// Input checks for the write side. They are pure (no database), run before a transaction opens, and
// throw BAD_USER_INPUT naming the offending field as a dotted path (`input.name`, `modelIds.2`).

/** The organisation's labels: the only ones the API writes. Act and ISO content is read-only. */
export const WRITABLE_LABELS = ['AISystem', 'Model', 'Vendor', 'Owner', 'Control', 'Evidence'] as const;
export type WritableLabel = (typeof WRITABLE_LABELS)[number];

export function isWritableLabel(label: NodeLabel): label is WritableLabel {
  return (WRITABLE_LABELS as readonly string[]).includes(label);
}

/** The id prefix of each writable label (graph/README.md, id formats). */
export const ID_PREFIXES: Record<WritableLabel, string> = {
  AISystem: 'system',
  Model: 'model',
  Vendor: 'vendor',
  Owner: 'owner',
  Control: 'control',
  Evidence: 'evidence',
};

/** How messages name a kind of node. */
export const KIND_NAMES: Record<NodeLabel, string> = {
  Framework: 'framework',
  Provision: 'provision',
  Obligation: 'obligation',
  Milestone: 'milestone',
  LegislativeNote: 'legislative note',
  AISystem: 'AI system',
  Model: 'model',
  Vendor: 'vendor',
  Owner: 'owner',
  Control: 'control',
  Evidence: 'evidence item',
};

/** Longest text a property takes; other text properties take DEFAULT_MAX_LENGTH. */
const MAX_LENGTHS: Record<string, number> = {
  name: 200,
  title: 200,
  code: 40,
  version: 100,
  category: 200,
  jobTitle: 200,
  email: 254,
  contractRef: 200,
  description: 10_000,
  intendedPurpose: 10_000,
  reviewReason: 10_000,
};
const DEFAULT_MAX_LENGTH = 2_000;
export const MAX_RATIONALE_LENGTH = 10_000;
/** Most ids one relationship mutation takes. */
const MAX_IDS = 500;

/** Text properties with a required shape. */
const FORMATS: Record<string, { pattern: RegExp; hint: string; normalise?: (text: string) => string }> = {
  // A control's code goes into its id (control:<code>), so it keeps to id characters.
  code: { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, hint: 'letters, digits, ".", "_" and "-", starting with a letter or digit' },
  email: { pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, hint: 'an e-mail address such as name@example.com' },
  country: { pattern: /^[A-Z]{2}$/, hint: 'an ISO 3166 alpha-2 code such as NL', normalise: (text) => text.toUpperCase() },
};

const ID_BODY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;

export type PropertyValues = Record<string, unknown>;

/**
 * Checks one node's input and returns the properties to write. Types and required properties come
 * from the label's schema (graph/schemas.ts), as for data files and imports; the write side adds its
 * own rules first: text trimmed (empty optional text clears), lengths and formats, lists de-duplicated
 * (empty optional lists clear). On create every required property must be there; on update absent
 * fields are left out, null clears an optional property and may not clear a required one. A control
 * gets its codeKey whenever its code is set.
 */
export function propertiesFromInput(label: WritableLabel, input: PropertyValues, mode: 'create' | 'update'): PropertyValues {
  const spec = NODE_SPECS[label];
  const values: PropertyValues = {};
  const cleared: PropertyValues = {};
  for (const [name, raw] of Object.entries(input)) {
    if (raw === undefined || (name === 'id' && mode === 'create')) continue;
    const field = `input.${name}`;
    const required = name in spec.required;
    const type = spec.required[name] ?? spec.optional[name];
    if (!type) throw badUserInput(`${field}: ${PROPERTY_MESSAGES.unknown}`, field);
    const value = raw === null ? null : tidied(name, type, raw, field, required);
    if (value === null && required) throw badUserInput(`${field}: ${PROPERTY_MESSAGES.required}`, field);
    if (value === null) cleared[name] = null;
    else values[name] = value;
  }
  const { properties, problems } = checkNodeProperties(label, values, { partial: mode === 'update' });
  const problem = problems[0];
  if (problem) throw badUserInput(`input.${problem.path}: ${problem.message}`, `input.${problem.path}`);
  return withDerivedProperties(label, { ...properties, ...cleared });
}

/**
 * The write side's rules for one value before its type is checked: text trimmed, within its length
 * and format, lists without duplicates; null when it clears. Values of the wrong type pass unchanged,
 * for the schema to name.
 */
function tidied(name: string, type: PropertyType, raw: unknown, field: string, required: boolean): unknown {
  switch (type.type) {
    case 'string':
      return typeof raw === 'string' ? (text(name, raw, field) ?? (required ? '' : null)) : raw;
    case 'strings': {
      if (!Array.isArray(raw)) return raw;
      const items = (raw as unknown[]).map((item, index) => (typeof item === 'string' ? text(name, item, `${field}.${index}`) : item));
      const present = [...new Set(items.filter((item) => item !== null))];
      return present.length > 0 ? present : null;
    }
    case 'enums':
      if (!Array.isArray(raw)) return raw;
      return raw.length > 0 ? [...new Set(raw)] : null;
    default:
      return raw;
  }
}

/** Trimmed text within its length and format; null when nothing is left. */
function text(name: string, raw: string, field: string): string | null {
  const format = FORMATS[name];
  const trimmed = format?.normalise ? format.normalise(raw.trim()) : raw.trim();
  if (trimmed === '') return null;
  checkLength(name, trimmed, MAX_LENGTHS[name] ?? DEFAULT_MAX_LENGTH, field);
  if (format && !format.pattern.test(trimmed)) throw badUserInput(`${field}: must be ${format.hint}`, field);
  return trimmed;
}

// Half of a surrogate pair without the other half: no character at all, which Neo4j would store as U+FFFD.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Text is stored exactly as sent, so it must be well-formed Unicode; its length counts characters, not UTF-16 units. */
export function checkLength(name: string, text: string, max: number, field: string): void {
  if (LONE_SURROGATE.test(text))
    throw badUserInput(`${name} holds a lone UTF-16 surrogate, which is no character; send well-formed Unicode.`, field);
  const length = [...text].length;
  if (length > max) throw badUserInput(`${name} is ${length} characters long; at most ${max} are allowed.`, field);
}

/** Required text (a rationale): trimmed, not empty, not longer than `max`. */
export function requiredText(name: string, raw: string, max: number, field = name): string {
  const trimmed = raw.trim();
  if (trimmed === '') throw badUserInput(`${name} must not be empty.`, field);
  checkLength(name, trimmed, max, field);
  return trimmed;
}

/** A strength on the crosswalk scale: a whole number from 1 to 10. */
export function checkStrength(strength: number, field = 'strength'): number {
  if (!Number.isInteger(strength) || strength < 1 || strength > 10) {
    throw badUserInput(`strength must be a whole number from 1 to 10; got ${strength}.`, field);
  }
  return strength;
}

/** The label of an id, which must be one of `labels`; else BAD_USER_INPUT naming the field. */
export function labelOfIdAmong<L extends NodeLabel>(id: string, labels: readonly L[], field: string): L {
  const label = labelOfId(id);
  if (!(labels as readonly NodeLabel[]).includes(label)) {
    const wanted = labels.map(labelArticle).join(' or ');
    throw badUserInput(`"${id}" is ${labelArticle(label)} id; ${field} takes ${wanted}.`, field);
  }
  return label as L;
}

/** "an AI system", "a model". */
export function labelArticle(label: NodeLabel): string {
  const name = KIND_NAMES[label];
  return `${/^[aeiouAEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
}

/** A list of ids of one kind: at most MAX_IDS, each of that kind, duplicates dropped. */
export function idsOfKind(ids: readonly string[], label: NodeLabel, field: string): string[] {
  if (ids.length > MAX_IDS) throw badUserInput(`At most ${MAX_IDS} ids at a time.`, field);
  ids.forEach((id, index) => labelOfIdAmong(id, [label], `${field}.${index}`));
  return [...new Set(ids)];
}

/** An id given for a new node: the label's prefix, then id characters. */
export function checkNewId(label: WritableLabel, id: string, field = 'input.id'): string {
  const prefix = `${ID_PREFIXES[label]}:`;
  const trimmed = id.trim();
  if (!trimmed.startsWith(prefix) || !ID_BODY.test(trimmed.slice(prefix.length))) {
    throw badUserInput(
      `A new ${KIND_NAMES[label]}'s id is "${prefix}" followed by up to 120 letters, digits, ".", "_" or "-"; got ${JSON.stringify(id)}.`,
      field,
    );
  }
  return trimmed;
}

/** A readable slug of a name for generated ids: "Lumen Score v4" → "lumen-score-v4". */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'unnamed';
}
