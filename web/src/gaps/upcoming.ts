import type { UpcomingObligationsQuery } from '../gql/graphql.js';
import type { ViewState } from '../state/view-state.js';
import { addDays, addYears } from './dates.js';

export type UpcomingItem = UpcomingObligationsQuery['obligationsApplyingBetween'][number];

export interface UpcomingDay {
  date: string;
  items: UpcomingItem[];
}

/**
 * The window "what starts to apply next" looks at: from the day after `asOf` (what applies on `asOf`
 * is already in the table) to one year after it.
 */
export function upcomingRange(asOf: string): { from: string; to: string } {
  return { from: addDays(asOf, 1), to: addYears(asOf, 1) };
}

/**
 * Keeps the items of systems the risk class and owner filters keep (the API filters by system only),
 * so the list speaks of the same systems as the table.
 */
export function filterUpcoming(items: readonly UpcomingItem[], filters: Pick<ViewState, 'riskClasses' | 'owner'>): UpcomingItem[] {
  return items.filter(
    (item) =>
      (filters.riskClasses.length === 0 || (filters.riskClasses as string[]).includes(item.aiSystem.riskClass)) &&
      (filters.owner === null || item.aiSystem.owner?.id === filters.owner),
  );
}

/** Items grouped by the day they start to apply, earliest first; within a day, the API's order. */
export function groupByDate(items: readonly UpcomingItem[]): UpcomingDay[] {
  const days = new Map<string, UpcomingItem[]>();
  for (const item of items) {
    const list = days.get(item.appliesFrom) ?? [];
    list.push(item);
    days.set(item.appliesFrom, list);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, items: list }));
}
