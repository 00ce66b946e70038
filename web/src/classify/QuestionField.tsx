import { useId } from 'react';
import {
  NO,
  YES,
  answeredNone,
  answerNone,
  clearAnswer,
  selectedValues,
  setValue,
  singleValue,
  toggleOption,
  type Answers,
  type Question,
} from './answers.js';

export interface QuestionFieldProps {
  question: Question;
  answers: Answers;
  onChange(answers: Answers): void;
  /** The API's words about this question's answer (a refused save or classify), if any. */
  problem?: string;
}

const YES_NO_OPTIONS = [
  { value: YES, label: 'Yes', article: null },
  { value: NO, label: 'No', article: null },
];

/** One question: its words, the article it asks about, its help, and inputs for its kind of answer. */
export function QuestionField({ question, answers, onChange, problem }: QuestionFieldProps) {
  const id = useId();
  const describedBy = [`${id}-article`, question.help ? `${id}-help` : null, problem ? `${id}-problem` : null].filter(Boolean).join(' ');
  const answer = answers[question.id];
  const answered = answer !== undefined;
  const notes = (
    <>
      <p className="question-article" id={`${id}-article`}>
        {question.article}
      </p>
      {question.help && (
        <p className="question-help" id={`${id}-help`}>
          {question.help}
        </p>
      )}
      {problem && (
        <p className="question-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </>
  );
  const clear = answered && (
    <button type="button" className="link question-clear" onClick={() => onChange(clearAnswer(answers, question.id))}>
      Clear answer<span className="visually-hidden"> to “{question.text}”</span>
    </button>
  );

  if (question.kind === 'DATE') {
    return (
      <div className={`question${answered ? ' answered' : ''}`} data-question-id={question.id}>
        <label htmlFor={`${id}-date`} className="question-text">
          {question.text}
        </label>
        {notes}
        <input
          id={`${id}-date`}
          type="date"
          value={singleValue(answer) ?? ''}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => onChange(setValue(answers, question.id, event.target.value))}
        />{' '}
        {clear}
      </div>
    );
  }

  const many = question.kind === 'MANY_OF';
  const options = question.kind === 'YES_NO' && question.options.length === 0 ? YES_NO_OPTIONS : question.options;
  const selected = many ? new Set(selectedValues(answer)) : new Set([singleValue(answer)]);
  return (
    <fieldset
      className={`question${answered ? ' answered' : ''}`}
      data-question-id={question.id}
      aria-describedby={describedBy}
      aria-invalid={problem ? true : undefined}
    >
      <legend className="question-text">{question.text}</legend>
      {notes}
      <ul className={`question-options${question.kind === 'YES_NO' ? ' inline' : ''}`}>
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input
                type={many ? 'checkbox' : 'radio'}
                name={`${id}-answer`}
                value={option.value}
                checked={selected.has(option.value)}
                onChange={(event) =>
                  onChange(
                    many
                      ? toggleOption(answers, question, option.value, event.target.checked)
                      : setValue(answers, question.id, option.value),
                  )
                }
              />{' '}
              {option.label}
              {option.article && <span className="option-article"> · {option.article}</span>}
            </label>
          </li>
        ))}
        {many && (
          <li>
            <label>
              <input
                type="checkbox"
                checked={answeredNone(answer)}
                onChange={(event) => onChange(event.target.checked ? answerNone(answers, question.id) : clearAnswer(answers, question.id))}
              />{' '}
              None of these
            </label>
          </li>
        )}
      </ul>
      {clear}
    </fieldset>
  );
}
