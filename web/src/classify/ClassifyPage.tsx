import { useQuery } from 'urql';
import { riskClassWithArticle } from '../common/risk-class.js';
import { Empty, ErrorState, Loading } from '../common/states.js';
import { useViewState } from '../state/use-view-state.js';
import { ViewLink } from '../state/ViewLink.js';
import { freshView } from '../state/view-state.js';
import { ClassifyWizard } from './ClassifyWizard.js';
import { ClassificationQuestionsQuery, ClassifySystemQuery, ClassifySystemsQuery } from './queries.js';
import './classify.css';

/** Systems offered when the link names none. */
const SYSTEM_LIST_SIZE = 500;

/** The risk-classification questionnaire for one AI system (`?view=classify&subject=<system id>`). */
export default function ClassifyPage() {
  const [state] = useViewState();
  return (
    <div className="page classify-page">{state.subject ? <ClassifySystem key={state.subject} id={state.subject} /> : <SystemPicker />}</div>
  );
}

function ClassifySystem({ id }: { id: string }) {
  const [questions, reexecuteQuestions] = useQuery({ query: ClassificationQuestionsQuery });
  const [system, reexecuteSystem] = useQuery({ query: ClassifySystemQuery, variables: { id } });
  const retry = () => {
    reexecuteQuestions({ requestPolicy: 'network-only' });
    reexecuteSystem({ requestPolicy: 'network-only' });
  };
  const error = questions.error ?? system.error;
  const node = system.data?.node;
  const aiSystem = node?.__typename === 'AISystem' ? node : null;
  return (
    <>
      <h1>Classify{aiSystem ? `: ${aiSystem.name}` : ''}</h1>
      <p className="page-intro">
        The Act's questions in its own order, one section at a time: scope, prohibited practices, Annex I and Annex III, Art. 6(3), Art. 50,
        GPAI, role and dates. Only the questions your answers make relevant are shown; the outcome beside them follows each answer, with the
        article behind every decisive step. Saving records a dated assessment and sets the system's facts from it.
      </p>
      {error ? (
        <ErrorState error={error} retry={retry} what={`the questionnaire for ${id}`} />
      ) : !questions.data || !system.data ? (
        <Loading what="the questionnaire" />
      ) : !aiSystem ? (
        <Empty>
          There is no AI system with id <code>{id}</code>. It may have been deleted since the link was made.{' '}
          <ViewLink to={freshView('classify')}>Pick an AI system</ViewLink>
        </Empty>
      ) : questions.data.classificationQuestions.length === 0 ? (
        <Empty>The API has no classification questions.</Empty>
      ) : (
        <ClassifyWizard
          system={aiSystem}
          questions={questions.data.classificationQuestions}
          onSaved={() => reexecuteSystem({ requestPolicy: 'network-only' })}
        />
      )}
    </>
  );
}

function SystemPicker() {
  const [systems, reexecute] = useQuery({ query: ClassifySystemsQuery, variables: { first: SYSTEM_LIST_SIZE } });
  const list = systems.data?.aiSystems.nodes ?? [];
  return (
    <>
      <h1>Classify an AI system</h1>
      <p className="page-intro">Pick the AI system to classify (or use Classify on a system in Explore or Gaps).</p>
      {systems.error ? (
        <ErrorState error={systems.error} retry={() => reexecute({ requestPolicy: 'network-only' })} what="the AI systems" />
      ) : !systems.data ? (
        <Loading what="the AI systems" />
      ) : list.length === 0 ? (
        <Empty>There are no AI systems in the inventory yet.</Empty>
      ) : (
        <ul className="classify-systems" aria-label="AI systems">
          {list.map((item) => (
            <li key={item.id}>
              <ViewLink to={freshView('classify', { subject: item.id })}>
                Classify<span className="visually-hidden"> {item.name}</span>
              </ViewLink>{' '}
              {item.name} <span className="hint">({riskClassWithArticle(item.riskClass)})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
