import { describe, expect, it } from 'vitest';
import { toCsv } from '../common/csv.js';
import { controlColumns, kindText, satisfactionColumns } from './columns.js';
import type { ControlRow, SatisfactionRow } from './from-api.js';

const control = { id: 'control:RSK-01', kind: 'CONTROL', label: 'RSK-01 AI risk management methodology' };
const art9 = { id: 'eu-ai-act:art-9', kind: 'PROVISION', label: 'Art. 9 Risk management system' };
const base = { control, target: art9, relationship: 'SUBSET_OF', strength: 8, coverage: 'PARTIAL', direct: false, hops: 2, paths: [] };

describe('crosswalk table columns', () => {
  it('export what a control satisfies in words: kind, relationship, coverage, direct or derived', () => {
    const row: SatisfactionRow = { ...base, key: art9.id, summary: null };
    expect(toCsv(satisfactionColumns(), [row]).split('\r\n')).toEqual([
      'Target,Kind,Relationship,Strength,Coverage,Link,Hops',
      'Art. 9 Risk management system,AI Act provision,subset of,8,Partial,Derived,2',
    ]);
  });

  it('export the controls of a target with their evidence freshness', () => {
    const row: ControlRow = {
      ...base,
      key: control.id,
      direct: true,
      hops: 1,
      coverage: 'FULL',
      relationship: 'EQUAL',
      implementationStatus: 'IMPLEMENTED',
      evidence: { current: 3, expiring: 2, expired: 1, total: 6, best: 'CURRENT' },
    };
    expect(toCsv(controlColumns(), [row]).split('\r\n')).toEqual([
      'Control,Relationship,Strength,Coverage,Link,Hops,Evidence,Freshest evidence',
      'RSK-01 AI risk management methodology,equal,8,Full,Direct,1,"3 current, 2 expiring, 1 expired (6 items)",Current',
    ]);
    const none = { ...row, evidence: { current: 0, expiring: 0, expired: 0, total: 0, best: null } };
    expect(toCsv(controlColumns(), [none]).split('\r\n')[1]).toMatch(/,no evidence,None$/);
  });

  it('names kinds with their framework', () => {
    expect(kindText({ id: 'iso42001:A.6.2.4', kind: 'PROVISION' })).toBe('ISO 42001 provision');
    expect(kindText({ id: 'obligation:OBL-PROV-HR-RMS', kind: 'OBLIGATION' })).toBe('Obligation');
  });
});
