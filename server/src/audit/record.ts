import { randomUUID } from 'node:crypto';
import type { Caller } from '../auth/roles.js';

// The audit trail: every mutation writes one AuditEvent node in its own transaction (so a failed
// mutation writes none), naming who, when, which operation, which nodes, and each touched node as
// it was before and after. Events have no relationships (a deleted node's events stay) and no
// mutation or write helper can reach the AuditEvent label (graph/model.ts does not list it).

/** A node as the trail records it: labels, properties and its relationships. */
export interface NodeSnapshot {
  labels: string[];
  properties: Record<string, unknown>;
  relationships: { type: string; direction: 'OUT' | 'IN'; id: string; properties: Record<string, unknown> }[];
  /** Set when the node had more relationships than a snapshot keeps. */
  relationshipsTruncated?: boolean;
}

export interface AuditChange {
  nodeId: string;
  label: string;
  before: NodeSnapshot | null;
  after: NodeSnapshot | null;
}

/** At most this many relationships per node are kept in a snapshot. */
const MAX_SNAPSHOT_RELATIONSHIPS = 500;
/** Never recorded, whatever node they are on: what a stored API key is checked against. */
const SECRET_PROPERTIES = new Set(['hash', 'salt']);

/**
 * The Cypher of one snapshot (label from graph/model.ts's closed list or ApiKey, never user text):
 * null when the node does not exist.
 */
export function snapshotQuery(label: string): string {
  return `OPTIONAL MATCH (n:${label} {id: $id})
    RETURN CASE WHEN n IS NULL THEN null ELSE {
      labels: labels(n),
      properties: properties(n),
      relationshipCount: COUNT { (n)--() },
      relationships: COLLECT {
        MATCH (n)-[r]-(o)
        WITH r, o ORDER BY type(r), o.id
        RETURN {type: type(r), direction: CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END, id: o.id, properties: properties(r)}
        LIMIT ${MAX_SNAPSHOT_RELATIONSHIPS}
      }
    } END AS snapshot`;
}

export function toSnapshot(value: unknown): NodeSnapshot | null {
  if (!value) return null;
  const raw = value as {
    labels: string[];
    properties: Record<string, unknown>;
    relationshipCount: number;
    relationships: NodeSnapshot['relationships'];
  };
  const properties = Object.fromEntries(Object.entries(raw.properties).filter(([name]) => !SECRET_PROPERTIES.has(name)));
  return {
    labels: [...raw.labels].sort(),
    properties,
    relationships: raw.relationships,
    ...(raw.relationshipCount > raw.relationships.length ? { relationshipsTruncated: true } : {}),
  };
}

const relationshipKey = (relationship: NodeSnapshot['relationships'][number]) =>
  `${relationship.type}|${relationship.direction}|${relationship.id}|${JSON.stringify(relationship.properties)}`;

/**
 * The ids an event is about: every touched node, and every node at the other end of a relationship
 * that appeared or went (a vendor whose link to a system was removed is in that event).
 */
export function affectedIds(changes: readonly AuditChange[]): string[] {
  const ids = new Set<string>();
  for (const change of changes) {
    ids.add(change.nodeId);
    const before = new Map((change.before?.relationships ?? []).map((r) => [relationshipKey(r), r.id]));
    const after = new Map((change.after?.relationships ?? []).map((r) => [relationshipKey(r), r.id]));
    for (const [key, id] of before) if (!after.has(key)) ids.add(id);
    for (const [key, id] of after) if (!before.has(key)) ids.add(id);
  }
  return [...ids];
}

/** The event's properties as stored; `changes` is JSON text (Neo4j properties cannot nest maps). */
export function auditEventProperties(caller: Caller, operation: string, changes: readonly AuditChange[]): Record<string, unknown> {
  return {
    id: `audit:${randomUUID()}`,
    actor: caller.actor,
    actorKind: caller.kind,
    role: caller.role,
    keyId: caller.keyId ?? null,
    operation,
    nodeIds: affectedIds(changes),
    changes: JSON.stringify(changes),
  };
}

export const INSERT_AUDIT_EVENT = `CREATE (e:AuditEvent) SET e = $event, e.at = datetime.transaction()`;
