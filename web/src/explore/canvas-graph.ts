import { canvasNodeOf, type LabelledNode } from '../common/node-label.js';
import { mergeGraphs, storedEdge, type CanvasEdge, type CanvasGraph, type CanvasNode } from '../graph/elements.js';

// API answers → the one graph the Explore canvas shows. Pure, unit-tested.

/** A `neighborhood` answer (GraphNode/GraphEdge), as the query returns it. */
export interface SubgraphAnswer {
  nodes: readonly CanvasNode[];
  edges: readonly CanvasEdge[];
  truncated: boolean;
}

/** Seed nodes from `nodes(ids)`: ids that exist become canvas nodes; the others are reported as missing. */
export function seedGraph(ids: readonly string[], answer: readonly (LabelledNode | null)[]): { graph: CanvasGraph; missing: string[] } {
  const nodes: CanvasNode[] = [];
  const missing: string[] = [];
  ids.forEach((id, index) => {
    const node = answer[index];
    if (!node) missing.push(id);
    else nodes.push(canvasNodeOf(node));
  });
  return { graph: { nodes, edges: [] }, missing };
}

export function subgraphGraph(answer: SubgraphAnswer): CanvasGraph {
  return {
    nodes: answer.nodes.map((node) => ({ id: node.id, kind: node.kind, label: node.label })),
    edges: answer.edges.map(storedEdge),
  };
}

/** Seeds first, then each expansion in the order expanded: every node and edge once. */
export function exploreGraph(seeds: CanvasGraph, expansions: readonly CanvasGraph[]): CanvasGraph {
  return mergeGraphs(seeds, ...expansions);
}

/** How many nodes of each kind the graph holds (hidden ones left out), for the filter labels. */
export function kindCounts(graph: CanvasGraph, hidden: readonly string[] = []): Map<string, number> {
  const skip = new Set(hidden);
  const counts = new Map<string, number>();
  for (const node of graph.nodes) {
    if (skip.has(node.id)) continue;
    counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  }
  return counts;
}

/** The label of a node of the graph, or its id when it is not there (yet). */
export function labelOf(graph: CanvasGraph, id: string): string {
  return graph.nodes.find((node) => node.id === id)?.label ?? id;
}

/**
 * The ids whose edges among themselves `edgesAmong` should fill in: every node, when the canvas was
 * gathered from more than one answer (a lone neighbourhood already holds its edges); none otherwise.
 */
export function idsNeedingEdges(graph: CanvasGraph, sources: number, max = 2500): string[] {
  if (sources < 2 || graph.nodes.length < 2 || graph.nodes.length > max) return [];
  return graph.nodes.map((node) => node.id).sort();
}

/** The graph with edges added (each once); edges whose ends are not in the graph are left out. */
export function withEdges(graph: CanvasGraph, edges: readonly CanvasEdge[]): CanvasGraph {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const extra = edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  return mergeGraphs(graph, { nodes: [], edges: extra });
}
