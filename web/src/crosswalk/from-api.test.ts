import { describe, expect, it } from 'vitest';
import { canvasNodeOf } from '../common/node-label.js';
import { evidenceText, fromControlsFor, fromSatisfaction } from './from-api.js';

const path = {
  relationship: 'SUBSET_OF' as const,
  strength: 7,
  nodes: [{ id: 'control:RSK-01', kind: 'CONTROL' as const, label: 'RSK-01 AI risk management methodology' }],
  edges: [],
};

describe('API answers as crosswalk results', () => {
  it('keys a control’s results by target and labels them as the graph does', () => {
    const control = canvasNodeOf({ __typename: 'Control', id: 'control:RSK-01', code: 'RSK-01', name: 'AI risk management methodology' });
    expect(control).toEqual({ id: 'control:RSK-01', kind: 'CONTROL', label: 'RSK-01 AI risk management methodology' });
    const row = fromSatisfaction(control, {
      target: {
        __typename: 'Obligation',
        id: 'obligation:OBL-PROV-HR-RMS',
        code: 'OBL-PROV-HR-RMS',
        summary: 'Keep a risk management system',
      },
      relationship: 'SUBSET_OF',
      strength: 7,
      coverage: 'PARTIAL',
      direct: true,
      hops: 1,
      paths: [path],
    });
    expect(row.key).toBe('obligation:OBL-PROV-HR-RMS');
    expect(row.target).toEqual({ id: 'obligation:OBL-PROV-HR-RMS', kind: 'OBLIGATION', label: 'OBL-PROV-HR-RMS' });
    expect(row.summary).toBe('Keep a risk management system');
  });

  it('keys a target’s results by control and keeps the evidence summary', () => {
    const target = canvasNodeOf({ __typename: 'Provision', id: 'eu-ai-act:art-9', ref: 'Art. 9', title: 'Risk management system' });
    const row = fromControlsFor(target, {
      control: {
        __typename: 'Control',
        id: 'control:RSK-01',
        code: 'RSK-01',
        name: 'AI risk management methodology',
        implementationStatus: 'IMPLEMENTED',
      },
      satisfaction: { relationship: 'SUBSET_OF', strength: 8, coverage: 'PARTIAL', direct: false, hops: 2, paths: [path] },
      evidence: { current: 3, expiring: 2, expired: 1, total: 6, best: 'CURRENT' },
    });
    expect(row.key).toBe('control:RSK-01');
    expect(row.target.label).toBe('Art. 9 Risk management system');
    expect(evidenceText(row.evidence)).toBe('3 current, 2 expiring, 1 expired (6 items)');
    expect(evidenceText({ current: 0, expiring: 0, expired: 0, total: 0, best: null })).toBe('no evidence');
  });
});
