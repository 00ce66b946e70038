import type { GapFilter, GapRowsQueryVariables, GapStatus, LegalStatus } from '../gql/graphql.js';
import { GAP_STATUSES, RISK_CLASSES, type RiskClassName, type ViewState } from '../state/view-state.js';

/** The part of the URL the gaps view reads. */
export type GapViewFilters = Pick<ViewState, 'subject' | 'asOf' | 'statuses' | 'riskClasses' | 'owner'>;

/** Status names in words; the badge shows the word beside the colour. */
export const STATUS_LABEL: Record<GapStatus, string> = {
  COVERED: 'Covered',
  PARTIAL: 'Partial',
  STALE_EVIDENCE: 'Stale evidence',
  UNCOVERED: 'Uncovered',
};

/** How settled the law behind a row is (the API's LegalStatus), in words. */
export const LEGAL_STATUS_LABEL: Record<LegalStatus, string> = {
  IN_FORCE: 'In force',
  AMENDMENT_NOT_IN_FORCE: 'Omnibus date, not yet in force',
  SUPERSEDED: 'Superseded by the Omnibus',
  UNSETTLED: 'Law unsettled',
};

export const STATUS_HELP: Record<GapStatus, string> = {
  COVERED: 'a governing control covers it fully and has current evidence',
  PARTIAL: 'governing controls cover it only partly',
  STALE_EVIDENCE: 'covered fully, but the evidence has expired (or there is none)',
  UNCOVERED: 'no governing control reaches it',
};

/** The risk classes an AI system can have (ALL, GPAI and GPAI_SYSTEMIC_RISK belong to obligations). */
export const SYSTEM_RISK_CLASSES = ['PROHIBITED', 'HIGH_RISK', 'TRANSPARENCY', 'MINIMAL'] as const satisfies readonly RiskClassName[];

/** The day coverage is computed for: the URL's, or today. */
export const effectiveAsOf = (filters: Pick<ViewState, 'asOf'>, today: string) => filters.asOf ?? today;

/** The API's filter for the URL's choices (in a fixed order, so equal choices share a cache entry); null when nothing is filtered. */
export function gapFilter(filters: GapViewFilters): GapFilter | null {
  const filter: GapFilter = {};
  if (filters.statuses.length > 0) filter.status = GAP_STATUSES.filter((status) => filters.statuses.includes(status));
  if (filters.riskClasses.length > 0) filter.riskClass = RISK_CLASSES.filter((riskClass) => filters.riskClasses.includes(riskClass));
  if (filters.owner) filter.owner = filters.owner;
  return Object.keys(filter).length > 0 ? filter : null;
}

/** Variables of the gaps query (without the paging ones) for the URL's choices. */
export function gapQueryVariables(filters: GapViewFilters, today: string): Omit<GapRowsQueryVariables, 'first' | 'after' | 'withSummary'> {
  return { aiSystemId: filters.subject, asOf: effectiveAsOf(filters, today), filter: gapFilter(filters) };
}

/** A checkbox list's new value: the value added or removed, in the order of `all`. */
export function toggled<T extends string>(all: readonly T[], chosen: readonly T[], value: T, on: boolean): T[] {
  const next = new Set(chosen);
  if (on) next.add(value);
  else next.delete(value);
  return all.filter((item) => next.has(item));
}

/** True when the URL narrows the rows beyond one system and a date (for the empty message). */
export const hasRowFilters = (filters: GapViewFilters) =>
  filters.statuses.length + filters.riskClasses.length > 0 || filters.owner !== null;
