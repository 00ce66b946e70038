import { describe, expect, it } from 'vitest';
import { toElements } from '../graph/elements.js';
import { exploreGraph, idsNeedingEdges, kindCounts, labelOf, seedGraph, subgraphGraph, withEdges } from './canvas-graph.js';

const art9 = { __typename: 'Provision', id: 'eu-ai-act:art-9', ref: 'Art. 9', title: 'Risk management system' };

describe('the Explore canvas graph', () => {
  it('turns seed nodes into canvas nodes with the API label, and reports ids that are gone', () => {
    const { graph, missing } = seedGraph(['eu-ai-act:art-9', 'control:GONE'], [art9, null]);
    expect(graph.nodes).toEqual([{ id: 'eu-ai-act:art-9', kind: 'PROVISION', label: 'Art. 9 Risk management system' }]);
    expect(missing).toEqual(['control:GONE']);
  });

  it('merges seeds and neighbourhoods, each node and edge once', () => {
    const neighbourhood = subgraphGraph({
      nodes: [
        { id: 'eu-ai-act:art-9', kind: 'PROVISION', label: 'Art. 9 Risk management system' },
        { id: 'eu-ai-act:chapter-iii:section-2', kind: 'PROVISION', label: 'Chapter III Section 2' },
        { id: 'obligation:OBL-PROV-HR-RMS', kind: 'OBLIGATION', label: 'OBL-PROV-HR-RMS' },
      ],
      edges: [
        {
          id: 'e1',
          source: 'eu-ai-act:art-9',
          target: 'eu-ai-act:chapter-iii:section-2',
          type: 'PART_OF',
          relationship: null,
          strength: null,
        },
        { id: 'e2', source: 'obligation:OBL-PROV-HR-RMS', target: 'eu-ai-act:art-9', type: 'DERIVED_FROM' },
      ],
      truncated: false,
    });
    const other = subgraphGraph({
      nodes: [{ id: 'eu-ai-act:chapter-iii:section-2', kind: 'PROVISION', label: 'Chapter III Section 2' }],
      edges: [{ id: 'e1', source: 'eu-ai-act:art-9', target: 'eu-ai-act:chapter-iii:section-2', type: 'PART_OF' }],
      truncated: true,
    });
    const graph = exploreGraph(seedGraph(['eu-ai-act:art-9'], [art9]).graph, [neighbourhood, other]);
    expect(graph.nodes.map((node) => node.id)).toEqual([
      'eu-ai-act:art-9',
      'eu-ai-act:chapter-iii:section-2',
      'obligation:OBL-PROV-HR-RMS',
    ]);
    expect(graph.edges.map((edge) => edge.id)).toEqual(['e1', 'e2']);
    expect(graph.edges[1]).toMatchObject({ relationship: null, strength: null });
    expect(kindCounts(graph)).toEqual(
      new Map([
        ['PROVISION', 2],
        ['OBLIGATION', 1],
      ]),
    );
    expect(kindCounts(graph, ['obligation:OBL-PROV-HR-RMS']).get('OBLIGATION')).toBeUndefined();
    expect(labelOf(graph, 'eu-ai-act:chapter-iii:section-2')).toBe('Chapter III Section 2');
    expect(labelOf(graph, 'unknown')).toBe('unknown');

    // The URL's filters then decide what is drawn: nested, Art. 9 sits inside its section.
    const nested = toElements(graph, { nested: true, kinds: ['PROVISION'] });
    expect(nested.find((element) => element.data.id === 'eu-ai-act:art-9')?.data.parent).toBe('eu-ai-act:chapter-iii:section-2');
    expect(nested.some((element) => element.data.kind === 'OBLIGATION')).toBe(false);
  });
});

describe('edges among nodes from different answers', () => {
  const graph = {
    nodes: [
      { id: 'system:a', kind: 'AI_SYSTEM', label: 'A' },
      { id: 'control:B', kind: 'CONTROL', label: 'B' },
      { id: 'obligation:C', kind: 'OBLIGATION', label: 'C' },
    ],
    edges: [{ id: 'obligation:C-DERIVED_FROM->x', source: 'obligation:C', target: 'x', type: 'DERIVED_FROM' }],
  };

  it('asks for them only when the canvas came from more than one answer', () => {
    expect(idsNeedingEdges(graph, 1)).toEqual([]);
    expect(idsNeedingEdges(graph, 2)).toEqual(['control:B', 'obligation:C', 'system:a']);
    expect(idsNeedingEdges({ nodes: graph.nodes.slice(0, 1), edges: [] }, 3)).toEqual([]);
    expect(idsNeedingEdges(graph, 2, 2)).toEqual([]);
  });

  it('adds each new edge once and drops edges to nodes not on the canvas', () => {
    const merged = withEdges(graph, [
      { id: 'system:a-GOVERNED_BY->control:B', source: 'system:a', target: 'control:B', type: 'GOVERNED_BY' },
      { id: 'system:a-GOVERNED_BY->control:B', source: 'system:a', target: 'control:B', type: 'GOVERNED_BY' },
      { id: 'system:a-USES_MODEL->model:gone', source: 'system:a', target: 'model:gone', type: 'USES_MODEL' },
    ]);
    expect(merged.edges.map((edge) => edge.id)).toEqual(['obligation:C-DERIVED_FROM->x', 'system:a-GOVERNED_BY->control:B']);
    expect(merged.nodes).toEqual(graph.nodes);
  });
});
