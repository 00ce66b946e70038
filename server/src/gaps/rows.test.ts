import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../common/paging.js';
import { compareGapRows, diffGapRows, filterGapRows, gapRowId, pageOf, summariseGapRows, type GapRowResult } from './rows.js';
import type { GapStatus } from './status.js';

function row(systemId: string, systemName: string, code: string, status: GapStatus, more: Partial<GapRowResult> = {}): GapRowResult {
  return {
    id: gapRowId(systemId, `obligation:${code}`),
    systemId,
    systemName,
    systemRiskClass: 'HIGH_RISK',
    ownerId: 'owner:ana',
    ownerName: 'Ana',
    obligationId: `obligation:${code}`,
    obligationCode: code,
    articleId: 'eu-ai-act:art-26',
    articleRef: 'Art. 26',
    articlePosition: 26,
    status,
    role: 'DEPLOYER',
    appliesFrom: '2026-08-02',
    dateBasis: 'Art. 113',
    amended: false,
    legalStatus: 'IN_FORCE',
    legalNote: null,
    missingFacts: [],
    reason: 'r',
    controls: [],
    ...more,
  };
}

// Two systems owned by two people; hand-counted below.
const ROWS: GapRowResult[] = [
  row('system:b', 'Beta', 'OBL-B', 'COVERED'),
  row('system:b', 'Beta', 'OBL-A', 'PARTIAL'),
  row('system:a', 'Alpha', 'OBL-C', 'UNCOVERED', {
    ownerId: 'owner:bo',
    ownerName: 'Bo',
    systemRiskClass: 'TRANSPARENCY',
    articleId: 'eu-ai-act:art-50',
    articleRef: 'Art. 50',
    articlePosition: 50,
  }),
  row('system:a', 'Alpha', 'OBL-D', 'STALE_EVIDENCE', {
    ownerId: 'owner:bo',
    ownerName: 'Bo',
    systemRiskClass: 'TRANSPARENCY',
    articleId: 'eu-ai-act:art-4',
    articleRef: 'Art. 4',
    articlePosition: 4,
  }),
  row('system:c', 'Beta', 'OBL-A', 'COVERED', { ownerId: null, ownerName: null }),
];

describe('ordering and filtering', () => {
  it('orders by system name, then system id, then obligation code', () => {
    expect([...ROWS].sort(compareGapRows).map((r) => r.id)).toEqual([
      'gap:system:a|obligation:OBL-C',
      'gap:system:a|obligation:OBL-D',
      'gap:system:b|obligation:OBL-A',
      'gap:system:b|obligation:OBL-B',
      'gap:system:c|obligation:OBL-A',
    ]);
  });

  it('filters by status, risk class, owner and article together', () => {
    expect(filterGapRows(ROWS, { status: ['COVERED'] }).map((r) => r.systemId)).toEqual(['system:b', 'system:c']);
    expect(filterGapRows(ROWS, { riskClass: ['TRANSPARENCY'] }).map((r) => r.obligationCode)).toEqual(['OBL-C', 'OBL-D']);
    expect(filterGapRows(ROWS, { owner: 'owner:ana' }).map((r) => r.obligationCode)).toEqual(['OBL-B', 'OBL-A']);
    expect(filterGapRows(ROWS, { article: 'eu-ai-act:art-26', status: ['PARTIAL', 'UNCOVERED'] }).map((r) => r.obligationCode)).toEqual([
      'OBL-A',
    ]);
    expect(filterGapRows(ROWS, { status: [], riskClass: null })).toHaveLength(5);
    expect(filterGapRows(ROWS, null)).toHaveLength(5);
  });
});

describe('summariseGapRows', () => {
  const summary = summariseGapRows(ROWS);
  it('counts every row by status, with covered / total', () => {
    expect(summary.total).toEqual({
      key: 'ALL',
      label: 'All',
      covered: 2,
      partial: 1,
      staleEvidence: 1,
      uncovered: 1,
      total: 5,
      coverageRatio: 0.4,
    });
  });
  it('per system, by name', () => {
    expect(summary.bySystem.map((s) => [s.key, s.label, s.covered, s.total])).toEqual([
      ['system:a', 'Alpha', 0, 2],
      ['system:b', 'Beta', 1, 2],
      ['system:c', 'Beta', 1, 1],
    ]);
    expect(summary.bySystem[1]!.coverageRatio).toBe(0.5);
  });
  it('per article, in document order', () => {
    expect(summary.byArticle.map((s) => [s.key, s.label, s.total])).toEqual([
      ['eu-ai-act:art-4', 'Art. 4', 1],
      ['eu-ai-act:art-26', 'Art. 26', 3],
      ['eu-ai-act:art-50', 'Art. 50', 1],
    ]);
  });
  it("per the system's risk class and owner", () => {
    expect(summary.byRiskClass.map((s) => [s.key, s.total, s.covered])).toEqual([
      ['HIGH_RISK', 3, 2],
      ['TRANSPARENCY', 2, 0],
    ]);
    expect(summary.byOwner.map((s) => [s.key, s.label, s.total])).toEqual([
      ['owner:ana', 'Ana', 2],
      ['owner:bo', 'Bo', 2],
      ['NONE', 'No owner', 1],
    ]);
  });
  it('gives a ratio of 0 for no rows', () => {
    expect(summariseGapRows([]).total).toMatchObject({ total: 0, coverageRatio: 0 });
  });
});

describe('pageOf', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  it('pages forwards with first/after and backwards with last/before, like the root connections', () => {
    const first = pageOf(items, { first: 2 });
    expect(first.nodes).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: encodeCursor(1) });
    expect(pageOf(items, { first: 2, after: first.pageInfo.endCursor }).nodes).toEqual(['c', 'd']);
    expect(pageOf(items, { first: 2, after: encodeCursor(3) })).toMatchObject({
      nodes: ['e'],
      pageInfo: { hasNextPage: false },
      totalCount: 5,
    });
    expect(pageOf(items, { last: 2 }).nodes).toEqual(['d', 'e']);
    expect(pageOf(items, { last: 2, before: encodeCursor(4) }).nodes).toEqual(['c', 'd']);
    expect(pageOf(items, {}).nodes).toEqual(items);
  });
  it('refuses page sizes over 500 as BAD_USER_INPUT naming the argument', () => {
    expect(() => pageOf(items, { first: 501 })).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } }),
    );
  });
});

describe('diffGapRows', () => {
  it('lists, per system, the rows whose status changes and those that disappear', () => {
    const after = [
      { ...ROWS[0]!, status: 'STALE_EVIDENCE' as const },
      ROWS[1]!,
      ROWS[3]!, // system:a loses OBL-C
    ];
    const diff = diffGapRows(ROWS, after, new Set(['system:c']));
    expect(diff.map((s) => [s.systemId, s.removed, s.changes, s.dropped])).toEqual([
      ['system:a', false, [], ['obligation:OBL-C']],
      ['system:b', false, [{ systemId: 'system:b', obligationId: 'obligation:OBL-B', before: 'COVERED', after: 'STALE_EVIDENCE' }], []],
      ['system:c', true, [], ['obligation:OBL-A']],
    ]);
    expect(diff[1]!.before).toMatchObject({ key: 'system:b', covered: 1, partial: 1, total: 2 });
    expect(diff[1]!.after).toMatchObject({ key: 'system:b', covered: 0, staleEvidence: 1, partial: 1, total: 2 });
    expect(diff[2]!.after).toMatchObject({ key: 'system:c', total: 0, coverageRatio: 0 });
  });
  it('returns nothing when nothing changes', () => {
    expect(diffGapRows(ROWS, ROWS, new Set())).toEqual([]);
  });
});
