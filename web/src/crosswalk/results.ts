import { mergeGraphs, storedEdge, type CanvasEdge, type CanvasGraph, type CanvasNode } from '../graph/elements.js';

// The crosswalk's answers (`satisfaction` and `controlsFor`) as one shape, and the pure steps that
// turn them into a canvas graph, the ids to highlight, and the result behind a clicked element.

/** A path's nodes and edges are the API's GraphNode and GraphEdge, as the canvas draws them. */
export type PathNode = CanvasNode;
export type PathEdge = CanvasEdge;

/** One explaining path, from the control to the target, with what it composes to. */
export interface ReasoningPath {
  nodes: PathNode[];
  edges: PathEdge[];
  relationship: string;
  strength: number;
}

/** That a control satisfies a provision or obligation, how, and every path explaining it. */
export interface CrosswalkResult {
  /** What the result is about, seen from the subject: the target's id for a control, the control's for a target. */
  key: string;
  control: PathNode;
  target: PathNode;
  relationship: string;
  strength: number;
  coverage: string;
  /** The control links to the target itself (a SATISFIES edge). */
  direct: boolean;
  hops: number;
  paths: ReasoningPath[];
}

/** The id of the edge drawn for a derived result: it is no edge of the graph, so it gets an id of its own. */
export const derivedEdgeId = (controlId: string, targetId: string) => `derived:${controlId}->${targetId}`;

/** The control's own link to the target, when it has one: the single edge of a one-hop path. */
function directEdge(result: CrosswalkResult): PathEdge | undefined {
  return result.paths.find((path) => path.edges.length === 1 && path.edges[0]!.source === result.control.id)?.edges[0];
}

/**
 * The edge a result is drawn with, control → target: the SATISFIES link itself when direct, else an
 * edge marked derived carrying the composed relationship and strength.
 */
export function resultEdge(result: CrosswalkResult): CanvasEdge {
  const direct = result.direct ? directEdge(result) : undefined;
  if (direct) return storedEdge(direct);
  return {
    id: derivedEdgeId(result.control.id, result.target.id),
    source: result.control.id,
    target: result.target.id,
    type: 'DERIVED',
    relationship: result.relationship,
    strength: result.strength,
    derived: true,
  };
}

/** Layers left to right: the subject, the inner nodes of paths, the results. */
const SUBJECT_LAYER = 0;
const PATH_LAYER = 1;
const RESULT_LAYER = 2;

const canvasNode = (node: PathNode, layer: number): CanvasNode => ({ id: node.id, kind: node.kind, label: node.label, layer });

/** The paths of a result as a graph: every node and edge each path passes through. */
function pathsGraph(result: CrosswalkResult): CanvasGraph {
  return mergeGraphs(
    ...result.paths.map((path) => ({
      nodes: path.nodes.map((node) => canvasNode(node, PATH_LAYER)),
      edges: path.edges.map(storedEdge),
    })),
  );
}

/**
 * What the canvas shows: the subject, the other end of every result with the result's edge, and, for
 * the focused result, the paths explaining it. Nodes carry layers (subject, path, result) for the
 * layered layouts; a node that is both a result and on a path stays with the results.
 */
export function resultsGraph(subject: PathNode, results: readonly CrosswalkResult[], focusKey: string | null = null): CanvasGraph {
  const base: CanvasGraph = {
    nodes: [
      canvasNode(subject, SUBJECT_LAYER),
      ...results.map((result) => canvasNode(result.control.id === subject.id ? result.target : result.control, RESULT_LAYER)),
    ],
    edges: results.map(resultEdge),
  };
  const focused = results.find((result) => result.key === focusKey);
  return focused ? mergeGraphs(base, pathsGraph(focused)) : base;
}

/** The ids to highlight while a result is explained: its ends, its edge, and everything on its paths. */
export function explainedIds(result: CrosswalkResult | undefined): string[] {
  if (!result) return [];
  const ids = new Set<string>([result.control.id, result.target.id, resultEdge(result).id]);
  for (const path of result.paths) {
    for (const node of path.nodes) ids.add(node.id);
    for (const edge of path.edges) ids.add(edge.id);
  }
  return [...ids];
}

/**
 * The result a canvas element stands for: a result's node (the end that is not the subject) or the
 * edge drawn for it; null for the subject itself and for the inner nodes and edges of a path.
 */
export function resultKeyOf(elementId: string | null, subjectId: string, results: readonly CrosswalkResult[]): string | null {
  if (elementId === null || elementId === subjectId) return null;
  for (const result of results) {
    const other = result.control.id === subjectId ? result.target.id : result.control.id;
    if (elementId === other || elementId === resultEdge(result).id) return result.key;
  }
  return null;
}

/** What a subject id asks: the controls' reach (`satisfaction`), or who satisfies a provision or obligation (`controlsFor`). */
export function subjectKind(id: string | null): 'control' | 'target' | null {
  if (!id) return null;
  if (id.startsWith('control:')) return 'control';
  if (id.startsWith('obligation:') || id.startsWith('eu-ai-act:') || id.startsWith('iso42001:')) return 'target';
  return null;
}
