import neo4j from 'neo4j-driver';
import { RELATIONSHIP_SPECS, RELATIONSHIP_TYPES, type ElementSpec, type NodeLabel, type RelationshipType } from '../../src/graph/model.js';
import { WRITABLE_LABELS } from '../../src/common/validation.js';
import { ASSESSMENT_LABEL, CLASSIFIED_BY } from '../../src/classification/graph.js';

// The file `pnpm graph:export` writes and `pnpm graph:import` reads (README, "Export and import"):
//
//   { "format": "crosswalk-export", "version": 2, "exportedAt": "<ISO date-time>",
//     "source": { "crosswalkVersion", "neo4j", "database" },
//     "counts": { "nodes": { "<label>": n }, "relationships": { "<type>": n } },
//     "nodes": [{ "label": "Owner", "id": "owner:ines-duarte", "extraLabels": ["Person"], "properties": { … } }],
//     "relationships": [{ "type": "SATISFIES", "from": "control:GOV-01", "to": "iso42001:5.2", "properties": { … } }] }
//
// Nodes are the organisation's side (graph/README.md) plus every node labelled AuditEvent,
// Amendment (an amending act recorded in force, applicability/amendment.ts) or ClassificationAssessment
// (a saved classification, classification/assessments.ts); node properties leave out `id`, which is
// beside them. Relationships are every one of the model with an organisation node at one end (the
// other end is an organisation node or, for SATISFIES, a provision or obligation, referred to by id),
// plus each assessment's (:AISystem)-[:CLASSIFIED_BY]->(:ClassificationAssessment), without
// properties. An assessment is `assessment:<id>` with exactly assessedAt (a date-time), assessedBy,
// and answers and result (JSON text), and exactly one CLASSIFIED_BY in the file from its system.
// Reference data itself is not in the file. Audit events' relationships are not in the model yet, so
// they are not carried (the export reports any it skips).
//
// Values stay typed: strings, booleans and lists of them are plain JSON; integers are JSON numbers
// ({"$int": "<digits>"} beyond 2^53); floats {"$float": n}; Neo4j dates {"$date": "2026-01-02"},
// date-times {"$datetime": "2026-01-02T03:04:05.123000000Z"} (offset or [zone id] kept), local
// date-times {"$localdatetime": "2026-01-02T03:04:05"}; lists hold values encoded the same way.

export const EXPORT_FORMAT = 'crosswalk-export';
/**
 * Version 2 (issue 10): AISystem nodes carry deployerIsPublicAuthority, deployerIsPublicServiceBody and
 * intendedForPublicAuthorities instead of publicAuthority, and Amendment nodes are carried, as are
 * classification assessments with their CLASSIFIED_BY links (added within version 2: a file written
 * before simply has none). Version 1 files are still read (upgrade.ts).
 */
export const EXPORT_VERSION = 2;

/**
 * Labels whose nodes are exported: the organisation's, then audit events and amendment records (both
 * outside the model, so their properties are any typed values), then classification assessments
 * (outside the model too, with the properties assessments.ts writes: ASSESSMENT_PROPERTIES).
 */
export const AUDIT_EVENT_LABEL = 'AuditEvent';
export const AMENDMENT_LABEL = 'Amendment';
const ORGANISATION_LABELS = [...WRITABLE_LABELS] as const;
type OrganisationLabel = (typeof ORGANISATION_LABELS)[number];
export type ExportLabel = OrganisationLabel | typeof AUDIT_EVENT_LABEL | typeof AMENDMENT_LABEL | typeof ASSESSMENT_LABEL;
export const EXPORT_LABELS: readonly ExportLabel[] = [...ORGANISATION_LABELS, AUDIT_EVENT_LABEL, AMENDMENT_LABEL, ASSESSMENT_LABEL];

/** What assessments.ts writes on every assessment, all required: answers and result are JSON text. */
export const ASSESSMENT_PROPERTIES = { assessedAt: 'datetime', assessedBy: 'string', answers: 'json list', result: 'json object' } as const;

function isOrganisationLabel(label: NodeLabel): label is OrganisationLabel {
  return (ORGANISATION_LABELS as readonly string[]).includes(label);
}

// The link from an AI system to each of its assessments is outside the model like the assessment.
export type ExportRelationshipType = RelationshipType | typeof CLASSIFIED_BY;
/** A label at either end of an exported relationship: the model's, or the assessment's. */
export type EndLabel = NodeLabel | typeof ASSESSMENT_LABEL;

/** One (type, start label, end label) the export carries. */
export interface RelationshipKind {
  type: ExportRelationshipType;
  from: EndLabel;
  to: EndLabel;
}

/**
 * Every relationship the export carries: those of the model's closed list (graph/model.ts) with an
 * organisation end, then CLASSIFIED_BY.
 */
export const EXPORTED_RELATIONSHIPS: readonly RelationshipKind[] = [
  ...RELATIONSHIP_TYPES.flatMap((type) => {
    const spec = RELATIONSHIP_SPECS[type];
    return spec.from.flatMap((from) =>
      spec.to.filter((to) => isOrganisationLabel(from) || isOrganisationLabel(to)).map((to) => ({ type, from, to })),
    );
  }),
  { type: CLASSIFIED_BY, from: 'AISystem', to: ASSESSMENT_LABEL },
];

/** The properties each exported relationship type may carry: the model's, and none on CLASSIFIED_BY. */
export const EXPORTED_RELATIONSHIP_SPECS: Record<ExportRelationshipType, ElementSpec> = {
  ...RELATIONSHIP_SPECS,
  [CLASSIFIED_BY]: { required: {}, optional: {} },
};

/** Properties every organisation node and relationship may carry besides the model's own (graph/README.md, "Conventions"). */
export const BOOKKEEPING_PROPERTIES = { createdAt: 'datetime', updatedAt: 'datetime', loadedFrom: 'string' } as const;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type EncodedProperties = Record<string, JsonValue>;

export interface ExportedNode {
  label: ExportLabel;
  id: string;
  /** Labels besides `label` (an owner's Person or Team); left out when there are none. */
  extraLabels?: string[];
  properties: EncodedProperties;
}

export interface ExportedRelationship {
  type: ExportRelationshipType;
  from: string;
  to: string;
  properties: EncodedProperties;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  source?: { crosswalkVersion?: string; neo4j?: string; database?: string };
  counts: { nodes: Record<string, number>; relationships: Record<string, number> };
  nodes: ExportedNode[];
  relationships: ExportedRelationship[];
}

/** A value that has no lossless encoding here (a point, a duration, bytes). */
export class UnsupportedValueError extends Error {}

/** A Neo4j property value as typed JSON (see the format above). */
export function encodeValue(value: unknown): JsonValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : { $int: value.toString() };
  if (typeof value === 'number') return { $float: Number.isFinite(value) ? value : String(value) };
  if (neo4j.isDate(value)) return { $date: value.toString() };
  if (neo4j.isDateTime(value)) return { $datetime: value.toString() };
  if (neo4j.isLocalDateTime(value)) return { $localdatetime: value.toString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  throw new UnsupportedValueError(`cannot export a value of this type (${Object.prototype.toString.call(value)})`);
}

export function encodeProperties(properties: Record<string, unknown>): EncodedProperties {
  const encoded: EncodedProperties = {};
  for (const name of Object.keys(properties).sort()) encoded[name] = encodeValue(properties[name]);
  return encoded;
}

const DATE = /^(-?\d{4,})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;
const DATE_TIME = /^(-?\d{4,}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?)(Z|[+-]\d{2}:\d{2}(?::\d{2})?)?(?:\[([^\]]+)\])?$/;

function parseDate(text: string): [number, number, number] | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(2000, month - 1, day));
  check.setUTCFullYear(year);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return [year, month, day];
}

function parseTime(text: string): [number, number, number, number] | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return [hour, minute, second, Number((match[4] ?? '').padEnd(9, '0'))];
}

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const [hours, minutes, seconds] = text.slice(1).split(':').map(Number);
  return sign * ((hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0));
}

export type DecodedValue =
  | string
  | boolean
  | ReturnType<typeof neo4j.int>
  | number
  | InstanceType<typeof neo4j.types.Date>
  | InstanceType<typeof neo4j.types.DateTime>
  | InstanceType<typeof neo4j.types.LocalDateTime>
  | DecodedValue[];

/** What a typed JSON value is, for messages and model checks; null when it is not a valid encoding. */
export type ValueKind = 'string' | 'boolean' | 'int' | 'float' | 'date' | 'datetime' | 'localdatetime' | 'list';

/**
 * Decodes a typed JSON value back to the Neo4j value it was exported from; a string saying what is
 * wrong when it is not a value of the format.
 */
export function decodeValue(value: unknown): { kind: ValueKind; value: DecodedValue } | string {
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) return `${value} is not a whole number (floats are written {"$float": n})`;
    return { kind: 'int', value: neo4j.int(value) };
  }
  if (Array.isArray(value)) {
    const items: DecodedValue[] = [];
    let itemKind: ValueKind | undefined;
    for (const [index, item] of value.entries()) {
      if (Array.isArray(item)) return `item ${index} is a list; lists of lists are not property values`;
      const decoded = decodeValue(item);
      if (typeof decoded === 'string') return `item ${index}: ${decoded}`;
      // Neo4j stores only lists whose items are all of one type.
      if (itemKind !== undefined && decoded.kind !== itemKind)
        return `item ${index} is of type ${decoded.kind}, item 0 of type ${itemKind}; a list holds one type`;
      itemKind = decoded.kind;
      items.push(decoded.value);
    }
    return { kind: 'list', value: items };
  }
  if (typeof value !== 'object' || value === null) return `${JSON.stringify(value)} is not a property value`;
  const keys = Object.keys(value);
  const tagged = value as Record<string, unknown>;
  if (keys.length !== 1)
    return `an object value has exactly one key ($int, $float, $date, $datetime or $localdatetime), got ${JSON.stringify(keys)}`;
  const text = tagged[keys[0]!];
  switch (keys[0]) {
    case '$int':
      if (typeof text !== 'string' || !/^-?\d{1,19}$/.test(text)) return '$int holds an integer as a string of digits';
      return { kind: 'int', value: neo4j.int(text) };
    case '$float':
      if (typeof text === 'number') return { kind: 'float', value: text };
      if (text === 'NaN' || text === 'Infinity' || text === '-Infinity') return { kind: 'float', value: Number(text) };
      return '$float holds a number';
    case '$date': {
      const date = typeof text === 'string' ? parseDate(text) : undefined;
      if (!date) return `$date holds a calendar date YYYY-MM-DD, got ${JSON.stringify(text)}`;
      return { kind: 'date', value: new neo4j.types.Date(...date) };
    }
    case '$datetime':
    case '$localdatetime': {
      const match = typeof text === 'string' ? DATE_TIME.exec(text) : null;
      const date = match ? parseDate(match[1]!) : undefined;
      const time = match ? parseTime(match[2]!) : undefined;
      const local = keys[0] === '$localdatetime';
      const zoned = Boolean(match?.[3] ?? match?.[4]);
      if (!match || !date || !time || zoned === local) {
        return local
          ? `$localdatetime holds YYYY-MM-DDTHH:MM:SS[.fraction] without a zone, got ${JSON.stringify(text)}`
          : `$datetime holds YYYY-MM-DDTHH:MM:SS[.fraction] with Z, an offset or a [zone id], got ${JSON.stringify(text)}`;
      }
      if (local) return { kind: 'localdatetime', value: new neo4j.types.LocalDateTime(...date, ...time) };
      const zoneId = match[4];
      const offset = match[3] === undefined ? undefined : parseOffset(match[3]);
      return {
        kind: 'datetime',
        value: zoneId ? new neo4j.types.DateTime(...date, ...time, undefined, zoneId) : new neo4j.types.DateTime(...date, ...time, offset),
      };
    }
    default:
      return `unknown value tag ${JSON.stringify(keys[0])} (expected $int, $float, $date, $datetime or $localdatetime)`;
  }
}
