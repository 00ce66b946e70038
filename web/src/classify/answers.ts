import type { ClassificationAnswerInput, ClassificationAnswerKind } from '../gql/graphql.js';

// The wizard's answers, edited without the server: one entry per answered question, absent while
// unanswered. A MANY_OF answer with no option ticked ("none of these") is an answer, not a gap.

interface QuestionOption {
  value: string;
  label: string;
  article?: string | null;
}

export interface Question {
  id: string;
  section: string;
  text: string;
  help?: string | null;
  article: string;
  kind: ClassificationAnswerKind;
  options: readonly QuestionOption[];
  /** When the question is shown, in words; null or absent: always. */
  shownWhen?: string | null;
}

export type AnswerValue = { value: string } | { values: readonly string[] };

export type Answers = Readonly<Record<string, AnswerValue>>;

/** A saved answer as the API returns it. */
export interface SavedAnswer {
  questionId: string;
  value?: string | null;
  values?: readonly string[] | null;
}

export const YES = 'YES';
export const NO = 'NO';

/** Answers YES_NO, ONE_OF and DATE questions; an empty value (a cleared date) removes the answer. */
export function setValue(answers: Answers, questionId: string, value: string): Answers {
  if (value === '') return clearAnswer(answers, questionId);
  return { ...answers, [questionId]: { value } };
}

/** Ticks or unticks one option of a MANY_OF question, keeping the options' order. */
export function toggleOption(answers: Answers, question: Question, option: string, checked: boolean): Answers {
  const current = new Set(selectedValues(answers[question.id]));
  if (checked) current.add(option);
  else current.delete(option);
  const values = question.options.map((item) => item.value).filter((value) => current.has(value));
  // Unticking the last option leaves the question unanswered; "None of these" says none on purpose.
  if (values.length === 0) return clearAnswer(answers, question.id);
  return { ...answers, [question.id]: { values } };
}

/** Answers a MANY_OF question with none of its options. */
export function answerNone(answers: Answers, questionId: string): Answers {
  return { ...answers, [questionId]: { values: [] } };
}

export function clearAnswer(answers: Answers, questionId: string): Answers {
  if (!(questionId in answers)) return answers;
  const { [questionId]: _removed, ...rest } = answers;
  return rest;
}

/** The single value of an answer (YES_NO, ONE_OF, DATE), or null. */
export function singleValue(answer: AnswerValue | undefined): string | null {
  return answer && 'value' in answer ? answer.value : null;
}

/** The ticked options of a MANY_OF answer ([] when unanswered or none). */
export function selectedValues(answer: AnswerValue | undefined): readonly string[] {
  return answer && 'values' in answer ? answer.values : [];
}

/** True when a MANY_OF question was answered with none of its options. */
export function answeredNone(answer: AnswerValue | undefined): boolean {
  return answer !== undefined && 'values' in answer && answer.values.length === 0;
}

/** The answers the API takes, in questionnaire order; answers to questions it does not ask are left out. */
export function answerInput(answers: Answers, questions: readonly Question[]): ClassificationAnswerInput[] {
  const input: ClassificationAnswerInput[] = [];
  for (const question of questions) {
    const answer = answers[question.id];
    if (!answer) continue;
    input.push(
      'values' in answer ? { questionId: question.id, values: [...answer.values] } : { questionId: question.id, value: answer.value },
    );
  }
  return input;
}

/** A saved assessment's answers as the wizard edits them (to prefill it). */
export function fromSaved(saved: readonly SavedAnswer[]): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const answer of saved) {
    if (answer.values) answers[answer.questionId] = { values: [...answer.values] };
    else if (answer.value !== null && answer.value !== undefined && answer.value !== '')
      answers[answer.questionId] = { value: answer.value };
  }
  return answers;
}

/** The same questions answered the same way (order of keys aside). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const left = a[key]!;
    const right = b[key];
    if (!right) return false;
    if ('value' in left) return 'value' in right && right.value === left.value;
    return (
      'values' in right && right.values.length === left.values.length && right.values.every((value, index) => value === left.values[index])
    );
  });
}

/** An answer in words, with the options' labels (e.g. "Yes", "5(b) Creditworthiness", "None of these"). */
export function answerText(question: Question, answer: AnswerValue | undefined): string {
  if (!answer) return 'Not answered';
  const label = (value: string) =>
    question.options.find((option) => option.value === value)?.label ?? (value === YES ? 'Yes' : value === NO ? 'No' : value);
  if ('values' in answer) return answer.values.length === 0 ? 'None of these' : answer.values.map(label).join(', ');
  return label(answer.value);
}
