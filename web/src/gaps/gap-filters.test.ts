import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, GAP_STATUSES, parseViewState } from '../state/view-state.js';
import { effectiveAsOf, gapFilter, gapQueryVariables, hasRowFilters, SYSTEM_RISK_CLASSES, toggled } from './gap-filters.js';

describe('URL filters → gaps query variables', () => {
  it('asks for every system today when the URL chooses nothing', () => {
    expect(gapQueryVariables(DEFAULT_VIEW_STATE, '2026-11-29')).toEqual({ aiSystemId: null, asOf: '2026-11-29', filter: null });
  });

  it('passes the system, the day and every filter from the query string', () => {
    const state = parseViewState(
      '?view=gaps&subject=system:credit-scoring&asOf=2027-08-02&status=UNCOVERED&status=PARTIAL&risk=HIGH_RISK&owner=owner:ines-duarte',
    );
    expect(gapQueryVariables(state, '2026-11-29')).toEqual({
      aiSystemId: 'system:credit-scoring',
      asOf: '2027-08-02',
      filter: { status: ['PARTIAL', 'UNCOVERED'], riskClass: ['HIGH_RISK'], owner: 'owner:ines-duarte' },
    });
  });

  it('leaves out the filters not chosen', () => {
    expect(gapFilter({ ...DEFAULT_VIEW_STATE, statuses: ['UNCOVERED'] })).toEqual({ status: ['UNCOVERED'] });
    expect(gapFilter({ ...DEFAULT_VIEW_STATE, owner: 'owner:x' })).toEqual({ owner: 'owner:x' });
  });

  it('takes the URL day, or today', () => {
    expect(effectiveAsOf({ asOf: null }, '2026-11-29')).toBe('2026-11-29');
    expect(effectiveAsOf({ asOf: '2027-12-02' }, '2026-11-29')).toBe('2027-12-02');
  });

  it('says when rows are narrowed beyond a system and a day', () => {
    expect(hasRowFilters({ ...DEFAULT_VIEW_STATE, subject: 'system:a', asOf: '2027-01-01' })).toBe(false);
    expect(hasRowFilters({ ...DEFAULT_VIEW_STATE, riskClasses: ['MINIMAL'] })).toBe(true);
  });
});

describe('checkbox lists', () => {
  it('adds and removes a value, keeping the order of the whole list', () => {
    expect(toggled(GAP_STATUSES, ['UNCOVERED'], 'COVERED', true)).toEqual(['COVERED', 'UNCOVERED']);
    expect(toggled(GAP_STATUSES, ['COVERED', 'UNCOVERED'], 'COVERED', false)).toEqual(['UNCOVERED']);
    expect(toggled(SYSTEM_RISK_CLASSES, [], 'HIGH_RISK', true)).toEqual(['HIGH_RISK']);
    expect(toggled(GAP_STATUSES, ['PARTIAL'], 'PARTIAL', true)).toEqual(['PARTIAL']);
  });
});
