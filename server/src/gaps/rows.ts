import { compareText, type LegalStatus, type Role } from '../applicability/rules.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/paging.js';
import type { GapControlResult, GapStatus } from './status.js';
import { groupMap } from '../common/collections.js';

// The gap table as plain data: filtering, ordering, paging, summaries and what-if differences, all
// in memory over rows the data layer (coverage.ts) computed. Pure, unit-tested in rows.test.ts.

/** One (system, applicable obligation) row: the GraphQL `GapRow`, plus what filters and summaries use. */
export interface GapRowResult {
  id: string;
  systemId: string;
  systemName: string;
  systemRiskClass: string;
  ownerId: string | null;
  ownerName: string | null;
  obligationId: string;
  obligationCode: string;
  articleId: string | null;
  articleRef: string | null;
  articlePosition: number | null;
  status: GapStatus;
  role: Role;
  appliesFrom: string;
  dateBasis: string;
  amended: boolean;
  legalStatus: LegalStatus;
  legalNote: string | null;
  missingFacts: string[];
  reason: string;
  controls: GapControlResult[];
}

export interface GapFilterInput {
  status?: GapStatus[] | null;
  riskClass?: string[] | null;
  owner?: string | null;
  article?: string | null;
}

interface GapSummaryRowResult {
  key: string;
  label: string;
  covered: number;
  partial: number;
  staleEvidence: number;
  uncovered: number;
  total: number;
  coverageRatio: number;
}

export interface GapSummaryResult {
  total: GapSummaryRowResult;
  bySystem: GapSummaryRowResult[];
  byArticle: GapSummaryRowResult[];
  byRiskClass: GapSummaryRowResult[];
  byOwner: GapSummaryRowResult[];
}

export type GapConnectionResult = Connection<GapRowResult> & { summary: GapSummaryResult };
export type GapEdgeResult = GapConnectionResult['edges'][number];

export const gapRowId = (systemId: string, obligationId: string) => `gap:${systemId}|${obligationId}`;

/** System name, then system id (two systems may share a name), then obligation code. */
export function compareGapRows(a: GapRowResult, b: GapRowResult): number {
  return compareText(a.systemName, b.systemName) || compareText(a.systemId, b.systemId) || compareText(a.obligationCode, b.obligationCode);
}

export function filterGapRows(rows: readonly GapRowResult[], filter: GapFilterInput | null | undefined): GapRowResult[] {
  if (!filter) return [...rows];
  const { status, riskClass, owner, article } = filter;
  return rows.filter(
    (row) =>
      (!status?.length || status.includes(row.status)) &&
      (!riskClass?.length || riskClass.includes(row.systemRiskClass)) &&
      (!owner || row.ownerId === owner) &&
      (!article || row.articleId === article),
  );
}

/** Counts of a group of rows by status; the ratio is covered / total (0 for no rows). */
function summaryRow(key: string, label: string, rows: readonly GapRowResult[]): GapSummaryRowResult {
  const count = (status: GapStatus) => rows.filter((row) => row.status === status).length;
  const covered = count('COVERED');
  return {
    key,
    label,
    covered,
    partial: count('PARTIAL'),
    staleEvidence: count('STALE_EVIDENCE'),
    uncovered: count('UNCOVERED'),
    total: rows.length,
    coverageRatio: rows.length === 0 ? 0 : covered / rows.length,
  };
}

const RISK_CLASS_ORDER = ['PROHIBITED', 'HIGH_RISK', 'TRANSPARENCY', 'MINIMAL'];

/**
 * The summary of rows (the filter applied, not paged): overall, and per system (by name), article (in
 * document order), the system's risk class (PROHIBITED, HIGH_RISK, TRANSPARENCY, MINIMAL) and the
 * system's owner (by name; `NONE` for systems without one).
 */
export function summariseGapRows(rows: readonly GapRowResult[]): GapSummaryResult {
  const sorted = [...rows].sort(compareGapRows);
  const bySystem = [...groupMap(sorted, (row) => row.systemId)].map(([key, group]) => summaryRow(key, group[0]!.systemName, group));
  const byArticle = [...groupMap(sorted, (row) => row.articleId ?? 'NONE')]
    .sort(([, a], [, b]) => (a[0]!.articlePosition ?? Infinity) - (b[0]!.articlePosition ?? Infinity))
    .map(([key, group]) => summaryRow(key, group[0]!.articleRef ?? 'No article', group));
  const byRiskClass = [...groupMap(sorted, (row) => row.systemRiskClass)]
    .sort(([a], [b]) => RISK_CLASS_ORDER.indexOf(a) - RISK_CLASS_ORDER.indexOf(b))
    .map(([key, group]) => summaryRow(key, key, group));
  const byOwner = [...groupMap(sorted, (row) => row.ownerId ?? 'NONE')]
    .map(([key, group]) => summaryRow(key, group[0]!.ownerName ?? 'No owner', group))
    .sort((a, b) => compareText(a.label, b.label) || compareText(a.key, b.key));
  return { total: summaryRow('ALL', 'All', rows), bySystem, byArticle, byRiskClass, byOwner };
}

/**
 * A page of ordered rows by the API's paging rules (first/after, last/before, 50 by default, 500 at
 * most): the same window as the Cypher of root connections (SLICE_PAGE), applied in memory.
 */
export function pageOf<T>(items: readonly T[], args: PageArgs): Connection<T> {
  const window = pageWindow(args);
  const total = items.length;
  const sliceEnd = window.end === null || window.end > total ? total : window.end;
  const sliceStart = window.last === null || sliceEnd - window.last < window.start ? window.start : sliceEnd - window.last;
  const pageStart = Math.min(sliceStart, sliceEnd);
  return toConnection(items.slice(pageStart, sliceEnd), pageStart, total);
}

export interface GapChangeResult {
  systemId: string;
  obligationId: string;
  before: GapStatus;
  after: GapStatus;
}

/** One system in a what-if answer: the GraphQL `WhatIfSystem`. */
export interface WhatIfSystemResult {
  systemId: string;
  /** The system itself is among the removed nodes. */
  removed: boolean;
  changes: GapChangeResult[];
  /** Obligations whose row disappears (system, obligation or own GPAI model removed). */
  dropped: string[];
  before: GapSummaryRowResult;
  after: GapSummaryRowResult;
}

/**
 * Per system, the rows whose status differs between two computations of the same table, and the rows
 * only the first has; systems with neither are left out. Removing nodes never adds a row.
 */
export function diffGapRows(
  before: readonly GapRowResult[],
  after: readonly GapRowResult[],
  removedIds: ReadonlySet<string>,
): WhatIfSystemResult[] {
  const afterById = new Map(after.map((row) => [row.id, row]));
  const afterBySystem = groupMap(after, (row) => row.systemId);
  const results: WhatIfSystemResult[] = [];
  for (const [systemId, rows] of groupMap([...before].sort(compareGapRows), (row) => row.systemId)) {
    const changes: GapChangeResult[] = [];
    const dropped: string[] = [];
    for (const row of rows) {
      const next = afterById.get(row.id);
      if (!next) dropped.push(row.obligationId);
      else if (next.status !== row.status)
        changes.push({ systemId, obligationId: row.obligationId, before: row.status, after: next.status });
    }
    if (changes.length === 0 && dropped.length === 0) continue;
    const name = rows[0]!.systemName;
    results.push({
      systemId,
      removed: removedIds.has(systemId),
      changes,
      dropped,
      before: summaryRow(systemId, name, rows),
      after: summaryRow(systemId, name, afterBySystem.get(systemId) ?? []),
    });
  }
  return results;
}
