import { describe, expect, it } from 'vitest';
import { filterUpcoming, groupByDate, upcomingRange, type UpcomingItem } from './upcoming.js';

const item = (
  system: string,
  code: string,
  appliesFrom: string,
  riskClass: UpcomingItem['aiSystem']['riskClass'] = 'HIGH_RISK',
  owner: string | null = 'owner:a',
): UpcomingItem => ({
  appliesFrom,
  dateBasis: 'Art. 113',
  role: 'PROVIDER',
  aiSystem: { id: `system:${system}`, name: system, riskClass, owner: owner ? { id: owner } : null },
  obligation: { id: `obligation:${code}`, code, summary: code },
});

describe('what starts to apply next', () => {
  it('looks from the day after the chosen day to a year later', () => {
    expect(upcomingRange('2026-08-02')).toEqual({ from: '2026-08-03', to: '2027-08-02' });
    expect(upcomingRange('2026-12-31')).toEqual({ from: '2027-01-01', to: '2027-12-31' });
  });

  it('groups by day, earliest first, keeping the order within a day', () => {
    const days = groupByDate([item('b', 'OBL-2', '2027-08-02'), item('a', 'OBL-1', '2027-02-02'), item('a', 'OBL-3', '2027-08-02')]);
    expect(days.map((day) => [day.date, day.items.map((entry) => `${entry.aiSystem.name} ${entry.obligation.code}`)])).toEqual([
      ['2027-02-02', ['a OBL-1']],
      ['2027-08-02', ['b OBL-2', 'a OBL-3']],
    ]);
    expect(groupByDate([])).toEqual([]);
  });

  it('keeps the systems the risk class and owner filters keep', () => {
    const items = [
      item('a', '1', '2027-01-01', 'HIGH_RISK', 'owner:a'),
      item('b', '1', '2027-01-01', 'MINIMAL', 'owner:b'),
      item('c', '1', '2027-01-01', 'HIGH_RISK', null),
    ];
    expect(filterUpcoming(items, { riskClasses: [], owner: null })).toHaveLength(3);
    expect(filterUpcoming(items, { riskClasses: ['HIGH_RISK'], owner: null }).map((entry) => entry.aiSystem.name)).toEqual(['a', 'c']);
    expect(filterUpcoming(items, { riskClasses: [], owner: 'owner:b' }).map((entry) => entry.aiSystem.name)).toEqual(['b']);
  });
});
