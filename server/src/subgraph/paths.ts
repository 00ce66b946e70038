import type { GraphExecutor } from '../db/executor.js';
import { flag, list } from '../db/fields.js';
import { notFound } from '../common/errors.js';
import { inRange, integerArgument } from '../common/integer-arguments.js';
import { labelOfId, type NodeLabel } from '../graph/model.js';
import { edgeSummary, mergePaths, nodeSummary, nodeSummaryRow, rawPath, toGraphPath, type Subgraph } from './graph-elements.js';

const PATH_LENGTH = { fallback: 6, max: 8 };
const PATH_LIMIT = { fallback: 10, max: 50 };

export interface PathsRequest {
  from: string;
  fromLabel: NodeLabel;
  to: string;
  toLabel: NodeLabel;
  maxLength: number;
  limit: number;
}

/** Checks `paths`' arguments before anything runs. */
export function pathsRequest(args: { from: string; to: string; maxLength?: number | null; limit?: number | null }): PathsRequest {
  const maxLength = integerArgument(args.maxLength, 'maxLength', PATH_LENGTH);
  const limit = integerArgument(args.limit, 'limit', PATH_LIMIT);
  return { from: args.from, fromLabel: labelOfId(args.from), to: args.to, toLabel: labelOfId(args.to), maxLength, limit };
}

/** The path pattern: `SHORTEST k` with k one more than the limit, so a cut can be told apart. */
export function pathsPattern(maxLength: number, limit: number): string {
  // Written into the query: checked again here, whoever the caller.
  if (!inRange(maxLength, PATH_LENGTH.max)) throw new Error(`path length ${maxLength} out of range`);
  if (!inRange(limit, PATH_LIMIT.max)) throw new Error(`path limit ${limit} out of range`);
  return `SHORTEST ${limit + 1} (a)-[]-{1,${maxLength}}(b)`;
}

/**
 * The shortest paths between two nodes, along relationships of any type and either direction, of at
 * most `maxLength` edges: at most `limit` of them, merged into one subgraph. One query: Neo4j's
 * `SHORTEST k` finds them breadth first (which of equally long paths it finds first is its choice),
 * then they are ordered by length and by the ids along them. A node and itself: the node alone.
 */
export async function pathsBetween(db: GraphExecutor, request: PathsRequest): Promise<Subgraph> {
  // Labels from the ids' prefixes (a closed list); the path length and count are validated integers,
  // the only values written into the query (Cypher takes no parameter for them).
  const rows = await db.readAs(
    `OPTIONAL MATCH (a:${request.fromLabel} {id: $from})
     OPTIONAL MATCH (b:${request.toLabel} {id: $to})
     CALL (a, b) {
       WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
       MATCH p = ${pathsPattern(request.maxLength, request.limit)}
       WITH p ORDER BY length(p), [n IN nodes(p) | n.id]
       RETURN collect({nodes: [n IN nodes(p) | ${nodeSummary('n')}], edges: [r IN relationships(p) | ${edgeSummary('r')}]}) AS paths
     }
     RETURN CASE WHEN a IS NULL THEN null ELSE ${nodeSummary('a')} END AS from, b IS NOT NULL AS toFound, paths`,
    { from: request.from, to: request.to },
    (row) => ({
      from: row.from === null ? null : nodeSummaryRow(row.from, 'from'),
      toFound: flag(row.toFound, 'toFound'),
      paths: list(row.paths, 'paths', rawPath),
    }),
  );
  // OPTIONAL MATCH: one row, found or not.
  const row = rows[0]!;
  if (!row.from) throw notFound(`No node with id "${request.from}".`, 'from');
  if (!row.toFound) throw notFound(`No node with id "${request.to}".`, 'to');
  if (request.from === request.to) return mergePaths([toGraphPath({ nodes: [row.from], edges: [] })], false);
  const paths = row.paths.map(toGraphPath);
  return mergePaths(paths.slice(0, request.limit), paths.length > request.limit);
}
