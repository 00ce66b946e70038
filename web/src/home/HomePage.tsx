import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { SearchBox } from '../common/SearchBox.js';
import { ErrorState } from '../common/states.js';
import { navigate } from '../state/use-view-state.js';
import { ViewLink } from '../state/ViewLink.js';
import { freshView, type ViewState } from '../state/view-state.js';
import { DEMO_EXAMPLE_IDS, gapSentence, jobExamples, type JobExample } from './examples.js';
import { HomeExamplesQuery, HomeSystemGapsQuery } from './queries.js';

/** The first screen: what Crosswalk is, a search, and the three jobs with an example each. */
export default function HomePage() {
  const [examples, reexecuteExamples] = useQuery({ query: HomeExamplesQuery, variables: { ids: Object.values(DEMO_EXAMPLE_IDS) } });
  const found = examples.data ? jobExamples(examples.data.nodes) : null;
  const [systemGaps] = useQuery({
    query: HomeSystemGapsQuery,
    variables: { aiSystemId: found?.gaps?.id ?? '' },
    pause: !found?.gaps,
  });
  const loading = examples.fetching && !examples.data;
  const gapTotals = systemGaps.data?.gaps.summary.total;

  return (
    <div className="page home-page">
      <h1>Crosswalk: the EU AI Act, ISO/IEC 42001 and your organisation in one graph</h1>
      <p className="page-intro">
        Crosswalk links the obligations of the EU AI Act to the clauses and Annex A controls of ISO/IEC 42001, through typed mappings with a
        strength, a rationale and a source, and links both to your organisation's controls, AI systems, models, vendors, owners and
        evidence. It answers three questions in one click.
      </p>
      <section className="home-search" aria-labelledby="home-search-heading">
        <h2 id="home-search-heading">Look something up</h2>
        <SearchBox
          label="Search"
          visibleLabel
          placeholder="An article, ISO clause, control, AI system, vendor…"
          onPick={(node) => navigate(freshView('explore', { nodes: [node.id], subject: node.id }))}
        />
        <p className="muted">Opens the node in the Explore view, where you can expand its neighbours.</p>
      </section>
      {examples.error && (
        <ErrorState error={examples.error} retry={() => reexecuteExamples({ requestPolicy: 'network-only' })} what="the examples" />
      )}
      <section aria-labelledby="home-jobs-heading">
        <h2 id="home-jobs-heading">Three jobs</h2>
        <div className="home-jobs">
          <JobCard
            id="job-crosswalk"
            question="Which obligations does a control satisfy?"
            view={freshView('crosswalk')}
            viewName="the Crosswalk view"
            example={found?.crosswalk ?? null}
            loading={loading}
            exampleText={(label) => <>What {label} satisfies</>}
            extra={
              <ViewLink to={freshView('matrix')} className="secondary-link">
                Open the matrix of Act articles × ISO/IEC 42001
              </ViewLink>
            }
          >
            Pick a control: see the provisions and obligations it satisfies, directly or derived through the crosswalk, full or partial,
            with the paths that explain each and how current its evidence is.
          </JobCard>
          <JobCard
            id="job-impact"
            question="What would a vendor change touch?"
            view={freshView('impact')}
            viewName="the Impact view"
            example={found?.impact ?? null}
            loading={loading}
            exampleText={(label) => <>What a change at {label} would touch</>}
          >
            Pick a vendor, model, control or evidence item: follow what depends on it, from AI systems to obligations, controls, evidence
            and owners, and see what coverage would be lost if it went away.
          </JobCard>
          <JobCard
            id="job-gaps"
            question="Where are our gaps?"
            view={freshView('gaps')}
            viewName="the Gaps view"
            example={found?.gaps ?? null}
            loading={loading}
            exampleText={(label) => <>The gaps of {label}</>}
            exampleNote={gapTotals ? gapSentence(gapTotals) : undefined}
          >
            For each AI system, the obligations that apply today or on a day you choose, whether the governing controls cover them, and what
            starts to apply next.
          </JobCard>
        </div>
      </section>
    </div>
  );
}

interface JobCardProps {
  id: string;
  question: string;
  /** The view the card opens without an example. */
  view: ViewState;
  viewName: string;
  example: JobExample | null;
  loading: boolean;
  exampleText(label: string): ReactNode;
  exampleNote?: string | undefined;
  extra?: ReactNode;
  children: ReactNode;
}

/** One job: the question, what the view does, the demo example (when this graph has it) and the view itself. */
function JobCard(props: JobCardProps) {
  return (
    <article aria-labelledby={`${props.id}-heading`}>
      <h3 id={`${props.id}-heading`}>{props.question}</h3>
      <p>{props.children}</p>
      {props.loading && (
        <p className="muted" role="status">
          Loading the example…
        </p>
      )}
      {props.example && (
        <p className="home-example">
          <span className="muted">Example from the demo organisation: </span>
          <ViewLink to={props.example.to}>{props.exampleText(props.example.label)}</ViewLink>
          {props.exampleNote && <span className="muted"> — {props.exampleNote}</span>}
        </p>
      )}
      <p className="home-open">
        <ViewLink to={props.view}>Open {props.viewName}</ViewLink>
        {props.extra && <> · {props.extra}</>}
      </p>
    </article>
  );
}
