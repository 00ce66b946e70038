// Placement of layered graphs (impact: changed node → systems → obligations → controls → evidence →
// owners) in columns, one per layer, left to right. Edges keep their stored direction, which often
// runs against the layers (a model is SUPPLIED_BY its vendor), so a ranking layout such as dagre
// would scramble the layers; this places by `layer` alone. Pure, so it is unit-tested.

export interface LayeredNode {
  id: string;
  /** Any number; equal layers share a column, columns follow the layers' order. Nodes without one go last. */
  layer?: number;
}

export interface LayeredEdge {
  source: string;
  target: string;
}

export interface Position {
  x: number;
  y: number;
}

export interface LayerColumnOptions {
  /** Most nodes stacked in one column; a larger layer wraps into several side by side. */
  maxRows?: number;
  /** Horizontal distance between layers, and between the wrapped columns of one layer. */
  layerGap?: number;
  wrapGap?: number;
  rowGap?: number;
}

const DEFAULTS: Required<LayerColumnOptions> = { maxRows: 24, layerGap: 240, wrapGap: 170, rowGap: 52 };

/**
 * A position per node. Within a column, nodes are ordered by the mean row of their neighbours in the
 * columns already placed (fewer crossing edges), ties kept in the given order; columns are centred
 * on y = 0.
 */
export function layerColumnPositions(
  nodes: readonly LayeredNode[],
  edges: readonly LayeredEdge[],
  options: LayerColumnOptions = {},
): Map<string, Position> {
  const { maxRows, layerGap, wrapGap, rowGap } = { ...DEFAULTS, ...options };
  const rows = Math.max(1, Math.floor(maxRows));
  const layers = [...new Set(nodes.map((node) => node.layer ?? Number.POSITIVE_INFINITY))].sort((a, b) => a - b);
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }

  const positions = new Map<string, Position>();
  // Rank of a placed node within the whole drawing: its y, which neighbours average over.
  let x = 0;
  for (const layer of layers) {
    const members = nodes
      .map((node, index) => ({ node, index }))
      .filter(({ node }) => (node.layer ?? Number.POSITIVE_INFINITY) === layer)
      .map(({ node, index }) => {
        const placed = (neighbours.get(node.id) ?? []).map((id) => positions.get(id)?.y).filter((y): y is number => y !== undefined);
        const barycentre = placed.length > 0 ? placed.reduce((sum, y) => sum + y, 0) / placed.length : Number.POSITIVE_INFINITY;
        return { id: node.id, index, barycentre };
      })
      .sort((a, b) => (a.barycentre === b.barycentre ? a.index - b.index : a.barycentre < b.barycentre ? -1 : 1));
    const wraps = Math.ceil(members.length / rows);
    members.forEach((member, order) => {
      const wrap = Math.floor(order / rows);
      const inWrap = wrap < wraps - 1 ? rows : members.length - wrap * rows;
      const row = order - wrap * rows;
      positions.set(member.id, { x: x + wrap * wrapGap, y: (row - (inWrap - 1) / 2) * rowGap });
    });
    x += (wraps - 1) * wrapGap + layerGap;
  }
  return positions;
}
