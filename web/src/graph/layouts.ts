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
export const LARGE_GRAPH = 600;

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
        // Not 'draft' for large graphs: draft is the spectral pass alone, which puts structurally equal
        // nodes (a vendor's hundreds of systems) on one point; the force pass costs ~1 s per 1,000 nodes.
        quality: 'default',
        randomize: true,
        nodeRepulsion: () => 6000,
        idealEdgeLength: () => 80,
        nodeSeparation: 60,
        numIter: large ? 1000 : 2500,
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
      } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: false, spacingFactor: 1.1, ...(layered ? { roots: '[layer = 0]' } : {}) } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true } as LayoutOptions;
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
          cy.nodes().map((each) => ({ id: each.id(), layer: typeof each.data('layer') === 'number' ? (each.data('layer') as number) : undefined })),
          cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() })),
        );
      }
      return placed.get(node.id()) ?? { x: 0, y: 0 };
    },
  } as LayoutOptions;
}
