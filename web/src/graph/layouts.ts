import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/view-state.js';
import { layerColumnPositions, type Position } from './layer-columns.js';

export const LAYOUT_LABEL: Record<LayoutName, string> = {
  fcose: 'Force-directed (fCoSE)',
  dagre: 'Hierarchical (dagre)',
  concentric: 'Concentric',
  breadthfirst: 'Layers (breadth-first)',
  grid: 'Grid',
};

/** Above this many nodes, layouts trade polish for speed and skip animation. */
const LARGE_GRAPH = 600;

/** Above this many nodes, fCoSE runs its fast spectral pass only (see spreadCoincident). */
const DRAFT_LAYOUT = 800;

/** True when a layout leaves nodes on one point that spreadCoincident() should fan out. */
export const needsSpreading = (name: LayoutName, nodeCount: number) => name === 'fcose' && nodeCount > DRAFT_LAYOUT;

export interface Point {
  x: number;
  y: number;
}

/**
 * Nodes a layout put on (nearly) the same point, fanned out on a sunflower spiral around it, `spacing`
 * apart; other nodes keep their place. Pure: positions in, the moved ones out.
 */
export function spreadCoincident(positions: ReadonlyMap<string, Point>, spacing: number, tolerance = 1): Map<string, Point> {
  const groups = new Map<string, string[]>();
  for (const [id, point] of positions) {
    const key = `${Math.round(point.x / tolerance)},${Math.round(point.y / tolerance)}`;
    const group = groups.get(key);
    if (group) group.push(id);
    else groups.set(key, [id]);
  }
  const moved = new Map<string, Point>();
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (const ids of groups.values()) {
    if (ids.length < 2) continue;
    const centre = positions.get(ids[0]!)!;
    ids.forEach((id, index) => {
      const radius = spacing * Math.sqrt(index + 0.5);
      const angle = index * golden;
      moved.set(id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
  }
  return moved;
}

/**
 * Options for a layout over `nodeCount` nodes. Nodes with a `layer` (impact) are placed by it:
 * concentric rings inward-out, breadth-first rows top-down, and "dagre" as columns left to right, one
 * per layer (layer-columns.ts: dagre itself ranks by edge direction, which runs against the layers).
 */
export function layoutOptions(name: LayoutName, nodeCount: number, layered: boolean): LayoutOptions {
  const large = nodeCount > LARGE_GRAPH;
  const common = { animate: !large && nodeCount < 150, animationDuration: 300, fit: true, padding: 30 };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        // The force pass costs seconds per 1,000 nodes on the main thread (pnpm bench: 15 s for 2,000
        // nodes and 4,000 edges); above DRAFT_LAYOUT nodes the spectral pass alone places them, and
        // spreadCoincident() then fans out the nodes it puts on one point (a vendor's hundreds of systems).
        quality: nodeCount > DRAFT_LAYOUT ? 'draft' : 'default',
        randomize: true,
        nodeRepulsion: () => 6000,
        idealEdgeLength: () => 80,
        nodeSeparation: 60,
        packComponents: true,
      } as LayoutOptions;
    case 'dagre':
      if (layered) return layerColumnsLayout(common);
      return { name: 'dagre', ...common, rankDir: 'TB', nodeSep: 20, rankSep: 70, edgeSep: 10 } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 12,
        // Layer 0 in the centre; otherwise the best-connected nodes.
        concentric: layered ? (node) => 10 - Number(node.data('layer') ?? 9) : (node) => node.degree(false),
        levelWidth: layered ? () => 1 : undefined,
      };
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: false, spacingFactor: 1.1, ...(layered ? { roots: '[layer = 0]' } : {}) };
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true };
  }
}

/** A preset layout placing every node by its `layer` data, computed once for the whole graph when the layout runs. */
function layerColumnsLayout(common: { animate: boolean; animationDuration: number; fit: boolean; padding: number }): LayoutOptions {
  let placed: Map<string, Position> | null = null;
  return {
    name: 'preset',
    ...common,
    positions: (node: NodeSingular) => {
      if (!placed) {
        const cy = node.cy();
        placed = layerColumnPositions(
          cy
            .nodes()
            .map((each) => ({ id: each.id(), layer: typeof each.data('layer') === 'number' ? (each.data('layer') as number) : undefined })),
          cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() })),
        );
      }
      return placed.get(node.id()) ?? { x: 0, y: 0 };
    },
  } as LayoutOptions;
}
