import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../state/view-state.js';

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
 * concentric rings inward-out, breadth-first and dagre rows top-down.
 */
export function layoutOptions(name: LayoutName, nodeCount: number, layered: boolean): LayoutOptions {
  const large = nodeCount > LARGE_GRAPH;
  const common = { animate: !large && nodeCount < 150, animationDuration: 300, fit: true, padding: 30 };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: large ? 'draft' : 'default',
        randomize: true,
        nodeRepulsion: () => 6000,
        idealEdgeLength: () => 80,
        nodeSeparation: 60,
        numIter: large ? 1000 : 2500,
        packComponents: true,
      } as LayoutOptions;
    case 'dagre':
      return { name: 'dagre', ...common, rankDir: layered ? 'LR' : 'TB', nodeSep: 20, rankSep: 70, edgeSep: 10 } as LayoutOptions;
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
