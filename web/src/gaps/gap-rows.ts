import type { CsvColumn } from '../common/csv.js';
import { RISK_CLASS_LABEL } from '../common/risk-class.js';
import type { Coverage, Freshness, GapRowsQuery } from '../gql/graphql.js';
import { RELATIONSHIP_LABEL } from '../graph/kinds.js';
import { freshView, type ViewState } from '../state/view-state.js';
import { LEGAL_STATUS_LABEL, STATUS_LABEL } from './gap-filters.js';

export type GapRow = GapRowsQuery['gaps']['nodes'][number];
export type GapControl = GapRow['controls'][number];
export type GapSummaryRow = NonNullable<GapRowsQuery['gaps']['summary']>['total'];

export interface SystemGroup {
  system: GapRow['aiSystem'];
  rows: GapRow[];
}

/** Rows grouped per AI system, in the API's order (system name, then obligation code). */
export function groupBySystem(rows: readonly GapRow[]): SystemGroup[] {
  const groups = new Map<string, SystemGroup>();
  for (const row of rows) {
    let group = groups.get(row.aiSystem.id);
    if (!group) {
      group = { system: row.aiSystem, rows: [] };
      groups.set(row.aiSystem.id, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()];
}

export const COVERAGE_LABEL: Record<Coverage, string> = { FULL: 'Full', PARTIAL: 'Partial', NONE: 'None' };

const FRESHNESS_LABEL: Record<Freshness, string> = { CURRENT: 'Current', EXPIRING: 'Expiring', EXPIRED: 'Expired' };

/** The freshness of a control's evidence in words: its best item, or "no evidence". */
export function evidenceFreshness(evidence: GapControl['evidence']): { label: string; badge: string } {
  if (evidence.total === 0 || evidence.best === null) return { label: 'No evidence', badge: 'none' };
  return {
    label: `${FRESHNESS_LABEL[evidence.best]} (${evidence.current + evidence.expiring} of ${evidence.total} valid)`,
    badge: evidence.best.toLowerCase(),
  };
}

/** How a control reaches the obligation, in one line: "RSK-01 full, superset of (8), direct, evidence current (1 of 1 valid)". */
export function describeControl(control: GapControl): string {
  const how = `${RELATIONSHIP_LABEL[control.relationship] ?? control.relationship} (${control.strength})`;
  const route = control.direct ? 'direct' : 'through the crosswalk';
  return `${control.control.code} ${COVERAGE_LABEL[control.coverage].toLowerCase()}, ${how}, ${route}, evidence ${evidenceFreshness(control.evidence).label.toLowerCase()}`;
}

/** Text for a spreadsheet cell: one line, whatever the source held. */
const oneLine = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The CSV of the gap table: one line per row, every column a BI tool needs. */
export const GAP_CSV_COLUMNS: readonly CsvColumn<GapRow>[] = [
  { header: 'AI system', value: (row) => oneLine(row.aiSystem.name) },
  { header: 'AI system id', value: (row) => row.aiSystem.id },
  { header: 'Risk class', value: (row) => RISK_CLASS_LABEL[row.aiSystem.riskClass] },
  { header: 'Owner', value: (row) => oneLine(row.aiSystem.owner?.name) },
  { header: 'Obligation', value: (row) => row.obligation.code },
  { header: 'Summary', value: (row) => oneLine(row.obligation.summary) },
  { header: 'Article', value: (row) => oneLine(row.obligation.article.ref) },
  { header: 'Role', value: (row) => row.role },
  { header: 'Applies from', value: (row) => row.appliesFrom },
  { header: 'Date basis', value: (row) => oneLine(row.dateBasis) },
  { header: 'Legal status', value: (row) => LEGAL_STATUS_LABEL[row.legalStatus] },
  { header: 'Status', value: (row) => STATUS_LABEL[row.status] },
  { header: 'Missing facts', value: (row) => row.missingFacts.join(', ') },
  { header: 'Controls', value: (row) => row.controls.map(describeControl).join('; ') },
  { header: 'Reason', value: (row) => oneLine(row.reason) },
];

/** The Explore view of one gap: the system, the obligation and the controls involved, the obligation expanded. */
export function gapGraphView(row: GapRow): ViewState {
  const nodes = [row.aiSystem.id, row.obligation.id, ...row.controls.map((control) => control.control.id)];
  return freshView('explore', { nodes: [...new Set(nodes)], subject: row.obligation.id, expanded: [row.obligation.id] });
}

/** covered / total as a whole percentage ("0%" for no rows). */
export const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/** The first `max` rows, still grouped (a long table shows part, then more on request). */
export function limitGroups(groups: readonly SystemGroup[], max: number): SystemGroup[] {
  const shown: SystemGroup[] = [];
  let left = max;
  for (const group of groups) {
    if (left <= 0) break;
    shown.push(group.rows.length <= left ? group : { ...group, rows: group.rows.slice(0, left) });
    left -= group.rows.length;
  }
  return shown;
}
