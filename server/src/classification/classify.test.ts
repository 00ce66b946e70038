import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ANNEX_III_POINTS } from '../graph/model.js';
import { classify } from './classify.js';
import { QUESTIONS } from './questions.js';
import { many, no, pick, yes } from '../../../test/support/classification-answers.js';

const SCOPE_NO = [
  'scope.military',
  'scope.third-country-authority',
  'scope.research-only',
  'scope.pre-market-research',
  'scope.personal-use',
  'scope.open-source',
].map(no);
const PRACTICES_NO = QUESTIONS.filter((question) => question.id.startsWith('art5.')).map((question) => no(question.id));

function refusal(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { message: (error as GraphQLError).message, ...(error as GraphQLError).extensions };
  }
  throw new Error('expected a refusal');
}

describe('the questionnaire', () => {
  it('has unique ids, an article on every question, and options for every choice question', () => {
    expect(new Set(QUESTIONS.map((question) => question.id)).size).toBe(QUESTIONS.length);
    for (const question of QUESTIONS) {
      expect(question.article, question.id).toMatch(/^(Art\.|Annex)/);
      if (question.kind !== 'DATE') expect(question.options.length, question.id).toBeGreaterThan(0);
      // A question with a condition says it in words too.
      expect(Boolean(question.when), question.id).toBe(Boolean(question.shownWhen));
    }
  });

  it('asks Art. 5(1)(a) to (h) one by one', () => {
    expect(QUESTIONS.filter((question) => question.id.startsWith('art5.')).map((question) => question.article)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((letter) => `Art. 5(1)(${letter})`),
    );
  });

  it('offers every Annex III point and sub-point exactly once', () => {
    const offered = QUESTIONS.filter((question) => question.id.startsWith('annex3.point-')).flatMap((question) =>
      question.options.map((option) => option.value),
    );
    expect([...offered, '2'].sort()).toEqual([...ANNEX_III_POINTS].sort());
  });

  it('asks in the order of the Act: scope, practices, Annex I, Annex III, 6(3), Art. 50, GPAI, roles, … market dates', () => {
    const sections = [...new Set(QUESTIONS.map((question) => question.section))];
    expect(sections.map((section) => section.slice(section.lastIndexOf('(Art') + 1, -1))).toEqual([
      'Art. 2',
      'Art. 5',
      'Art. 6(1)',
      'Art. 6(2)',
      'Art. 6(3)',
      'Art. 50',
      'Art. 51',
      'Art. 3, 25',
      'Art. 22',
      'Art. 26, 27, 49, 111',
      'Art. 111',
    ]);
  });
});

describe('classify', () => {
  it('asks only the first question of nothing is answered, and decides nothing', () => {
    const result = classify([]);
    expect(result.riskClass).toBeNull();
    expect(result.complete).toBe(false);
    expect(result.openQuestions[0]).toBe('scope.military');
    // Questions behind an unanswered condition are not open yet.
    expect(result.openQuestions).not.toContain('annex1.third-party');
    expect(result.openQuestions).not.toContain('gpai.compute');
  });

  it('opens the Annex III sub-point question only after the area, and 6(3) only for Annex III', () => {
    const before = classify([...SCOPE_NO, ...PRACTICES_NO, no('annex1.product')]);
    expect(before.openQuestions).toContain('annex3.area');
    expect(before.openQuestions.filter((id) => id.startsWith('annex3.point-') || id.startsWith('art6-3.'))).toEqual([]);
    const after = classify([...SCOPE_NO, ...PRACTICES_NO, no('annex1.product'), pick('annex3.area', 'ESSENTIAL_SERVICES')]);
    expect(after.openQuestions.slice(0, 3)).toEqual(['annex3.point-5', 'art6-3.condition', 'art6-3.profiling']);
    expect(after.riskClass).toBeNull();
  });

  it('decides PROHIBITED as soon as one practice is answered yes, and skips the risk questions after it', () => {
    const result = classify([...SCOPE_NO, yes('art5.manipulation')]);
    expect(result.riskClass).toBe('PROHIBITED');
    expect(result.prohibitedPractices).toEqual(['5(1)(a)']);
    expect(result.openQuestions).not.toContain('annex1.product');
    expect(result.openQuestions).not.toContain('art50.triggers');
    expect(result.steps).toContainEqual(
      expect.objectContaining({ questionId: 'art5.manipulation', article: 'Art. 5(1)(a)', answer: 'YES' }),
    );
  });

  it('refuses the 6(3) derogation of a profiling system as a step, not an error', () => {
    const result = classify([
      ...SCOPE_NO,
      ...PRACTICES_NO,
      no('annex1.product'),
      pick('annex3.area', 'EMPLOYMENT'),
      pick('annex3.point-4', '4(b)'),
      pick('art6-3.condition', 'A_NARROW_PROCEDURAL_TASK'),
      yes('art6-3.profiling'),
    ]);
    expect(result.riskClass).toBe('HIGH_RISK');
    expect(result.article6_3Derogation).toBeNull();
    expect(result.steps.find((step) => step.questionId === 'art6-3.profiling')).toMatchObject({
      article: 'Art. 6(3), last subparagraph',
      effect: expect.stringContaining('refused'),
    });
  });

  it('makes a rebranding distributor the provider (Art. 25(1)(a)) and then asks where it is established', () => {
    const result = classify([
      ...SCOPE_NO,
      ...PRACTICES_NO,
      no('annex1.product'),
      pick('annex3.area', 'EDUCATION'),
      pick('annex3.point-3', '3(a)'),
      pick('art6-3.condition', 'NONE'),
      no('art6-3.profiling'),
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'DISTRIBUTOR'),
      many('role.art25', 'NAME_OR_TRADEMARK'),
    ]);
    expect(result.roles).toEqual(['PROVIDER', 'DISTRIBUTOR']);
    expect(result.openQuestions[0]).toBe('establishment.union');
  });

  it('keeps the class undecided while an Art. 50 answer is missing, then decides MINIMAL', () => {
    const upTo = [...SCOPE_NO, ...PRACTICES_NO, no('annex1.product'), pick('annex3.area', 'NONE')];
    expect(classify(upTo).riskClass).toBeNull();
    expect(classify([...upTo, many('art50.triggers')]).riskClass).toBe('MINIMAL');
  });

  it('accepts answers in any order', () => {
    const answers = [...SCOPE_NO, ...PRACTICES_NO, no('annex1.product'), pick('annex3.area', 'NONE'), many('art50.triggers', 'CHATBOT')];
    expect(classify([...answers].reverse())).toEqual(classify(answers));
  });

  it.each([
    ['an unknown question', [pick('scope.nope', 'YES')], 'answers.0.questionId'],
    ['a wrong option', [pick('scope.military', 'PERHAPS')], 'answers.0.value'],
    ['a missing value', [{ questionId: 'scope.military' }], 'answers.0.value'],
    [
      'a value for a MANY_OF question',
      [...SCOPE_NO, ...PRACTICES_NO, no('annex1.product'), pick('annex3.area', 'NONE'), pick('art50.triggers', 'CHATBOT')],
      'answers.16.value',
    ],
    ['a question not shown', [no('scope.military'), pick('annex1.section', 'SECTION_A')], 'answers.1.questionId'],
    ['a second answer to one question', [no('scope.military'), no('scope.military')], 'answers.1.questionId'],
  ])('refuses %s, naming the answer', (_name, answers, field) => {
    expect(refusal(() => classify(answers))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a significant change dated before 2026-08-02 (Art. 111(2))', () => {
    const answers = [
      ...SCOPE_NO,
      ...PRACTICES_NO,
      yes('annex1.product'),
      yes('annex1.third-party'),
      pick('annex1.section', 'SECTION_A'),
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'DEPLOYER'),
      many('role.art25'),
      no('public.intended-for-authorities'),
      no('annexX.component'),
      yes('market.placed'),
      pick('market.placed-on', '2024-05-01'),
      yes('market.significant-change'),
      pick('market.significant-change-on', '2026-08-01'),
    ];
    expect(refusal(() => classify(answers))).toMatchObject({ code: 'BAD_USER_INPUT', field: `answers.${answers.length - 1}.value` });
    answers[answers.length - 1] = pick('market.significant-change-on', '2026-08-02');
    expect(classify(answers)).toMatchObject({
      complete: true,
      significantChangeOn: '2026-08-02',
      riskClass: 'HIGH_RISK',
      highRiskBasis: 'ANNEX_I',
    });
  });
});
