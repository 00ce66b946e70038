import { EXTRA_LABELS, NODE_SPECS, RELATIONSHIP_SPECS, type NodeLabel, type RelationshipType } from '../graph/model.js';
import { graphProperties, type PlainValue } from '../graph/schemas.js';
import type { CountingTransaction, GraphExecutor } from '../db/executor.js';
import { conflict, notFound } from './errors.js';
import type { NodeRow } from './queries.js';
import {
  ID_PREFIXES,
  KIND_NAMES,
  WRITABLE_LABELS,
  checkNewId,
  idsOfKind,
  isWritableLabel,
  labelArticle,
  labelOfIdAmong,
  propertiesFromInput,
  slugOf,
  type PropertyValues,
  type WritableLabel,
} from './validation.js';

// The write side's shared machinery: create, update and delete a node, and replace, add or remove
// relationships. Each mutation checks its input first, then runs ONE write transaction (existence
// checks and writes together): any error thrown inside rolls all of it back. Labels and relationship
// types reach Cypher only from the closed lists of graph/model.ts; every value is a parameter.

/** How the write side treats one label. */
export interface NodeWrites {
  label: WritableLabel;
  /** The property a generated id is made from: `<prefix>:<slug of it>`, or the value as it is when `slug` is false. */
  idFrom: string;
  slug?: boolean;
  /**
   * Properties unique within the label: CONFLICT on a duplicate. Compared through `key`, the derived
   * property (graph/schemas.ts) the database's own constraint holds, so the check and the constraint
   * cannot disagree.
   */
  unique?: { property: string; key: string }[];
  /** Relationships through which other nodes depend on this one: delete refuses while any exist, unless forced. */
  dependents: Dependent[];
  /**
   * Nodes that belong to this one and go with it on delete (an AI system's classification
   * assessments): the relationship type and their label, both from closed lists, never from input.
   */
  parts?: { type: string; label: string }[];
  /** Checks across properties of the node as it will be (`changed`: the fields the input sets). */
  check?: (node: PropertyValues, changed: PropertyValues) => void;
  /** Checks that need the graph, inside the write transaction (id is null on create). */
  checkInGraph?: (tx: CountingTransaction, id: string | null, node: PropertyValues, changed: PropertyValues) => Promise<void>;
}

/** A dependent as a writes table lists it: [direction, relationship type, other label, how a message names them]. */
type DependentRow = readonly [direction: 'out' | 'in', type: RelationshipType, other: NodeLabel, what: string];

/** A label's writes table (one builder, so each label's definition is only what sets it apart). */
export function nodeWrites(
  label: WritableLabel,
  idFrom: string,
  options: Omit<NodeWrites, 'label' | 'idFrom' | 'dependents'>,
  dependents: readonly DependentRow[] = [],
): NodeWrites {
  return { label, idFrom, ...options, dependents: dependents.map(([direction, type, other, what]) => ({ type, direction, other, what })) };
}

interface Dependent {
  type: RelationshipType;
  direction: 'out' | 'in';
  other: NodeLabel;
  /** How a message names them, e.g. "models it supplies". */
  what: string;
}

/** What a refused delete reports per kind of dependent, in `extensions.dependents`. */
interface DependentCount {
  relationship: RelationshipType;
  direction: 'OUTGOING' | 'INCOMING';
  kind: NodeLabel;
  count: number;
  /** The first few, by id. */
  ids: string[];
}

const DEPENDENT_IDS_SHOWN = 5;

/** `n {.*}` plus its label: the row shape of the read layer (common/queries.ts), so every field resolver works on it. */
const project = (variable: string, label: NodeLabel) => `${variable} {.*, __label: '${label}'}`;

/** The node, or NOT_FOUND naming `field`. */
export async function requireNode(tx: CountingTransaction, label: NodeLabel, id: string, field: string): Promise<NodeRow> {
  const rows = await tx.run(`MATCH (n:${label} {id: $id}) RETURN ${project('n', label)} AS node`, { id });
  if (rows.length === 0) throw notFound(`There is no ${KIND_NAMES[label]} with id "${id}".`, field);
  return rows[0]!.node as NodeRow;
}

/** Every id names a node of `label`, or NOT_FOUND naming the first missing one (`modelIds.2`). */
async function requireNodes(tx: CountingTransaction, label: NodeLabel, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const rows = await tx.run(
    `UNWIND range(0, size($ids) - 1) AS i
     WITH i WHERE NOT EXISTS { MATCH (n:${label} {id: $ids[i]}) }
     RETURN i ORDER BY i LIMIT 1`,
    { ids },
  );
  if (rows.length > 0) {
    const index = rows[0]!.i as number;
    throw notFound(`There is no ${KIND_NAMES[label]} with id "${ids[index]}".`, `${field}.${index}`);
  }
}

async function nodeExists(tx: CountingTransaction, label: NodeLabel, id: string): Promise<boolean> {
  return (await tx.run(`MATCH (n:${label} {id: $id}) RETURN n.id AS id`, { id })).length > 0;
}

/** `<prefix>:<slug>`, with -2, -3… appended when taken. */
async function freeId(tx: CountingTransaction, writes: NodeWrites, properties: PropertyValues): Promise<string> {
  const source = String(properties[writes.idFrom]);
  const base = `${ID_PREFIXES[writes.label]}:${writes.slug === false ? source : slugOf(source)}`;
  const rows = await tx.run(`MATCH (n:${writes.label}) WHERE n.id = $base OR n.id STARTS WITH $stem RETURN n.id AS id`, {
    base,
    stem: `${base}-`,
  });
  const taken = new Set(rows.map((row) => row.id as string));
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  return id;
}

async function checkUnique(tx: CountingTransaction, writes: NodeWrites, id: string | null, changed: PropertyValues): Promise<void> {
  for (const { property, key } of writes.unique ?? []) {
    const value = changed[property];
    if (value === undefined || value === null) continue;
    const rows = await tx.run(`MATCH (n:${writes.label}) WHERE n.${key} = $key AND n.id <> coalesce($id, '') RETURN n.id AS id LIMIT 1`, {
      key: changed[key],
      id,
    });
    if (rows.length > 0) {
      const existing = rows[0]!.id as string;
      throw conflict(`${existing} already has the ${property} "${value as string}"; ${property}s are unique.`, `input.${property}`, {
        existingId: existing,
      });
    }
  }
}

/** `:Person` for an owner of kind PERSON: the extra label a property value gives (graph/model.ts). */
function extraLabel(label: NodeLabel, properties: PropertyValues): string | null {
  const extra = EXTRA_LABELS[label];
  const value = extra ? properties[extra.property] : undefined;
  return extra && typeof value === 'string' ? (extra.labels[value] ?? null) : null;
}

/** The properties a node keeps: null clears, so it is no value. */
export const withoutNulls = (properties: PropertyValues) =>
  Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null));

/** Creates a node from a create input (id given or generated), stamping createdAt and updatedAt. */
export async function createNode(db: GraphExecutor, writes: NodeWrites, input: PropertyValues): Promise<NodeRow> {
  const { label } = writes;
  const properties = withoutNulls(propertiesFromInput(label, input, 'create'));
  writes.check?.(properties, properties);
  const givenId = input.id === undefined || input.id === null ? null : checkNewId(label, input.id as string);
  return db.write(async (tx) => {
    if (givenId && (await nodeExists(tx, label, givenId))) {
      throw conflict(`There is already ${labelArticle(label)} with id "${givenId}"; leave id out to have one generated.`, 'input.id');
    }
    await checkUnique(tx, writes, null, properties);
    await writes.checkInGraph?.(tx, null, properties, properties);
    const id = givenId ?? (await freeId(tx, writes, properties));
    await tx.touch(label, id);
    const extra = extraLabel(label, properties);
    const rows = await tx.run(
      `CREATE (n:${label}${extra ? `:${extra}` : ''})
       SET n = $properties, n.id = $id, n.createdAt = datetime(), n.updatedAt = datetime()
       RETURN ${project('n', label)} AS node`,
      { id, properties: graphProperties(NODE_SPECS[label], properties as Record<string, PlainValue | null>) },
    );
    return rows[0]!.node as NodeRow;
  });
}

/** Applies an update input: absent fields stay, null clears; stamps updatedAt. */
export async function updateNode(db: GraphExecutor, writes: NodeWrites, id: string, input: PropertyValues): Promise<NodeRow> {
  const { label } = writes;
  labelOfIdAmong(id, [label], 'id');
  const changed = propertiesFromInput(label, input, 'update');
  return db.write(async (tx) => {
    const existing = await requireNode(tx, label, id, 'id');
    const after = withoutNulls({ ...existing, ...changed });
    writes.check?.(after, changed);
    await checkUnique(tx, writes, id, changed);
    await writes.checkInGraph?.(tx, id, after, changed);
    await tx.touch(label, id);
    // A changed kind moves the node to the matching extra label (an owner becomes a Team).
    const extra = EXTRA_LABELS[label];
    const relabel =
      extra && changed[extra.property] !== undefined
        ? `REMOVE n:${Object.values(extra.labels).join(':')} SET n:${extraLabel(label, changed)}`
        : '';
    const rows = await tx.run(
      `MATCH (n:${label} {id: $id})
       SET n += $properties, n.updatedAt = datetime()
       ${relabel}
       RETURN ${project('n', label)} AS node`,
      { id, properties: graphProperties(NODE_SPECS[label], changed as Record<string, PlainValue | null>) },
    );
    return rows[0]!.node as NodeRow;
  });
}

const arrow = (direction: 'out' | 'in', type: RelationshipType, variable = '') =>
  direction === 'out' ? `-[${variable}:${type}]->` : `<-[${variable}:${type}]-`;

/** Writable neighbours get updatedAt when their relationships change; Act and ISO nodes are never written. */
const isWritableNode = (variable: string): string => WRITABLE_LABELS.map((label) => `${variable}:${label}`).join(' OR ');

/** Per kind of dependent: how many, the first few ids, and how a message names them. */
async function dependentsOf(tx: CountingTransaction, writes: NodeWrites, id: string): Promise<(DependentCount & { what: string })[]> {
  if (writes.dependents.length === 0) return [];
  const lists = writes.dependents.map(
    (dependent, index) =>
      `COLLECT { MATCH (n)${arrow(dependent.direction, dependent.type)}(o:${dependent.other}) RETURN o.id ORDER BY o.id } AS d${index}`,
  );
  const rows = await tx.run(`MATCH (n:${writes.label} {id: $id}) RETURN ${lists.join(', ')}`, { id });
  return writes.dependents
    .map((dependent, index) => {
      const ids = (rows[0]?.[`d${index}`] as string[] | undefined) ?? [];
      return {
        relationship: dependent.type,
        direction: dependent.direction === 'out' ? ('OUTGOING' as const) : ('INCOMING' as const),
        kind: dependent.other,
        count: ids.length,
        ids: ids.slice(0, DEPENDENT_IDS_SHOWN),
        what: dependent.what,
      };
    })
    .filter((dependent) => dependent.count > 0);
}

/**
 * Deletes a node with its relationships. While others depend on it (`writes.dependents`) it refuses
 * with CONFLICT, naming them in the message and in `extensions.dependents`, unless `force`.
 */
export async function deleteNode(
  db: GraphExecutor,
  writes: NodeWrites,
  id: string,
  force: boolean,
): Promise<{ deletedId: string; detachedRelationships: number }> {
  const { label } = writes;
  labelOfIdAmong(id, [label], 'id');
  return db.write(async (tx) => {
    await requireNode(tx, label, id, 'id');
    const dependents = await dependentsOf(tx, writes, id);
    if (dependents.length > 0 && !force) {
      const named = dependents.map(({ count, what, ids }) => `${what}: ${count} (${ids.join(', ')}${count > ids.length ? ', …' : ''})`);
      throw conflict(`${id} is still needed: ${named.join('; ')}. Change those first, or delete with force: true.`, 'id', {
        dependents: dependents.map(({ what: _what, ...count }) => count),
      });
    }
    await tx.touch(label, id);
    for (const part of writes.parts ?? []) {
      const partRows = await tx.run(`MATCH (:${label} {id: $id})-[:${part.type}]->(p:${part.label}) RETURN p.id AS id`, { id });
      for (const row of partRows) await tx.touch(part.label, row.id as string);
      await tx.run(`MATCH (:${label} {id: $id})-[:${part.type}]->(p:${part.label}) DETACH DELETE p`, { id });
    }
    const rows = await tx.run(
      `MATCH (n:${label} {id: $id})
       CALL (n) {
         MATCH (n)--(m) WHERE m <> n AND (${isWritableNode('m')})
         SET m.updatedAt = datetime()
       }
       WITH n, COUNT { (n)--() } AS detached
       DETACH DELETE n
       RETURN detached`,
      { id },
    );
    return { deletedId: id, detachedRelationships: rows[0]!.detached as number };
  });
}

/** A relationship of the model seen from the node a mutation is about (the subject). */
export interface Link {
  subject: NodeLabel;
  type: RelationshipType;
  /** `out`: the relationship leaves the subject. */
  direction: 'out' | 'in';
  other: NodeLabel;
}

/** A link, checked against the model's relationship list when the module loads. */
export function link(subject: NodeLabel, type: RelationshipType, direction: 'out' | 'in', other: NodeLabel): Link {
  const spec = RELATIONSHIP_SPECS[type];
  const [from, to] = direction === 'out' ? [subject, other] : [other, subject];
  if (!spec.from.includes(from) || !spec.to.includes(to)) throw new Error(`(${from})-[:${type}]->(${to}) is not in the graph model.`);
  return { subject, type, direction, other };
}

const stampOther = (other: NodeLabel) => (isWritableLabel(other) ? 'SET o.updatedAt = datetime()' : '');

async function stampSubject(tx: CountingTransaction, label: NodeLabel, id: string): Promise<NodeRow> {
  const rows = await tx.run(`MATCH (s:${label} {id: $id}) SET s.updatedAt = datetime() RETURN ${project('s', label)} AS node`, { id });
  return rows[0]!.node as NodeRow;
}

/** Makes the subject's relationships of this kind exactly `otherIds` (checked to exist by the caller). */
async function replaceLinks(tx: CountingTransaction, link: Link, subjectId: string, otherIds: readonly string[]): Promise<NodeRow> {
  const { subject, type, direction, other } = link;
  await tx.touch(subject, subjectId);
  await tx.run(
    `MATCH (s:${subject} {id: $subjectId})${arrow(direction, type, 'r')}(o:${other})
     WHERE NOT o.id IN $otherIds
     ${stampOther(other)}
     DELETE r`,
    { subjectId, otherIds },
  );
  await tx.run(
    `MATCH (s:${subject} {id: $subjectId})
     UNWIND $otherIds AS otherId
     MATCH (o:${other} {id: otherId})
     WHERE NOT EXISTS { (s)${arrow(direction, type)}(o) }
     CREATE (s)${arrow(direction, type)}(o)
     ${stampOther(other)}`,
    { subjectId, otherIds },
  );
  return stampSubject(tx, subject, subjectId);
}

/** Adds one relationship unless it is there already. */
export async function addLink(tx: CountingTransaction, link: Link, subjectId: string, otherId: string): Promise<NodeRow> {
  const { subject, type, direction, other } = link;
  await tx.touch(subject, subjectId);
  await tx.run(
    `MATCH (s:${subject} {id: $subjectId}), (o:${other} {id: $otherId})
     MERGE (s)${arrow(direction, type)}(o)
     ${stampOther(other)}`,
    { subjectId, otherId },
  );
  return stampSubject(tx, subject, subjectId);
}

/** Removes one relationship; `removed` says whether there was one. */
export async function removeLink(
  tx: CountingTransaction,
  link: Link,
  subjectId: string,
  otherId: string,
): Promise<{ node: NodeRow; removed: boolean }> {
  const { subject, type, direction, other } = link;
  await tx.touch(subject, subjectId);
  const rows = await tx.run(
    `MATCH (s:${subject} {id: $subjectId})${arrow(direction, type, 'r')}(o:${other} {id: $otherId})
     ${stampOther(other)}
     DELETE r
     RETURN count(*) AS removed`,
    { subjectId, otherId },
  );
  return { node: await stampSubject(tx, subject, subjectId), removed: ((rows[0]?.removed as number | undefined) ?? 0) > 0 };
}

/** An id argument and the name the API knows it by (for error fields). */
export interface IdArgument {
  id: string;
  field: string;
}

/** A "set the related nodes" mutation: checks kinds, then existence and the write in one transaction. */
export async function setLinks(
  db: GraphExecutor,
  link: Link,
  subject: IdArgument,
  others: { ids: readonly string[]; field: string },
): Promise<NodeRow> {
  labelOfIdAmong(subject.id, [link.subject], subject.field);
  const unique = idsOfKind(others.ids, link.other, others.field);
  return db.write(async (tx) => {
    await requireNode(tx, link.subject, subject.id, subject.field);
    await requireNodes(tx, link.other, others.ids, others.field);
    return replaceLinks(tx, link, subject.id, unique);
  });
}

/**
 * A mutation on one relationship between two given nodes: checks both ids' kinds, then in one
 * transaction that both nodes exist (an absent `other.id`: no other node), `check` on them, then `work`.
 */
export async function withLinkEnds<T>(
  db: GraphExecutor,
  link: Link,
  subject: IdArgument,
  other: { id: string | null | undefined; field: string },
  work: (tx: CountingTransaction) => Promise<T>,
  check?: (subject: NodeRow, other: NodeRow | null) => void,
): Promise<T> {
  labelOfIdAmong(subject.id, [link.subject], subject.field);
  if (other.id) labelOfIdAmong(other.id, [link.other], other.field);
  return db.write(async (tx) => {
    const subjectNode = await requireNode(tx, link.subject, subject.id, subject.field);
    const otherNode = other.id ? await requireNode(tx, link.other, other.id, other.field) : null;
    check?.(subjectNode, otherNode);
    return work(tx);
  });
}

/** A single-valued relationship (a model's vendor, a node's owner): the other node, or none for null. */
export function setLink(
  db: GraphExecutor,
  link: Link,
  subject: IdArgument,
  other: { id: string | null | undefined; field: string },
  check?: (tx: CountingTransaction) => Promise<void>,
): Promise<NodeRow> {
  return withLinkEnds(db, link, subject, other, async (tx) => {
    await check?.(tx);
    return replaceLinks(tx, link, subject.id, other.id ? [other.id] : []);
  });
}
