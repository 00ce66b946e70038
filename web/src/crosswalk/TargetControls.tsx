import { useMemo } from 'react';
import { useQuery } from 'urql';
import { canvasNodeOf } from '../common/node-label.js';
import { Empty, ErrorState, Loading } from '../common/states.js';
import { controlColumns } from './columns.js';
import { fromControlsFor } from './from-api.js';
import { TargetControls as TargetControlsQuery } from './queries.js';
import { ResultCounts, ResultsView } from './ResultsView.js';

/** The controls that satisfy a provision or obligation, with their evidence freshness (`controlsFor`). */
export function TargetControls({
  targetId,
  maxHops,
  includeIndeterminate,
}: {
  targetId: string;
  maxHops: number;
  includeIndeterminate: boolean;
}) {
  const [result, reexecute] = useQuery({ query: TargetControlsQuery, variables: { id: targetId, maxHops, includeIndeterminate } });
  const subject = result.data?.subject;
  const target = useMemo(
    () => (subject?.__typename === 'Provision' || subject?.__typename === 'Obligation' ? canvasNodeOf(subject) : null),
    [subject],
  );
  const rows = useMemo(
    () => (target && result.data ? result.data.controlsFor.map((item) => fromControlsFor(target, item)) : []),
    [target, result.data],
  );
  const columns = useMemo(() => controlColumns(), []);

  if (result.error)
    return (
      <ErrorState error={result.error} what="the controls that satisfy it" retry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  if (result.fetching || !result.data) return <Loading what="the controls that satisfy it" />;
  if (!target) return <ErrorState error={new Error(`There is no provision or obligation with id "${targetId}".`)} what="the provision" />;

  const caption = `Controls that satisfy ${target.label}`;
  return (
    <section className="crosswalk-subject" aria-labelledby="crosswalk-subject-heading">
      <h2 id="crosswalk-subject-heading">{caption}</h2>
      {subject?.__typename === 'Obligation' && <p className="page-intro">{subject.summary}</p>}
      {rows.length === 0 ? (
        <Empty>
          No control satisfies {target.label} yet, directly or within {maxHops} {maxHops === 1 ? 'hop' : 'hops'} of the crosswalk: a gap to
          close.
        </Empty>
      ) : (
        <>
          <ResultCounts results={rows} />
          <ResultsView subject={target} results={rows} columns={columns} caption={caption} exportName={`controls for ${target.label}`} />
        </>
      )}
    </section>
  );
}
