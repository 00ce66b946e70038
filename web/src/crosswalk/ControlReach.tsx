import { useMemo } from 'react';
import { useQuery } from 'urql';
import { canvasNodeOf } from '../common/node-label.js';
import { Empty, ErrorState, Loading } from '../common/states.js';
import { satisfactionColumns } from './columns.js';
import { fromSatisfaction } from './from-api.js';
import { ControlSatisfaction } from './queries.js';
import { ResultCounts, ResultsView } from './ResultsView.js';

/** What a control satisfies, directly and through the crosswalk (`satisfaction`). */
export function ControlReach({
  controlId,
  maxHops,
  includeIndeterminate,
}: {
  controlId: string;
  maxHops: number;
  includeIndeterminate: boolean;
}) {
  const [result, reexecute] = useQuery({ query: ControlSatisfaction, variables: { controlId, maxHops, includeIndeterminate } });
  const subject = result.data?.subject;
  const control = useMemo(() => (subject?.__typename === 'Control' ? canvasNodeOf(subject) : null), [subject]);
  const rows = useMemo(
    () => (control && result.data ? result.data.satisfaction.map((item) => fromSatisfaction(control, item)) : []),
    [control, result.data],
  );
  const columns = useMemo(() => satisfactionColumns(), []);

  if (result.error)
    return (
      <ErrorState error={result.error} what="what this control satisfies" retry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  if (result.fetching || !result.data) return <Loading what="what the control satisfies" />;
  if (!control) return <ErrorState error={new Error(`There is no control with id "${controlId}".`)} what="the control" />;

  const caption = `What ${control.label} satisfies`;
  return (
    <section className="crosswalk-subject" aria-labelledby="crosswalk-subject-heading">
      <h2 id="crosswalk-subject-heading">{caption}</h2>
      {subject?.__typename === 'Control' && subject.description && <p className="page-intro">{subject.description}</p>}
      {rows.length === 0 ? (
        <Empty>
          {control.label} satisfies nothing yet within {maxHops} {maxHops === 1 ? 'hop' : 'hops'}: link it to a provision or obligation
          (SATISFIES), or allow longer paths.
        </Empty>
      ) : (
        <>
          <ResultCounts results={rows} />
          <ResultsView subject={control} results={rows} columns={columns} caption={caption} exportName={`${control.label} satisfies`} />
        </>
      )}
    </section>
  );
}
