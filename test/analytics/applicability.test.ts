import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, expectRefused, startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';

// Applicability over HTTP on a few systems of this file's own (ids "system:t-app-…", names containing
// "t-app-probe"), removed in afterAll; the reference obligations are the real ones. The request's day
// is fixed at 2026-09-01, so `asOf` defaults to it.

const TODAY = '2026-09-01';
let api: TestApi;
let loadedGraph: string;

type Data = Record<string, any>;

const ok = (query: string, variables?: Record<string, unknown>) => expectData(api, query, variables);
const refused = (query: string, variables: Record<string, unknown>, code: string, field: string) =>
  expectRefused(api, query, variables, code, field);

beforeAll(async () => {
  api = await startTestApi({ today: () => TODAY });
  loadedGraph = await graphFingerprint(api.driver);
  await api.cypher(`
    CREATE (:AISystem {id: 'system:t-app-hr', name: 't-app-probe pricing', roles: ['DEPLOYER'], riskClass: 'HIGH_RISK',
      highRiskBasis: 'ANNEX_III', annexIIIArea: 'ESSENTIAL_SERVICES', annexIIIPoint: '5(b)', deployerIsPublicAuthority: false,
      deployerIsPublicServiceBody: false, decidesAboutNaturalPersons: true, placedOnMarket: date('2026-08-20'), lifecycleStage: 'DEPLOYED'})
    CREATE (:AISystem {id: 'system:t-app-device', name: 't-app-probe device', roles: ['DISTRIBUTOR'], riskClass: 'HIGH_RISK',
      highRiskBasis: 'ANNEX_I', lifecycleStage: 'VALIDATION'})
    CREATE (:AISystem {id: 'system:t-app-retired', name: 't-app-probe retired', roles: ['PROVIDER', 'DEPLOYER'], riskClass: 'HIGH_RISK',
      highRiskBasis: 'ANNEX_III', annexIIIArea: 'EMPLOYMENT', lifecycleStage: 'RETIRED'})
    CREATE (lab:AISystem {id: 'system:t-app-lab', name: 't-app-probe lab', roles: ['PROVIDER'], riskClass: 'MINIMAL', lifecycleStage: 'DEPLOYED'})
    CREATE (own:Model {id: 'model:t-app-own', name: 'T-APP Atlas', modelType: 'GPAI', gpai: true, systemicRisk: true, openWeights: true})
    CREATE (bought:Model {id: 'model:t-app-bought', name: 'T-APP bought', modelType: 'GPAI', gpai: true, systemicRisk: false})
    CREATE (bought)-[:SUPPLIED_BY]->(:Vendor {id: 'vendor:t-app-vendor', name: 'T-APP vendor'})
    CREATE (lab)-[:USES_MODEL]->(own), (lab)-[:USES_MODEL]->(bought)`);
});

afterAll(async () => {
  await api.cypher("MATCH (n) WHERE n.id CONTAINS ':t-app-' DETACH DELETE n");
  expect(await graphFingerprint(api.driver)).toEqual(loadedGraph);
  await api.close();
});

const APPLICABLE = `query ($id: ID!, $asOf: Date, $useAmendedDates: Boolean) {
  node(id: $id) { ... on AISystem {
    applicableObligations(asOf: $asOf, useAmendedDates: $useAmendedDates) {
      aiSystem { id } obligation { code } role roles appliesFrom appliesUntil dateBasis amended legalStatus legalNote legalBasis missingFacts reason
    }
  } }
}`;

async function applicable(id: string, asOf?: string, useAmendedDates?: boolean): Promise<Data[]> {
  return (await ok(APPLICABLE, { id, asOf, useAmendedDates })).data.node.applicableObligations;
}
const codes = (rows: Data[]) => rows.map((row) => row.obligation.code);

// Art. 26 duties (without 26(8), public authorities only) and Art. 25(1), in code order.
const DEPLOYER_HR = [
  'OBL-DEP-HR-COOPERATE',
  'OBL-DEP-HR-DPIA',
  'OBL-DEP-HR-INFORM',
  'OBL-DEP-HR-INPUTDATA',
  'OBL-DEP-HR-LOGS',
  'OBL-DEP-HR-MONITOR',
  'OBL-DEP-HR-OVERSIGHT',
  'OBL-DEP-HR-USE',
  'OBL-DEP-HR-WORKERS',
  'OBL-VC-HR-BECOMEPROVIDER',
];
const DEPLOYER_HR_AND_FRIA = [...DEPLOYER_HR, 'OBL-DEP-HR-FRIA', 'OBL-DEP-HR-FRIA-NOTIFY'].sort();
const DISTRIBUTOR_HR = ['OBL-DIST-HR-CORRECT', 'OBL-DIST-HR-NONCONFORM', 'OBL-DIST-HR-VERIFY', 'OBL-VC-HR-BECOMEPROVIDER'];

describe('AISystem.applicableObligations', () => {
  it('gives a high-risk deployer in essential services literacy, Art. 26, Art. 25(1) and the FRIA from 2026-08-02', async () => {
    const rows = await applicable('system:t-app-hr');
    expect(codes(rows)).toEqual(['OBL-DEP-ALL-LITERACY', ...DEPLOYER_HR_AND_FRIA]);
    expect(rows[0]).toEqual({
      aiSystem: { id: 'system:t-app-hr' },
      obligation: { code: 'OBL-DEP-ALL-LITERACY' },
      role: 'DEPLOYER',
      roles: ['DEPLOYER'],
      appliesFrom: '2025-02-02',
      appliesUntil: null,
      dateBasis: 'Art. 113(a)',
      amended: false,
      legalStatus: 'IN_FORCE',
      legalNote: null,
      legalBasis: 'Art. 4',
      missingFacts: [],
      reason: 'DEPLOYER of an AI system of any risk class; applies from 2025-02-02 (Art. 113(a))',
    });
    // Art. 27(1): a private deployer of an Annex III point 5(b) system (creditworthiness) owes the FRIA.
    expect(rows.find((row) => row.obligation.code === 'OBL-DEP-HR-FRIA')).toMatchObject({
      appliesFrom: '2026-08-02',
      legalBasis: 'Art. 27(1)-(2)',
      missingFacts: [],
      reason:
        'DEPLOYER of a HIGH_RISK system (Annex III point 5(b)): deployers of Annex III point 5(b) systems; applies from 2026-08-02 (Art. 113)',
    });
    // Art. 26(8), 49(3): a deployer that is not a public authority registers nothing.
    expect(codes(rows)).not.toContain('OBL-DEP-HR-PUBREG');
  });

  it('moves with asOf and the Digital Omnibus dates', async () => {
    expect(codes(await applicable('system:t-app-hr', '2026-08-01'))).toEqual(['OBL-DEP-ALL-LITERACY']);
    expect(codes(await applicable('system:t-app-hr', '2025-02-01'))).toEqual([]);
    expect(codes(await applicable('system:t-app-hr', undefined, true))).toEqual(['OBL-DEP-ALL-LITERACY']);
    const amended = await applicable('system:t-app-hr', '2027-12-02', true);
    expect(codes(amended)).toEqual(['OBL-DEP-ALL-LITERACY', ...DEPLOYER_HR_AND_FRIA]);
    expect(
      amended
        .slice(1)
        .every((row) => row.appliesFrom === '2027-12-02' && row.amended && row.dateBasis === 'Digital Omnibus on AI, Annex III date'),
    ).toBe(true);
    // Placed on 2026-08-20, before the amended date: whether the Omnibus moves Art. 111(2)'s cut-off is unsettled.
    expect(new Set(amended.slice(1).map((row) => row.legalStatus))).toEqual(new Set(['UNSETTLED']));
    expect(amended[1]?.legalNote).toContain('Art. 111(2)');
  });

  it('dates an Annex I product by Art. 113(c), or 2028-08-02 amended', async () => {
    expect(await applicable('system:t-app-device')).toEqual([]);
    const rows = await applicable('system:t-app-device', '2027-08-02');
    expect(codes(rows)).toEqual(DISTRIBUTOR_HR);
    // Annex I section unknown: section B (Art. 2(2)) would lift the duties, so they apply and ask.
    expect(rows.every((row) => row.missingFacts.includes('annexISection'))).toBe(true);
    expect(rows.every((row) => row.appliesFrom === '2027-08-02' && row.dateBasis === 'Art. 113(c)' && row.role === 'DISTRIBUTOR')).toBe(
      true,
    );
    expect(await applicable('system:t-app-device', '2028-08-01', true)).toEqual([]);
    expect(codes(await applicable('system:t-app-device', '2028-08-02', true))).toEqual(DISTRIBUTOR_HR);
  });

  it('gives a system built on its own GPAI model none of the GPAI duties: they belong to the model (Art. 53–55)', async () => {
    expect(codes(await applicable('system:t-app-lab'))).toEqual(['OBL-PROV-ALL-LITERACY']);
    const model = (id: string) =>
      ok(
        `query ($id: ID!) { node(id: $id) { ... on Model {
      applicableObligations { model { id } obligation { code } role appliesFrom dateBasis legalStatus missingFacts reason } } } }`,
        { id },
      );
    const own = (await model('model:t-app-own')).data.node.applicableObligations as Data[];
    expect(codes(own)).toEqual([
      'OBL-PROV-GPAI-AUTHREP',
      'OBL-PROV-GPAI-COPYRIGHT',
      'OBL-PROV-GPAI-DOWNSTREAM',
      'OBL-PROV-GPAI-SUMMARY',
      'OBL-PROV-GPAI-TECHDOC',
      'OBL-PROV-GPAISR-CYBER',
      'OBL-PROV-GPAISR-EVAL',
      'OBL-PROV-GPAISR-INCIDENT',
      'OBL-PROV-GPAISR-NOTIFY',
      'OBL-PROV-GPAISR-RISK',
    ]);
    // Systemic risk: open weights exempt from nothing (53(2)); establishment and market date unknown.
    expect(own.find((row) => row.obligation.code === 'OBL-PROV-GPAI-AUTHREP')).toMatchObject({
      model: { id: 'model:t-app-own' },
      role: 'PROVIDER',
      appliesFrom: '2025-08-02',
      missingFacts: ['establishedInUnion', 'placedOnMarket'],
    });
    // A vendor's model is its provider's duty.
    expect((await model('model:t-app-bought')).data.node.applicableObligations).toEqual([]);
  });

  it('keeps a retired system only the duties that outlast withdrawal (Art. 18, 19, 20, 26(6), 72, 73)', async () => {
    const rows = await applicable('system:t-app-retired', '2031-01-01');
    expect(codes(rows)).toEqual([
      'OBL-DEP-HR-LOGS',
      'OBL-PROV-HR-CORRECT',
      'OBL-PROV-HR-DOCKEEP',
      'OBL-PROV-HR-INCIDENT',
      'OBL-PROV-HR-LOGKEEP',
      'OBL-PROV-HR-PMM',
    ]);
    expect(rows.find((row) => row.obligation.code === 'OBL-PROV-HR-LOGKEEP')?.missingFacts).toEqual(['placedOnMarket', 'withdrawnOn']);
    expect(rows.find((row) => row.obligation.code === 'OBL-PROV-HR-PMM')?.missingFacts).toEqual(['placedOnMarket', 'unitsStillInUse']);
    // The demo's scorecard was on the market before 2026-08-02, never changed, and withdrawn: nothing.
    expect(await applicable('system:legacy-credit-scorecard', '2031-01-01')).toEqual([]);
  });

  it('answers for every system of a list from two queries', async () => {
    const { data, queries } = await ok(`{
      aiSystems(first: 10, filter: {text: "t-app-probe"}) { nodes { id applicableObligations { obligation { code } aiSystem { id } } } }
    }`);
    const counts = Object.fromEntries(data.aiSystems.nodes.map((s: Data) => [s.id, s.applicableObligations.length]));
    expect(counts).toEqual({ 'system:t-app-device': 0, 'system:t-app-hr': 13, 'system:t-app-lab': 1, 'system:t-app-retired': 6 });
    expect(data.aiSystems.nodes.every((s: Data) => s.applicableObligations.every((a: Data) => a.aiSystem.id === s.id))).toBe(true);
    // aiSystems, then systems, obligations and the amendment record for all of them; the nested nodes come from those.
    expect(queries).toBe(4);
  });

  it('binds the demo credit-scoring system from its redesign, and the never-changed pricing engine not at all (Art. 111(2))', async () => {
    // Placed on the market in 2022, significantly changed on 2026-09-14.
    const before = await applicable('system:credit-scoring', '2026-09-13');
    expect(codes(before).filter((code) => code.includes('-HR-'))).toEqual([]);
    const rows = await applicable('system:credit-scoring', '2026-09-14');
    expect(rows.find((row) => row.obligation.code === 'OBL-PROV-HR-CEMARK')).toMatchObject({
      role: 'PROVIDER',
      appliesFrom: '2026-09-14',
      dateBasis: 'Art. 111(2) (significant change in design)',
      missingFacts: [],
    });
    expect(codes(rows)).toContain('OBL-DEP-HR-FRIA');
    expect(codes(rows)).toContain('OBL-PROV-HR-REGISTER');
    // Established in the Union, not a public authority, classed high-risk: no 22(1), 26(8), 6(4).
    for (const code of ['OBL-PROV-HR-AUTHREP', 'OBL-DEP-HR-PUBREG', 'OBL-PROV-HR-CLASSIFY']) expect(codes(rows)).not.toContain(code);
    const pricing = await applicable('system:life-health-pricing', '2031-01-01');
    expect(codes(pricing).filter((code) => code.includes('-HR-'))).toEqual([]);
  });
});

const BETWEEN = `query ($from: Date!, $to: Date!, $aiSystemId: ID, $useAmendedDates: Boolean) {
  obligationsApplyingBetween(from: $from, to: $to, aiSystemId: $aiSystemId, useAmendedDates: $useAmendedDates) {
    aiSystem { id name } obligation { code } appliesFrom amended
  }
}`;

describe('obligationsApplyingBetween', () => {
  it('answers what starts to apply in a quarter, for one system', async () => {
    const rows = (await ok(BETWEEN, { from: '2026-07-01', to: '2026-09-30', aiSystemId: 'system:t-app-hr' })).data
      .obligationsApplyingBetween;
    expect(codes(rows)).toEqual(DEPLOYER_HR_AND_FRIA);
    expect(rows.every((row: Data) => row.appliesFrom === '2026-08-02' && !row.amended)).toBe(true);
    expect(
      (await ok(BETWEEN, { from: '2026-07-01', to: '2026-09-30', aiSystemId: 'system:t-app-hr', useAmendedDates: true })).data
        .obligationsApplyingBetween,
    ).toEqual([]);
    const amended = (await ok(BETWEEN, { from: '2027-10-01', to: '2027-12-31', aiSystemId: 'system:t-app-hr', useAmendedDates: true })).data
      .obligationsApplyingBetween;
    expect(codes(amended)).toEqual(DEPLOYER_HR_AND_FRIA);
  });

  it('includes both ends of the range', async () => {
    const rows = (await ok(BETWEEN, { from: '2027-08-02', to: '2027-08-02', aiSystemId: 'system:t-app-device' })).data
      .obligationsApplyingBetween;
    expect(codes(rows)).toEqual(DISTRIBUTOR_HR);
  });

  it('covers every system, ordered by date, then system name, then code', async () => {
    const { data, queries } = await ok(BETWEEN, { from: '2025-01-01', to: '2027-12-31' });
    const rows: Data[] = data.obligationsApplyingBetween;
    const keys = rows.map((row) => [row.appliesFrom, row.aiSystem.name, row.obligation.code].join('\u0000'));
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const device = rows.filter((row) => row.aiSystem.id === 'system:t-app-device');
    expect(codes(device)).toEqual(DISTRIBUTOR_HR);
    // The demo's Annex I device is distributed too; the retired systems have nothing.
    expect(rows.filter((row) => row.aiSystem.id === 'system:symptom-checker').map((row) => row.appliesFrom)).toEqual(
      Array(4).fill('2027-08-02'),
    );
    expect(rows.some((row) => row.aiSystem.id === 'system:legacy-credit-scorecard')).toBe(false);
    expect(queries).toBe(3);
  });

  it('refuses a reversed or over-long range and an unknown system', async () => {
    await refused(BETWEEN, { from: '2026-10-01', to: '2026-09-30' }, 'BAD_USER_INPUT', 'to');
    await refused(BETWEEN, { from: '2026-01-01', to: '2046-01-02' }, 'BAD_USER_INPUT', 'to');
    await refused(BETWEEN, { from: '2026-01-01', to: '2026-12-31', aiSystemId: 'system:t-app-nope' }, 'NOT_FOUND', 'aiSystemId');
  });
});
