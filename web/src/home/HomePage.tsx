import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { SearchBox } from '../common/SearchBox.js';
import { ErrorState } from '../common/states.js';
import { navigate } from '../state/use-view-state.js';
import { ViewLink } from '../state/ViewLink.js';
import { freshView } from '../state/view-state.js';
import { DEMO_EXAMPLE_IDS, gapSentence, jobExamples, type JobExamples } from './examples.js';
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
            job="crosswalk"
            examples={found}
            loading={loading}
            extra={
              <ViewLink to={freshView('matrix')} className="secondary-link">
                Open the matrix of Act articles × ISO/IEC 42001
              </ViewLink>
            }
          />
          <JobCard job="impact" examples={found} loading={loading} />
          <JobCard job="gaps" examples={found} loading={loading} exampleNote={gapTotals ? gapSentence(gapTotals) : undefined} />
        </div>
      </section>
    </div>
  );
}

/** A job is named by the view that does it. */
type Job = keyof JobExamples;

/** Each job's question, what its view does, and how its example reads. */
const JOBS: Record<Job, { question: string; viewName: string; summary: string; exampleText(label: string): ReactNode }> = {
  crosswalk: {
    question: 'Which obligations does a control satisfy?',
    viewName: 'the Crosswalk view',
    summary:
      'Pick a control: see the provisions and obligations it satisfies, directly or derived through the crosswalk, full or partial, with the paths that explain each and how current its evidence is.',
    exampleText: (label) => <>What {label} satisfies</>,
  },
  impact: {
    question: 'What would a vendor change touch?',
    viewName: 'the Impact view',
    summary:
      'Pick a vendor, model, control or evidence item: follow what depends on it, from AI systems to obligations, controls, evidence and owners, and see what coverage would be lost if it went away.',
    exampleText: (label) => <>What a change at {label} would touch</>,
  },
  gaps: {
    question: 'Where are our gaps?',
    viewName: 'the Gaps view',
    summary:
      'For each AI system, the obligations that apply today or on a day you choose, whether the governing controls cover them, and what starts to apply next.',
    exampleText: (label) => <>The gaps of {label}</>,
  },
};

interface JobCardProps {
  job: Job;
  /** The demo examples this graph holds (null while they load). */
  examples: JobExamples | null;
  loading: boolean;
  exampleNote?: string | undefined;
  extra?: ReactNode;
}

/** One job: the question, what the view does, the demo example (when this graph has it) and the view itself. */
function JobCard({ job, examples, loading, exampleNote, extra }: JobCardProps) {
  const { question, viewName, summary, exampleText } = JOBS[job];
  const example = examples?.[job] ?? null;
  const id = `job-${job}`;
  return (
    <article aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{question}</h3>
      <p>{summary}</p>
      {loading && (
        <p className="muted" role="status">
          Loading the example…
        </p>
      )}
      {example && (
        <p className="home-example">
          <span className="muted">Example from the demo organisation: </span>
          <ViewLink to={example.to}>{exampleText(example.label)}</ViewLink>
          {exampleNote && <span className="muted"> — {exampleNote}</span>}
        </p>
      )}
      <p className="home-open">
        <ViewLink to={freshView(job)}>Open {viewName}</ViewLink>
        {extra && <> · {extra}</>}
      </p>
    </article>
  );
}
