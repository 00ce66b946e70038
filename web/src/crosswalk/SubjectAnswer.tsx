import { useMemo, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import type { Column } from '../common/DataTable.js';
import { canvasNodeOf, type LabelledNode } from '../common/node-label.js';
import { Empty, ErrorState, Loading } from '../common/states.js';
import type { CrosswalkResult, PathNode } from './results.js';
import { ResultCounts, ResultsView } from './ResultsView.js';

/** What the page says of its subject once the API has answered. */
interface SubjectTexts {
  /** The heading, the table's caption and the canvas's accessible name. */
  caption: string;
  /** Under the heading: the control's description or the obligation's summary. */
  intro?: string | null | undefined;
  /** Said when there is no result. */
  empty: ReactNode;
  exportName: string;
}

interface SubjectAnswerProps<Item, Row extends CrosswalkResult> {
  /** The subject's query, as urql reports it. */
  answer: { fetching: boolean; error?: CombinedError | undefined; data?: unknown };
  retry(): void;
  /** What the query loads, in words ("what the control satisfies"). */
  what: string;
  /** The subject as the API answered it; null when the API holds no such node of the kind asked. */
  subject: LabelledNode | null;
  /** Why there is nothing to show for an unknown subject, and what it should have been. */
  notFound: { message: string; what: string };
  /** The answer's results, and how each becomes a row for this subject. */
  items: readonly Item[];
  toRow(subject: PathNode, item: Item): Row;
  columns(): Column<Row>[];
  texts(subject: PathNode): SubjectTexts;
}

/**
 * One subject's crosswalk answer, whichever way it was asked: loading, an error with a retry, an
 * unknown subject; else the heading, the subject's own words and its results, or why there are none.
 */
export function SubjectAnswer<Item, Row extends CrosswalkResult>({
  answer,
  subject: answered,
  items,
  toRow,
  columns: columnsOf,
  ...props
}: SubjectAnswerProps<Item, Row>) {
  const subject = useMemo(() => (answered ? canvasNodeOf(answered) : null), [answered]);
  const results = useMemo(() => (subject ? items.map((item) => toRow(subject, item)) : []), [subject, items, toRow]);
  const columns = useMemo(() => columnsOf(), [columnsOf]);

  if (answer.error) return <ErrorState error={answer.error} what={props.what} retry={props.retry} />;
  if (answer.fetching || !answer.data) return <Loading what={props.what} />;
  if (!subject) return <ErrorState error={new Error(props.notFound.message)} what={props.notFound.what} />;

  const texts = props.texts(subject);
  return (
    <section className="crosswalk-subject" aria-labelledby="crosswalk-subject-heading">
      <h2 id="crosswalk-subject-heading">{texts.caption}</h2>
      {texts.intro && <p className="page-intro">{texts.intro}</p>}
      {results.length === 0 ? (
        <Empty>{texts.empty}</Empty>
      ) : (
        <>
          <ResultCounts results={results} />
          <ResultsView subject={subject} results={results} columns={columns} caption={texts.caption} exportName={texts.exportName} />
        </>
      )}
    </section>
  );
}

/** "1 hop", "3 hops". */
export const hopsText = (hops: number) => `${hops} ${hops === 1 ? 'hop' : 'hops'}`;
