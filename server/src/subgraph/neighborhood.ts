import neo4j from 'neo4j-driver';
import type { GraphExecutor } from '../db/executor.js';
import { fields, list, text } from '../db/fields.js';
import { notFound } from '../common/errors.js';
import { integerArgument } from '../common/integer-arguments.js';
import { labelOfId, type NodeLabel } from '../graph/model.js';
import {
  LABEL_OF_KIND,
  edgeSummary,
  nodeSummary,
  nodeSummaryRow,
  toGraphEdge,
  toGraphNode,
  type GraphEdge,
  type NodeSummaryRow,
  type Subgraph,
} from './graph-elements.js';

const NEIGHBORHOOD_DEPTH = { fallback: 1, max: 4 };
const NEIGHBORHOOD_LIMIT = { fallback: 200, max: 2000 };

export interface NeighborhoodRequest {
  id: string;
  label: NodeLabel;
  depth: number;
  /** Labels the walk may pass through and return (the start node aside); null for every label. */
  labels: NodeLabel[] | null;
  limit: number;
}

/** Checks `neighborhood`'s arguments before anything runs. */
export function neighborhoodRequest(args: {
  id: string;
  depth?: number | null;
  kinds?: readonly string[] | null;
  limit?: number | null;
}): NeighborhoodRequest {
  const depth = integerArgument(args.depth, 'depth', NEIGHBORHOOD_DEPTH);
  const limit = integerArgument(args.limit, 'limit', NEIGHBORHOOD_LIMIT);
  // No kinds, or an empty list, means every kind (as elsewhere in the API).
  const labels = args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds.map((kind) => LABEL_OF_KIND[kind]!))] : null;
  return { id: args.id, label: labelOfId(args.id), depth, labels, limit };
}

interface ReachedNode {
  elementId: string;
  node: NodeSummaryRow;
}

/** Reads a map `{elementId, node: nodeSummary}`. */
function reachedNode(value: unknown, what: string): ReachedNode {
  const reached = fields(value, what);
  return { elementId: text(reached.elementId, `${what}.elementId`), node: nodeSummaryRow(reached.node, `${what}.node`) };
}

/** `n` may be walked through and returned: one of the labels asked for (a closed list, never request text). */
const kindFilter = (labels: NodeLabel[] | null) => (labels ? `AND n:${labels.join('|')}` : '');

/**
 * The nodes within `depth` hops of a node, along relationships of any type and either direction,
 * nearest first and then by id, at most `limit` of them, with every relationship among them.
 *
 * Breadth first, one query per level: each level's nodes come from the previous level's, minus those
 * already seen (passed as element ids, so no list grows inside a query), ordered by id and cut at
 * what the limit leaves (plus one, to know the limit cut something). A level that does not fit ends
 * the walk, truncated. A last query reads the edges among the nodes kept.
 */
export async function neighborhood(db: GraphExecutor, request: NeighborhoodRequest): Promise<Subgraph> {
  const filter = kindFilter(request.labels);
  // The label comes from the id's prefix, from the closed list of graph/model.ts.
  const first = await db.readAs(
    `MATCH (s:${request.label} {id: $id})
     CALL (s) {
       MATCH (s)--(n) WHERE n <> s ${filter}
       WITH DISTINCT n ORDER BY n.id LIMIT $room
       RETURN collect({elementId: elementId(n), node: ${nodeSummary('n')}}) AS level
     }
     RETURN {elementId: elementId(s), node: ${nodeSummary('s')}} AS start, level`,
    { id: request.id, room: neo4j.int(request.limit) },
    (row) => ({ start: reachedNode(row.start, 'start'), level: list(row.level, 'level', reachedNode) }),
  );
  if (first.length === 0) throw notFound(`No node with id "${request.id}".`, 'id');
  const kept: ReachedNode[] = [first[0]!.start];
  let level = first[0]!.level;
  let truncated = false;
  for (let distance = 1; level.length > 0; distance += 1) {
    const room = request.limit - kept.length;
    if (level.length > room) {
      kept.push(...level.slice(0, room));
      truncated = true;
      break;
    }
    kept.push(...level);
    if (distance === request.depth) break;
    level = await db.readAs(
      `MATCH (f) WHERE elementId(f) IN $frontier
       MATCH (f)--(n) WHERE NOT elementId(n) IN $seen ${filter}
       WITH DISTINCT n ORDER BY n.id LIMIT $room
       RETURN elementId(n) AS elementId, ${nodeSummary('n')} AS node`,
      {
        frontier: level.map((item) => item.elementId),
        seen: kept.map((item) => item.elementId),
        room: neo4j.int(request.limit - kept.length + 1),
      },
      (row) => reachedNode(row, 'row'),
    );
  }
  return {
    nodes: kept.map((item) => toGraphNode(item.node)),
    edges: await edgesAmong(
      db,
      kept.map((item) => item.elementId),
    ),
    truncated,
  };
}

/** Every relationship between two of the given nodes (element ids), ordered by id. */
async function edgesAmong(db: GraphExecutor, elementIds: string[]): Promise<GraphEdge[]> {
  if (elementIds.length < 2) return [];
  return db.readAs(
    `MATCH (a) WHERE elementId(a) IN $nodes
     MATCH (a)-[r]->(b) WHERE elementId(b) IN $nodes
     WITH ${edgeSummary('r')} AS edge
     RETURN edge ORDER BY edge.id`,
    { nodes: elementIds },
    (row) => toGraphEdge(row.edge),
  );
}
