import type { GraphExecutor, Row } from '../db/executor.js';
import { list, text } from '../db/fields.js';
import { inRange, integerArgument } from '../common/integer-arguments.js';
import {
  edgeSummary,
  nodeSummary,
  nodeSummaryRow,
  toGraphEdge,
  toGraphNode,
  type GraphEdge,
  type GraphNode,
  type NodeSummaryRow,
  type RawPath,
} from '../subgraph/graph-elements.js';
import {
  compareStrongestFirst,
  compose,
  stepRelationship,
  stepStrength,
  type Derived,
  type ReasoningEdge,
  type Relationship,
} from './composition.js';

const MAX_HOPS = 6;
/** Paths kept per result, strongest first. */
const MAX_PATHS = 20;

interface ReasoningPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
  relationship: Derived;
  strength: number;
}

/** What a control reaches: a provision or obligation, the strongest result, and every path to it. */
export interface SatisfactionResult {
  controlId: string;
  targetId: string;
  relationship: Derived;
  strength: number;
  hops: number;
  direct: boolean;
  paths: ReasoningPath[];
}

/** `maxHops` of satisfaction and controlsFor: 3 when absent (README, "Crosswalk reasoning"). */
export const maxHopsArgument = (maxHops: number | null | undefined): number =>
  integerArgument(maxHops, 'maxHops', { fallback: 3, max: MAX_HOPS });

/** The reference graph the reasoning walks: provisions, obligations and the edges among them. */
interface ReasoningGraph {
  nodes: Map<string, NodeSummaryRow>;
  edgesAt: Map<string, GraphEdge[]>;
}

/**
 * Loads the reasoning graph in one query. It is small (hundreds of provisions and obligations, a few
 * hundred mappings, parts and derivations) and does not grow with the organisation, so walking it in
 * memory is cheaper than asking Neo4j to enumerate paths; it is read per request, so it is never stale.
 */
async function loadReasoningGraph(db: GraphExecutor, excluded: string[]): Promise<ReasoningGraph> {
  const rows = await db.readAs(
    `CALL () {
       MATCH (n) WHERE (n:Provision OR n:Obligation) AND NOT n.id IN $excluded
       RETURN collect(${nodeSummary('n')}) AS nodes
     }
     CALL () {
       MATCH (a)-[r:MAPS_TO|PART_OF|DERIVED_FROM]->(b)
       WHERE (a:Provision OR a:Obligation) AND (b:Provision OR b:Obligation) AND NOT a.id IN $excluded AND NOT b.id IN $excluded
       RETURN collect(${edgeSummary('r')}) AS edges
     }
     RETURN nodes, edges`,
    { excluded },
    (row) => ({ nodes: list(row.nodes, 'nodes', nodeSummaryRow), edges: list(row.edges, 'edges', toGraphEdge) }),
  );
  // Two aggregations: always one row.
  const row = rows[0]!;
  const nodes = new Map(row.nodes.map((node) => [node.id, node]));
  const edgesAt = new Map<string, GraphEdge[]>();
  for (const edge of row.edges) {
    for (const end of [edge.source, edge.target]) edgesAt.set(end, [...(edgesAt.get(end) ?? []), edge]);
  }
  return { nodes, edgesAt };
}

/**
 * Every path of at most `hops` edges from each start node, in either direction along the edges, never
 * visiting a node twice (so a cycle of mappings ends) and never going beyond a NOT_RELATED mapping
 * (nothing is reached through it).
 */
function pathsFrom(graph: ReasoningGraph, startIds: string[], hops: number): Map<string, RawPath[]> {
  if (!inRange(hops, MAX_HOPS, 0)) throw new Error(`path length ${hops} out of range`);
  const result = new Map<string, RawPath[]>();
  for (const startId of startIds) {
    const start = graph.nodes.get(startId);
    if (!start) continue;
    const paths: RawPath[] = [];
    const extend = (nodes: NodeSummaryRow[], edges: GraphEdge[]): void => {
      paths.push({ nodes, edges });
      if (edges.length === hops) return;
      const here = nodes.at(-1)!.id;
      for (const edge of graph.edgesAt.get(here) ?? []) {
        if (edge.relationship === 'NOT_RELATED') continue;
        const next = graph.nodes.get(edge.source === here ? edge.target : edge.source);
        if (!next || nodes.some((node) => node.id === next.id)) continue;
        extend([...nodes, next], [...edges, edge]);
      }
    };
    extend([start], []);
    result.set(startId, paths);
  }
  return result;
}

function asReasoningEdge(edge: GraphEdge): ReasoningEdge {
  return {
    id: edge.id,
    type: edge.type,
    startId: edge.source,
    endId: edge.target,
    relationship: edge.relationship as Relationship | null,
    strength: edge.strength,
  };
}

/** Composes a walk: the first step's relationship, then each edge walked from the node before it. */
export function walk(
  first: { relationship: Derived; strength: number },
  nodeIds: string[],
  edges: GraphEdge[],
): { relationship: Derived; strength: number } {
  let relationship = first.relationship;
  let strength = first.strength;
  edges.forEach((edge, index) => {
    const reasoningEdge = asReasoningEdge(edge);
    relationship = compose(relationship, stepRelationship(reasoningEdge, nodeIds[index]!));
    strength = Math.min(strength, stepStrength(reasoningEdge));
  });
  return { relationship, strength };
}

interface SatisfiesRow {
  controlId: string;
  control: NodeSummaryRow;
  edge: GraphEdge;
  target: NodeSummaryRow;
}

/** The RETURN of both SATISFIES reads below. */
const SATISFIES_RETURN = `c.id AS controlId, ${nodeSummary('c')} AS control, ${edgeSummary('s')} AS edge, ${nodeSummary('t')} AS target`;

const satisfiesRow = (row: Row): SatisfiesRow => ({
  controlId: text(row.controlId, 'controlId'),
  control: nodeSummaryRow(row.control, 'control'),
  edge: toGraphEdge(row.edge),
  target: nodeSummaryRow(row.target, 'target'),
});

/** Adds a path to the result for (control, target), keeping the strongest result and all paths. */
function record(results: Map<string, SatisfactionResult>, controlId: string, targetId: string, path: ReasoningPath, hops: number): void {
  const key = `${controlId}|${targetId}`;
  const existing = results.get(key);
  const candidate = { relationship: path.relationship, strength: path.strength, hops };
  if (!existing) {
    results.set(key, { controlId, targetId, ...candidate, direct: hops === 1, paths: [path] });
    return;
  }
  existing.paths.push(path);
  if (hops === 1) existing.direct = true;
  if (compareStrongestFirst(candidate, existing) < 0) Object.assign(existing, candidate);
}

function finish(results: Map<string, SatisfactionResult>, includeIndeterminate: boolean): SatisfactionResult[] {
  const list = [...results.values()].filter(
    (result) => result.relationship !== 'NOT_RELATED' && (includeIndeterminate || result.relationship !== 'INDETERMINATE'),
  );
  for (const result of list) {
    result.paths = result.paths
      .filter((path) => path.relationship !== 'NOT_RELATED' && (includeIndeterminate || path.relationship !== 'INDETERMINATE'))
      .sort((a, b) => compareStrongestFirst({ ...a, hops: a.edges.length }, { ...b, hops: b.edges.length }))
      .slice(0, MAX_PATHS);
  }
  return list.sort((a, b) => compareStrongestFirst(a, b) || a.targetId.localeCompare(b.targetId));
}

export interface ReasoningOptions {
  maxHops: number;
  includeIndeterminate: boolean;
  /** Nodes treated as absent (what-if analysis): no path runs through them. */
  excluded?: string[];
  /** Skip building paths (org-wide coverage needs results, not explanations). */
  withoutPaths?: boolean;
}

/**
 * What controls satisfy: their direct SATISFIES links, composed with every path of the reference
 * graph from each linked provision or obligation (maxHops counts the control's own link).
 */
export async function satisfactionOfControls(
  db: GraphExecutor,
  controlIds: string[] | 'all',
  options: ReasoningOptions,
): Promise<SatisfactionResult[]> {
  const excluded = options.excluded ?? [];
  // The control's links and the reference graph are independent reads: ask for both at once.
  const [links, graph] = await Promise.all([
    db.readAs(
      `MATCH (c:Control)-[s:SATISFIES]->(t)
     WHERE ($all OR c.id IN $controlIds) AND NOT c.id IN $excluded AND NOT t.id IN $excluded
     RETURN ${SATISFIES_RETURN}`,
      { all: controlIds === 'all', controlIds: controlIds === 'all' ? [] : controlIds, excluded },
      satisfiesRow,
    ),
    loadReasoningGraph(db, excluded),
  ]);
  const starts = [...new Set(links.map((link) => link.target.id))];
  const paths = pathsFrom(graph, starts, options.maxHops - 1);
  const results = new Map<string, SatisfactionResult>();
  for (const link of links) {
    const first = { relationship: link.edge.relationship as Derived, strength: link.edge.strength ?? 10 };
    for (const raw of paths.get(link.target.id) ?? []) {
      const nodeIds = raw.nodes.map((node) => node.id);
      const { relationship, strength } = walk(first, nodeIds, raw.edges);
      const path: ReasoningPath = options.withoutPaths
        ? { nodes: [], edges: [], relationship, strength }
        : { nodes: [link.control, ...raw.nodes].map(toGraphNode), edges: [link.edge, ...raw.edges], relationship, strength };
      record(results, link.controlId, nodeIds.at(-1)!, path, raw.edges.length + 1);
    }
  }
  return finish(results, options.includeIndeterminate);
}

/**
 * The reverse question: which controls satisfy a provision or obligation. Walks the reference graph
 * back from the target to every node a control links to, then composes each path forwards, from the
 * control, exactly as satisfactionOfControls does.
 */
export async function controlsSatisfying(db: GraphExecutor, targetId: string, options: ReasoningOptions): Promise<SatisfactionResult[]> {
  const excluded = options.excluded ?? [];
  const paths = pathsFrom(await loadReasoningGraph(db, excluded), [targetId], options.maxHops - 1).get(targetId) ?? [];
  const reachable = [...new Set(paths.map((path) => path.nodes.at(-1)!.id))];
  const links = await db.readAs(
    `MATCH (c:Control)-[s:SATISFIES]->(t)
     WHERE t.id IN $reachable AND NOT c.id IN $excluded
     RETURN ${SATISFIES_RETURN}`,
    { reachable, excluded },
    satisfiesRow,
  );
  const pathsEndingAt = new Map<string, RawPath[]>();
  for (const path of paths) {
    const end = path.nodes.at(-1)!.id;
    pathsEndingAt.set(end, [...(pathsEndingAt.get(end) ?? []), path]);
  }
  const results = new Map<string, SatisfactionResult>();
  for (const link of links) {
    const first = { relationship: link.edge.relationship as Derived, strength: link.edge.strength ?? 10 };
    for (const raw of pathsEndingAt.get(link.target.id) ?? []) {
      // The path runs target → … → linked node; the control's reasoning runs the other way.
      const nodes = [...raw.nodes].reverse();
      const edges = [...raw.edges].reverse();
      const { relationship, strength } = walk(
        first,
        nodes.map((node) => node.id),
        edges,
      );
      const path: ReasoningPath = {
        nodes: [link.control, ...nodes].map(toGraphNode),
        edges: [link.edge, ...edges],
        relationship,
        strength,
      };
      record(results, link.controlId, targetId, path, edges.length + 1);
    }
  }
  return finish(results, options.includeIndeterminate);
}

/** A control satisfying a target, with its evidence summary (controlsFor). */
export interface ControlCoverageResult {
  controlId: string;
  satisfaction: SatisfactionResult;
  evidence: import('../evidence/summary.js').EvidenceSummary;
}
