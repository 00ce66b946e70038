import { describe, expect, it } from 'vitest';
import { toCsv } from '../common/csv.js';
import { fixtureImpact, SYSTEM_A, VENDOR } from '../../fixtures/impact.js';
import { hopInWords, impactRows, pathInWords } from './impact-rows.js';

describe('impactRows', () => {
  it('gives one row per item, layer by layer, with the API order kept within a list', () => {
    const rows = impactRows(fixtureImpact());
    expect(rows.map((row) => [row.layer, row.kind, row.id])).toEqual([
      [1, 'AI_SYSTEM', 'system:a'],
      [1, 'AI_SYSTEM', 'system:b'],
      [2, 'OBLIGATION', 'obligation:OBL-1'],
      [3, 'CONTROL', 'control:C-1'],
      [4, 'EVIDENCE', 'evidence:e-1'],
      [5, 'OWNER', 'owner:kim'],
    ]);
  });

  it('fills obligation columns and details from the item', () => {
    const rows = impactRows(fixtureImpact());
    const obligation = rows.find((row) => row.kind === 'OBLIGATION')!;
    expect(obligation).toMatchObject({
      label: 'OBL-1',
      detail: 'Monitor operation',
      relationship: 'INTERSECTS_WITH',
      coverage: 'PARTIAL',
      strength: 6,
    });
    expect(rows[0]).toMatchObject({ label: 'System A', detail: 'High risk system', relationship: null, coverage: null, strength: null });
    expect(rows.find((row) => row.kind === 'CONTROL')!.detail).toBe('');
  });

  it('keeps only the lists asked for', () => {
    expect(impactRows(fixtureImpact(), ['owners', 'aiSystems']).map((row) => row.id)).toEqual(['system:a', 'system:b', 'owner:kim']);
  });

  it('exports as CSV with commas in the why quoted', () => {
    const rows = impactRows(fixtureImpact());
    const csv = toCsv(
      [
        { header: 'Id', value: (row: (typeof rows)[number]) => row.id },
        { header: 'Why', value: (row) => row.why },
      ],
      rows,
    );
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines[2]).toBe('system:b,"Acme AI supplies Acme One, which is the base model of Our tune, which is used by System B"');
  });
});

describe('pathInWords', () => {
  it('reads each hop along or against its direction', () => {
    const impact = fixtureImpact();
    expect(pathInWords(impact.aiSystems[0]!.path)).toBe('Acme AI supplies Acme One, which is used by System A');
    expect(pathInWords(impact.owners[0]!.path)).toBe('Acme AI supplies Acme One, which is used by System A, which is owned by Kim');
    expect(pathInWords(impact.evidence[0]!.path)).toBe(
      'Acme AI supplies Acme One, which is used by System A, which is governed by C-1 Change review, which is supported by Change review record',
    );
  });

  it('names the relationship and strength of mappings', () => {
    expect(pathInWords(fixtureImpact().obligations[0]!.path)).toBe(
      'Acme AI supplies Acme One, which is used by System A, which is governed by C-1 Change review, which satisfies (superset of · 7) ' +
        'A.6.2.6 Operation and monitoring, which maps to (intersects with · 6) Art. 26 Obligations of deployers, which gives rise to OBL-1',
    );
  });

  it('says "itself" for the changed node, and copes with unknown types', () => {
    expect(pathInWords({ nodes: [VENDOR], edges: [] })).toBe('Acme AI itself');
    expect(pathInWords({ nodes: [], edges: [] })).toBe('');
    const edge = { id: 'x', source: SYSTEM_A.id, target: VENDOR.id, type: 'AUDITED_BY', relationship: null, strength: null };
    expect(hopInWords(edge, SYSTEM_A.id)).toBe('audited by');
    expect(hopInWords(edge, VENDOR.id)).toBe('is the target of audited by');
  });
});
