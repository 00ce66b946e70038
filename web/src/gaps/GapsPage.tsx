import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ErrorState } from '../common/states.js';
import { useLoad } from '../api/use-load.js';
import { useViewState } from '../state/use-view-state.js';
import type { ViewState } from '../state/view-state.js';
import { todayUtc } from './dates.js';
import type { GapRow } from './gap-rows.js';
import { effectiveAsOf, gapQueryVariables, hasRowFilters } from './gap-filters.js';
import { GapFilters } from './GapFilters.js';
import { GapSummary } from './GapSummary.js';
import { GapTable } from './GapTable.js';
import { loadGapRows, type GapRowsProgress } from './load.js';
import { GapSystemsQuery, UpcomingObligationsQuery } from './queries.js';
import { filterUpcoming, groupByDate, upcomingRange } from './upcoming.js';
import { UpcomingList } from './UpcomingList.js';

/** Systems listed in the selects; larger organisations pick a system from the table instead. */
const SYSTEM_LIST_SIZE = 500;
const NO_ROWS: GapRow[] = [];

/** Coverage per AI system: every applicable obligation with its status, filters in the URL, and what applies next. */
export default function GapsPage() {
  const [state, update] = useViewState();
  const today = useMemo(() => todayUtc(), []);
  const asOf = effectiveAsOf(state, today);
  const gapFilter = gapQueryVariables(state, today);
  const gapFilterKey = JSON.stringify(gapFilter);
  const [gaps, retryGaps] = useLoad<GapRowsProgress>((client, context) => loadGapRows(client, gapFilter, context), gapFilterKey);
  const [systems, reexecuteSystems] = useQuery({ query: GapSystemsQuery, variables: { first: SYSTEM_LIST_SIZE } });
  const range = upcomingRange(asOf);
  const [upcoming, reexecuteUpcoming] = useQuery({
    query: UpcomingObligationsQuery,
    variables: { from: range.from, to: range.to, aiSystemId: state.subject },
  });

  const systemList = systems.data?.aiSystems.nodes ?? [];
  const subjectSystem = systemList.find((system) => system.id === state.subject);
  const upcomingDays = useMemo(
    () =>
      upcoming.data
        ? groupByDate(filterUpcoming(upcoming.data.obligationsApplyingBetween, { riskClasses: state.riskClasses, owner: state.owner }))
        : null,
    [upcoming.data, state.riskClasses, state.owner],
  );
  // One message and one Retry for the whole page: when the API is down, every query fails at once.
  const error = gaps.error ?? systems.error ?? upcoming.error;
  const retry = () => {
    retryGaps();
    reexecuteSystems({ requestPolicy: 'network-only' });
    reexecuteUpcoming({ requestPolicy: 'network-only' });
  };
  const filter = (patch: Partial<ViewState>) => update(patch, { replace: true });
  const subjectName = subjectSystem?.name ?? state.subject;

  return (
    <div className="page gaps-page">
      <h1>Coverage gaps{subjectName ? `: ${subjectName}` : ''}</h1>
      <p className="page-intro">
        Every obligation of the EU AI Act that applies to {subjectName ?? 'each AI system'} on the chosen day, and how well the controls
        governing the system cover it: <strong>Covered</strong> (fully, with current evidence), <strong>Partial</strong>,{' '}
        <strong>Stale evidence</strong> (fully, but the evidence has expired) or <strong>Uncovered</strong>. Open a row in the graph to see
        why.
      </p>
      <GapFilters state={state} update={filter} systems={systemList} systemsLoading={systems.fetching} asOf={asOf} />
      {systems.data && systems.data.aiSystems.totalCount > SYSTEM_LIST_SIZE && (
        <p className="muted">
          The AI system list shows the first {SYSTEM_LIST_SIZE} of {systems.data.aiSystems.totalCount} systems; pick others from the summary
          table.
        </p>
      )}
      {error && <ErrorState error={error} retry={retry} what="the coverage of your AI systems" />}
      <div className="layout-split">
        <div className="gap-main">
          {gaps.data?.extra && <GapSummary summary={gaps.data.extra} state={state} />}
          {!gaps.error && (
            <GapTable
              // A new filter starts the table from its first rows again.
              key={gapFilterKey}
              rows={gaps.data?.nodes ?? NO_ROWS}
              totalCount={gaps.data?.totalCount ?? null}
              done={gaps.done}
              exportName={`gaps ${subjectName ?? 'all systems'} ${asOf}`}
              emptyMessage={
                hasRowFilters(state)
                  ? 'No obligations match these filters.'
                  : `No obligations apply to ${subjectName ?? 'any AI system'} on ${asOf}.`
              }
            />
          )}
        </div>
        <UpcomingList
          days={upcomingDays}
          failed={Boolean(upcoming.error)}
          from={range.from}
          to={range.to}
          scope={subjectName ?? 'all AI systems'}
          showSystem={state.subject === null}
          onShowDay={(date) => filter({ asOf: date })}
        />
      </div>
    </div>
  );
}
