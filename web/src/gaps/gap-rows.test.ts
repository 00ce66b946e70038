import { describe, expect, it } from 'vitest';
import { toCsv } from '../common/csv.js';
import { parseViewState, viewHref } from '../state/view-state.js';
import {
  describeControl,
  evidenceFreshness,
  GAP_CSV_COLUMNS,
  gapGraphView,
  groupBySystem,
  limitGroups,
  percent,
  type GapControl,
  type GapRow,
} from './gap-rows.js';

const control = (code: string, patch: Partial<GapControl> = {}): GapControl => ({
  relationship: 'SUPERSET_OF',
  strength: 8,
  coverage: 'FULL',
  direct: true,
  control: { id: `control:${code}`, code, name: `${code} name` },
  evidence: { current: 1, expiring: 0, expired: 1, total: 2, best: 'CURRENT' },
  ...patch,
});

const row = (system: string, code: string, patch: Partial<GapRow> = {}): GapRow => ({
  id: `gap:system:${system}|obligation:${code}`,
  status: 'UNCOVERED',
  role: 'PROVIDER',
  appliesFrom: '2026-08-02',
  dateBasis: 'Art. 113',
  legalStatus: 'IN_FORCE',
  legalNote: null,
  missingFacts: [],
  reason: 'PROVIDER of a HIGH_RISK system',
  aiSystem: { id: `system:${system}`, name: `System ${system}`, riskClass: 'HIGH_RISK', owner: { id: 'owner:o', name: 'Ines Duarte' } },
  obligation: {
    id: `obligation:${code}`,
    code,
    summary: `Summary of ${code}`,
    article: { id: 'eu-ai-act:art-9', ref: 'Art. 9', title: 'Risk management system' },
  },
  controls: [],
  ...patch,
});

describe('gap rows grouped per AI system', () => {
  it('keeps the API order of systems and of rows within each', () => {
    const groups = groupBySystem([row('b', 'OBL-1'), row('b', 'OBL-2'), row('a', 'OBL-1'), row('b', 'OBL-3')]);
    expect(groups.map((group) => [group.system.id, group.rows.map((item) => item.obligation.code)])).toEqual([
      ['system:b', ['OBL-1', 'OBL-2', 'OBL-3']],
      ['system:a', ['OBL-1']],
    ]);
  });

  it('limits the rows shown, cutting inside a group', () => {
    const groups = groupBySystem([row('a', '1'), row('a', '2'), row('b', '1'), row('c', '1')]);
    expect(limitGroups(groups, 3).map((group) => group.rows.length)).toEqual([2, 1]);
    expect(limitGroups(groups, 1).map((group) => group.rows.length)).toEqual([1]);
    expect(limitGroups(groups, 10)).toEqual(groups);
  });
});

describe('gap rows → CSV', () => {
  it('writes one line per row with status in words and the controls involved', () => {
    const rows = [
      row('a', 'OBL-PROV-HR-RMS', {
        status: 'COVERED',
        controls: [
          control('RSK-01'),
          control('RSK-02', {
            coverage: 'PARTIAL',
            relationship: 'SUBSET_OF',
            direct: false,
            strength: 6,
            evidence: { current: 0, expiring: 0, expired: 0, total: 0, best: null },
          }),
        ],
      }),
      row('a', 'OBL-X', {
        legalStatus: 'UNSETTLED',
        missingFacts: ['establishedInUnion', 'placedOnMarket'],
        reason: 'line one\nline two',
        obligation: { id: 'obligation:x', code: 'OBL-X', summary: '=cmd()', article: { id: 'a', ref: 'Art. 16', title: 't' } },
      }),
    ];
    const lines = toCsv(GAP_CSV_COLUMNS, rows).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'AI system,AI system id,Risk class,Owner,Obligation,Summary,Article,Role,Applies from,Date basis,Legal status,Status,Missing facts,Controls,Reason',
    );
    expect(lines[1]).toContain('System a,system:a,High-risk,Ines Duarte,OBL-PROV-HR-RMS');
    expect(lines[1]).toContain(',In force,Covered,,');
    expect(lines[1]).toContain(
      'RSK-01 full, superset of (8), direct, evidence current (1 of 2 valid); RSK-02 partial, subset of (6), through the crosswalk, evidence no evidence',
    );
    // A multi-line reason stays on one line; a formula-like summary is neutralised.
    expect(lines[2]).toContain('line one line two');
    expect(lines[2]).toContain(",'=cmd(),");
    expect(lines[2]).toContain(',Law unsettled,Uncovered,"establishedInUnion, placedOnMarket",');
  });

  it('describes evidence freshness in words', () => {
    expect(evidenceFreshness({ current: 0, expiring: 1, expired: 2, total: 3, best: 'EXPIRING' })).toEqual({
      label: 'Expiring (1 of 3 valid)',
      badge: 'expiring',
    });
    expect(evidenceFreshness({ current: 0, expiring: 0, expired: 0, total: 0, best: null })).toEqual({
      label: 'No evidence',
      badge: 'none',
    });
    expect(describeControl(control('LOG-02', { relationship: 'INTERSECTS_WITH', coverage: 'PARTIAL' }))).toMatch(
      /^LOG-02 partial, intersects with \(8\), direct/,
    );
  });

  it('writes ratios as whole percentages', () => {
    expect(percent(0)).toBe('0%');
    expect(percent(0.666)).toBe('67%');
  });
});

describe('a gap in the graph', () => {
  it('opens Explore with the system, the obligation and its controls, the obligation expanded', () => {
    const view = gapGraphView(row('a', 'OBL-1', { controls: [control('RSK-01'), control('RSK-01'), control('GOV-01')] }));
    expect(view).toMatchObject({
      view: 'explore',
      subject: 'obligation:OBL-1',
      nodes: ['system:a', 'obligation:OBL-1', 'control:RSK-01', 'control:GOV-01'],
      expanded: ['obligation:OBL-1'],
    });
    // And it survives the trip through the URL.
    expect(parseViewState(viewHref(view).slice(1))).toEqual(view);
  });
});
