import type { ElementDefinition } from 'cytoscape';
import type { FrameworkId, Kind } from '../state/view-state.js';
import { frameworkOf, RELATIONSHIP_LABEL } from './kinds.js';

// API results (GraphNode/GraphEdge of the subgraph queries) → Cytoscape element definitions. Pure,
// so filters, nesting and labels are unit-tested without a browser.

export interface CanvasNode {
  id: string;
  kind: string;
  label: string;
  /** Impact: the layer the node belongs to (0 = the changed node); laid out in that order. */
  layer?: number;
}

export interface CanvasEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  relationship?: string | null;
  strength?: number | null;
  /** Crosswalk: a relationship composed along a path, not an edge stored in the graph. */
  derived?: boolean;
}

export interface CanvasGraph {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

export const EMPTY_GRAPH: CanvasGraph = { nodes: [], edges: [] };

export interface ElementOptions {
  hidden?: readonly string[];
  pinned?: readonly string[];
  /** Kinds to show; every kind when empty. */
  kinds?: readonly Kind[];
  /** Frameworks to show (the organisation's side always shows); every framework when empty. */
  frameworks?: readonly FrameworkId[];
  /** Provisions inside the provision they are PART_OF, when both are shown (compound nodes). */
  nested?: boolean;
  /** Ids to mark, e.g. the path being explained. */
  highlighted?: readonly string[];
  selected?: string | null;
}

/**
 * An edge's own fields, as the API's GraphEdge has them: relationship and strength null when absent,
 * and nothing else (a query's extra fields or the derived mark stay behind).
 */
export function storedEdge(edge: CanvasEdge): CanvasEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    relationship: edge.relationship ?? null,
    strength: edge.strength ?? null,
  };
}

/** Both graphs' nodes and edges, each once (the first one seen wins). */
export function mergeGraphs(...graphs: CanvasGraph[]): CanvasGraph {
  const nodes = new Map<string, CanvasNode>();
  const edges = new Map<string, CanvasEdge>();
  for (const graph of graphs) {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of graph.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** What an edge says on the canvas: its type, or for mappings the relationship and strength. */
export function edgeLabel(edge: CanvasEdge): string {
  if (!edge.relationship) return edge.type;
  const words = RELATIONSHIP_LABEL[edge.relationship] ?? edge.relationship;
  const strength = edge.strength == null ? '' : ` · ${edge.strength}`;
  return edge.derived ? `derived: ${words}${strength}` : `${words}${strength}`;
}

/** The nodes the filters keep. */
function visibleNodes(graph: CanvasGraph, options: ElementOptions = {}): CanvasNode[] {
  const hidden = new Set(options.hidden ?? []);
  const kinds = new Set<string>(options.kinds ?? []);
  const frameworks = new Set<string>(options.frameworks ?? []);
  return graph.nodes.filter((node) => {
    if (hidden.has(node.id)) return false;
    if (kinds.size > 0 && !kinds.has(node.kind)) return false;
    const framework = frameworkOf(node.id, node.kind);
    if (frameworks.size > 0 && framework !== null && !frameworks.has(framework)) return false;
    return true;
  });
}

export function toElements(graph: CanvasGraph, options: ElementOptions = {}): ElementDefinition[] {
  const nodes = visibleNodes(graph, options);
  const shown = new Set(nodes.map((node) => node.id));
  const pinned = new Set(options.pinned ?? []);
  const highlighted = new Set(options.highlighted ?? []);
  const edges = graph.edges.filter((edge) => shown.has(edge.source) && shown.has(edge.target) && edge.source !== edge.target);

  // Nesting: a provision's PART_OF edge to a shown provision becomes its parent, and the edge goes.
  const parentOf = new Map<string, string>();
  const nestedEdges = new Set<string>();
  if (options.nested) {
    const kindOf = new Map(nodes.map((node) => [node.id, node.kind]));
    for (const edge of edges) {
      if (edge.type !== 'PART_OF' || kindOf.get(edge.source) !== 'PROVISION' || kindOf.get(edge.target) !== 'PROVISION') continue;
      if (parentOf.has(edge.source) || createsCycle(parentOf, edge.source, edge.target)) continue;
      parentOf.set(edge.source, edge.target);
      nestedEdges.add(edge.id);
    }
  }

  const classes = (id: string, base: string[]) => {
    const list = [...base];
    if (pinned.has(id)) list.push('pinned');
    if (highlighted.has(id)) list.push('highlighted');
    if (options.selected === id) list.push('selected-item');
    return list.join(' ');
  };

  const elements: ElementDefinition[] = nodes.map((node) => {
    const framework = frameworkOf(node.id, node.kind);
    const data: Record<string, unknown> = { id: node.id, kind: node.kind, label: node.label };
    if (framework) data.framework = framework;
    if (node.layer !== undefined) data.layer = node.layer;
    const parent = parentOf.get(node.id);
    if (parent) data.parent = parent;
    return { group: 'nodes', data, classes: classes(node.id, [node.kind.toLowerCase()]) };
  });
  for (const edge of edges) {
    if (nestedEdges.has(edge.id)) continue;
    const base = [edge.type.toLowerCase()];
    if (edge.relationship) base.push('mapped', `rel-${edge.relationship.toLowerCase()}`);
    if (edge.derived) base.push('derived');
    elements.push({
      group: 'edges',
      data: { ...storedEdge(edge), label: edgeLabel(edge) },
      classes: classes(edge.id, base),
    });
  }
  return elements;
}

/** True when making `parent` the parent of `child` would nest a node inside itself. */
function createsCycle(parentOf: Map<string, string>, child: string, parent: string): boolean {
  for (let at: string | undefined = parent; at !== undefined; at = parentOf.get(at)) {
    if (at === child) return true;
  }
  return false;
}
