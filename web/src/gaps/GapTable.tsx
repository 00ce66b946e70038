import { useMemo, useState } from 'react';
import { exportFileName, toCsv } from '../common/csv.js';
import { downloadText } from '../common/download.js';
import { RISK_CLASS_LABEL } from '../common/risk-class.js';
import { Empty } from '../common/states.js';
import { humanize } from '../graph/kinds.js';
import { ViewLink } from '../state/ViewLink.js';
import { freshView } from '../state/view-state.js';
import { readableDay } from './dates.js';
import { LEGAL_STATUS_LABEL, STATUS_HELP, STATUS_LABEL } from './gap-filters.js';
import {
  COVERAGE_LABEL,
  GAP_CSV_COLUMNS,
  evidenceFreshness,
  gapGraphView,
  groupBySystem,
  limitGroups,
  type GapControl,
  type GapRow,
} from './gap-rows.js';
import { RELATIONSHIP_LABEL } from '../graph/kinds.js';

/** Rows rendered at first (and added per "Show more"); the CSV always holds every row. */
const RENDER_STEP = 500;

export interface GapTableProps {
  rows: readonly GapRow[];
  totalCount: number | null;
  done: boolean;
  /** Words for the CSV file name (e.g. the system and the day). */
  exportName: string;
  emptyMessage: string;
}

/** The gap rows, one table per AI system, and the CSV of all of them. */
export function GapTable({ rows, totalCount, done, exportName, emptyMessage }: GapTableProps) {
  const [shown, setShown] = useState(RENDER_STEP);
  const groups = useMemo(() => limitGroups(groupBySystem(rows), shown), [rows, shown]);
  const exportCsv = () => downloadText(toCsv(GAP_CSV_COLUMNS, rows), exportFileName(exportName, 'csv'), 'text/csv');

  const progress =
    totalCount === null
      ? 'Loading rows…'
      : !done
        ? `Loaded ${rows.length} of ${totalCount} rows…`
        : `${totalCount} ${totalCount === 1 ? 'row' : 'rows'}${rows.length > shown ? `, showing the first ${shown}` : ''}`;

  return (
    <section className="gap-rows" aria-labelledby="gap-rows-heading">
      <h2 id="gap-rows-heading">Obligations per AI system</h2>
      <div className="table-tools">
        <span className="count" role="status" aria-live="polite">
          {!done && <span className="spinner" aria-hidden="true" />} {progress}
        </span>
        {!done && totalCount !== null && totalCount > 0 && <progress max={totalCount} value={rows.length} aria-label="Rows loaded" />}
        <button
          type="button"
          onClick={exportCsv}
          disabled={!done || rows.length === 0}
          title={done ? 'Every row the filters keep' : 'Available once every row is loaded'}
        >
          Export CSV
        </button>
      </div>
      {done && rows.length === 0 && <Empty>{emptyMessage}</Empty>}
      {groups.map((group) => (
        <section key={group.system.id} className="gap-system" aria-labelledby={`gap-system-${group.system.id}`}>
          <h3 id={`gap-system-${group.system.id}`}>{group.system.name}</h3>
          <p className="gap-system-meta">
            {RISK_CLASS_LABEL[group.system.riskClass]} · owner {group.system.owner?.name ?? 'none'} · {group.system.id} ·{' '}
            <ViewLink to={freshView('classify', { subject: group.system.id })}>
              Classify<span className="visually-hidden"> {group.system.name}</span>
            </ViewLink>
          </p>
          <table className="data-table gap-table">
            <caption className="visually-hidden">Applicable obligations of {group.system.name}</caption>
            <thead>
              <tr>
                <th scope="col">Obligation</th>
                <th scope="col">Article</th>
                <th scope="col">Role</th>
                <th scope="col">Applies from</th>
                <th scope="col">Status</th>
                <th scope="col">Controls involved</th>
                <th scope="col">Graph</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row) => (
                <GapTableRow key={row.id} row={row} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {rows.length > shown && (
        <button type="button" onClick={() => setShown(shown + RENDER_STEP)}>
          Show more rows ({rows.length - shown} left)
        </button>
      )}
    </section>
  );
}

function GapTableRow({ row }: { row: GapRow }) {
  return (
    <tr>
      <td>
        <strong>{row.obligation.code}</strong>
        <div className="muted">{row.obligation.summary}</div>
      </td>
      <td title={row.obligation.article.title}>{row.obligation.article.ref}</td>
      <td>{humanize(row.role)}</td>
      <td>
        <time dateTime={row.appliesFrom}>{readableDay(row.appliesFrom)}</time>
        <div className="muted">{row.dateBasis}</div>
        {row.legalStatus !== 'IN_FORCE' && (
          <div className="legal-status" title={row.legalNote ?? undefined}>
            {LEGAL_STATUS_LABEL[row.legalStatus]}
          </div>
        )}
      </td>
      <td>
        <span className={`badge ${row.status.toLowerCase()}`} title={STATUS_HELP[row.status]}>
          {STATUS_LABEL[row.status]}
        </span>
        {row.missingFacts.length > 0 && <div className="missing-facts">Fact missing — review: {row.missingFacts.join(', ')}</div>}
      </td>
      <td>{row.controls.length === 0 ? <span className="muted">None</span> : <ControlList controls={row.controls} />}</td>
      <td>
        <ViewLink to={gapGraphView(row)}>
          Open
          <span className="visually-hidden">
            {' '}
            {row.obligation.code} for {row.aiSystem.name}
          </span>{' '}
          in graph
        </ViewLink>
      </td>
    </tr>
  );
}

function ControlList({ controls }: { controls: readonly GapControl[] }) {
  return (
    <ul className="gap-controls">
      {controls.map((item) => {
        const freshness = evidenceFreshness(item.evidence);
        return (
          <li key={item.control.id}>
            <strong title={item.control.name}>{item.control.code}</strong>{' '}
            <span className={`badge ${item.coverage.toLowerCase()}`}>{COVERAGE_LABEL[item.coverage]}</span>{' '}
            <span className="muted">
              {RELATIONSHIP_LABEL[item.relationship] ?? item.relationship} ({item.strength}), {item.direct ? 'direct' : 'via crosswalk'}
            </span>{' '}
            <span className={`badge ${freshness.badge}`}>
              {item.evidence.total === 0 ? freshness.label : `Evidence: ${freshness.label}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
