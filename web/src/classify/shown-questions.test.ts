import { describe, expect, it } from 'vitest';
import type { ClassificationAnswerInput } from '../gql/graphql.js';
import type { Question } from './answers.js';
import { neighbourSection, refusedAnswer, sectionProgress, sectionsOf, settleAnswers, shownQuestionIds } from './shown-questions.js';

const question = (id: string, section: string, shownWhen: string | null = null): Question => ({
  id,
  section,
  text: id,
  article: 'Art. 6',
  kind: 'YES_NO',
  options: [],
  shownWhen,
});

const questions = [
  question('scope.military', 'Scope'),
  question('annex3.area', 'Annex III'),
  question('annex3.point-5', 'Annex III', 'Shown when annex3.area is ESSENTIAL_SERVICES.'),
  question('art50.triggers', 'Transparency'),
  question('public.authority', 'Public status', 'Shown when high-risk.'),
];

/** What urql rejects with for a GraphQL error: an Error carrying the API's errors. */
const badUserInput = (message: string, field: string) =>
  Object.assign(new Error(message), { graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }] });

/** A fake `classify` with the server's rule: an answer to a question the others hide is refused by its field. */
function fakeClassify(calls: ClassificationAnswerInput[][]) {
  return async (input: ClassificationAnswerInput[]) => {
    calls.push(input);
    const given = new Map(input.map((answer) => [answer.questionId, answer.value]));
    const shown = (id: string) => id !== 'annex3.point-5' || given.get('annex3.area') === 'ESSENTIAL_SERVICES';
    const hiddenIndex = input.findIndex((answer) => !shown(String(answer.questionId)));
    if (hiddenIndex >= 0) {
      throw badUserInput(`${input[hiddenIndex]!.questionId} is not asked`, `answers.${hiddenIndex}.questionId`);
    }
    const badDate = input.findIndex((answer) => answer.value === 'not-a-date');
    if (badDate >= 0) throw badUserInput('takes a date', `answers.${badDate}.value`);
    return { openQuestions: questions.map((item) => item.id).filter((id) => shown(id) && !given.has(id) && id !== 'public.authority') };
  };
}

describe('sections', () => {
  it('come in the order of their first question, numbered from 1', () => {
    const sections = sectionsOf(questions);
    expect(sections.map((section) => [section.number, section.name, section.questions.length])).toEqual([
      [1, 'Scope', 1],
      [2, 'Annex III', 2],
      [3, 'Transparency', 1],
      [4, 'Public status', 1],
    ]);
  });

  it('Next and Back skip sections with nothing to answer', () => {
    const sections = sectionsOf(questions);
    const shown = new Set(['scope.military', 'art50.triggers']);
    expect(neighbourSection(sections, 1, 1, shown)).toBe(3);
    expect(neighbourSection(sections, 3, -1, shown)).toBe(1);
    expect(neighbourSection(sections, 3, 1, shown)).toBeNull();
    expect(neighbourSection(sections, 1, -1, shown)).toBeNull();
  });

  it('count the shown and answered questions of a section', () => {
    const [, annexIII] = sectionsOf(questions);
    const answers = { 'annex3.area': { value: 'ESSENTIAL_SERVICES' } };
    const shown = shownQuestionIds(['annex3.point-5'], answers);
    expect(sectionProgress(annexIII!, shown, answers)).toEqual({ shown: 2, answered: 1 });
  });
});

describe('settling the answers with the server', () => {
  it('sends every answer once when the server accepts them all', async () => {
    const calls: ClassificationAnswerInput[][] = [];
    const answers = { 'annex3.area': { value: 'ESSENTIAL_SERVICES' }, 'annex3.point-5': { value: '5(b)' } };
    const settled = await settleAnswers(answers, questions, fakeClassify(calls));
    expect(calls).toHaveLength(1);
    expect(settled.answers).toEqual(answers);
    expect(settled.hidden).toEqual([]);
    expect(settled.result.openQuestions).toEqual(['scope.military', 'art50.triggers']);
  });

  it('sets aside an answer whose question another answer hides, and keeps the rest', async () => {
    const calls: ClassificationAnswerInput[][] = [];
    const answers = { 'annex3.area': { value: 'EMPLOYMENT' }, 'annex3.point-5': { value: '5(b)' }, 'scope.military': { value: 'NO' } };
    const settled = await settleAnswers(answers, questions, fakeClassify(calls));
    expect(calls).toHaveLength(2);
    expect(settled.hidden).toEqual(['annex3.point-5']);
    expect(settled.answers).toEqual({ 'annex3.area': { value: 'EMPLOYMENT' }, 'scope.military': { value: 'NO' } });
    expect(shownQuestionIds(settled.result.openQuestions, settled.answers).has('annex3.point-5')).toBe(false);
  });

  it("sets aside a refused answer with the server's words, so its question is open again", async () => {
    const settled = await settleAnswers({ 'scope.military': { value: 'not-a-date' } }, questions, fakeClassify([]));
    expect(settled.invalid).toEqual([{ questionId: 'scope.military', kind: 'invalid', message: 'takes a date' }]);
    expect(settled.result.openQuestions).toContain('scope.military');
  });

  it('leaves out answers to questions the questionnaire no longer has', async () => {
    const calls: ClassificationAnswerInput[][] = [];
    await settleAnswers({ 'retired.question': { value: 'YES' }, 'scope.military': { value: 'NO' } }, questions, fakeClassify(calls));
    expect(calls).toEqual([[{ questionId: 'scope.military', value: 'NO' }]]);
  });

  it('throws errors that name no answer (the API away, a forbidden role)', async () => {
    const down = Object.assign(new Error('fetch failed'), { graphQLErrors: [] });
    await expect(settleAnswers({}, questions, () => Promise.reject(down))).rejects.toBe(down);
  });
});

describe('refusedAnswer', () => {
  const input = [
    { questionId: 'a', value: 'YES' },
    { questionId: 'b', values: ['X'] },
  ];
  const error = (field: unknown, code = 'BAD_USER_INPUT') => ({ graphQLErrors: [{ message: 'no', extensions: { code, field } }] });

  it('reads dotted and bracketed fields', () => {
    expect(refusedAnswer(error('answers.1.questionId'), input)).toEqual({ questionId: 'b', kind: 'hidden', message: 'no' });
    expect(refusedAnswer(error('answers[0].value'), input)).toEqual({ questionId: 'a', kind: 'invalid', message: 'no' });
    expect(refusedAnswer(error('answers.1.values.0'), input)?.kind).toBe('invalid');
  });

  it('ignores other codes, other fields and indexes past the input', () => {
    expect(refusedAnswer(error('answers.0.value', 'FORBIDDEN'), input)).toBeNull();
    expect(refusedAnswer(error('aiSystemId'), input)).toBeNull();
    expect(refusedAnswer(error('answers.7.value'), input)).toBeNull();
    expect(refusedAnswer(error(undefined), input)).toBeNull();
  });
});
