import { fields, list, optionalNumber, optionalText, text, texts } from '../db/fields.js';
import { NODE_LABELS, type NodeLabel } from '../graph/model.js';

// Nodes and edges as Cytoscape wants them: ids, a kind, a label, and nothing nested.

export interface GraphNode {
  id: string;
  kind: string;
  label: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  relationship: string | null;
  strength: number | null;
}

const KIND_OF_LABEL: Record<NodeLabel, string> = {
  Framework: 'FRAMEWORK',
  Provision: 'PROVISION',
  Obligation: 'OBLIGATION',
  Milestone: 'MILESTONE',
  LegislativeNote: 'LEGISLATIVE_NOTE',
  Control: 'CONTROL',
  AISystem: 'AI_SYSTEM',
  Model: 'MODEL',
  Vendor: 'VENDOR',
  Owner: 'OWNER',
  Evidence: 'EVIDENCE',
};

export const LABEL_OF_KIND = Object.fromEntries(Object.entries(KIND_OF_LABEL).map(([label, kind]) => [kind, label])) as Record<
  string,
  NodeLabel
>;

/** Cypher: the few properties a GraphNode is made of, for node variable `v`. */
export const nodeSummary = (v: string) =>
  `{id: ${v}.id, labels: labels(${v}), ref: ${v}.ref, title: ${v}.title, code: ${v}.code, name: ${v}.name, summary: ${v}.summary, what: ${v}.what}`;

/** Cypher: an edge's fields, for relationship variable `r`. */
export const edgeSummary = (r: string) =>
  `{id: coalesce(${r}.id, startNode(${r}).id + '-' + type(${r}) + '->' + endNode(${r}).id), type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, relationship: ${r}.relationship, strength: ${r}.strength}`;

export interface NodeSummaryRow {
  id: string;
  labels: string[];
  ref?: string | null;
  title?: string | null;
  code?: string | null;
  name?: string | null;
  summary?: string | null;
  what?: string | null;
}

/** Reads the map `nodeSummary` returns. */
export function nodeSummaryRow(value: unknown, what = 'node'): NodeSummaryRow {
  const node = fields(value, what);
  return {
    id: text(node.id, `${what}.id`),
    labels: texts(node.labels, `${what}.labels`),
    ref: optionalText(node.ref, `${what}.ref`),
    title: optionalText(node.title, `${what}.title`),
    code: optionalText(node.code, `${what}.code`),
    name: optionalText(node.name, `${what}.name`),
    summary: optionalText(node.summary, `${what}.summary`),
    what: optionalText(node.what, `${what}.what`),
  };
}

/** The domain label of a node (an Owner is also a Person or a Team: Owner wins). */
function domainLabel(labels: string[]): NodeLabel {
  return NODE_LABELS.find((label) => labels.includes(label)) ?? 'Provision';
}

export function toGraphNode(row: NodeSummaryRow): GraphNode {
  const label = domainLabel(row.labels);
  const text =
    label === 'Provision'
      ? `${row.ref} ${row.title ?? ''}`.trim()
      : label === 'Control' || label === 'Obligation'
        ? `${row.code}${row.name ? ` ${row.name}` : ''}`
        : label === 'Evidence'
          ? (row.title ?? row.id)
          : label === 'Milestone'
            ? (row.what ?? row.id)
            : (row.name ?? row.title ?? row.code ?? row.id);
  return { id: row.id, kind: KIND_OF_LABEL[label], label: text };
}

/** Reads the map `edgeSummary` returns; a property the relationship lacks is null. */
export function toGraphEdge(value: unknown, what = 'edge'): GraphEdge {
  const edge = fields(value, what);
  return {
    id: text(edge.id, `${what}.id`),
    source: text(edge.source, `${what}.source`),
    target: text(edge.target, `${what}.target`),
    type: text(edge.type, `${what}.type`),
    relationship: optionalText(edge.relationship, `${what}.relationship`),
    strength: optionalNumber(edge.strength, `${what}.strength`),
  };
}

/** A chain of nodes and edges, in order from its start (edges keep their own direction). */
export interface GraphPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** A path as Cypher returns it: node summaries and edges, in order from its start. */
export interface RawPath {
  nodes: NodeSummaryRow[];
  edges: GraphEdge[];
}

/** Reads a map `{nodes: [nodeSummary …], edges: [edgeSummary …]}`. */
export function rawPath(value: unknown, what = 'path'): RawPath {
  const path = fields(value, what);
  return { nodes: list(path.nodes, `${what}.nodes`, nodeSummaryRow), edges: list(path.edges, `${what}.edges`, toGraphEdge) };
}

export function toGraphPath(path: RawPath): GraphPath {
  return { nodes: path.nodes.map(toGraphNode), edges: path.edges };
}

/** Ids in the order Cypher's ORDER BY gives them (by code point, not by locale). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Shortest first; among equally long paths, the first by the ids along them. */
export function comparePaths(a: GraphPath, b: GraphPath): number {
  if (a.edges.length !== b.edges.length) return a.edges.length - b.edges.length;
  for (let index = 0; index < a.nodes.length; index += 1) {
    const order = compareIds(a.nodes[index]!.id, b.nodes[index]!.id);
    if (order !== 0) return order;
  }
  return 0;
}

/** Paths merged into one subgraph: every node and edge once, in the order they first appear. */
export function mergePaths(paths: GraphPath[], truncated: boolean): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const path of paths) {
    for (const node of path.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of path.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

/**
 * A relationship without properties (every type but MAPS_TO and SATISFIES) known by its ends: the
 * same GraphEdge edgeSummary gives, so a query need not return it.
 */
export function plainEdge(source: string, type: string, target: string): GraphEdge {
  return { id: `${source}-${type}->${target}`, source, target, type, relationship: null, strength: null };
}
