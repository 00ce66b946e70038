import { useQuery } from 'urql';
import { DataTable, type Column } from '../common/DataTable.js';
import { ErrorState, Loading } from '../common/states.js';
import type { GapStatus } from '../gql/graphql.js';
import { ViewLink } from '../state/ViewLink.js';
import { freshView, type Kind } from '../state/view-state.js';
import { WhatIfRemoved } from './queries.js';
import {
  countChange,
  GAP_STATUS_LABEL,
  whatIfChangeRows,
  whatIfDroppedRows,
  whatIfSentence,
  whatIfSystemRows,
  type WhatIfChangeRow,
  type WhatIfDroppedRow,
  type WhatIfSystemRow,
} from './what-if-rows.js';

function StatusBadge({ status }: { status: GapStatus }) {
  return <span className={`badge ${status.toLowerCase()}`}>{GAP_STATUS_LABEL[status]}</span>;
}

const systemLink = (id: string, name: string) => <ViewLink to={freshView('gaps', { subject: id })}>{name}</ViewLink>;

const SYSTEM_COLUMNS: Column<WhatIfSystemRow>[] = [
  { header: 'AI system', value: (row) => row.system, render: (row) => systemLink(row.id, row.system) },
  { header: 'System removed', value: (row) => (row.removed ? 'yes' : 'no') },
  { header: 'Covered', value: (row) => countChange(row.before.covered, row.after.covered) },
  { header: 'Partial', value: (row) => countChange(row.before.partial, row.after.partial) },
  { header: 'Stale evidence', value: (row) => countChange(row.before.staleEvidence, row.after.staleEvidence) },
  { header: 'Uncovered', value: (row) => countChange(row.before.uncovered, row.after.uncovered) },
  { header: 'Obligations', value: (row) => countChange(row.before.total, row.after.total) },
];

const CHANGE_COLUMNS: Column<WhatIfChangeRow>[] = [
  { header: 'AI system', value: (row) => row.system, render: (row) => systemLink(row.systemId, row.system) },
  { header: 'System id', value: (row) => row.systemId, render: (row) => <code>{row.systemId}</code> },
  { header: 'Obligation', value: (row) => row.obligation },
  { header: 'Obligation id', value: (row) => row.obligationId, render: (row) => <code>{row.obligationId}</code> },
  { header: 'Summary', value: (row) => row.summary },
  { header: 'Before', value: (row) => GAP_STATUS_LABEL[row.before], render: (row) => <StatusBadge status={row.before} /> },
  {
    header: 'After',
    value: (row) => GAP_STATUS_LABEL[row.after],
    render: (row) => (
      <>
        <span aria-hidden="true">→ </span>
        <StatusBadge status={row.after} />
      </>
    ),
  },
];

const DROPPED_COLUMNS: Column<WhatIfDroppedRow>[] = [
  { header: 'AI system', value: (row) => row.system, render: (row) => systemLink(row.systemId, row.system) },
  { header: 'Obligation', value: (row) => row.obligation },
  { header: 'Obligation id', value: (row) => row.obligationId, render: (row) => <code>{row.obligationId}</code> },
  { header: 'Summary', value: (row) => row.summary },
];

/** Coverage as it would be without the subject: computed by the API, nothing written. */
export function WhatIfPanel({ subject, subjectLabel, subjectKind }: { subject: string; subjectLabel: string; subjectKind: Kind }) {
  const [result, reexecute] = useQuery({ query: WhatIfRemoved, variables: { removeIds: [subject] } });
  // While another subject's answer is being fetched, the previous one must not show.
  const whatIf = result.fetching ? null : (result.data?.whatIf ?? null);
  return (
    <section className="what-if" aria-labelledby="what-if-heading">
      <h2 id="what-if-heading">What if {subjectLabel} were removed</h2>
      <p className="what-if-note" role="note">
        A simulation: nothing is removed or written. The coverage of every AI system is computed again as if {subjectLabel} were not in the
        graph, and compared with today's.
      </p>
      {result.error ? (
        <ErrorState error={result.error} what="the what-if coverage" retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !whatIf ? (
        <Loading what="the what-if coverage" />
      ) : (
        <>
          <p className="what-if-answer" role="status">
            {whatIfSentence(whatIf, subjectLabel)}
          </p>
          {whatIf.changedRows === 0 && whatIf.droppedRows === 0 && (subjectKind === 'VENDOR' || subjectKind === 'MODEL') && (
            <p className="muted">
              Coverage comes from controls and their evidence; taking away a {subjectKind === 'VENDOR' ? 'vendor' : 'model'} removes
              neither. The affected systems, controls and evidence below still need a re-review when it changes.
            </p>
          )}
          <DataTable
            caption="Coverage per AI system: before → after"
            columns={SYSTEM_COLUMNS}
            rows={whatIfSystemRows(whatIf)}
            rowKey={(row) => row.id}
            exportName={`what if ${subjectLabel} removed systems`}
            empty="No AI system's coverage would change."
          />
          <DataTable
            caption="Obligations that would change status"
            columns={CHANGE_COLUMNS}
            rows={whatIfChangeRows(whatIf)}
            rowKey={(row) => row.key}
            exportName={`what if ${subjectLabel} removed changes`}
            empty="No obligation would change status."
          />
          {whatIf.droppedRows > 0 && (
            <DataTable
              caption="Obligations that would no longer apply"
              columns={DROPPED_COLUMNS}
              rows={whatIfDroppedRows(whatIf)}
              rowKey={(row) => row.key}
              exportName={`what if ${subjectLabel} removed dropped`}
            />
          )}
        </>
      )}
    </section>
  );
}
