import { userInfo } from 'node:os';
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import { INSERT_AUDIT_EVENT, auditEventProperties } from '../../src/audit/record.js';
import type { Caller } from '../../src/auth/roles.js';
import { chunks, groupBy } from '../../src/common/collections.js';
import { checkNewId } from '../../src/common/validation.js';
import { toNumber } from '../../src/db/values.js';
import {
  EXTRA_LABELS,
  NODE_SPECS,
  isNodeLabel,
  labelOfId,
  type ElementSpec,
  type NodeLabel,
  type PropertyType,
} from '../../src/graph/model.js';
import {
  PROPERTY_MESSAGES,
  checkProperties,
  graphProperties,
  isDerivedProperty,
  schemaOf,
  withDerivedProperties,
} from '../../src/graph/schemas.js';
import { AMENDMENTS } from '../../src/applicability/amendment.js';
import {
  AMENDMENT_LABEL,
  ASSESSMENT_PROPERTIES,
  AUDIT_EVENT_LABEL,
  BOOKKEEPING_PROPERTIES,
  EXPORT_FORMAT,
  EXPORT_LABELS,
  EXPORT_VERSION,
  EXPORTED_RELATIONSHIP_SPECS,
  EXPORTED_RELATIONSHIPS,
  decodeValue,
  type DecodedValue,
  type EndLabel,
  type ExportLabel,
  type ExportRelationshipType,
} from './format.js';
import { READABLE_EXPORT_VERSIONS, upgradeVersion1 } from './upgrade.js';
import { ASSESSMENT_ID_PREFIX, ASSESSMENT_LABEL, CLASSIFIED_BY } from '../../src/classification/graph.js';

/** One thing wrong with an export file, at a path into it such as `nodes[12].properties.riskClass`. */
export interface ImportProblem {
  path: string;
  message: string;
}

const PROBLEMS_IN_MESSAGE = 50;

/** The file is not fit to import; nothing was written. `problems` lists every one found. */
export class ImportValidationError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    const shown = problems.slice(0, PROBLEMS_IN_MESSAGE).map((problem) => `  ${problem.path}: ${problem.message}`);
    const more = problems.length > PROBLEMS_IN_MESSAGE ? [`  … and ${problems.length - PROBLEMS_IN_MESSAGE} more`] : [];
    super(
      [`the file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported:`, ...shown, ...more].join('\n'),
    );
    this.name = 'ImportValidationError';
  }
}

/** Writing failed part-way (a constraint, a lost connection); the transaction was rolled back, nothing was written. */
export class ImportApplyError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'ImportApplyError';
  }
}

interface PreparedNode {
  label: ExportLabel;
  id: string;
  extraLabels: string[];
  /** Decoded values, `id` included. */
  properties: Record<string, DecodedValue>;
}

interface PreparedRelationship {
  type: ExportRelationshipType;
  from: string;
  to: string;
  fromLabel: EndLabel;
  toLabel: EndLabel;
  properties: Record<string, DecodedValue>;
  /** Where it is in the file (`relationships[3]`), for problems found in the graph. */
  path: string;
}

/** A validated export file, ready to write. */
export interface PreparedImport {
  nodes: PreparedNode[];
  relationships: PreparedRelationship[];
}

export interface ImportReport {
  /** Validated only (`--check`): nothing written. */
  checked: boolean;
  nodes: number;
  relationships: number;
  /** Of `nodes`, how many were not in the graph before. */
  created: number;
  batches: number;
}

interface ImportProgress {
  /** Called once before writing with the number of nodes and relationships, then after each batch. */
  start?(total: number): void;
  batch?(written: number, what: string): void;
}

export interface ImportOptions {
  database: string;
  /** Validate only, write nothing. */
  check?: boolean;
  batchSize?: number;
  progress?: ImportProgress;
}

const BOOKKEEPING_HINTS = { datetime: 'a date-time, written {"$datetime": "YYYY-MM-DDTHH:MM:SS.fffZ"}', string: 'a string' } as const;
const DEFAULT_BATCH_SIZE = 1000;
const MAX_AUDIT_EVENT_ID_LENGTH = 200;
/** assessments.ts writes `assessment:<uuid>`; any short word of letters, digits, `.`, `_` and `-` after the prefix is kept. */
const ASSESSMENT_ID_BODY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
/** History: an audit event or a classification assessment the graph has already is never rewritten. */
const APPEND_ONLY_LABELS: readonly ExportLabel[] = [AUDIT_EVENT_LABEL, ASSESSMENT_LABEL];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The file's text as JSON, or the one problem that it is not JSON. */
export function parseExportText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ImportValidationError([{ path: '(file)', message: `is not valid JSON (${(error as Error).message})` }]);
  }
}

/**
 * A model property's file value in the schemas' plain form (graph/schemas.ts): {"$date": d} as d,
 * {"$int": n} as a number; an encoding problem when a date is not written {"$date": …}. Anything
 * else goes to the schema as it is, which names what is wrong with it.
 */
function plainValue(type: PropertyType, value: unknown): { value: unknown } | string {
  if (type.type === 'date') {
    if (isObject(value) && typeof value.$date === 'string') return { value: value.$date };
    if (typeof value === 'string') return `${PROPERTY_MESSAGES.date}, written {"$date": "YYYY-MM-DD"}`;
  }
  if (type.type === 'int' && isObject(value)) {
    const decoded = decodeValue(value);
    if (typeof decoded !== 'string' && decoded.kind === 'int') return { value: toNumber(decoded.value) };
  }
  return { value };
}

/**
 * Every problem of one property map; the decoded properties. The model's properties are checked
 * with the label's (or type's) schema, bookkeeping ones by their kind, derived ones (a control's
 * codeKey) dropped to be recomputed. `spec` undefined: any typed value (audit events).
 */
function prepareProperties(
  raw: unknown,
  path: string,
  spec: ElementSpec | undefined,
  problems: ImportProblem[],
  label?: ExportLabel,
): Record<string, DecodedValue> {
  const properties: Record<string, DecodedValue> = {};
  const modelValues: Record<string, unknown> = {};
  if (raw === undefined) raw = {};
  if (!isObject(raw)) {
    problems.push({ path, message: 'must be an object of properties' });
    return properties;
  }
  for (const [name, value] of Object.entries(raw)) {
    const where = `${path}.${name}`;
    if (name === 'id') {
      problems.push({ path: where, message: 'the id goes beside the properties, not among them' });
      continue;
    }
    const bookkeeping = BOOKKEEPING_PROPERTIES[name as keyof typeof BOOKKEEPING_PROPERTIES];
    if (spec && label && isNodeLabel(label) && isDerivedProperty(label, name)) continue;
    if (spec && !bookkeeping) {
      const modelType = spec.required[name] ?? spec.optional[name];
      const plain = modelType ? plainValue(modelType, value) : { value };
      if (typeof plain === 'string') problems.push({ path: where, message: plain });
      else modelValues[name] = plain.value;
      continue;
    }
    const decoded = decodeValue(value);
    if (typeof decoded === 'string') {
      problems.push({ path: where, message: decoded });
      continue;
    }
    if (bookkeeping && decoded.kind !== bookkeeping) {
      problems.push({ path: where, message: `${name} must be ${BOOKKEEPING_HINTS[bookkeeping]}` });
      continue;
    }
    properties[name] = decoded.value;
  }
  if (spec) {
    // A property with an encoding problem is reported once, not again as missing.
    const reported = new Set(
      problems.filter((problem) => problem.path.startsWith(`${path}.`)).map((problem) => problem.path.slice(path.length + 1)),
    );
    const checked = checkProperties(schemaOf(spec), modelValues);
    for (const problem of checked.problems) {
      if (!reported.has(problem.path)) problems.push({ path: `${path}.${problem.path}`, message: problem.message });
    }
    Object.assign(properties, graphProperties(spec, checked.properties));
  }
  return properties;
}

/**
 * The id's problem, if any: the label's id format (graph/README.md), a known amendment, an
 * assessment's `assessment:<uuid>`, or any short text for audit events.
 */
function idProblem(label: ExportLabel, id: string): string | undefined {
  if (label === ASSESSMENT_LABEL) {
    return id.startsWith(ASSESSMENT_ID_PREFIX) && ASSESSMENT_ID_BODY.test(id.slice(ASSESSMENT_ID_PREFIX.length))
      ? undefined
      : `a classification assessment's id is ${ASSESSMENT_ID_PREFIX}<uuid> (letters, digits, ".", "_", "-")`;
  }
  if (label === AMENDMENT_LABEL) {
    return Object.hasOwn(AMENDMENTS, id) ? undefined : `not an amendment Crosswalk knows (${Object.keys(AMENDMENTS).join(', ')})`;
  }
  if (label === AUDIT_EVENT_LABEL) {
    return id.trim() === '' || id.length > MAX_AUDIT_EVENT_ID_LENGTH
      ? `an audit event id is 1–${MAX_AUDIT_EVENT_ID_LENGTH} characters`
      : undefined;
  }
  try {
    checkNewId(label, id);
    return id === id.trim() ? undefined : 'an id has no surrounding spaces';
  } catch (error) {
    return (error as Error).message;
  }
}

const ASSESSMENT_HINTS: Record<(typeof ASSESSMENT_PROPERTIES)[keyof typeof ASSESSMENT_PROPERTIES], string> = {
  datetime: 'a date-time, written {"$datetime": "YYYY-MM-DDTHH:MM:SS.fffZ"}',
  string: 'a non-empty string',
  'json list': 'a JSON list as text (the answers as saveClassification stored them)',
  'json object': 'a JSON object as text (the outcome as saveClassification stored it)',
};

function isJsonText(value: DecodedValue, fits: (parsed: unknown) => boolean): boolean {
  if (typeof value !== 'string') return false;
  try {
    return fits(JSON.parse(value));
  } catch {
    return false;
  }
}

/**
 * A classification assessment's property problems: exactly ASSESSMENT_PROPERTIES, each of its type,
 * since Query.classificationAssessments reads them all (answers and result parsed as JSON).
 */
function assessmentProblems(raw: unknown, properties: Record<string, DecodedValue>, path: string, problems: ImportProblem[]): void {
  if (!isObject(raw)) return; // reported by prepareProperties
  for (const name of Object.keys(raw)) {
    if (name !== 'id' && !Object.hasOwn(ASSESSMENT_PROPERTIES, name)) {
      problems.push({
        path: `${path}.${name}`,
        message: `unknown property "${name}" (an assessment has ${Object.keys(ASSESSMENT_PROPERTIES).join(', ')})`,
      });
    }
  }
  for (const [name, type] of Object.entries(ASSESSMENT_PROPERTIES)) {
    if (!(name in raw)) {
      problems.push({ path: `${path}.${name}`, message: `missing required property "${name}"` });
      continue;
    }
    if (!(name in properties)) continue; // not a value of the format: reported by prepareProperties
    const value = properties[name]!;
    const fits =
      type === 'datetime'
        ? neo4j.isDateTime(value)
        : type === 'string'
          ? typeof value === 'string' && value.trim() !== ''
          : isJsonText(value, type === 'json list' ? Array.isArray : isObject);
    if (!fits) problems.push({ path: `${path}.${name}`, message: `${name} must be ${ASSESSMENT_HINTS[type]}` });
  }
}

/** The extra labels a node must carry: what its label's property gives (an owner of kind PERSON is a Person). */
function expectedExtraLabels(label: ExportLabel, properties: Record<string, DecodedValue>): string[] {
  if (!isNodeLabel(label)) return [];
  const extra = EXTRA_LABELS[label];
  const value = extra ? properties[extra.property] : undefined;
  const extraLabel = extra && typeof value === 'string' ? extra.labels[value] : undefined;
  return extraLabel ? [extraLabel] : [];
}

/** Visits each item of a list of the file that is an object, with its path; any other item is a problem there. */
function forEachObject(
  items: unknown[],
  list: string,
  shape: string,
  problems: ImportProblem[],
  visit: (raw: Record<string, unknown>, path: string, index: number) => void,
): void {
  items.forEach((raw, index) => {
    const path = `${list}[${index}]`;
    if (isObject(raw)) visit(raw, path, index);
    else problems.push({ path, message: `must be an object ${shape}` });
  });
}

function prepareNodes(
  rawNodes: unknown[],
  problems: ImportProblem[],
): { nodes: PreparedNode[]; labels: Map<string, ExportLabel>; rejected: Map<string, ExportLabel | undefined> } {
  const nodes: PreparedNode[] = [];
  const labels = new Map<string, ExportLabel>();
  // Ids of nodes with problems of their own, with their label when it is one: links to them are not
  // reported again as dangling, nor as ending at the wrong kind when the id alone does not tell it.
  const rejected = new Map<string, ExportLabel | undefined>();
  const firstIndex = new Map<string, number>();
  forEachObject(rawNodes, 'nodes', '{label, id, properties}', problems, (raw, path, index) => {
    const before = problems.length;
    const label = raw.label;
    if (typeof label !== 'string' || !(EXPORT_LABELS as readonly string[]).includes(label)) {
      problems.push({
        path: `${path}.label`,
        message: `${JSON.stringify(label)} is not a label of the organisation's side (${EXPORT_LABELS.join(', ')})`,
      });
    }
    const id = raw.id;
    if (typeof id !== 'string') problems.push({ path: `${path}.id`, message: 'missing id (a string)' });
    const exportLabel = label as ExportLabel;
    if (typeof id === 'string' && problems.length === before) {
      const problem = idProblem(exportLabel, id);
      if (problem) problems.push({ path: `${path}.id`, message: problem });
      const earlier = firstIndex.get(id);
      if (earlier !== undefined) problems.push({ path: `${path}.id`, message: `duplicate id "${id}", also nodes[${earlier}]` });
      else firstIndex.set(id, index);
    }
    const labelKnown = (EXPORT_LABELS as readonly string[]).includes(exportLabel);
    const spec = isNodeLabel(exportLabel) ? NODE_SPECS[exportLabel] : undefined;
    const properties = labelKnown ? prepareProperties(raw.properties, `${path}.properties`, spec, problems, exportLabel) : {};
    if (exportLabel === ASSESSMENT_LABEL) assessmentProblems(raw.properties, properties, `${path}.properties`, problems);
    const extraLabels = raw.extraLabels ?? [];
    const expected = expectedExtraLabels(exportLabel, properties);
    if (!Array.isArray(extraLabels) || !extraLabels.every((item) => typeof item === 'string')) {
      problems.push({ path: `${path}.extraLabels`, message: 'must be a list of labels' });
    } else if ([...extraLabels].sort().join(':') !== expected.join(':')) {
      problems.push({
        path: `${path}.extraLabels`,
        message: `is ${JSON.stringify(extraLabels)}; this ${String(label)} node's properties give it ${JSON.stringify(expected)}`,
      });
    }
    if (problems.length > before) {
      if (typeof id === 'string') rejected.set(id, labelKnown ? exportLabel : undefined);
      return;
    }
    labels.set(id as string, exportLabel);
    const derived = isNodeLabel(exportLabel) ? withDerivedProperties(exportLabel, properties) : properties;
    nodes.push({ label: exportLabel, id: id as string, extraLabels: expected, properties: { ...derived, id: id as string } });
  });
  return { nodes, labels, rejected };
}

/** An endpoint that is not in the file, so must be in the graph: who refers to it. */
interface Reference {
  label: NodeLabel;
  id: string;
  paths: string[];
}

function prepareRelationships(
  rawRelationships: unknown[],
  fileLabels: Map<string, ExportLabel>,
  rejected: Map<string, ExportLabel | undefined>,
  problems: ImportProblem[],
): { relationships: PreparedRelationship[]; references: Map<string, Reference> } {
  const relationships: PreparedRelationship[] = [];
  const references = new Map<string, Reference>();
  const firstIndex = new Map<string, number>();
  const exportedTypes = new Set<unknown>(EXPORTED_RELATIONSHIPS.map((kind) => kind.type));
  forEachObject(rawRelationships, 'relationships', '{type, from, to, properties}', problems, (raw, path, index) => {
    const before = problems.length;
    const { type, from, to } = raw;
    if (!exportedTypes.has(type)) {
      problems.push({
        path: `${path}.type`,
        message: `${JSON.stringify(type)} is not a relationship type of the organisation's side (${[...exportedTypes].join(', ')})`,
      });
    }
    if (typeof from !== 'string' || from === '') problems.push({ path: `${path}.from`, message: 'missing "from" id' });
    if (typeof to !== 'string' || to === '') problems.push({ path: `${path}.to`, message: 'missing "to" id' });
    if (problems.length > before) return;
    const relationshipType = type as ExportRelationshipType;
    const [fromId, toId] = [from as string, to as string];
    // An end in the file has the file's label; any other is resolved by its id's prefix and must be in the graph.
    const endLabel = (id: string): EndLabel | undefined => {
      const label = fileLabels.get(id) ?? rejected.get(id) ?? (id.startsWith(ASSESSMENT_ID_PREFIX) ? ASSESSMENT_LABEL : labelOfId(id));
      return isNodeLabel(label) || label === ASSESSMENT_LABEL ? label : undefined;
    };
    const [fromLabel, toLabel] = [endLabel(fromId), endLabel(toId)];
    const kinds = EXPORTED_RELATIONSHIPS.filter((kind) => kind.type === relationshipType);
    const fits = kinds.some((kind) => kind.from === fromLabel && kind.to === toLabel);
    if (!fromLabel || !toLabel || !fits) {
      const ends = (end: 'from' | 'to') => [...new Set(kinds.map((kind) => kind[end]))].join(' or ');
      problems.push({
        path,
        message: `${relationshipType} goes from ${ends('from')} to ${ends('to')}; "${fromId}" is ${fromLabel ?? fileLabels.get(fromId) ?? 'unknown'}, "${toId}" is ${toLabel ?? fileLabels.get(toId) ?? 'unknown'}`,
      });
    }
    const key = `${fromId}|${relationshipType}|${toId}`;
    const earlier = firstIndex.get(key);
    if (earlier !== undefined) problems.push({ path, message: `duplicate relationship, also relationships[${earlier}]` });
    else firstIndex.set(key, index);
    const properties = prepareProperties(raw.properties, `${path}.properties`, EXPORTED_RELATIONSHIP_SPECS[relationshipType], problems);
    if (problems.length > before) return;
    for (const [id, label, end] of [
      [fromId, fromLabel!, 'from'],
      [toId, toLabel!, 'to'],
    ] as const) {
      if (fileLabels.has(id) || rejected.has(id)) continue;
      // An assessment travels with its link: one the file leaves out is not looked for in the graph.
      if (label === ASSESSMENT_LABEL) {
        problems.push({
          path: `${path}.${end}`,
          message: `there is no ClassificationAssessment "${id}" in the file; an assessment's CLASSIFIED_BY comes with it`,
        });
        continue;
      }
      const reference = references.get(id) ?? { label, id, paths: [] };
      reference.paths.push(`${path}.${end}`);
      references.set(id, reference);
    }
    if (problems.length > before) return;
    relationships.push({ type: relationshipType, from: fromId, to: toId, fromLabel: fromLabel!, toLabel: toLabel!, properties, path });
  });
  return { relationships, references };
}

/**
 * Each assessment in the file belongs to exactly one AI system: one CLASSIFIED_BY in the file ends
 * at it (counted over the raw relationships, so a link with problems of its own is not reported twice).
 */
function checkAssessmentLinks(
  rawNodes: unknown[],
  rawRelationships: unknown[],
  fileLabels: Map<string, ExportLabel>,
  problems: ImportProblem[],
): void {
  const links = new Map<string, number[]>();
  rawRelationships.forEach((raw, index) => {
    if (!isObject(raw) || raw.type !== CLASSIFIED_BY || typeof raw.to !== 'string') return;
    links.set(raw.to, [...(links.get(raw.to) ?? []), index]);
  });
  rawNodes.forEach((raw, index) => {
    if (!isObject(raw) || typeof raw.id !== 'string' || fileLabels.get(raw.id) !== ASSESSMENT_LABEL) return;
    const found = links.get(raw.id) ?? [];
    if (found.length === 0) {
      problems.push({
        path: `nodes[${index}]`,
        message: `no CLASSIFIED_BY relationship in the file links assessment "${raw.id}" to its AI system`,
      });
    }
    for (const other of found.slice(1)) {
      problems.push({
        path: `relationships[${other}]`,
        message: `assessment "${raw.id}" belongs to one AI system, and relationships[${found[0]}] links it already`,
      });
    }
  });
}

function checkCounts(raw: unknown, nodes: unknown[], relationships: unknown[], problems: ImportProblem[]): void {
  if (!isObject(raw)) {
    problems.push({ path: 'counts', message: 'must be {nodes: {label: n}, relationships: {type: n}}' });
    return;
  }
  for (const [section, items, key] of [
    ['nodes', nodes, 'label'],
    ['relationships', relationships, 'type'],
  ] as const) {
    const declared = raw[section];
    if (!isObject(declared)) {
      problems.push({ path: `counts.${section}`, message: `must map each ${key} to a number` });
      continue;
    }
    const actual: Record<string, number> = {};
    for (const item of items) {
      const name = isObject(item) ? String(item[key]) : '?';
      actual[name] = (actual[name] ?? 0) + 1;
    }
    for (const name of new Set([...Object.keys(declared), ...Object.keys(actual)])) {
      const expected = declared[name] ?? 0;
      if (expected !== (actual[name] ?? 0)) {
        problems.push({
          path: `counts.${section}.${name}`,
          message: `says ${JSON.stringify(expected)}, the file holds ${actual[name] ?? 0} (truncated or edited?)`,
        });
      }
    }
  }
}

/** Every problem of the file that needs no database, and the decoded file. */
export function validateExportFile(file: unknown): { prepared: PreparedImport; references: Reference[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const empty = { prepared: { nodes: [], relationships: [] }, references: [], problems };
  if (!isObject(file)) {
    problems.push({ path: '(file)', message: `must be a JSON object with "format": "${EXPORT_FORMAT}"` });
    return empty;
  }
  if (file.format !== EXPORT_FORMAT) {
    problems.push({
      path: 'format',
      message: `is ${JSON.stringify(file.format)}; pnpm graph:import reads "${EXPORT_FORMAT}" files (pnpm graph:export)`,
    });
    return empty;
  }
  if (!(READABLE_EXPORT_VERSIONS as readonly unknown[]).includes(file.version)) {
    const newer = typeof file.version === 'number' && file.version > EXPORT_VERSION;
    problems.push({
      path: 'version',
      message: `is ${JSON.stringify(file.version)}; this Crosswalk reads versions ${READABLE_EXPORT_VERSIONS.join(' and ')}${
        newer ? ' (the file was written by a newer Crosswalk: import it with that one, or upgrade this one)' : ''
      }`,
    });
    return empty;
  }
  // Older files are upgraded first (upgrade.ts), then checked against today's model like any other.
  const data = file.version === 1 ? upgradeVersion1(file) : file;
  if (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt)))
    problems.push({ path: 'exportedAt', message: 'must be an ISO date-time' });
  if (data.source !== undefined && !isObject(data.source)) problems.push({ path: 'source', message: 'must be an object' });
  if (!Array.isArray(data.nodes)) problems.push({ path: 'nodes', message: 'must be a list' });
  if (!Array.isArray(data.relationships)) problems.push({ path: 'relationships', message: 'must be a list' });
  if (!Array.isArray(data.nodes) || !Array.isArray(data.relationships)) return empty;
  checkCounts(data.counts, data.nodes, data.relationships, problems);
  const { nodes, labels, rejected } = prepareNodes(data.nodes, problems);
  const { relationships, references } = prepareRelationships(data.relationships, labels, rejected, problems);
  checkAssessmentLinks(data.nodes, data.relationships, labels, problems);
  return { prepared: { nodes, relationships }, references: [...references.values()], problems };
}

/** References to nodes neither in the file nor in the graph (read in the transaction given). */
async function danglingReferences(tx: Transaction, references: Reference[]): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  for (const group of groupBy(references, (reference) => reference.label)) {
    const label = group[0]!.label;
    // The label comes from the model's closed list (graph/model.ts).
    const result = await tx.run(
      `UNWIND $ids AS id
       WITH id WHERE NOT EXISTS { MATCH (:${label} {id: id}) }
       RETURN id`,
      { ids: group.map((reference) => reference.id) },
    );
    const missing = new Set(result.records.map((record) => record.get('id') as string));
    for (const reference of group) {
      if (!missing.has(reference.id)) continue;
      for (const path of reference.paths) {
        problems.push({ path, message: `dangling reference: there is no ${label} "${reference.id}" in the file or in the graph` });
      }
    }
  }
  return problems;
}

/** Assessments the graph has already, linked to another AI system than the file says (read in the transaction given). */
async function assessmentsOfOtherSystems(tx: Transaction, relationships: readonly PreparedRelationship[]): Promise<ImportProblem[]> {
  const links = relationships.filter((relationship) => relationship.type === CLASSIFIED_BY);
  if (links.length === 0) return [];
  const result = await tx.run(
    `UNWIND $links AS link
     MATCH (s:AISystem)-[:${CLASSIFIED_BY}]->(:${ASSESSMENT_LABEL} {id: link.to})
     WHERE s.id <> link.from
     RETURN link.path AS path, link.to AS assessment, s.id AS system`,
    { links: links.map(({ from, to, path }) => ({ from, to, path })) },
  );
  return result.records.map((record) => ({
    path: `${record.get('path') as string}.from`,
    message: `assessment "${record.get('assessment') as string}" belongs to ${record.get('system') as string} in the graph; an assessment is never moved to another AI system`,
  }));
}

function nodeQuery(label: ExportLabel, extraLabels: readonly string[]): string {
  // Labels come from the closed lists (format.ts, graph/model.ts); rows were checked against them.
  const extra = isNodeLabel(label) ? EXTRA_LABELS[label] : undefined;
  const removeExtra = extra ? `REMOVE n:${Object.values(extra.labels).join(':')}` : '';
  const setExtra = extraLabels.length > 0 ? `SET n:${extraLabels.join(':')}` : '';
  // Audit events and assessments are append-only: one the graph has already is never rewritten.
  const setProperties = APPEND_ONLY_LABELS.includes(label) ? 'ON CREATE SET n = row.properties' : 'SET n = row.properties';
  return `UNWIND $rows AS row
          OPTIONAL MATCH (existing:${label} {id: row.id})
          WITH row, existing IS NULL AS created
          MERGE (n:${label} {id: row.id})
          ${setProperties}
          ${removeExtra}
          ${setExtra}
          RETURN count(n) AS written, sum(CASE WHEN created THEN 1 ELSE 0 END) AS created`;
}

function relationshipQuery(type: ExportRelationshipType, fromLabel: EndLabel, toLabel: EndLabel): string {
  return `UNWIND $rows AS row
          MATCH (a:${fromLabel} {id: row.from})
          MATCH (b:${toLabel} {id: row.to})
          MERGE (a)-[r:${type}]->(b)
          SET r = row.properties
          RETURN count(DISTINCT row) AS written`;
}

function describeFailure(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code.includes('ConstraintValidationFailed')) return `a uniqueness rule of the graph refused a node: ${message}`;
  return message;
}

async function apply(
  tx: Transaction,
  prepared: PreparedImport,
  batchSize: number,
  progress: ImportProgress | undefined,
): Promise<Omit<ImportReport, 'checked'>> {
  let created = 0;
  let batches = 0;
  progress?.start?.(prepared.nodes.length + prepared.relationships.length);
  const nodeGroups = groupBy(prepared.nodes, (node) => `${node.label}|${node.extraLabels.join(':')}`);
  nodeGroups.sort((a, b) => EXPORT_LABELS.indexOf(a[0]!.label) - EXPORT_LABELS.indexOf(b[0]!.label));
  for (const group of nodeGroups) {
    const { label, extraLabels } = group[0]!;
    for (const batch of chunks(group, batchSize)) {
      const result = await tx.run(nodeQuery(label, extraLabels), {
        rows: batch.map((node) => ({ id: node.id, properties: node.properties })),
      });
      created += toNumber(result.records[0]?.get('created'));
      batches += 1;
      progress?.batch?.(batch.length, label);
    }
  }
  for (const group of groupBy(prepared.relationships, (r) => `${r.type}|${r.fromLabel}|${r.toLabel}`)) {
    const { type, fromLabel, toLabel } = group[0]!;
    for (const batch of chunks(group, batchSize)) {
      const result = await tx.run(relationshipQuery(type, fromLabel, toLabel), {
        rows: batch.map((r) => ({ from: r.from, to: r.to, properties: r.properties })),
      });
      const written = toNumber(result.records[0]?.get('written'));
      // Validation found every end; one gone since (deleted meanwhile) stops the import.
      if (written !== batch.length)
        throw new ImportApplyError(
          `import rolled back, nothing was written: ${batch.length - written} ${type} relationship(s) lost an end while importing`,
        );
      batches += 1;
      progress?.batch?.(batch.length, type);
    }
  }
  return { nodes: prepared.nodes.length, relationships: prepared.relationships.length, created, batches };
}

/** Who an import's audit event names: the command and the operating-system user who ran it. */
const IMPORT_CALLER: Caller = { kind: 'SYSTEM', actor: `pnpm graph:import (${osUser()})`, role: 'ADMIN', rateKey: 'system' };

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}

/**
 * Imports an export file (parsed JSON): validates all of it first, the graph's references included,
 * and reports every problem with its path (ImportValidationError); then, unless `check`, writes all
 * of it in ONE transaction (UNWIND batches per label and type; MERGE by id, properties replaced by the
 * file's). Any failure rolls everything back (ImportApplyError). Nodes and relationships the file
 * does not mention are left as they are.
 */
export async function importGraph(driver: Driver, data: unknown, options: ImportOptions): Promise<ImportReport> {
  const { prepared, references, problems } = validateExportFile(data);
  // A file that is not an export at all has nothing to look up in the graph.
  if (problems.length > 0 && prepared.nodes.length + prepared.relationships.length === 0 && references.length === 0) {
    throw new ImportValidationError(problems);
  }
  const session = driver.session({ database: options.database });
  // An explicit transaction, not a managed one: it is never retried, so progress is reported once.
  const tx = session.beginTransaction();
  try {
    // The references are checked in the writing transaction, so what was found is what gets linked.
    const inGraph = [...(await danglingReferences(tx, references)), ...(await assessmentsOfOtherSystems(tx, prepared.relationships))];
    if (problems.length + inGraph.length > 0) throw new ImportValidationError([...problems, ...inGraph]);
    if (options.check) {
      await tx.rollback();
      return { checked: true, nodes: prepared.nodes.length, relationships: prepared.relationships.length, created: 0, batches: 0 };
    }
    const report = await apply(tx, prepared, options.batchSize ?? DEFAULT_BATCH_SIZE, options.progress);
    // The import is a change like any other: one audit event for it, in its transaction.
    await tx.run(INSERT_AUDIT_EVENT, {
      event: {
        ...auditEventProperties(IMPORT_CALLER, 'graph:import', []),
        nodeIds: prepared.nodes.filter((node) => node.label !== AUDIT_EVENT_LABEL).map((node) => node.id),
      },
    });
    await tx.commit();
    return { checked: false, ...report };
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    if (error instanceof ImportValidationError || error instanceof ImportApplyError) throw error;
    throw new ImportApplyError(`import rolled back, nothing was written: ${describeFailure(error)}`, error);
  } finally {
    await session.close();
  }
}
