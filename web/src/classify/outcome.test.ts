import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Question } from './answers.js';
import { assessedAtText, basisText, errorDetails, outcomeRows, riskClassText, stepText, type Outcome } from './outcome.js';

const base: Outcome = {
  riskClass: null,
  outOfScope: null,
  highRiskBasis: null,
  annexISection: null,
  annexIIIArea: null,
  annexIIIPoint: null,
  article6_3Derogation: null,
  prohibitedPractices: [],
  transparencyTriggers: [],
  gpai: false,
  systemicRisk: false,
  roles: [],
  article25Triggers: [],
  steps: [],
  openQuestions: [],
  complete: false,
};

const creditScoring: Outcome = {
  ...base,
  riskClass: 'HIGH_RISK',
  highRiskBasis: 'ANNEX_III',
  annexIIIArea: 'ESSENTIAL_SERVICES',
  annexIIIPoint: '5(b)',
  roles: ['DEPLOYER'],
  transparencyTriggers: ['CHATBOT'],
  complete: true,
};

describe('the outcome in words', () => {
  it('says the class, or that it is not decided, or why the system is out of scope', () => {
    expect(riskClassText(creditScoring)).toBe('High-risk (Art. 6)');
    expect(riskClassText(base)).toBe('Not decided yet');
    expect(riskClassText({ riskClass: null, outOfScope: 'MILITARY_DEFENCE_NATIONAL_SECURITY' })).toMatch(
      /^Outside the Act's scope \(Art\. 2\(3\)/,
    );
  });

  it('names the basis: the Annex III point with its area, or the Annex I section', () => {
    expect(basisText(creditScoring)).toBe('Annex III point 5(b) (essential private and public services)');
    expect(basisText({ ...base, highRiskBasis: 'ANNEX_I', annexISection: 'SECTION_A' })).toBe('Annex I, section A');
    expect(basisText({ ...base, annexIIIPoint: '4(a)' })).toBe('Annex III point 4(a)');
    expect(basisText(base)).toBeNull();
  });

  it('lists the panel rows, leaving out what does not apply', () => {
    expect(outcomeRows(creditScoring)).toEqual([
      { label: 'Risk class', text: 'High-risk (Art. 6)' },
      { label: 'Basis', text: 'Annex III point 5(b) (essential private and public services)' },
      { label: 'Art. 50 triggers', text: 'Art. 50(1): interacts with people' },
      { label: 'Roles', text: 'Deployer' },
    ]);
    const derogated = outcomeRows({
      ...base,
      article6_3Derogation: 'A_NARROW_PROCEDURAL_TASK',
      gpai: true,
      systemicRisk: true,
      prohibitedPractices: ['5(1)(c)'],
    });
    expect(derogated.map((row) => row.label)).toEqual([
      'Risk class',
      'Derogation',
      'Prohibited practices',
      'Art. 50 triggers',
      'GPAI',
      'Roles',
    ]);
    expect(derogated.find((row) => row.label === 'Prohibited practices')?.text).toBe('Art. 5(1)(c)');
  });

  it('writes a decisive step as question → answer — article — effect', () => {
    expect(
      stepText({
        question: 'Which Annex III point?',
        answer: '5(b)',
        article: 'Annex III point 5(b)',
        effect: 'High-risk under Art. 6(2).',
      }),
    ).toBe('Which Annex III point? → 5(b) — Annex III point 5(b) — High-risk under Art. 6(2).');
  });

  it('writes when an assessment was saved in UTC', () => {
    expect(assessedAtText('2026-12-07T23:46:19.000Z')).toBe('7 Dec 2026, 23:46 UTC');
    expect(assessedAtText('soon')).toBe('soon');
  });
});

describe('errorDetails', () => {
  it('gives each error its field and the question an answer index points at', () => {
    const questions: Question[] = [
      { id: 'role.roles', section: 'Role', text: 'Which roles?', article: 'Art. 3', kind: 'MANY_OF', options: [] },
    ];
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Choose at least one role.', { extensions: { code: 'BAD_USER_INPUT', field: 'answers.0.values' } }),
        new GraphQLError('Incomplete.', { extensions: { code: 'BAD_USER_INPUT', field: 'answers' } }),
        new GraphQLError('No such system.', { extensions: { code: 'NOT_FOUND' } }),
      ],
    });
    const details = errorDetails(error, [{ questionId: 'role.roles', values: [] }], questions);
    expect(details.map((detail) => [detail.message, detail.field, detail.question?.id ?? null])).toEqual([
      ['Choose at least one role.', 'answers.0.values', 'role.roles'],
      ['Incomplete.', 'answers', null],
      ['No such system.', null, null],
    ]);
  });
});
