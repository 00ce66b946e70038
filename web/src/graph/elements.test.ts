import { describe, expect, it } from 'vitest';
import { edgeLabel, mergeGraphs, toElements, type CanvasGraph } from './elements.js';

const graph: CanvasGraph = {
  nodes: [
    { id: 'eu-ai-act:chapter-iii', kind: 'PROVISION', label: 'Chapter III' },
    { id: 'eu-ai-act:chapter-iii:section-2', kind: 'PROVISION', label: 'Section 2' },
    { id: 'eu-ai-act:art-9', kind: 'PROVISION', label: 'Art. 9 Risk management system' },
    { id: 'iso42001:6.1.2', kind: 'PROVISION', label: '6.1.2 AI risk assessment' },
    { id: 'obligation:art-9', kind: 'OBLIGATION', label: 'OBL-9' },
    { id: 'control:gov-01', kind: 'CONTROL', label: 'GOV-01 Risk policy' },
  ],
  edges: [
    { id: 'e1', source: 'eu-ai-act:art-9', target: 'eu-ai-act:chapter-iii:section-2', type: 'PART_OF' },
    { id: 'e2', source: 'eu-ai-act:chapter-iii:section-2', target: 'eu-ai-act:chapter-iii', type: 'PART_OF' },
    { id: 'm1', source: 'iso42001:6.1.2', target: 'eu-ai-act:art-9', type: 'MAPS_TO', relationship: 'SUBSET_OF', strength: 7 },
    { id: 'd1', source: 'obligation:art-9', target: 'eu-ai-act:art-9', type: 'DERIVED_FROM' },
    { id: 's1', source: 'control:gov-01', target: 'iso42001:6.1.2', type: 'SATISFIES', relationship: 'EQUAL', strength: 9 },
  ],
};

const nodesOf = (elements: ReturnType<typeof toElements>) =>
  elements.filter((element) => element.group === 'nodes').map((element) => element.data.id);
const edgesOf = (elements: ReturnType<typeof toElements>) =>
  elements.filter((element) => element.group === 'edges').map((element) => element.data.id);

describe('API graph → Cytoscape elements', () => {
  it('turns every node and edge into an element with kind, framework and label', () => {
    const elements = toElements(graph);
    expect(nodesOf(elements)).toHaveLength(6);
    expect(edgesOf(elements)).toEqual(['e1', 'e2', 'm1', 'd1', 's1']);
    const art9 = elements.find((element) => element.data.id === 'eu-ai-act:art-9')!;
    expect(art9.data).toMatchObject({ kind: 'PROVISION', framework: 'eu-ai-act', label: 'Art. 9 Risk management system' });
    expect(elements.find((element) => element.data.id === 'control:gov-01')!.data.framework).toBeUndefined();
    expect(elements.find((element) => element.data.id === 'obligation:art-9')!.data.framework).toBe('eu-ai-act');
  });

  it('styles mappings by relationship and labels them with relationship and strength', () => {
    const mapping = toElements(graph).find((element) => element.data.id === 'm1')!;
    expect(mapping.classes).toContain('mapped');
    expect(mapping.classes).toContain('rel-subset_of');
    expect(mapping.data).toMatchObject({ relationship: 'SUBSET_OF', strength: 7, label: 'subset of · 7' });
    expect(toElements(graph).find((element) => element.data.id === 'd1')!.data.label).toBe('DERIVED_FROM');
  });

  it('labels derived edges as derived', () => {
    expect(
      edgeLabel({ id: 'x', source: 'a', target: 'b', type: 'SATISFIES', relationship: 'INTERSECTS_WITH', strength: 5, derived: true }),
    ).toBe('derived: intersects with · 5');
  });

  it('hides hidden nodes and every edge touching them', () => {
    const elements = toElements(graph, { hidden: ['eu-ai-act:art-9'] });
    expect(nodesOf(elements)).not.toContain('eu-ai-act:art-9');
    expect(edgesOf(elements)).toEqual(['e2', 's1']);
  });

  it('filters by kind, and by framework without touching the organisation side', () => {
    expect(nodesOf(toElements(graph, { kinds: ['CONTROL', 'OBLIGATION'] }))).toEqual(['obligation:art-9', 'control:gov-01']);
    expect(nodesOf(toElements(graph, { frameworks: ['iso42001'] }))).toEqual(['iso42001:6.1.2', 'control:gov-01']);
  });

  it('nests provisions in the provision they are part of and drops those PART_OF edges', () => {
    const elements = toElements(graph, { nested: true });
    const parentOf = (id: string) => elements.find((element) => element.data.id === id)!.data.parent;
    expect(parentOf('eu-ai-act:art-9')).toBe('eu-ai-act:chapter-iii:section-2');
    expect(parentOf('eu-ai-act:chapter-iii:section-2')).toBe('eu-ai-act:chapter-iii');
    expect(parentOf('eu-ai-act:chapter-iii')).toBeUndefined();
    expect(edgesOf(elements)).toEqual(['m1', 'd1', 's1']);
  });

  it('never nests a node inside itself, even when the graph has a PART_OF cycle', () => {
    const cyclic: CanvasGraph = {
      nodes: [
        { id: 'eu-ai-act:a', kind: 'PROVISION', label: 'a' },
        { id: 'eu-ai-act:b', kind: 'PROVISION', label: 'b' },
      ],
      edges: [
        { id: 'ab', source: 'eu-ai-act:a', target: 'eu-ai-act:b', type: 'PART_OF' },
        { id: 'ba', source: 'eu-ai-act:b', target: 'eu-ai-act:a', type: 'PART_OF' },
      ],
    };
    const elements = toElements(cyclic, { nested: true });
    expect(elements.find((element) => element.data.id === 'eu-ai-act:a')!.data.parent).toBe('eu-ai-act:b');
    expect(elements.find((element) => element.data.id === 'eu-ai-act:b')!.data.parent).toBeUndefined();
    expect(edgesOf(elements)).toEqual(['ba']);
  });

  it('does not nest when a hidden parent is not on the canvas', () => {
    const elements = toElements(graph, { nested: true, hidden: ['eu-ai-act:chapter-iii:section-2'] });
    expect(elements.find((element) => element.data.id === 'eu-ai-act:art-9')!.data.parent).toBeUndefined();
  });

  it('marks pinned, highlighted and selected elements', () => {
    const elements = toElements(graph, { pinned: ['control:gov-01'], highlighted: ['s1'], selected: 'eu-ai-act:art-9' });
    expect(elements.find((element) => element.data.id === 'control:gov-01')!.classes).toContain('pinned');
    expect(elements.find((element) => element.data.id === 's1')!.classes).toContain('highlighted');
    expect(elements.find((element) => element.data.id === 'eu-ai-act:art-9')!.classes).toContain('selected-item');
  });

  it('merges graphs keeping each node and edge once', () => {
    const merged = mergeGraphs(graph, { nodes: [graph.nodes[0]!, { id: 'x', kind: 'VENDOR', label: 'X' }], edges: [graph.edges[0]!] });
    expect(merged.nodes.map((node) => node.id)).toHaveLength(7);
    expect(merged.edges).toHaveLength(5);
  });
});
