import type { ClassificationAnswerInput } from '../gql/graphql.js';
import { answerInput, clearAnswer, type Answers, type Question } from './answers.js';

// Which questions the wizard shows is the server's call: `classify` lists the shown questions not yet
// answered (openQuestions). An answer given earlier can stop counting when a change hides its question
// (the Annex III point once the area changes), and the server refuses answers to hidden questions:
// `settleAnswers` keeps only the answers it accepts, so the outcome, the questions shown and the saved
// answers never rest on a hidden question, while the wizard still remembers them should it be asked again.

export interface Section {
  /** 1-based, as in the URL. */
  number: number;
  name: string;
  questions: readonly Question[];
}

/** The questionnaire's sections, in the order their first question comes. */
export function sectionsOf(questions: readonly Question[]): Section[] {
  const sections: Section[] = [];
  const byName = new Map<string, Question[]>();
  for (const question of questions) {
    let list = byName.get(question.section);
    if (!list) {
      list = [];
      byName.set(question.section, list);
      sections.push({ number: sections.length + 1, name: question.section, questions: list });
    }
    list.push(question);
  }
  return sections;
}

/** Shown: open (the server asks it) or answered and accepted (after settling, only shown questions keep answers). */
export function shownQuestionIds(openQuestions: readonly string[], answers: Answers): Set<string> {
  return new Set([...openQuestions, ...Object.keys(answers)]);
}

export interface SectionProgress {
  shown: number;
  answered: number;
}

export function sectionProgress(section: Section, shown: ReadonlySet<string>, answers: Answers): SectionProgress {
  const shownHere = section.questions.filter((question) => shown.has(question.id));
  return { shown: shownHere.length, answered: shownHere.filter((question) => question.id in answers).length };
}

/** The section Next (+1) or Back (-1) goes to: the nearest one with a shown question, or null. */
export function neighbourSection(
  sections: readonly Section[],
  current: number,
  direction: 1 | -1,
  shown: ReadonlySet<string>,
): number | null {
  for (let number = current + direction; number >= 1 && number <= sections.length; number += direction) {
    if (sections[number - 1]!.questions.some((question) => shown.has(question.id))) return number;
  }
  return null;
}

export interface Outcome {
  openQuestions: readonly string[];
}

/** What `settleAnswers` needs of a GraphQL error (urql's CombinedError has it). */
export interface RefusalSource {
  graphQLErrors: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export interface Refusal {
  questionId: string;
  /** hidden: the other answers do not ask this question; invalid: the answer itself was refused. */
  kind: 'hidden' | 'invalid';
  message: string;
}

/**
 * The answer a BAD_USER_INPUT error names by its field (`answers.3.questionId`, `answers.3.value`), or
 * null when the error is about something else (then it is the caller's to show).
 */
export function refusedAnswer(error: RefusalSource, input: readonly ClassificationAnswerInput[]): Refusal | null {
  for (const item of error.graphQLErrors) {
    if (item.extensions?.code !== 'BAD_USER_INPUT' || typeof item.extensions.field !== 'string') continue;
    const match = /^answers(?:\.(\d+)|\[(\d+)\])(?:\.(\w+))?/.exec(item.extensions.field);
    const answer = match ? input[Number(match[1] ?? match[2])] : undefined;
    if (!match || !answer) continue;
    return { questionId: String(answer.questionId), kind: match[3] === 'questionId' ? 'hidden' : 'invalid', message: item.message };
  }
  return null;
}

export interface Settled<Result extends Outcome> {
  /** The answers the server accepted: what the outcome rests on and what Save sends. */
  answers: Answers;
  /** The outcome for exactly those answers. */
  result: Result;
  /** Answered questions the other answers hide (kept in the wizard, not sent). */
  hidden: string[];
  /** Answers the server refused (a date before another, no role chosen), with its words. */
  invalid: Refusal[];
}

/**
 * The answers that count and their outcome. All answers go to `classify`; the server refuses an
 * answer to a question the others do not ask, or one it cannot take, naming it by its field. That
 * answer is set aside and the rest sent again: one request when nothing is hidden, one more per
 * answer set aside. Errors that name no answer are thrown.
 */
export async function settleAnswers<Result extends Outcome>(
  answers: Answers,
  questions: readonly Question[],
  classify: (input: ClassificationAnswerInput[]) => Promise<Result>,
  refusal: (error: unknown, input: readonly ClassificationAnswerInput[]) => Refusal | null = (error, input) =>
    isRefusalSource(error) ? refusedAnswer(error, input) : null,
): Promise<Settled<Result>> {
  const known = new Set(questions.map((question) => question.id));
  let kept: Answers = Object.fromEntries(Object.entries(answers).filter(([id]) => known.has(id)));
  const hidden: string[] = [];
  const invalid: Refusal[] = [];
  for (;;) {
    const input = answerInput(kept, questions);
    try {
      const result = await classify(input);
      return { answers: kept, result, hidden, invalid };
    } catch (error) {
      const refused = refusal(error, input);
      if (!refused || !(refused.questionId in kept)) throw error;
      kept = clearAnswer(kept, refused.questionId);
      if (refused.kind === 'hidden') hidden.push(refused.questionId);
      else invalid.push(refused);
    }
  }
}

function isRefusalSource(error: unknown): error is RefusalSource {
  return typeof error === 'object' && error !== null && Array.isArray((error as RefusalSource).graphQLErrors);
}
