import { describe, expect, it } from 'vitest';
import { DEMO_EXAMPLE_IDS, gapSentence, jobExamples, type ExampleNode } from './examples.js';

const demoNodes: ExampleNode[] = [
  { __typename: 'Control', id: 'control:RSK-01', code: 'RSK-01', name: 'AI risk management methodology' },
  { __typename: 'Vendor', id: 'vendor:halvard-ai', name: 'Halvard AI SAS' },
  { __typename: 'AISystem', id: 'system:credit-scoring', name: 'Consumer credit scoring' },
];

describe('the first screen’s examples', () => {
  it('links each job to its view with the demo node as subject and its real label', () => {
    const examples = jobExamples(demoNodes);
    expect(examples.crosswalk).toMatchObject({
      label: 'RSK-01 AI risk management methodology',
      to: { view: 'crosswalk', subject: 'control:RSK-01' },
    });
    expect(examples.impact).toMatchObject({ label: 'Halvard AI SAS', to: { view: 'impact', subject: 'vendor:halvard-ai' } });
    expect(examples.gaps).toMatchObject({ label: 'Consumer credit scoring', to: { view: 'gaps', subject: 'system:credit-scoring' } });
  });

  it('drops an example the graph does not hold, or holds as another kind', () => {
    const examples = jobExamples([null, { __typename: 'Owner', id: 'vendor:halvard-ai' }, demoNodes[2]!]);
    expect(examples).toMatchObject({ crosswalk: null, impact: null });
    expect(examples.gaps?.id).toBe(DEMO_EXAMPLE_IDS.system);
    expect(jobExamples([])).toEqual({ crosswalk: null, impact: null, gaps: null });
  });

  it('sums up a system’s gaps in a sentence', () => {
    expect(gapSentence({ covered: 20, partial: 6, staleEvidence: 1, uncovered: 4, total: 31 })).toBe(
      '4 uncovered, 6 partial and 1 with stale evidence of 31 obligations that apply today.',
    );
    expect(gapSentence({ covered: 3, partial: 0, staleEvidence: 0, uncovered: 2, total: 5 })).toBe(
      '2 uncovered of 5 obligations that apply today.',
    );
    expect(gapSentence({ covered: 5, partial: 0, staleEvidence: 0, uncovered: 0, total: 5 })).toBe(
      'All 5 obligations that apply today are covered.',
    );
    expect(gapSentence({ covered: 0, partial: 0, staleEvidence: 0, uncovered: 0, total: 0 })).toBe('No obligations apply to it today.');
  });
});
