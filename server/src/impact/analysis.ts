import { compareStrongestFirst, coverageOf, type Derived } from '../crosswalk/composition.js';
import { walk } from '../crosswalk/reasoning.js';
import {
  compareIds,
  comparePaths,
  plainEdge,
  toGraphNode,
  toGraphPath,
  type GraphEdge,
  type GraphNode,
  type GraphPath,
  type NodeSummaryRow,
  type RawPath,
} from '../subgraph/graph-elements.js';
import type { EvidenceReach, GoverningControl, OwnerReach, StartControl, TargetReach } from './reach.js';

// Pure assembly of an impact from what the queries of reach.ts found: one path per item (the
// shortest from the changed node; among equally short ones, the first by the ids along it), lists
// nearest first, then by id.

/** A node a change reaches, with the path from the changed node that explains why. */
export interface ImpactedNodeResult {
  id: string;
  path: GraphPath;
  /** Obligations only: the derived relationship of the covering control along the path, and its strength. */
  relationship: Exclude<Derived, 'NOT_RELATED'> | null;
  strength: number | null;
}

export interface ImpactCountsResult {
  aiSystems: number;
  obligations: number;
  controls: number;
  evidence: number;
  owners: number;
}

export interface ImpactResult {
  ofId: string;
  aiSystems: ImpactedNodeResult[];
  obligations: ImpactedNodeResult[];
  controls: ImpactedNodeResult[];
  evidence: ImpactedNodeResult[];
  owners: ImpactedNodeResult[];
  counts: ImpactCountsResult;
  truncated: boolean;
}

const reached = (id: string, path: GraphPath): ImpactedNodeResult => ({ id, path, relationship: null, strength: null });

/** A path one step longer: across `edge` to `node`. */
const extendPath = (path: GraphPath, edge: GraphEdge, node: GraphNode): GraphPath => ({
  nodes: [...path.nodes, node],
  edges: [...path.edges, edge],
});

/** The first of some candidate paths (shortest, then by ids); null when there are none. */
function firstPath(candidates: GraphPath[]): GraphPath | null {
  let best: GraphPath | null = null;
  for (const candidate of candidates) if (!best || comparePaths(candidate, best) < 0) best = candidate;
  return best;
}

/**
 * Reached through one of several neighbours already reached, across a relationship without
 * properties (`edge` builds it from the neighbour's id): the first path through any of them.
 */
function through(
  node: NodeSummaryRow,
  neighbours: string[],
  edge: (neighbour: string) => GraphEdge,
  pathTo: ReadonlyMap<string, GraphPath>,
): ImpactedNodeResult | null {
  const graphNode = toGraphNode(node);
  const path = firstPath(neighbours.filter((id) => pathTo.has(id)).map((id) => extendPath(pathTo.get(id)!, edge(id), graphNode)));
  return path ? reached(node.id, path) : null;
}

export const startPath = (of: NodeSummaryRow): GraphPath => ({ nodes: [toGraphNode(of)], edges: [] });

export function systemsAffected(paths: RawPath[]): ImpactedNodeResult[] {
  return paths.map((path) => reached(path.nodes.at(-1)!.id, toGraphPath(path)));
}

/**
 * The controls to re-review: for a vendor or model, those governing the affected systems (each
 * through the first of them); for a control, itself; for evidence, the controls it supports.
 */
export function controlsToReview(
  start: GraphPath,
  startControls: StartControl[],
  governing: GoverningControl[],
  systemPaths: ReadonlyMap<string, GraphPath>,
): ImpactedNodeResult[] {
  const fromStart = startControls.map((item) =>
    item.edge ? reached(item.control.id, extendPath(start, item.edge, toGraphNode(item.control))) : reached(item.control.id, start),
  );
  const fromSystems = governing
    .map((item) => through(item.control, item.systems, (system) => plainEdge(item.control.id, 'GOVERNS', system), systemPaths))
    .filter((item): item is ImpactedNodeResult => item !== null);
  return [...fromStart, ...fromSystems];
}

export function evidenceToReview(page: EvidenceReach['page'], controlPaths: ReadonlyMap<string, GraphPath>): ImpactedNodeResult[] {
  return page
    .map((item) => through(item.evidence, item.controls, (control) => plainEdge(item.evidence.id, 'SUPPORTS', control), controlPaths))
    .filter((item): item is ImpactedNodeResult => item !== null);
}

export function ownersToNotify(owners: OwnerReach[], ownedPaths: ReadonlyMap<string, GraphPath>): ImpactedNodeResult[] {
  return owners
    .map((item) => through(item.owner, item.owns, (owned) => plainEdge(item.owner.id, 'OWNS', owned), ownedPaths))
    .filter((item): item is ImpactedNodeResult => item !== null);
}

interface Candidate {
  relationship: Exclude<Derived, 'NOT_RELATED'>;
  strength: number;
  hops: number;
  controlPath: GraphPath;
  link: GraphEdge;
  reference: RawPath;
}

/** The ids along a candidate's whole path, compared only to break ties. */
const candidateIds = (candidate: Candidate) => [
  ...candidate.controlPath.nodes.map((node) => node.id),
  ...candidate.reference.nodes.map((node) => node.id),
];

function compareIdLists(a: string[], b: string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const order = compareIds(a[index]!, b[index]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/**
 * The obligations the controls to re-review cover, fully or partly, with crosswalk reasoning's rules:
 * the control's SATISFIES link composed with each reference path from its target (composition.ts),
 * INDETERMINATE and NOT_RELATED results left out. Each obligation comes with the path through which a
 * control covers it most strongly (relationship, then strength), then the shortest, then the first by
 * ids: changed node → … → control → SATISFIES → … → obligation.
 */
export function obligationsCovered(targets: TargetReach[], controlPaths: ReadonlyMap<string, GraphPath>): ImpactedNodeResult[] {
  const best = new Map<string, Candidate>();
  for (const target of targets) {
    for (const link of target.links) {
      const controlPath = controlPaths.get(link.control);
      if (!controlPath) continue;
      const first = { relationship: (link.edge.relationship ?? 'NOT_RELATED') as Derived, strength: link.edge.strength ?? 10 };
      for (const reference of target.paths) {
        const { relationship, strength } = walk(
          first,
          reference.nodes.map((node) => node.id),
          reference.edges,
        );
        if (coverageOf(relationship) === 'NONE') continue;
        const candidate: Candidate = {
          relationship: relationship as Candidate['relationship'],
          strength,
          hops: controlPath.edges.length + 1 + reference.edges.length,
          controlPath,
          link: link.edge,
          reference,
        };
        const obligation = reference.nodes.at(-1)!.id;
        const current = best.get(obligation);
        const order = current
          ? compareStrongestFirst(candidate, current) || compareIdLists(candidateIds(candidate), candidateIds(current))
          : -1;
        if (order < 0) best.set(obligation, candidate);
      }
    }
  }
  return [...best.entries()].map(([obligation, candidate]) => {
    const reference = toGraphPath(candidate.reference);
    return {
      id: obligation,
      path: {
        nodes: [...candidate.controlPath.nodes, ...reference.nodes],
        edges: [...candidate.controlPath.edges, candidate.link, ...reference.edges],
      },
      relationship: candidate.relationship,
      strength: candidate.strength,
    };
  });
}

/** Nearest first (fewest edges from the changed node), then by id. */
function nearestFirst(a: ImpactedNodeResult, b: ImpactedNodeResult): number {
  return a.path.edges.length - b.path.edges.length || compareIds(a.id, b.id);
}

/** The lists ordered and cut to `limit`, with the full counts. */
export function impactResult(
  ofId: string,
  lists: Omit<ImpactResult, 'ofId' | 'counts' | 'truncated'>,
  totals: Partial<ImpactCountsResult>,
  limit: number,
): ImpactResult {
  const counts: ImpactCountsResult = {
    aiSystems: totals.aiSystems ?? lists.aiSystems.length,
    obligations: totals.obligations ?? lists.obligations.length,
    controls: totals.controls ?? lists.controls.length,
    evidence: totals.evidence ?? lists.evidence.length,
    owners: totals.owners ?? lists.owners.length,
  };
  const cut = (list: ImpactedNodeResult[]) => [...list].sort(nearestFirst).slice(0, limit);
  return {
    ofId,
    aiSystems: cut(lists.aiSystems),
    obligations: cut(lists.obligations),
    controls: cut(lists.controls),
    evidence: cut(lists.evidence),
    owners: cut(lists.owners),
    counts,
    truncated: Object.values(counts).some((count) => count > limit),
  };
}
