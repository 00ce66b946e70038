import { DataTable, type Column } from '../common/DataTable.js';
import { ViewLink } from '../state/ViewLink.js';
import { GAP_STATUSES, type ViewState } from '../state/view-state.js';
import { STATUS_HELP, STATUS_LABEL } from './gap-filters.js';
import { percent, type GapSummaryRow } from './gap-rows.js';
import type { GapSummary as Summary } from './load.js';

const COUNT_OF: Record<(typeof GAP_STATUSES)[number], (row: GapSummaryRow) => number> = {
  COVERED: (row) => row.covered,
  PARTIAL: (row) => row.partial,
  STALE_EVIDENCE: (row) => row.staleEvidence,
  UNCOVERED: (row) => row.uncovered,
};

/** Totals per status, then one line per AI system; a system's name narrows the page to it. */
export function GapSummary({ summary, state }: { summary: Summary; state: ViewState }) {
  const columns: Column<GapSummaryRow>[] = [
    {
      header: 'AI system',
      value: (row) => row.label,
      render: (row) => (
        <ViewLink to={{ ...state, subject: row.key }}>
          {row.label}
          <span className="visually-hidden"> (show only this system)</span>
        </ViewLink>
      ),
    },
    ...GAP_STATUSES.map((status) => ({ header: STATUS_LABEL[status], value: COUNT_OF[status] })),
    { header: 'Total', value: (row) => row.total },
    { header: 'Coverage', value: (row) => percent(row.coverageRatio), render: (row) => <CoverageBar ratio={row.coverageRatio} /> },
  ];
  return (
    <section className="gap-summary" aria-labelledby="gap-summary-heading">
      <h2 id="gap-summary-heading">Summary</h2>
      <ul className="gap-totals" aria-label="Obligations per status">
        {GAP_STATUSES.map((status) => (
          <li key={status} title={STATUS_HELP[status]}>
            <span className={`badge ${status.toLowerCase()}`}>{STATUS_LABEL[status]}</span>{' '}
            <strong>{COUNT_OF[status](summary.total)}</strong>
          </li>
        ))}
        <li>
          <strong>{summary.total.total}</strong> in all, <strong>{percent(summary.total.coverageRatio)}</strong> covered
        </li>
      </ul>
      {summary.bySystem.length > 0 && (
        <details open={summary.bySystem.length <= 20}>
          <summary>Coverage per AI system ({summary.bySystem.length})</summary>
          <DataTable
            caption="Coverage per AI system"
            columns={columns}
            rows={summary.bySystem}
            rowKey={(row) => row.key}
            exportName="coverage per AI system"
          />
        </details>
      )}
    </section>
  );
}

/** The ratio as a number and a bar (the number is what counts; the bar helps scanning). */
function CoverageBar({ ratio }: { ratio: number }) {
  return (
    <span className="coverage-bar">
      <span className="coverage-bar-track" aria-hidden="true">
        <span className="coverage-bar-fill" style={{ width: percent(ratio) }} />
      </span>
      {percent(ratio)}
    </span>
  );
}
