import { kindOfTypename, nodeLabel } from '../common/node-label.js';
import type { CanvasEdge, CanvasGraph, CanvasNode } from '../graph/elements.js';
import type { Kind } from '../state/view-state.js';
import type { Impact, ImpactPath } from './queries.js';

// An impact → the layered graph on the canvas: the changed node (layer 0) → AI systems (1) →
// obligations (2) → controls (3) → evidence (4) → owners (5), drawn from each item's path, so every
// edge on the canvas is part of a reason why something is affected.

export const IMPACT_LISTS = ['aiSystems', 'obligations', 'controls', 'evidence', 'owners'] as const;
export type ImpactList = (typeof IMPACT_LISTS)[number];

export const LIST_LAYER: Record<ImpactList, number> = { aiSystems: 1, obligations: 2, controls: 3, evidence: 4, owners: 5 };
export const LIST_KIND: Record<ImpactList, Kind> = {
  aiSystems: 'AI_SYSTEM',
  obligations: 'OBLIGATION',
  controls: 'CONTROL',
  evidence: 'EVIDENCE',
  owners: 'OWNER',
};
/** What each list is for, in words ("3 AI systems", "owners to notify"). */
export const LIST_WORDS: Record<ImpactList, { one: string; many: string; role: string }> = {
  aiSystems: { one: 'AI system', many: 'AI systems', role: 'affected' },
  obligations: { one: 'obligation', many: 'obligations', role: 'whose coverage is in doubt' },
  controls: { one: 'control', many: 'controls', role: 'to re-review' },
  evidence: { one: 'evidence item', many: 'evidence items', role: 'to re-review' },
  owners: { one: 'owner', many: 'owners', role: 'to notify' },
};

/**
 * At most this many items of each list are drawn (nearest first): a canvas of thousands of nodes in
 * columns is unreadable, and the table holds every item anyway.
 */
export const MAX_DRAWN_PER_LIST = 100;

export type ImpactLists = Pick<Impact, 'of' | ImpactList>;

export interface DrawnImpact {
  graph: CanvasGraph;
  /** Per list: how many items are drawn, and how many the answer holds. */
  drawn: Record<ImpactList, number>;
  listed: Record<ImpactList, number>;
  /** The lists drawn only in part. */
  capped: ImpactList[];
}

export interface ImpactGraphOptions {
  /** The lists to draw (every list when absent or empty); the changed node is always drawn. */
  lists?: readonly ImpactList[];
  maxPerList?: number;
  /** Items drawn even beyond the cap (the one selected in the table). */
  include?: readonly string[];
}

/** The lists a kind filter keeps: every list when it names none of their kinds. */
export function listsForKinds(kinds: readonly string[]): ImpactList[] {
  const chosen = IMPACT_LISTS.filter((list) => kinds.includes(LIST_KIND[list]));
  return chosen.length > 0 ? chosen : [...IMPACT_LISTS];
}

/** The layer of every node that is itself an impacted item (or the changed node, 0). */
export function listedLayers(impact: ImpactLists): Map<string, number> {
  const layers = new Map<string, number>([[impact.of.id, 0]]);
  for (const list of IMPACT_LISTS) {
    for (const item of impact[list]) if (!layers.has(item.node.id)) layers.set(item.node.id, LIST_LAYER[list]);
  }
  return layers;
}

/**
 * Layers for the nodes of a path that are not items themselves (a model between a vendor and a
 * system, ISO clauses between a control and an obligation): spread evenly between the layers of the
 * items on either side, so they sit in columns between them.
 */
export function betweenLayers(path: ImpactPath, listed: ReadonlyMap<string, number>): Map<string, number> {
  const layers = new Map<string, number>();
  const nodes = path.nodes;
  let index = 0;
  while (index < nodes.length) {
    if (listed.has(nodes[index]!.id)) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < nodes.length && !listed.has(nodes[index]!.id)) index += 1;
    const before = start > 0 ? listed.get(nodes[start - 1]!.id) : undefined;
    const after = index < nodes.length ? listed.get(nodes[index]!.id) : undefined;
    const from = before ?? (after !== undefined ? after - 0.5 : 0);
    const to = after ?? from + 0.5;
    const run = index - start;
    for (let step = 0; step < run; step += 1) {
      const layer = from + ((to - from) * (step + 1)) / (run + 1);
      layers.set(nodes[start + step]!.id, Math.round(layer * 100) / 100);
    }
  }
  return layers;
}

/** The canvas graph of an impact: the paths of the first `maxPerList` items of each list drawn, each node and edge once. */
export function impactGraph(impact: ImpactLists, options: ImpactGraphOptions = {}): DrawnImpact {
  const lists = options.lists && options.lists.length > 0 ? options.lists : IMPACT_LISTS;
  const maxPerList = options.maxPerList ?? MAX_DRAWN_PER_LIST;
  const include = new Set(options.include ?? []);
  const listed = listedLayers(impact);
  const nodes = new Map<string, CanvasNode>();
  const edges = new Map<string, CanvasEdge>();
  const drawn = emptyCounts();
  const counted = emptyCounts();
  const capped: ImpactList[] = [];

  for (const list of IMPACT_LISTS) counted[list] = impact[list].length;
  for (const list of lists) {
    impact[list].forEach((item, index) => {
      if (index >= maxPerList && !include.has(item.node.id)) return;
      drawn[list] += 1;
      const between = betweenLayers(item.path, listed);
      for (const node of item.path.nodes) {
        if (nodes.has(node.id)) continue;
        nodes.set(node.id, { id: node.id, kind: node.kind, label: node.label, layer: listed.get(node.id) ?? between.get(node.id) ?? 0 });
      }
      for (const edge of item.path.edges) {
        if (edges.has(edge.id)) continue;
        edges.set(edge.id, {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          relationship: edge.relationship,
          strength: edge.strength,
        });
      }
    });
    if (drawn[list] < counted[list]) capped.push(list);
  }
  // The changed node, even when nothing is affected.
  if (!nodes.has(impact.of.id)) {
    const first = IMPACT_LISTS.flatMap((list) => impact[list]).find((item) => item.path.nodes[0]?.id === impact.of.id)?.path.nodes[0];
    nodes.set(impact.of.id, {
      id: impact.of.id,
      kind: first?.kind ?? kindOfTypename(impact.of.__typename),
      label: first?.label ?? nodeLabel(impact.of),
      layer: 0,
    });
  }
  const ordered = [nodes.get(impact.of.id)!, ...[...nodes.values()].filter((node) => node.id !== impact.of.id)];
  return { graph: { nodes: ordered, edges: [...edges.values()] }, drawn, listed: counted, capped };
}

/** Node and edge ids along a path: what to highlight for an item. */
export function pathElementIds(path: ImpactPath): string[] {
  return [...path.nodes.map((node) => node.id), ...path.edges.map((edge) => edge.id)];
}

function emptyCounts(): Record<ImpactList, number> {
  return { aiSystems: 0, obligations: 0, controls: 0, evidence: 0, owners: 0 };
}

/** Elements with every one outside `keep` faded, so a selected path stands out; unchanged when `keep` is empty. */
export function fadeAllBut<Element extends { data: { id?: string }; classes?: string | string[] }>(
  elements: Element[],
  keep: readonly string[],
): Element[] {
  if (keep.length === 0) return elements;
  const kept = new Set(keep);
  return elements.map((element) => {
    if (kept.has(String(element.data.id))) return element;
    const classes = Array.isArray(element.classes) ? element.classes.join(' ') : (element.classes ?? '');
    return { ...element, classes: `${classes} faded`.trim() };
  });
}
