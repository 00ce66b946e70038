import type { GraphExecutor } from '../db/executor.js';
import { badUserInput } from '../common/errors.js';
import { labelOfId } from '../graph/model.js';
import { compareIds, edgeSummary, toGraphEdge, type GraphEdge } from './graph-elements.js';

const MAX_EDGES_AMONG_IDS = 2500;

/** Checks `edgesAmong`'s ids before anything runs: each once, at most MAX_EDGES_AMONG_IDS. */
export function edgesAmongRequest(args: { ids: readonly string[] }): string[] {
  const ids = [...new Set(args.ids)];
  if (ids.length > MAX_EDGES_AMONG_IDS) throw badUserInput(`"ids" may hold at most ${MAX_EDGES_AMONG_IDS} ids.`, 'ids');
  return ids;
}

/**
 * Every relationship whose two ends are among `ids` (unknown ids are ignored), by id. A canvas built
 * from several neighbourhoods and seeds asks for it to draw the edges no single answer held.
 */
export async function edgesAmong(db: GraphExecutor, ids: string[]): Promise<GraphEdge[]> {
  if (ids.length < 2) return [];
  // One index seek per label the ids name (labels come from the closed list of graph/model.ts).
  const labels = [...new Set(ids.map(labelOfId))];
  const seeks = labels.map((label) => `MATCH (n:${label}) WHERE n.id IN $ids RETURN n`).join(' UNION ALL ');
  const rows = await db.readAs(
    `CALL () { ${seeks} }
     WITH collect(n) AS nodes
     UNWIND nodes AS a
     MATCH (a)-[r]->(b) WHERE b IN nodes
     RETURN ${edgeSummary('r')} AS edge`,
    { ids },
    (row) => toGraphEdge(row.edge),
  );
  const edges = new Map<string, GraphEdge>();
  for (const edge of rows) edges.set(edge.id, edge);
  return [...edges.values()].sort((a, b) => compareIds(a.id, b.id));
}
