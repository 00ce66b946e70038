import { describe, expect, it } from 'vitest';
import { toGraphNode } from '../../../server/src/subgraph/graph-elements.js';
import { kindOfTypename, nodeLabel } from './node-label.js';

// The explorer labels search hits the way the API labels subgraph nodes, so a node reads the same
// in the search list and on the canvas.
describe('node labels', () => {
  const cases = [
    { __typename: 'Provision', label: 'Provision', id: 'eu-ai-act:art-9', ref: 'Art. 9', title: 'Risk management system' },
    { __typename: 'Control', label: 'Control', id: 'control:gov-01', code: 'GOV-01', name: 'AI policy' },
    { __typename: 'Obligation', label: 'Obligation', id: 'obligation:x', code: 'OBL-X' },
    { __typename: 'Evidence', label: 'Evidence', id: 'evidence:1', title: 'Model card' },
    { __typename: 'Milestone', label: 'Milestone', id: 'milestone:1', what: 'Chapter III applies' },
    { __typename: 'AISystem', label: 'AISystem', id: 'aisystem:1', name: 'Credit scoring' },
    { __typename: 'Vendor', label: 'Vendor', id: 'vendor:1', name: 'Nimbus' },
  ];
  for (const node of cases) {
    it(`${node.__typename}: same label and kind as the API's GraphNode`, () => {
      const expected = toGraphNode({ ...node, labels: [node.label] });
      expect(nodeLabel(node)).toBe(expected.label);
      expect(kindOfTypename(node.__typename)).toBe(expected.kind);
    });
  }
});
