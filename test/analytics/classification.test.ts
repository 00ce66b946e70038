import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, expectRefused, startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';
import { CHATBOT, many, no, ORDINARY, pick, yes } from '../support/classification-answers.js';

// saveClassification over HTTP on systems of this file's own (ids "system:t-cls-…"), removed with
// their assessments in afterAll. The request's day is fixed, so classifiedOn is known.

const TODAY = '2026-09-01';
let api: TestApi;
let loadedGraph: string;

/** A private bank deploying a credit-scoring system (Annex III point 5(b)), on the market since 2025. */
const CREDIT_SCORING = [
  ...ORDINARY,
  no('annex1.product'),
  pick('annex3.area', 'ESSENTIAL_SERVICES'),
  pick('annex3.point-5', '5(b)'),
  pick('art6-3.condition', 'NONE'),
  yes('art6-3.profiling'),
  many('art50.triggers'),
  no('gpai.model'),
  many('role.roles', 'DEPLOYER'),
  many('role.art25'),
  no('public.authority'),
  no('public.service-body'),
  no('public.intended-for-authorities'),
  no('annexX.component'),
  yes('decisions.natural-persons'),
  yes('market.placed'),
  pick('market.placed-on', '2025-05-01'),
  yes('market.significant-change'),
  pick('market.significant-change-on', '2026-08-20'),
];

const SAVE = `mutation ($id: ID!, $answers: [ClassificationAnswerInput!]!) {
  saveClassification(aiSystemId: $id, answers: $answers) {
    id assessedAt assessedBy current answers { questionId value values }
    result { riskClass annexIIIPoint complete }
    aiSystem { id riskClass }
  }
}`;

const SYSTEM = `query ($id: ID!) { node(id: $id) { ... on AISystem {
  riskClass roles highRiskBasis annexIIIArea annexIIIPoint article6_3Derogation profilesNaturalPersons decidesAboutNaturalPersons
  transparencyTriggers article25Triggers scopeExclusion establishedInUnion deployerIsPublicAuthority deployerIsPublicServiceBody
  intendedForPublicAuthorities annexXComponent placedOnMarket significantlyChanged significantChangeOn classifiedOn lifecycleStage
  classificationAssessments { id current assessedBy result { riskClass } }
  applicableObligations { obligation { code } }
} } }`;

const ID = 'system:t-cls-bank';

beforeAll(async () => {
  api = await startTestApi({ today: () => TODAY });
  loadedGraph = await graphFingerprint(api.driver);
  await api.cypher(`
    CREATE (:AISystem {id: 'system:t-cls-bank', name: 't-cls-probe bank scoring', roles: ['PROVIDER'], riskClass: 'MINIMAL',
      lifecycleStage: 'DEPLOYED', establishedInUnion: true, transparencyTriggers: ['DEEP_FAKE']})`);
});

afterAll(async () => {
  await api.cypher("MATCH (s:AISystem) WHERE s.id STARTS WITH 'system:t-cls-' OPTIONAL MATCH (s)-[:CLASSIFIED_BY]->(a) DETACH DELETE s, a");
  expect(await graphFingerprint(api.driver)).toEqual(loadedGraph);
  await api.close();
});

const assessmentCount = async () =>
  Number(
    (await api.cypher('MATCH (:AISystem {id: $id})-[:CLASSIFIED_BY]->(a:ClassificationAssessment) RETURN count(a) AS n', { id: ID }))[0]!.n,
  );

describe('saveClassification', () => {
  it('refuses incomplete answers and writes nothing, the audit trail included', async () => {
    const before = await graphFingerprint(api.driver, { auditBy: api.adminActor });
    await expectRefused(api, SAVE, { id: ID, answers: CREDIT_SCORING.slice(0, 20) }, 'BAD_USER_INPUT', 'answers');
    expect(await graphFingerprint(api.driver, { auditBy: api.adminActor })).toBe(before);
  });

  it('refuses contradictory answers (a change before 2026-08-02) with no partial write', async () => {
    const before = await graphFingerprint(api.driver, { auditBy: api.adminActor });
    const answers = [...CREDIT_SCORING.slice(0, -1), pick('market.significant-change-on', '2026-07-01')];
    await expectRefused(api, SAVE, { id: ID, answers }, 'BAD_USER_INPUT', `answers.${answers.length - 1}.value`);
    expect(await graphFingerprint(api.driver, { auditBy: api.adminActor })).toBe(before);
  });

  it('refuses a system that does not exist, and an id of another kind', async () => {
    await expectRefused(api, SAVE, { id: 'system:t-cls-missing', answers: CHATBOT }, 'NOT_FOUND', 'aiSystemId');
    await expectRefused(api, SAVE, { id: 'model:t-cls-x', answers: CHATBOT }, 'BAD_USER_INPUT', 'aiSystemId');
  });

  it('sets the facts from the outcome, writes one assessment and one audit event naming both', async () => {
    const { data } = await expectData(api, SAVE, { id: ID, answers: CREDIT_SCORING });
    const saved = data.saveClassification;
    expect(saved).toMatchObject({
      id: expect.stringMatching(/^assessment:[0-9a-f-]{36}$/),
      assessedBy: api.adminActor,
      current: true,
      result: { riskClass: 'HIGH_RISK', annexIIIPoint: '5(b)', complete: true },
      aiSystem: { id: ID, riskClass: 'HIGH_RISK' },
    });
    expect(saved.answers).toHaveLength(CREDIT_SCORING.length);
    expect(saved.answers[3]).toEqual({ questionId: 'scope.pre-market-research', value: 'NO', values: null });
    expect(await assessmentCount()).toBe(1);

    const system = (await expectData(api, SYSTEM, { id: ID })).data.node;
    expect(system).toMatchObject({
      riskClass: 'HIGH_RISK',
      roles: ['DEPLOYER'],
      highRiskBasis: 'ANNEX_III',
      annexIIIArea: 'ESSENTIAL_SERVICES',
      annexIIIPoint: '5(b)',
      article6_3Derogation: null,
      profilesNaturalPersons: true,
      decidesAboutNaturalPersons: true,
      // Cleared: the answers name no Art. 50 trigger and ask no establishment of a deployer.
      transparencyTriggers: [],
      establishedInUnion: null,
      article25Triggers: [],
      scopeExclusion: null,
      deployerIsPublicAuthority: false,
      deployerIsPublicServiceBody: false,
      intendedForPublicAuthorities: false,
      annexXComponent: false,
      placedOnMarket: '2025-05-01',
      significantlyChanged: true,
      significantChangeOn: '2026-08-20',
      classifiedOn: TODAY,
      // Not a classification fact: untouched.
      lifecycleStage: 'DEPLOYED',
    });
    expect(system.classificationAssessments).toEqual([
      { id: saved.id, current: true, assessedBy: api.adminActor, result: { riskClass: 'HIGH_RISK' } },
    ]);

    const events = await api.cypher(
      "MATCH (e:AuditEvent {actor: $actor, operation: 'saveClassification'}) RETURN e.nodeIds AS ids ORDER BY e.at DESC LIMIT 2",
      { actor: api.adminActor },
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.ids).toEqual(expect.arrayContaining([ID, saved.id]));
  });

  it('gives the classified 5(b) deployer the FRIA duties (Art. 27(1)) through the applicability engine', async () => {
    // The applicability engine is being rewritten concurrently; FRIA for 5(b) deployers is in both
    // the current engine and its specification.
    const codes = (await expectData(api, SYSTEM, { id: ID })).data.node.applicableObligations.map((row: any) => row.obligation.code);
    expect(codes).toEqual(expect.arrayContaining(['OBL-DEP-HR-FRIA', 'OBL-DEP-HR-INFORM', 'OBL-DEP-HR-OVERSIGHT']));
    expect(codes.filter((code: string) => code.startsWith('OBL-PROV-HR-'))).toEqual([]);
  });

  it('keeps the earlier assessment as history on a second save, and clears facts the new answers make irrelevant', async () => {
    const { data } = await expectData(api, SAVE, { id: ID, answers: CHATBOT });
    expect(await assessmentCount()).toBe(2);
    const system = (await expectData(api, SYSTEM, { id: ID })).data.node;
    expect(system).toMatchObject({
      riskClass: 'TRANSPARENCY',
      transparencyTriggers: ['CHATBOT'],
      highRiskBasis: null,
      annexIIIArea: null,
      annexIIIPoint: null,
      profilesNaturalPersons: null,
      decidesAboutNaturalPersons: null,
      placedOnMarket: null,
      significantlyChanged: null,
      significantChangeOn: null,
    });
    expect(
      system.classificationAssessments.map((assessment: any) => [
        assessment.id === data.saveClassification.id,
        assessment.current,
        assessment.result.riskClass,
      ]),
    ).toEqual([
      [true, true, 'TRANSPARENCY'],
      [false, false, 'HIGH_RISK'],
    ]);
    const codes = system.applicableObligations.map((row: any) => row.obligation.code);
    expect(codes).not.toContain('OBL-DEP-HR-FRIA');
  });

  it('saves an out-of-scope system as MINIMAL with its exclusion, keeping its roles', async () => {
    await expectData(api, SAVE, { id: ID, answers: [yes('scope.military')] });
    const system = (await expectData(api, SYSTEM, { id: ID })).data.node;
    expect(system).toMatchObject({
      riskClass: 'MINIMAL',
      scopeExclusion: 'MILITARY_DEFENCE_NATIONAL_SECURITY',
      roles: ['DEPLOYER'],
      transparencyTriggers: [],
    });
    expect(system.applicableObligations).toEqual([]);
    expect(await assessmentCount()).toBe(3);
  });
});

describe('classificationQuestions', () => {
  it('lists the questionnaire with articles and conditions in words', async () => {
    const { data } = await expectData(api, '{ classificationQuestions { id section article kind shownWhen options { value article } } }');
    const questions = data.classificationQuestions;
    expect(questions[0]).toMatchObject({ id: 'scope.military', article: 'Art. 2(3)', kind: 'YES_NO', shownWhen: null });
    expect(questions.find((question: any) => question.id === 'annex3.point-5')).toMatchObject({
      shownWhen: 'Shown when annex3.area is ESSENTIAL_SERVICES.',
      options: expect.arrayContaining([{ value: '5(b)', article: 'Annex III point 5(b)' }]),
    });
    expect(questions.find((question: any) => question.id === 'gpai.compute')).toMatchObject({ article: 'Art. 51(2)' });
  });
});
