import { ErrorDetails } from './ErrorDetails.js';
import type { Question } from './answers.js';
import { errorDetails, outcomeRows, stepText } from './outcome.js';
import type { OutcomeState } from './use-outcome.js';

export interface OutcomePanelProps {
  outcome: OutcomeState;
  questions: readonly Question[];
  /** Opens the section of an open question and puts the focus on it. */
  onGoTo(questionId: string): void;
}

/** "Outcome so far": the class, its basis, the Art. 50 triggers, the roles and the decisive steps. */
export function OutcomePanel({ outcome, questions, onGoTo }: OutcomePanelProps) {
  const result = outcome.settled?.result;
  const hidden = outcome.settled?.hidden ?? [];
  const byId = new Map(questions.map((question) => [question.id, question]));
  return (
    <aside className="side-panel classify-outcome" aria-label="Outcome so far" aria-busy={outcome.fetching}>
      <h2>Outcome so far{outcome.fetching && <span className="spinner" role="status" aria-label="Updating the outcome" />}</h2>
      {outcome.failure && (
        <div className="error" role="alert">
          <strong>Could not work out the outcome.</strong>
          <ErrorDetails details={errorDetails(outcome.failure.error, outcome.failure.input, questions)} error={outcome.failure.error} />
          <button type="button" onClick={outcome.retry}>
            Retry
          </button>
        </div>
      )}
      {!result ? (
        !outcome.failure && <p className="hint">Working out the outcome…</p>
      ) : (
        <>
          <dl aria-label="Outcome">
            {outcomeRows(result).map((row) => (
              <div key={row.label} className="property">
                <dt>{row.label}</dt>
                <dd>{row.text}</dd>
              </div>
            ))}
          </dl>
          <h3>Decisive steps</h3>
          {result.steps.length === 0 ? (
            <p className="hint">No answer decides anything yet.</p>
          ) : (
            <ol className="classify-steps" aria-label="Decisive steps">
              {result.steps.map((step) => (
                <li key={step.questionId}>{stepText(step)}</li>
              ))}
            </ol>
          )}
          <h3>{result.complete ? 'Every shown question is answered' : `Open questions (${result.openQuestions.length})`}</h3>
          {!result.complete && (
            <ul className="classify-open" aria-label="Open questions">
              {result.openQuestions.map((id) => (
                <li key={id}>
                  <button type="button" className="link" onClick={() => onGoTo(id)}>
                    {byId.get(id)?.text ?? id}
                  </button>{' '}
                  <span className="hint">{byId.get(id)?.section}</span>
                </li>
              ))}
            </ul>
          )}
          {hidden.length > 0 && (
            <p className="hint">
              {hidden.length === 1 ? 'One answer does' : `${hidden.length} answers do`} not count, because other answers hide{' '}
              {hidden.length === 1 ? 'its question' : 'their questions'}: {hidden.map((id) => byId.get(id)?.text ?? id).join('; ')}.
            </p>
          )}
        </>
      )}
    </aside>
  );
}
