import neo4j from 'neo4j-driver';
import type { GraphExecutor } from '../db/executor.js';
import { fields, flag, integer, list } from '../db/fields.js';
import { integerArgument } from '../common/integer-arguments.js';
import { labelOfId, type NodeLabel } from '../graph/model.js';
import {
  compareIds,
  edgeSummary,
  nodeSummary,
  nodeSummaryRow,
  toGraphEdge,
  toGraphNode,
  type GraphEdge,
  type GraphNode,
} from './graph-elements.js';

const RELATIONSHIP_LIMIT = { fallback: 200, max: 1000 };

/** One stored property as text: `value` for a scalar, `values` for a list. */
export interface NodeProperty {
  key: string;
  value: string | null;
  values: string[] | null;
}

type NodeRelationshipDirection = 'OUTGOING' | 'INCOMING';

interface NodeRelationship {
  edge: GraphEdge;
  direction: NodeRelationshipDirection;
  other: GraphNode;
}

export interface NodeDetails {
  node: GraphNode;
  properties: NodeProperty[];
  relationships: NodeRelationship[];
  relationshipCount: number;
  truncated: boolean;
}

export interface NodeDetailsRequest {
  id: string;
  label: NodeLabel;
  relationshipLimit: number;
}

/** Checks `nodeDetails`'s arguments before anything runs. */
export function nodeDetailsRequest(args: { id: string; relationshipLimit?: number | null }): NodeDetailsRequest {
  const relationshipLimit = integerArgument(args.relationshipLimit, 'relationshipLimit', RELATIONSHIP_LIMIT);
  // As node(id) does: an id whose prefix names no label reads as a provision's, and is then simply not found.
  return { id: args.id, label: labelOfId(args.id), relationshipLimit };
}

/**
 * One property value, already plain JavaScript (db/values.ts: integers as numbers, dates as
 * `YYYY-MM-DD`, date-times as ISO-8601), as text.
 */
export function propertyText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  // Nothing in the model stores anything else (a point would arrive as a map): show it as JSON.
  return JSON.stringify(value);
}

/** A node's property map as a list ordered by key (by code point, as Cypher orders): lists in `values`, the rest in `value`. */
export function toNodeProperties(properties: Record<string, unknown>): NodeProperty[] {
  return Object.keys(properties)
    .sort(compareIds)
    .map((key) => {
      const stored = properties[key];
      return Array.isArray(stored)
        ? { key, value: null, values: stored.map(propertyText) }
        : { key, value: stored === null || stored === undefined ? null : propertyText(stored), values: null };
    });
}

/** Reads a map `{edge: edgeSummary, outgoing, other: nodeSummary}` as the relationship it describes. */
function nodeRelationship(value: unknown, what: string): NodeRelationship {
  const item = fields(value, what);
  return {
    edge: toGraphEdge(item.edge, `${what}.edge`),
    direction: flag(item.outgoing, `${what}.outgoing`) ? 'OUTGOING' : 'INCOMING',
    other: toGraphNode(nodeSummaryRow(item.other, `${what}.other`)),
  };
}

/**
 * A node's stored properties and its relationships, in one query: every relationship of any type
 * and either direction, ordered by type, then the other node's id (then outgoing first, then the
 * edge's id, so the order is total), at most `relationshipLimit` of them, with the full count.
 * Null when no node has the id.
 */
export async function nodeDetails(db: GraphExecutor, request: NodeDetailsRequest): Promise<NodeDetails | null> {
  // The label comes from the id's prefix, from the closed list of graph/model.ts.
  const rows = await db.readAs(
    `MATCH (n:${request.label} {id: $id})
     CALL (n) {
       MATCH (n)-[r]-()
       RETURN count(r) AS relationshipCount
     }
     CALL (n) {
       MATCH (n)-[r]-(o)
       WITH r, o, startNode(r) = n AS outgoing, ${edgeSummary('r')} AS edge
       ORDER BY edge.type, o.id, outgoing DESC, edge.id
       LIMIT $limit
       RETURN collect({edge: edge, outgoing: outgoing, other: ${nodeSummary('o')}}) AS relationships
     }
     RETURN ${nodeSummary('n')} AS node, properties(n) AS properties, relationshipCount, relationships`,
    { id: request.id, limit: neo4j.int(request.relationshipLimit) },
    (row): NodeDetails => {
      const relationshipCount = integer(row.relationshipCount, 'relationshipCount');
      return {
        node: toGraphNode(nodeSummaryRow(row.node)),
        properties: toNodeProperties(fields(row.properties, 'properties')),
        relationships: list(row.relationships, 'relationships', nodeRelationship),
        relationshipCount,
        truncated: relationshipCount > request.relationshipLimit,
      };
    },
  );
  return rows[0] ?? null;
}
