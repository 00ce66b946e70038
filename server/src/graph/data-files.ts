import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import {
  EXTRA_LABELS,
  NODE_SPECS,
  RELATIONSHIP_SPECS,
  isNodeLabel,
  isRelationshipType,
  labelOfId,
  type ElementSpec,
  type NodeLabel,
  type RelationshipType,
} from './model.js';
import { NODE_SCHEMAS, RELATIONSHIP_SCHEMAS, checkProperties, graphProperties, withDerivedProperties } from './schemas.js';

/** A data file that cannot be loaded; names the file and the record so a person can fix it. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly record: string,
    problem: string,
  ) {
    super(`${file}: ${record}: ${problem}`);
    this.name = 'DataFileError';
  }
}

type Neo4jValue = string | boolean | string[] | ReturnType<typeof neo4j.int> | InstanceType<typeof neo4j.types.Date>;

export interface NodeRecord {
  label: NodeLabel;
  extraLabel?: string;
  id: string;
  properties: Record<string, Neo4jValue>;
}

export interface RelationshipRecord {
  type: RelationshipType;
  from: string;
  to: string;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  properties: Record<string, Neo4jValue>;
}

export interface DataFile {
  /** Path relative to graph/data, e.g. `reference/eu-ai-act.json`; the DataLoad id. */
  name: string;
  checksum: string;
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}

const RELATIVE_DATE = /^today([+-])(\d{1,5})d$/;

/** The day relative dates (`today+14d`) are resolved against, in UTC. */
export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** `today+14d` as the day it means (YYYY-MM-DD), or undefined when the text is not a relative date. */
function resolveRelativeDate(value: string, today: Date): string | undefined {
  const relative = RELATIVE_DATE.exec(value);
  if (!relative) return undefined;
  const days = Number(relative[2]) * (relative[1] === '-' ? -1 : 1);
  return isoDay(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days)));
}

/**
 * One record's properties through the label's (or type's) schema, relative dates resolved first;
 * the first problem stops the file, named by its property.
 */
function convertProperties(
  record: Record<string, unknown>,
  reserved: readonly string[],
  spec: ElementSpec,
  schema: (typeof NODE_SCHEMAS)[NodeLabel],
  today: Date,
  fail: (problem: string) => never,
): { properties: Record<string, Neo4jValue>; relative: boolean } {
  let relative = false;
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) {
    // null stands for "not set" in a data file.
    if (reserved.includes(name) || value === null) continue;
    const type = spec.required[name] ?? spec.optional[name];
    const resolved = type?.type === 'date' && typeof value === 'string' ? resolveRelativeDate(value, today) : undefined;
    relative ||= resolved !== undefined;
    values[name] = resolved ?? value;
  }
  const { properties, problems } = checkProperties(schema, values);
  const problem = problems[0];
  if (problem) fail(`${problem.path}: ${problem.message}`);
  return { properties: graphProperties(spec, properties) as Record<string, Neo4jValue>, relative };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses and validates one data file. `knownIds` holds the ids of earlier files (and receives this
 * file's), so a relationship may point at them; anything else is a dangling reference.
 */
export function parseDataFile(name: string, text: string, knownIds: Map<string, NodeLabel>, today: Date): DataFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataFileError(name, 'file', `is not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(json)) throw new DataFileError(name, 'file', 'must hold a JSON object with "nodes" and "relationships"');
  const rawNodes = json.nodes ?? [];
  const rawRelationships = json.relationships ?? [];
  if (!Array.isArray(rawNodes)) throw new DataFileError(name, 'file', '"nodes" must be a list');
  if (!Array.isArray(rawRelationships)) throw new DataFileError(name, 'file', '"relationships" must be a list');

  let relativeDates = false;
  const nodes: NodeRecord[] = rawNodes.map((raw: unknown, index) => {
    const where = isObject(raw) && typeof raw.id === 'string' ? `nodes[${index}] (${raw.id})` : `nodes[${index}]`;
    const fail = (problem: string): never => {
      throw new DataFileError(name, where, problem);
    };
    if (!isObject(raw)) return fail('must be an object');
    if (typeof raw.id !== 'string' || raw.id.trim() === '') return fail('missing id');
    if (!isNodeLabel(raw.label)) return fail(`unknown label ${JSON.stringify(raw.label)}`);
    const label = raw.label;
    if (labelOfId(raw.id) !== label) fail(`id "${raw.id}" does not have the id format of a ${label} (graph/README.md)`);
    if (knownIds.has(raw.id)) fail(`duplicate id "${raw.id}"`);
    if (label === 'Provision') {
      const frameworkId = raw.id.slice(0, raw.id.indexOf(':'));
      if (knownIds.get(frameworkId) !== 'Framework') fail(`id "${raw.id}" names no framework loaded before it`);
    }
    const converted = convertProperties(raw, ['id', 'label'], NODE_SPECS[label], NODE_SCHEMAS[label], today, fail);
    relativeDates ||= converted.relative;
    knownIds.set(raw.id, label);
    const extra = EXTRA_LABELS[label];
    const extraLabel = extra ? extra.labels[String(raw[extra.property])] : undefined;
    const properties = withDerivedProperties(label, { ...converted.properties, id: raw.id }) as Record<string, Neo4jValue>;
    return { label, id: raw.id, properties, ...(extraLabel ? { extraLabel } : {}) };
  });

  const seenRelationships = new Set<string>();
  const relationships: RelationshipRecord[] = rawRelationships.map((raw: unknown, index) => {
    const where =
      isObject(raw) && typeof raw.type === 'string'
        ? `relationships[${index}] (${String(raw.from)} -${raw.type}-> ${String(raw.to)})`
        : `relationships[${index}]`;
    const fail = (problem: string): never => {
      throw new DataFileError(name, where, problem);
    };
    if (!isObject(raw)) return fail('must be an object');
    if (!isRelationshipType(raw.type)) return fail(`unknown relationship type ${JSON.stringify(raw.type)}`);
    const spec = RELATIONSHIP_SPECS[raw.type];
    if (typeof raw.from !== 'string' || typeof raw.to !== 'string') return fail('needs "from" and "to" ids');
    const fromLabel = knownIds.get(raw.from);
    const toLabel = knownIds.get(raw.to);
    if (!fromLabel) return fail(`dangling reference: "from" id "${raw.from}" is not defined in this or an earlier file`);
    if (!toLabel) return fail(`dangling reference: "to" id "${raw.to}" is not defined in this or an earlier file`);
    if (!spec.from.includes(fromLabel) || !spec.to.includes(toLabel)) fail(`${raw.type} cannot go from a ${fromLabel} to a ${toLabel}`);
    const key = `${raw.from}|${raw.type}|${raw.to}`;
    if (seenRelationships.has(key)) fail('duplicate relationship');
    seenRelationships.add(key);
    const converted = convertProperties(raw, ['type', 'from', 'to'], spec, RELATIONSHIP_SCHEMAS[raw.type], today, fail);
    relativeDates ||= converted.relative;
    return { type: raw.type, from: raw.from, to: raw.to, fromLabel, toLabel, properties: converted.properties };
  });

  // Files with relative dates are re-anchored when the day changes, so the checksum includes the day.
  const checksum = createHash('sha256')
    .update(text)
    .update(relativeDates ? isoDay(today) : '')
    .digest('hex');
  return { name, checksum, nodes, relationships };
}

interface Manifest {
  files: string[];
}

/** Reads graph/data/manifest.json and every file it lists, validating all before anything is written. */
export async function readDataFiles(dataDir: string, today: Date, files?: string[]): Promise<DataFile[]> {
  let names = files;
  if (!names) {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
    } catch (error) {
      throw new DataFileError('manifest.json', 'file', `cannot be read from ${dataDir} (${(error as Error).message})`);
    }
    if (!Array.isArray(manifest.files) || !manifest.files.every((file) => typeof file === 'string'))
      throw new DataFileError('manifest.json', 'files', 'must be a list of data file paths');
    names = manifest.files;
  }
  const knownIds = new Map<string, NodeLabel>();
  const parsed: DataFile[] = [];
  for (const name of names) {
    let text: string;
    try {
      text = await readFile(path.join(dataDir, name), 'utf8');
    } catch {
      throw new DataFileError(name, 'file', `cannot be read from ${dataDir}`);
    }
    parsed.push(parseDataFile(name, text, knownIds, today));
  }
  return parsed;
}
