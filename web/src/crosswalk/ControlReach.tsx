import { useQuery } from 'urql';
import { satisfactionColumns } from './columns.js';
import { fromSatisfaction } from './from-api.js';
import { ControlSatisfaction } from './queries.js';
import { hopsText, SubjectAnswer } from './SubjectAnswer.js';

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
  const [answer, reexecute] = useQuery({ query: ControlSatisfaction, variables: { controlId, maxHops, includeIndeterminate } });
  const subject = answer.data?.subject;
  const control = subject?.__typename === 'Control' ? subject : null;
  return (
    <SubjectAnswer
      answer={answer}
      retry={() => reexecute({ requestPolicy: 'network-only' })}
      what="what the control satisfies"
      subject={control}
      notFound={{ message: `There is no control with id "${controlId}".`, what: 'the control' }}
      items={answer.data?.satisfaction ?? NONE}
      toRow={fromSatisfaction}
      columns={satisfactionColumns}
      texts={({ label }) => ({
        caption: `What ${label} satisfies`,
        intro: control?.description,
        empty: `${label} satisfies nothing yet within ${hopsText(maxHops)}: link it to a provision or obligation (SATISFIES), or allow longer paths.`,
        exportName: `${label} satisfies`,
      })}
    />
  );
}

const NONE: [] = [];
