import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { ClassificationAssessmentFieldsFragment, ClassifySystemQuery } from '../gql/graphql.js';
import { useViewState } from '../state/use-view-state.js';
import { ViewLink } from '../state/ViewLink.js';
import { freshView } from '../state/view-state.js';
import { AssessmentHistory } from './AssessmentHistory.js';
import { ErrorDetails } from './ErrorDetails.js';
import { answerInput, fromSaved, sameAnswers, type Answers, type Question } from './answers.js';
import { OutcomePanel } from './OutcomePanel.js';
import { assessedAtText, basisText, errorDetails, riskClassText } from './outcome.js';
import { QuestionField } from './QuestionField.js';
import { SaveClassificationMutation } from './queries.js';
import { neighbourSection, sectionProgress, sectionsOf, shownQuestionIds } from './shown-questions.js';
import { useOutcome } from './use-outcome.js';

type ClassifiedSystem = Extract<NonNullable<ClassifySystemQuery['node']>, { __typename: 'AISystem' }>;

export interface ClassifyWizardProps {
  system: ClassifiedSystem;
  questions: readonly Question[];
  /** After a save: the system's history is read again. */
  onSaved(): void;
}

/** The questionnaire one section at a time, the running outcome beside it, Save and the history below. */
export function ClassifyWizard({ system, questions, onSaved }: ClassifyWizardProps) {
  const [state, update] = useViewState();
  const newest = system.classificationAssessments[0];
  // Prefilled from the newest assessment: re-classifying starts from what was decided last time.
  const [answers, setAnswers] = useState<Answers>(() => (newest ? fromSaved(newest.answers) : {}));
  const [saved, setSaved] = useState<ClassificationAssessmentFieldsFragment | null>(null);
  const [saving, save] = useMutation(SaveClassificationMutation);
  const outcome = useOutcome(answers, questions);
  const sections = useMemo(() => sectionsOf(questions), [questions]);
  const settled = outcome.settled;
  const shown = useMemo(() => shownQuestionIds(settled?.result.openQuestions ?? [], settled?.answers ?? {}), [settled]);

  const current = Math.min(state.section ?? 1, sections.length);
  const section = sections[current - 1]!;
  const shownHere = section.questions.filter((question) => shown.has(question.id));
  const back = neighbourSection(sections, current, -1, shown);
  const next = neighbourSection(sections, current, 1, shown);

  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusQuestion = useRef<string | null>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    // A new section puts the focus on its heading (or the question asked for), as a new page would.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const target = focusQuestion.current
      ? document.querySelector<HTMLElement>(`[data-question-id="${CSS.escape(focusQuestion.current)}"] input`)
      : null;
    focusQuestion.current = null;
    (target ?? headingRef.current)?.focus();
  }, [current]);

  const goTo = (number: number) => update({ section: number });
  const goToQuestion = (questionId: string) => {
    const number = sections.find((item) => item.questions.some((question) => question.id === questionId))?.number;
    if (number === undefined) return;
    focusQuestion.current = questionId;
    if (number === current) document.querySelector<HTMLElement>(`[data-question-id="${CSS.escape(questionId)}"] input`)?.focus();
    else goTo(number);
  };

  const edit = (next: Answers) => {
    setAnswers(next);
    setSaved(null);
  };
  const upToDate = settled !== null && !outcome.fetching && !outcome.failure;
  const canSave = upToDate && settled.result.complete && !saving.fetching;
  const input = settled ? answerInput(settled.answers, questions) : [];
  const onSave = async () => {
    if (!canSave) return;
    const result = await save({ aiSystemId: system.id, answers: input });
    if (result.data) {
      setSaved(result.data.saveClassification);
      onSaved();
    }
  };
  const saveProblems = saving.error ? errorDetails(saving.error, input, questions) : [];
  const problemFor = (questionId: string) =>
    saveProblems.find((detail) => detail.question?.id === questionId)?.message ??
    settled?.invalid.find((refusal) => refusal.questionId === questionId)?.message;
  const unchangedSinceNewest = newest !== undefined && settled !== null && sameAnswers(settled.answers, fromSaved(newest.answers));

  return (
    <div className="layout-split classify-layout">
      <div className="classify-main">
        <nav className="classify-sections" aria-label="Sections">
          <ol>
            {sections.map((item) => {
              const progress = sectionProgress(item, shown, settled?.answers ?? {});
              return (
                <li key={item.number}>
                  <button
                    type="button"
                    className="link"
                    aria-current={item.number === current ? 'step' : undefined}
                    onClick={() => goTo(item.number)}
                  >
                    {item.name}
                  </button>{' '}
                  <span className="hint">
                    {progress.shown === 0 ? 'nothing to answer' : `${progress.answered} of ${progress.shown} answered`}
                  </span>
                </li>
              );
            })}
          </ol>
        </nav>

        <form
          className="classify-section"
          aria-labelledby="classify-section-heading"
          onSubmit={(event) => {
            event.preventDefault();
            if (next !== null) goTo(next);
          }}
        >
          <h2 id="classify-section-heading" ref={headingRef} tabIndex={-1}>
            Section {current} of {sections.length}: {section.name}
          </h2>
          {!settled && outcome.fetching ? (
            <p className="hint">Working out which questions apply…</p>
          ) : shownHere.length === 0 ? (
            <p className="hint">No question of this section applies to the answers so far.</p>
          ) : (
            shownHere.map((question) => (
              <QuestionField key={question.id} question={question} answers={answers} onChange={edit} problem={problemFor(question.id)} />
            ))
          )}
          <div className="classify-nav">
            <button type="button" disabled={back === null} onClick={() => back !== null && goTo(back)}>
              Back
            </button>
            <button type="submit" className="primary" disabled={next === null}>
              Next
            </button>
          </div>
        </form>

        <section className="classify-save" aria-labelledby="classify-save-heading">
          <h2 id="classify-save-heading">Save the assessment</h2>
          <p className="hint" role="status">
            {!upToDate
              ? 'Waiting for the outcome of the latest answers…'
              : !settled.result.complete
                ? `Answer the ${settled.result.openQuestions.length} open ${settled.result.openQuestions.length === 1 ? 'question' : 'questions'} to save.`
                : unchangedSinceNewest && !saved
                  ? 'Every shown question is answered, the same way as in the newest saved assessment.'
                  : 'Every shown question is answered.'}
          </p>
          <button type="button" className="primary" disabled={!canSave} onClick={() => void onSave()}>
            {saving.fetching ? 'Saving…' : 'Save classification'}
          </button>
          {saving.error && (
            <div className="error" role="alert">
              <strong>Could not save the classification.</strong>
              <ErrorDetails details={saveProblems} error={saving.error} />
              <button type="button" onClick={() => void onSave()} disabled={!canSave}>
                Retry
              </button>
            </div>
          )}
          {saved && (
            <div className="classify-saved" role="status">
              <p>
                <strong>Saved</strong> on {assessedAtText(saved.assessedAt)} by {saved.assessedBy}: {riskClassText(saved.result)}
                {basisText(saved.result) ? `, ${basisText(saved.result)}` : ''}.
              </p>
              <ViewLink to={freshView('gaps', { subject: system.id })}>See the obligations of {system.name}</ViewLink>
            </div>
          )}
        </section>

        <AssessmentHistory assessments={system.classificationAssessments} onUse={(assessment) => edit(fromSaved(assessment.answers))} />
      </div>
      <OutcomePanel outcome={outcome} questions={questions} onGoTo={goToQuestion} />
    </div>
  );
}
