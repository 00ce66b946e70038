import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import { labelOfId, type NodeLabel } from '../graph/model.js';
import type { GraphExecutor, Row } from '../db/executor.js';
import { badUserInput } from './errors.js';
import { ENTITIES, type EntitySpec, type RelationSpec } from './entities.js';
import { SLICE_PAGE, pageWindow, toConnection, windowParameters, type Connection, type PageArgs } from './paging.js';

/** A node as the resolvers see it: its properties, plus the label it was read with. */
export type NodeRow = Row & { id: string; __label: NodeLabel };

export interface ListArgs extends PageArgs {
  filter?: Record<string, unknown> | null;
  orderBy?: { field: string; direction?: 'ASC' | 'DESC' | null } | null;
}

/** A relationship with properties seen from one end, with the node at the other end. */
export interface EdgeRow {
  /** The relationship's properties. */
  properties: Row;
  /** True when the relationship leaves the parent. */
  outgoing: boolean;
  parentId: string;
  other: NodeRow;
}

/** A relationship with properties (a mapping, a control's link), as a field of one end. */
export interface EdgeSpec {
  key: string;
  parent: NodeLabel;
  type: 'MAPS_TO' | 'SATISFIES';
  direction: 'out' | 'in' | 'both';
  /** Filter field → predicate over `r` (relationship), `o` (other end) and `outgoing`. */
  filters: Record<string, (parameter: string) => string>;
  /** ORDER BY over `r`, `o`. */
  order: string;
}

/** `n {.*}` plus its label, the shape every node query returns. */
const nodeProjection = (variable: string, label: NodeLabel) => `${variable} {.*, __label: '${label}'}`;

function whereClause(spec: EntitySpec, filter: Record<string, unknown> | null | undefined, parameters: Record<string, unknown>): string {
  const predicates: string[] = [];
  for (const [field, value] of Object.entries(filter ?? {})) {
    if (value === null || value === undefined) continue;
    const filterSpec = spec.filters[field];
    if (!filterSpec) throw badUserInput(`Unknown filter "${field}".`, `filter.${field}`);
    if (Array.isArray(value) && value.length === 0) continue;
    const parameter = `filter_${field}`;
    parameters[parameter] = filterSpec.value ? filterSpec.value(value) : value;
    predicates.push(filterSpec.predicate(parameter));
  }
  return predicates.length > 0 ? `WHERE ${predicates.join(' AND ')}` : '';
}

function orderClause(spec: EntitySpec, orderBy: ListArgs['orderBy'], variable = 'n'): string {
  const property = orderBy ? spec.orderFields[orderBy.field] : spec.defaultOrder;
  if (!property) throw badUserInput(`Cannot order ${spec.typename} by ${orderBy?.field}.`, 'orderBy.field');
  const direction = orderBy?.direction === 'DESC' ? 'DESC' : 'ASC';
  // Ties broken by id, so pages never overlap or skip.
  return property === 'id' ? `${variable}.id ${direction}` : `${variable}.${property} ${direction}, ${variable}.id ASC`;
}

/** One query for a root connection: filter, order, count and page together. */
export async function listNodes(db: GraphExecutor, spec: EntitySpec, args: ListArgs, today: string): Promise<Connection<NodeRow>> {
  const window = pageWindow(args);
  const parameters: Record<string, unknown> = { ...windowParameters(window), today };
  const where = whereClause(spec, args.filter, parameters);
  if (window.last === null && window.end !== null) {
    // Paging forwards: count apart, and let Neo4j keep only the top of the order (SKIP/LIMIT) instead
    // of sorting and carrying the whole list.
    parameters.skip = neo4j.int(window.start);
    parameters.limit = neo4j.int(Math.max(window.end - window.start, 0));
    const rows = await db.read(
      `CALL () { MATCH (n:${spec.label}) ${where} RETURN count(n) AS total }
       CALL () {
         MATCH (n:${spec.label}) ${where}
         WITH n ORDER BY ${orderClause(spec, args.orderBy)} SKIP $skip LIMIT $limit
         RETURN collect(${nodeProjection('n', spec.label)}) AS page
       }
       RETURN total, page`,
      parameters,
    );
    const row = rows[0]!;
    return toConnection(row.page as NodeRow[], window.start, row.total as number);
  }
  const rows = await db.read(
    `MATCH (n:${spec.label}) ${where}
     WITH n ORDER BY ${orderClause(spec, args.orderBy)}
     WITH collect(n) AS items
     ${SLICE_PAGE}
     RETURN total, pageStart, [n IN page | ${nodeProjection('n', spec.label)}] AS page`,
    parameters,
  );
  const row = rows[0]!;
  return toConnection(row.page as NodeRow[], row.pageStart as number, row.total as number);
}

function argumentsKey(args: ListArgs): string {
  return JSON.stringify([args.first, args.after, args.last, args.before, args.filter ?? null, args.orderBy ?? null]);
}

/** The request's loader for one relation and one set of list arguments, made on first use. */
function loaderFor<Row>(
  loaders: Map<string, DataLoader<string, Connection<Row>>>,
  specKey: string,
  args: ListArgs,
  load: (ids: readonly string[]) => Promise<Connection<Row>[]>,
): DataLoader<string, Connection<Row>> {
  const key = `${specKey}|${argumentsKey(args)}`;
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader(load, { maxBatchSize: 1000 });
    loaders.set(key, loader);
  }
  return loader;
}

/**
 * Per-request loaders: every nested field of the same kind and arguments, across all parents of a
 * response, is answered by one query (`UNWIND $ids`), so round trips do not grow with the result.
 */
export class Loaders {
  private readonly relations = new Map<string, DataLoader<string, Connection<NodeRow>>>();
  readonly nodes: DataLoader<string, NodeRow | null>;

  constructor(
    private readonly db: GraphExecutor,
    private readonly today: string,
  ) {
    this.nodes = new DataLoader((ids) => this.loadNodes(ids), { maxBatchSize: 1000 });
  }

  relation(spec: RelationSpec, args: ListArgs): DataLoader<string, Connection<NodeRow>> {
    return loaderFor(this.relations, spec.key, args, (ids) => this.loadRelation(spec, args, ids));
  }

  /** A single-valued relationship (a model's vendor, a control's owner): the first neighbour or null. */
  async one(spec: RelationSpec, parentId: string): Promise<NodeRow | null> {
    const page = await this.relation(spec, { first: 1 }).load(parentId);
    return page.nodes[0] ?? null;
  }

  private async loadRelation(spec: RelationSpec, args: ListArgs, ids: readonly string[]): Promise<Connection<NodeRow>[]> {
    const window = pageWindow(args);
    const parameters: Record<string, unknown> = { ...windowParameters(window), ids, today: this.today };
    let where = whereClause(spec.target, args.filter, parameters);
    let pattern =
      spec.direction === 'out' ? `(p)-[:${spec.type}]->(n:${spec.target.label})` : `(p)<-[:${spec.type}]-(n:${spec.target.label})`;
    if (spec.via) {
      pattern = `(n:${spec.target.label})`;
      where = where ? `${where} AND ${spec.via}` : `WHERE ${spec.via}`;
    }
    const rows = await this.db.read(
      `UNWIND $ids AS id
       MATCH (p:${spec.parent} {id: id})
       CALL (p) {
         MATCH ${pattern} ${where}
         WITH n ORDER BY ${orderClause(spec.target, args.orderBy)}
         RETURN collect(n) AS items
       }
       ${SLICE_PAGE}
       RETURN id, total, pageStart, [n IN page | ${nodeProjection('n', spec.target.label)}] AS page`,
      parameters,
    );
    const byId = new Map(
      rows.map((row) => [row.id as string, toConnection(row.page as NodeRow[], row.pageStart as number, row.total as number)]),
    );
    return ids.map((id) => byId.get(id) ?? toConnection<NodeRow>([], 0, 0));
  }

  private readonly edgeLoaders = new Map<string, DataLoader<string, Connection<EdgeRow>>>();

  edges(spec: EdgeSpec, args: ListArgs): DataLoader<string, Connection<EdgeRow>> {
    return loaderFor(this.edgeLoaders, spec.key, args, (ids) => this.loadEdges(spec, args, ids));
  }

  private async loadEdges(spec: EdgeSpec, args: ListArgs, ids: readonly string[]): Promise<Connection<EdgeRow>[]> {
    const window = pageWindow(args);
    const parameters: Record<string, unknown> = { ...windowParameters(window), ids };
    const predicates: string[] = [];
    for (const [field, value] of Object.entries(args.filter ?? {})) {
      if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      const predicate = spec.filters[field];
      if (!predicate) throw badUserInput(`Unknown filter "${field}".`, `filter.${field}`);
      parameters[`filter_${field}`] = value;
      predicates.push(predicate(`filter_${field}`));
    }
    const arrow = { out: ['-', '->'], in: ['<-', '-'], both: ['-', '-'] }[spec.direction];
    const rows = await this.db.read(
      `UNWIND $ids AS id
       MATCH (p:${spec.parent} {id: id})
       CALL (p) {
         MATCH (p)${arrow[0]}[r:${spec.type}]${arrow[1]}(o)
         WITH r, o, startNode(r) = p AS outgoing
         ${predicates.length > 0 ? `WHERE ${predicates.join(' AND ')}` : ''}
         WITH r, o, outgoing ORDER BY ${spec.order}
         RETURN collect({properties: properties(r), outgoing: outgoing, other: o {.*, __label: labels(o)[0]}}) AS items
       }
       ${SLICE_PAGE}
       RETURN id, total, pageStart, page`,
      parameters,
    );
    const byId = new Map(
      rows.map((row) => {
        const page = (row.page as Omit<EdgeRow, 'parentId'>[]).map((edge) => ({ ...edge, parentId: row.id as string }));
        return [row.id as string, toConnection(page, row.pageStart as number, row.total as number)];
      }),
    );
    return ids.map((id) => byId.get(id) ?? toConnection<EdgeRow>([], 0, 0));
  }

  /** Nodes by id, one query for all labels asked for. */
  private async loadNodes(ids: readonly string[]): Promise<(NodeRow | null)[]> {
    const byLabel = new Map<NodeLabel, string[]>();
    for (const id of ids) {
      const label = labelOfId(id);
      byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
    }
    const parameters: Record<string, unknown> = {};
    const parts = [...byLabel.entries()].map(([label, labelIds], index) => {
      parameters[`ids${index}`] = labelIds;
      // Labels from the closed list of the model, picked by the id's prefix.
      return `MATCH (n:${ENTITIES[label].label}) WHERE n.id IN $ids${index} RETURN ${nodeProjection('n', label)} AS node`;
    });
    const rows = await this.db.read(`CALL () { ${parts.join(' UNION ALL ')} } RETURN node`, parameters);
    const found = new Map(rows.map((row) => [(row.node as NodeRow).id, row.node as NodeRow]));
    return ids.map((id) => found.get(id) ?? null);
  }
}

// Shapes the resolvers hand to GraphQL for connection types (codegen maps the SDL types onto these).
export type NodeConnection = Connection<NodeRow>;
export type NodeConnectionEdge = NodeConnection['edges'][number];
export type EdgeConnection = Connection<EdgeRow>;
export type EdgeConnectionEdge = EdgeConnection['edges'][number];
