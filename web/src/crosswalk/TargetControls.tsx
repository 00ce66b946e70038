import { useQuery } from 'urql';
import { controlColumns } from './columns.js';
import { fromControlsFor } from './from-api.js';
import { TargetControls as TargetControlsQuery } from './queries.js';
import { hopsText, SubjectAnswer } from './SubjectAnswer.js';

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
  const [answer, reexecute] = useQuery({ query: TargetControlsQuery, variables: { id: targetId, maxHops, includeIndeterminate } });
  const subject = answer.data?.subject;
  const target = subject?.__typename === 'Provision' || subject?.__typename === 'Obligation' ? subject : null;
  return (
    <SubjectAnswer
      answer={answer}
      retry={() => reexecute({ requestPolicy: 'network-only' })}
      what="the controls that satisfy it"
      subject={target}
      notFound={{ message: `There is no provision or obligation with id "${targetId}".`, what: 'the provision' }}
      items={answer.data?.controlsFor ?? NONE}
      toRow={fromControlsFor}
      columns={controlColumns}
      texts={({ label }) => ({
        caption: `Controls that satisfy ${label}`,
        intro: target?.__typename === 'Obligation' ? target.summary : null,
        empty: `No control satisfies ${label} yet, directly or within ${hopsText(maxHops)} of the crosswalk: a gap to close.`,
        exportName: `controls for ${label}`,
      })}
    />
  );
}

const NONE: [] = [];
