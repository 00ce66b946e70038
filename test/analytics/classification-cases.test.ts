import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, expectRefused, startTestApi, type TestApi } from '../support/api.js';
import { many, no, ORDINARY, pick, practices, scope, yes, type Answer } from '../support/classification-answers.js';

// Query.classify over HTTP against the real API: each row below is written by hand from the AI Act
// (the paragraph it rests on in `rests`), with the whole questionnaire answered as an analyst would,
// and the outcome the Act gives. Nothing here is produced by running the engine.

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

/** Neither Annex I nor Annex III. */
const NOT_LISTED = [no('annex1.product'), pick('annex3.area', 'NONE')];
/** The tail of a system that is not high-risk: Art. 50, GPAI, roles, market. */
const notHighRiskTail = (roles: string[], triggers: string[] = []) => [
  many('art50.triggers', ...triggers),
  no('gpai.model'),
  many('role.roles', ...roles),
  no('market.placed'),
];
/** An Annex III system of this point, no derogation, no profiling. */
const annexIII = (area: string, point: string | null, profiling = false) => [
  no('annex1.product'),
  pick('annex3.area', area),
  ...(point ? [pick(`annex3.point-${point[0]}`, point)] : []),
  pick('art6-3.condition', 'NONE'),
  profiling ? yes('art6-3.profiling') : no('art6-3.profiling'),
];
/** A high-risk system's questions for a private deployer, not on the market before 2026-08-02. */
const privateDeployerTail = (decides = true, withServiceBody = true) => [
  many('art50.triggers'),
  no('gpai.model'),
  many('role.roles', 'DEPLOYER'),
  many('role.art25'),
  no('public.authority'),
  ...(withServiceBody ? [no('public.service-body')] : []),
  no('public.intended-for-authorities'),
  no('annexX.component'),
  decides ? yes('decisions.natural-persons') : no('decisions.natural-persons'),
  no('market.placed'),
];

interface Row {
  case: string;
  answers: Answer[];
  expect: Record<string, unknown>;
  /** A step the outcome must show: question, article and part of its effect. */
  step?: { questionId: string; article: string; effect: string };
  rests: string;
}

const ROWS: Row[] = [
  // ---- Art. 2: scope ----
  {
    case: 'exclusively military system',
    answers: [yes('scope.military')],
    expect: { riskClass: null, outOfScope: 'MILITARY_DEFENCE_NATIONAL_SECURITY', complete: true, roles: [] },
    rests: 'Art. 2(3)',
  },
  {
    case: 'third-country police authority under a cooperation agreement',
    answers: [no('scope.military'), yes('scope.third-country-authority')],
    expect: { riskClass: null, outOfScope: 'THIRD_COUNTRY_PUBLIC_AUTHORITY', complete: true },
    rests: 'Art. 2(4)',
  },
  {
    case: 'system developed solely for scientific research',
    answers: [no('scope.military'), no('scope.third-country-authority'), yes('scope.research-only')],
    expect: { riskClass: null, outOfScope: 'SCIENTIFIC_RESEARCH_ONLY', complete: true },
    rests: 'Art. 2(6)',
  },
  {
    case: 'prototype still in the lab, not placed on the market',
    answers: [no('scope.military'), no('scope.third-country-authority'), no('scope.research-only'), yes('scope.pre-market-research')],
    expect: { riskClass: null, outOfScope: 'RESEARCH_BEFORE_MARKET', complete: true },
    rests: 'Art. 2(8)',
  },
  {
    case: 'chatbot used by a natural person for purely personal purposes: only deployer duties fall away',
    answers: [...scope('scope.personal-use'), ...practices(), ...NOT_LISTED, ...notHighRiskTail(['PROVIDER'], ['CHATBOT'])],
    expect: {
      riskClass: 'TRANSPARENCY',
      outOfScope: 'PERSONAL_NON_PROFESSIONAL',
      transparencyTriggers: ['CHATBOT'],
      roles: ['PROVIDER'],
      complete: true,
    },
    rests: 'Art. 2(10); Art. 50(1)',
  },
  {
    case: 'free and open-source spreadsheet assistant, minimal risk',
    answers: [...scope('scope.open-source'), ...practices(), ...NOT_LISTED, ...notHighRiskTail(['PROVIDER'])],
    expect: { riskClass: null, outOfScope: 'FREE_OPEN_SOURCE_SYSTEM', complete: true },
    rests: 'Art. 2(12)',
  },
  {
    case: 'open-source CV screening tool: 2(12) does not exclude high-risk systems',
    answers: [
      ...scope('scope.open-source'),
      ...practices(),
      ...annexIII('EMPLOYMENT', '4(a)'),
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'PROVIDER'),
      yes('establishment.union'),
      no('public.intended-for-authorities'),
      no('annexX.component'),
      yes('decisions.natural-persons'),
      no('market.placed'),
    ],
    expect: {
      riskClass: 'HIGH_RISK',
      outOfScope: null,
      highRiskBasis: 'ANNEX_III',
      annexIIIArea: 'EMPLOYMENT',
      annexIIIPoint: '4(a)',
      complete: true,
    },
    step: { questionId: 'scope.open-source', article: 'Art. 2(12)', effect: 'does not apply' },
    rests: 'Art. 2(12); Annex III point 4(a); Art. 6(2)',
  },
  {
    case: 'open-source chatbot: 2(12) does not exclude Art. 50 systems',
    answers: [...scope('scope.open-source'), ...practices(), ...NOT_LISTED, ...notHighRiskTail(['PROVIDER'], ['CHATBOT'])],
    expect: { riskClass: 'TRANSPARENCY', outOfScope: null, transparencyTriggers: ['CHATBOT'], complete: true },
    rests: 'Art. 2(12); Art. 50(1)',
  },

  // ---- Art. 5: prohibited practices ----
  {
    case: 'social scoring of citizens',
    answers: [...scope(), ...practices('art5.social-scoring'), no('gpai.model'), many('role.roles', 'PROVIDER'), no('market.placed')],
    expect: { riskClass: 'PROHIBITED', prohibitedPractices: ['5(1)(c)'], highRiskBasis: null, complete: true },
    rests: 'Art. 5(1)(c)',
  },
  {
    case: 'open-source face scraper: 2(12) does not exclude Art. 5 practices',
    answers: [
      ...scope('scope.open-source'),
      ...practices('art5.facial-scraping'),
      no('gpai.model'),
      many('role.roles', 'PROVIDER'),
      yes('market.placed'),
      pick('market.placed-on', '2025-06-01'),
    ],
    expect: { riskClass: 'PROHIBITED', outOfScope: null, prohibitedPractices: ['5(1)(e)'], placedOnMarket: '2025-06-01', complete: true },
    rests: 'Art. 5(1)(e); Art. 2(12)',
  },
  {
    case: 'emotion inference of employees at work',
    answers: [...scope(), ...practices('art5.emotion-workplace'), no('gpai.model'), many('role.roles', 'DEPLOYER'), no('market.placed')],
    expect: { riskClass: 'PROHIBITED', prohibitedPractices: ['5(1)(f)'], roles: ['DEPLOYER'], complete: true },
    rests: 'Art. 5(1)(f)',
  },
  {
    case: 'biometric categorisation by political opinion, used for real-time identification by police in public',
    answers: [
      ...scope(),
      ...practices('art5.biometric-categorisation', 'art5.remote-identification'),
      no('gpai.model'),
      many('role.roles', 'IMPORTER'),
      no('market.placed'),
    ],
    expect: { riskClass: 'PROHIBITED', prohibitedPractices: ['5(1)(g)', '5(1)(h)'], roles: ['IMPORTER'], complete: true },
    rests: 'Art. 5(1)(g), 5(1)(h)',
  },
  {
    case: 'predicting crime from personality traits alone',
    answers: [...scope(), ...practices('art5.crime-prediction'), no('gpai.model'), many('role.roles', 'PROVIDER'), no('market.placed')],
    expect: { riskClass: 'PROHIBITED', prohibitedPractices: ['5(1)(d)'], complete: true },
    rests: 'Art. 5(1)(d)',
  },

  // ---- Art. 6(1): Annex I ----
  {
    case: 'AI diagnostic software that is a medical device needing a notified body, provider in the Union',
    answers: [
      ...ORDINARY,
      yes('annex1.product'),
      yes('annex1.third-party'),
      pick('annex1.section', 'SECTION_A'),
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'PROVIDER'),
      yes('establishment.union'),
      no('public.intended-for-authorities'),
      no('annexX.component'),
      no('market.placed'),
    ],
    expect: {
      riskClass: 'HIGH_RISK',
      highRiskBasis: 'ANNEX_I',
      annexISection: 'SECTION_A',
      annexIIIArea: null,
      establishedInUnion: true,
      complete: true,
    },
    rests: 'Art. 6(1)(a)-(b); Annex I section A (Regulation (EU) 2017/745)',
  },
  {
    case: 'driver-assistance safety component of a motor vehicle',
    answers: [
      ...ORDINARY,
      yes('annex1.product'),
      yes('annex1.third-party'),
      pick('annex1.section', 'SECTION_B'),
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'PROVIDER'),
      yes('establishment.union'),
      no('public.intended-for-authorities'),
      no('annexX.component'),
      no('market.placed'),
    ],
    expect: { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_I', annexISection: 'SECTION_B', complete: true },
    rests: 'Art. 6(1); Annex I section B; Art. 2(2)',
  },
  {
    case: 'toy with an AI feature that needs no third-party conformity assessment',
    answers: [...ORDINARY, yes('annex1.product'), no('annex1.third-party'), pick('annex3.area', 'NONE'), ...notHighRiskTail(['PROVIDER'])],
    expect: { riskClass: 'MINIMAL', highRiskBasis: null, annexISection: null, complete: true },
    rests: 'Art. 6(1)(b) (both conditions needed)',
  },
  {
    case: 'machinery manufacturer placing a machine with an AI safety component under its own name',
    answers: [
      ...ORDINARY,
      yes('annex1.product'),
      yes('annex1.third-party'),
      pick('annex1.section', 'SECTION_A'),
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'PRODUCT_MANUFACTURER'),
      no('establishment.union'),
      no('public.intended-for-authorities'),
      no('annexX.component'),
      no('market.placed'),
    ],
    expect: {
      riskClass: 'HIGH_RISK',
      highRiskBasis: 'ANNEX_I',
      roles: ['PROVIDER', 'PRODUCT_MANUFACTURER'],
      establishedInUnion: false,
      complete: true,
    },
    step: { questionId: 'role.roles', article: 'Art. 25(3)', effect: 'deemed its provider' },
    rests: 'Art. 25(3); Art. 3(8); Art. 22(1)',
  },

  // ---- Annex III, Art. 6(2) ----
  {
    case: 'credit scoring of natural persons by a private bank',
    answers: [...ORDINARY, ...annexIII('ESSENTIAL_SERVICES', '5(b)', true), ...privateDeployerTail()],
    expect: {
      riskClass: 'HIGH_RISK',
      highRiskBasis: 'ANNEX_III',
      annexIIIArea: 'ESSENTIAL_SERVICES',
      annexIIIPoint: '5(b)',
      profilesNaturalPersons: true,
      decidesAboutNaturalPersons: true,
      deployerIsPublicAuthority: false,
      deployerIsPublicServiceBody: false,
      roles: ['DEPLOYER'],
      complete: true,
    },
    rests: 'Annex III point 5(b); Art. 6(2)',
  },
  {
    case: 'life and health insurance pricing',
    answers: [...ORDINARY, ...annexIII('ESSENTIAL_SERVICES', '5(c)', true), ...privateDeployerTail()],
    expect: { riskClass: 'HIGH_RISK', annexIIIPoint: '5(c)', complete: true },
    rests: 'Annex III point 5(c); Art. 6(2)',
  },
  {
    case: 'emergency-call triage by a public ambulance service',
    answers: [
      ...ORDINARY,
      ...annexIII('ESSENTIAL_SERVICES', '5(d)'),
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'DEPLOYER'),
      many('role.art25'),
      yes('public.authority'),
      yes('public.service-body'),
      yes('public.intended-for-authorities'),
      no('annexX.component'),
      yes('decisions.natural-persons'),
      no('market.placed'),
    ],
    expect: {
      riskClass: 'HIGH_RISK',
      annexIIIPoint: '5(d)',
      deployerIsPublicAuthority: true,
      deployerIsPublicServiceBody: true,
      intendedForPublicAuthorities: true,
      complete: true,
    },
    rests: 'Annex III point 5(d); Art. 26(8); Art. 27(1)',
  },
  {
    case: 'safety component of an electricity grid (point 2 has no sub-points, no FRIA question)',
    answers: [...ORDINARY, ...annexIII('CRITICAL_INFRASTRUCTURE', null), ...privateDeployerTail(false, false)],
    expect: {
      riskClass: 'HIGH_RISK',
      annexIIIArea: 'CRITICAL_INFRASTRUCTURE',
      annexIIIPoint: '2',
      deployerIsPublicServiceBody: null,
      complete: true,
    },
    rests: 'Annex III point 2; Art. 27(1) (point 2 excepted)',
  },
  {
    case: 'exam grading software used by a school',
    answers: [...ORDINARY, ...annexIII('EDUCATION', '3(b)'), ...privateDeployerTail()],
    expect: { riskClass: 'HIGH_RISK', annexIIIArea: 'EDUCATION', annexIIIPoint: '3(b)', complete: true },
    rests: 'Annex III point 3(b)',
  },
  {
    case: 'visa application triage, provider outside the Union',
    answers: [
      ...ORDINARY,
      ...annexIII('MIGRATION', '7(c)'),
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'PROVIDER'),
      no('establishment.union'),
      yes('public.intended-for-authorities'),
      no('annexX.component'),
      yes('decisions.natural-persons'),
      no('market.placed'),
    ],
    expect: {
      riskClass: 'HIGH_RISK',
      annexIIIArea: 'MIGRATION',
      annexIIIPoint: '7(c)',
      establishedInUnion: false,
      roles: ['PROVIDER'],
      complete: true,
    },
    step: { questionId: 'establishment.union', article: 'Art. 22(1)', effect: 'authorised representative' },
    rests: 'Annex III point 7(c); Art. 22(1)',
  },
  {
    case: 'legal research assistant for judges',
    answers: [...ORDINARY, ...annexIII('JUSTICE_AND_DEMOCRACY', '8(a)'), ...privateDeployerTail()],
    expect: { riskClass: 'HIGH_RISK', annexIIIArea: 'JUSTICE_AND_DEMOCRACY', annexIIIPoint: '8(a)', complete: true },
    rests: 'Annex III point 8(a)',
  },

  // ---- Art. 6(3) ----
  {
    case: 'tool that converts unstructured applications into structured data (narrow procedural task)',
    answers: [
      ...ORDINARY,
      no('annex1.product'),
      pick('annex3.area', 'EMPLOYMENT'),
      pick('annex3.point-4', '4(a)'),
      pick('art6-3.condition', 'A_NARROW_PROCEDURAL_TASK'),
      no('art6-3.profiling'),
      ...notHighRiskTail(['PROVIDER']),
    ],
    expect: {
      riskClass: 'MINIMAL',
      highRiskBasis: null,
      annexIIIArea: 'EMPLOYMENT',
      annexIIIPoint: '4(a)',
      article6_3Derogation: 'A_NARROW_PROCEDURAL_TASK',
      profilesNaturalPersons: false,
      complete: true,
    },
    rests: 'Art. 6(3)(a)',
  },
  {
    case: 'spelling and tone improver for letters already drafted by staff, with a chat interface',
    answers: [
      ...ORDINARY,
      no('annex1.product'),
      pick('annex3.area', 'ESSENTIAL_SERVICES'),
      pick('annex3.point-5', '5(a)'),
      pick('art6-3.condition', 'B_IMPROVES_COMPLETED_HUMAN_ACTIVITY'),
      no('art6-3.profiling'),
      ...notHighRiskTail(['DEPLOYER'], ['CHATBOT']),
    ],
    expect: {
      riskClass: 'TRANSPARENCY',
      article6_3Derogation: 'B_IMPROVES_COMPLETED_HUMAN_ACTIVITY',
      annexIIIPoint: '5(a)',
      transparencyTriggers: ['CHATBOT'],
      complete: true,
    },
    rests: 'Art. 6(3)(b); Art. 50(1)',
  },
  {
    case: "flagging deviations from a teacher's earlier grading pattern for review",
    answers: [
      ...ORDINARY,
      no('annex1.product'),
      pick('annex3.area', 'EDUCATION'),
      pick('annex3.point-3', '3(b)'),
      pick('art6-3.condition', 'C_DETECTS_DECISION_PATTERNS'),
      no('art6-3.profiling'),
      ...notHighRiskTail(['PROVIDER']),
    ],
    expect: { riskClass: 'MINIMAL', article6_3Derogation: 'C_DETECTS_DECISION_PATTERNS', complete: true },
    rests: 'Art. 6(3)(c)',
  },
  {
    case: 'translating documents ahead of an asylum assessment (preparatory task)',
    answers: [
      ...ORDINARY,
      no('annex1.product'),
      pick('annex3.area', 'MIGRATION'),
      pick('annex3.point-7', '7(c)'),
      pick('art6-3.condition', 'D_PREPARATORY_TASK'),
      no('art6-3.profiling'),
      ...notHighRiskTail(['PROVIDER']),
    ],
    expect: { riskClass: 'MINIMAL', article6_3Derogation: 'D_PREPARATORY_TASK', annexIIIArea: 'MIGRATION', complete: true },
    rests: 'Art. 6(3)(d)',
  },
  {
    case: 'preparatory task that profiles applicants: the derogation is refused',
    answers: [
      ...ORDINARY,
      no('annex1.product'),
      pick('annex3.area', 'EMPLOYMENT'),
      pick('annex3.point-4', '4(a)'),
      pick('art6-3.condition', 'D_PREPARATORY_TASK'),
      yes('art6-3.profiling'),
      ...privateDeployerTail(),
    ],
    expect: {
      riskClass: 'HIGH_RISK',
      highRiskBasis: 'ANNEX_III',
      article6_3Derogation: null,
      profilesNaturalPersons: true,
      complete: true,
    },
    step: { questionId: 'art6-3.profiling', article: 'Art. 6(3), last subparagraph', effect: 'refused' },
    rests: 'Art. 6(3), last subparagraph',
  },

  // ---- Art. 50 ----
  {
    case: 'customer-mood analysis in a shop with demographic categorisation from faces',
    answers: [...ORDINARY, ...NOT_LISTED, ...notHighRiskTail(['DEPLOYER'], ['EMOTION_RECOGNITION', 'BIOMETRIC_CATEGORISATION'])],
    expect: { riskClass: 'TRANSPARENCY', transparencyTriggers: ['EMOTION_RECOGNITION', 'BIOMETRIC_CATEGORISATION'], complete: true },
    rests: 'Art. 50(3)',
  },
  {
    case: 'marketing video generator producing deep fakes',
    answers: [...ORDINARY, ...NOT_LISTED, ...notHighRiskTail(['PROVIDER'], ['GENERATED_CONTENT', 'DEEP_FAKE'])],
    expect: { riskClass: 'TRANSPARENCY', transparencyTriggers: ['GENERATED_CONTENT', 'DEEP_FAKE'], complete: true },
    rests: 'Art. 50(2), 50(4)',
  },
  {
    case: 'internal spam filter',
    answers: [...ORDINARY, ...NOT_LISTED, ...notHighRiskTail(['DEPLOYER'])],
    expect: { riskClass: 'MINIMAL', transparencyTriggers: [], gpai: false, complete: true },
    rests: 'no Art. 5, 6 or 50 provision applies',
  },

  // ---- GPAI, Art. 51 ----
  {
    case: 'assistant on an in-house GPAI model trained with 10^24 FLOP, no high-impact capabilities',
    answers: [
      ...ORDINARY,
      ...NOT_LISTED,
      many('art50.triggers', 'CHATBOT', 'GENERATED_CONTENT'),
      yes('gpai.model'),
      no('gpai.compute'),
      no('gpai.high-impact'),
      many('role.roles', 'PROVIDER'),
      no('market.placed'),
    ],
    expect: { riskClass: 'TRANSPARENCY', gpai: true, systemicRisk: false, complete: true },
    rests: 'Art. 51(1); Art. 50(1)-(2)',
  },
  {
    case: 'frontier model trained with more than 10^25 FLOP: systemic risk presumed',
    answers: [
      ...ORDINARY,
      ...NOT_LISTED,
      many('art50.triggers', 'GENERATED_CONTENT'),
      yes('gpai.model'),
      yes('gpai.compute'),
      many('role.roles', 'PROVIDER'),
      no('market.placed'),
    ],
    expect: { riskClass: 'TRANSPARENCY', gpai: true, systemicRisk: true, complete: true },
    rests: 'Art. 51(2)',
  },
  {
    case: 'GPAI model designated by the Commission despite lower compute',
    answers: [
      ...ORDINARY,
      ...NOT_LISTED,
      many('art50.triggers'),
      yes('gpai.model'),
      no('gpai.compute'),
      yes('gpai.high-impact'),
      many('role.roles', 'PROVIDER'),
      no('market.placed'),
    ],
    expect: { riskClass: 'MINIMAL', gpai: true, systemicRisk: true, complete: true },
    rests: 'Art. 51(1)(b)',
  },

  // ---- Roles, Art. 25(1) ----
  {
    case: 'distributor rebrands a high-risk workforce-management system',
    answers: [
      ...ORDINARY,
      ...annexIII('EMPLOYMENT', '4(b)'),
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'DISTRIBUTOR'),
      many('role.art25', 'NAME_OR_TRADEMARK'),
      yes('establishment.union'),
      no('public.intended-for-authorities'),
      no('annexX.component'),
      yes('decisions.natural-persons'),
      no('market.placed'),
    ],
    expect: { riskClass: 'HIGH_RISK', roles: ['PROVIDER', 'DISTRIBUTOR'], article25Triggers: ['NAME_OR_TRADEMARK'], complete: true },
    rests: 'Art. 25(1)(a)',
  },
  {
    case: 'deployer retrains a bought exam-proctoring system and widens its purpose',
    answers: [
      ...ORDINARY,
      ...annexIII('EDUCATION', '3(d)'),
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'DEPLOYER', 'IMPORTER'),
      many('role.art25', 'SUBSTANTIAL_MODIFICATION', 'NEW_HIGH_RISK_PURPOSE'),
      yes('establishment.union'),
      no('public.authority'),
      no('public.service-body'),
      no('public.intended-for-authorities'),
      no('annexX.component'),
      yes('decisions.natural-persons'),
      no('market.placed'),
    ],
    expect: {
      roles: ['PROVIDER', 'DEPLOYER', 'IMPORTER'],
      article25Triggers: ['SUBSTANTIAL_MODIFICATION', 'NEW_HIGH_RISK_PURPOSE'],
      complete: true,
    },
    rests: 'Art. 25(1)(b), 25(1)(c)',
  },

  // ---- Art. 111 ----
  {
    case: 'recruitment system on the market since 2025, significantly changed in October 2026',
    answers: [
      ...ORDINARY,
      ...annexIII('EMPLOYMENT', '4(a)'),
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'PROVIDER'),
      yes('establishment.union'),
      no('public.intended-for-authorities'),
      no('annexX.component'),
      yes('decisions.natural-persons'),
      yes('market.placed'),
      pick('market.placed-on', '2025-03-01'),
      yes('market.significant-change'),
      pick('market.significant-change-on', '2026-10-01'),
    ],
    expect: {
      riskClass: 'HIGH_RISK',
      placedOnMarket: '2025-03-01',
      significantlyChanged: true,
      significantChangeOn: '2026-10-01',
      complete: true,
    },
    rests: 'Art. 111(2)',
  },
  {
    case: 'border-check component of a large-scale IT system (Annex X)',
    answers: [
      ...ORDINARY,
      ...annexIII('MIGRATION', '7(d)'),
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'PROVIDER'),
      yes('establishment.union'),
      yes('public.intended-for-authorities'),
      yes('annexX.component'),
      yes('decisions.natural-persons'),
      yes('market.placed'),
      pick('market.placed-on', '2026-01-15'),
      no('market.significant-change'),
    ],
    expect: {
      riskClass: 'HIGH_RISK',
      annexXComponent: true,
      intendedForPublicAuthorities: true,
      significantlyChanged: false,
      complete: true,
    },
    rests: 'Art. 111(1); Annex X',
  },
];

const CLASSIFY = `query ($answers: [ClassificationAnswerInput!]!) {
  classify(answers: $answers) {
    riskClass outOfScope highRiskBasis annexISection annexIIIArea annexIIIPoint article6_3Derogation profilesNaturalPersons
    decidesAboutNaturalPersons prohibitedPractices transparencyTriggers gpai systemicRisk roles article25Triggers establishedInUnion
    deployerIsPublicAuthority deployerIsPublicServiceBody intendedForPublicAuthorities annexXComponent placedOnMarket
    significantlyChanged significantChangeOn steps { questionId question answer article effect } openQuestions complete
  }
}`;

describe('classify: cases written from the Act', () => {
  it('has at least 30 cases', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ROWS)('$case ($rests)', async (row) => {
    const { data } = await expectData(api, CLASSIFY, { answers: row.answers });
    const result = data.classify;
    expect(result, JSON.stringify(result.openQuestions)).toMatchObject(row.expect);
    if (row.expect.complete) expect(result.openQuestions).toEqual([]);
    if (row.step) {
      expect(result.steps).toContainEqual(
        expect.objectContaining({
          questionId: row.step.questionId,
          article: row.step.article,
          effect: expect.stringContaining(row.step.effect),
        }),
      );
    }
  });
});

interface Refusal {
  case: string;
  answers: Answer[];
  field: string;
  rests: string;
}

const REFUSALS: Refusal[] = [
  { case: 'a question that does not exist', answers: [no('scope.military'), no('scope.aliens')], field: 'answers.1.questionId', rests: '' },
  { case: 'an option the question does not have', answers: [pick('scope.military', 'MAYBE')], field: 'answers.0.value', rests: '' },
  {
    case: 'a calendar date that does not exist',
    answers: [
      ...ORDINARY,
      ...NOT_LISTED,
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'PROVIDER'),
      yes('market.placed'),
      pick('market.placed-on', '2026-02-30'),
    ],
    field: 'answers.20.value',
    rests: '',
  },
  {
    case: 'an Annex III sub-point of another area than the one answered',
    answers: [...ORDINARY, no('annex1.product'), pick('annex3.area', 'EMPLOYMENT'), pick('annex3.point-5', '5(b)')],
    field: 'answers.16.questionId',
    rests: 'Annex III',
  },
  {
    case: 'a practice question after an Art. 2(3) exclusion',
    answers: [yes('scope.military'), no('art5.manipulation')],
    field: 'answers.1.questionId',
    rests: 'Art. 2(3)',
  },
  {
    case: 'a significant change before 2026-08-02',
    answers: [
      ...ORDINARY,
      ...annexIII('EMPLOYMENT', '4(a)'),
      many('art50.triggers'),
      no('gpai.model'),
      many('role.roles', 'PROVIDER'),
      yes('establishment.union'),
      no('public.intended-for-authorities'),
      no('annexX.component'),
      yes('decisions.natural-persons'),
      yes('market.placed'),
      pick('market.placed-on', '2025-03-01'),
      yes('market.significant-change'),
      pick('market.significant-change-on', '2026-03-01'),
    ],
    field: 'answers.29.value',
    rests: 'Art. 111(2)',
  },
  {
    case: 'no role at all',
    answers: [...ORDINARY, ...NOT_LISTED, many('art50.triggers'), no('gpai.model'), many('role.roles')],
    field: 'answers.18.values',
    rests: 'Art. 3(3)-(8)',
  },
  {
    case: 'a list for a yes/no question',
    answers: [{ questionId: 'scope.military', values: ['YES'] }],
    field: 'answers.0.values',
    rests: '',
  },
  { case: 'the same question twice', answers: [no('scope.military'), yes('scope.military')], field: 'answers.1.questionId', rests: '' },
  {
    case: 'a trigger Art. 50 does not have',
    answers: [...ORDINARY, ...NOT_LISTED, many('art50.triggers', 'CHATBOT', 'HOLOGRAM')],
    field: 'answers.16.values.1',
    rests: 'Art. 50',
  },
];

describe('classify: answers that cannot be', () => {
  it.each(REFUSALS)('refuses $case, naming $field', async (refusal) => {
    await expectRefused(api, CLASSIFY, { answers: refusal.answers }, 'BAD_USER_INPUT', refusal.field);
  });
});
