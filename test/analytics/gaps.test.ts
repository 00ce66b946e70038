import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, expectRefused, startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';

// Gaps and what-if over HTTP, on a small graph of this file's own (ids with "t-gap"), built in
// beforeAll on top of the loaded data and removed in afterAll, the graph ending as it began. The
// targets are real obligations and articles of the reference data. The request's day is fixed at
// 2026-09-01, so evidence dates and application dates are known; every answer is worked out below.

const TODAY = '2026-09-01';
let api: TestApi;
let loadedGraph: string;

type Data = Record<string, any>;

const ok = (query: string, variables?: Record<string, unknown>) => expectData(api, query, variables);
const refused = (query: string, variables: Record<string, unknown>, code: string, field: string) =>
  expectRefused(api, query, variables, code, field);

// system:t-gap-1, DEPLOYER of a high-risk Annex III (employment, 4(a)) system placed on 2026-08-10, by a
// private deployer deciding about natural persons: on 2026-09-01 the deployer's literacy duty, the nine
// Art. 26 duties without 26(8) and Art. 25(1) apply (11 rows), none with a missing fact. Its controls:
//   T-GAP-1 EQUAL OBL-DEP-HR-OVERSIGHT, current evidence               → OVERSIGHT COVERED
//   T-GAP-2 SUPERSET_OF OBL-DEP-HR-LOGS, two expired items             → LOGS STALE_EVIDENCE…
//   T-GAP-3 INTERSECTS_WITH OBL-DEP-HR-USE and OBL-DEP-HR-LOGS, current → USE PARTIAL (…its current
//           evidence does not rescue LOGS: it covers LOGS only partly)
//   T-GAP-4 EQUAL OBL-DEP-HR-MONITOR, no evidence                      → MONITOR STALE_EVIDENCE
//   T-GAP-5 EQUAL OBL-DEP-HR-INFORM, evidence expiring 2026-09-11      → INFORM COVERED
//   T-GAP-7 EQUAL eu-ai-act:art-4 (the article), current evidence: through DERIVED_FROM, EQUAL ∘
//           SUPERSET_OF = SUPERSET_OF, full coverage in two hops       → DEP-ALL-LITERACY COVERED
// T-GAP-6 EQUAL OBL-DEP-HR-WORKERS with current evidence governs nothing: WORKERS stays UNCOVERED, as
// do COOPERATE, DPIA, INPUTDATA and VC-HR-BECOMEPROVIDER. Other obligations of Art. 26 are reached only
// as INDETERMINATE (SUBSET_OF ∘ SUPERSET_OF), which does not count.
// system:t-gap-2, PROVIDER of a CHATBOT (transparency): PROV-ALL-LITERACY COVERED by T-GAP-7,
// PROV-TR-INTERACTION PARTIAL by T-GAP-8 (SUBSET_OF, current evidence).
// system:t-gap-3: retired in 2025, so even its log-keeping (26(6), six months) has ended: no rows.
// system:t-gap-4, PROVIDER of a minimal-risk system on its own GPAI model (no vendor) and on a bought one:
// literacy only, UNCOVERED (the GPAI duties belong to the model, Model.applicableObligations).
const SETUP = `
  CREATE (a:Owner:Person {id: 'owner:t-gap-a', kind: 'PERSON', name: 'T-GAP Owner A'})
  CREATE (b:Owner:Person {id: 'owner:t-gap-b', kind: 'PERSON', name: 'T-GAP Owner B'})
  CREATE (s1:AISystem {id: 'system:t-gap-1', name: 'T-GAP deployer', roles: ['DEPLOYER'], riskClass: 'HIGH_RISK',
    highRiskBasis: 'ANNEX_III', annexIIIArea: 'EMPLOYMENT', annexIIIPoint: '4(a)', deployerIsPublicAuthority: false,
    deployerIsPublicServiceBody: false, decidesAboutNaturalPersons: true, placedOnMarket: date('2026-08-10'), lifecycleStage: 'DEPLOYED'})
  CREATE (s2:AISystem {id: 'system:t-gap-2', name: 'T-GAP provider chatbot', roles: ['PROVIDER'], riskClass: 'TRANSPARENCY',
    transparencyTriggers: ['CHATBOT'], lifecycleStage: 'DEPLOYED'})
  CREATE (s3:AISystem {id: 'system:t-gap-3', name: 'T-GAP retired', roles: ['DEPLOYER'], riskClass: 'HIGH_RISK',
    highRiskBasis: 'ANNEX_III', annexIIIArea: 'EMPLOYMENT', lifecycleStage: 'RETIRED', withdrawnOn: date('2025-01-01')})
  CREATE (s4:AISystem {id: 'system:t-gap-4', name: 'T-GAP lab', roles: ['PROVIDER'], riskClass: 'MINIMAL', lifecycleStage: 'DEVELOPMENT'})
  CREATE (a)-[:OWNS]->(s1), (b)-[:OWNS]->(s2), (a)-[:OWNS]->(s3), (b)-[:OWNS]->(s4)
  CREATE (own:Model {id: 'model:t-gap-own', name: 'T-GAP own GPAI', modelType: 'GPAI', gpai: true, systemicRisk: false, openWeights: false})
  CREATE (bought:Model {id: 'model:t-gap-bought', name: 'T-GAP bought GPAI', modelType: 'GPAI', gpai: true, systemicRisk: true})
  CREATE (vendor:Vendor {id: 'vendor:t-gap-vendor', name: 'T-GAP vendor'})
  CREATE (bought)-[:SUPPLIED_BY]->(vendor), (s4)-[:USES_MODEL]->(own), (s4)-[:USES_MODEL]->(bought)
  WITH count(*) AS created
  UNWIND $controls AS c
  CREATE (control:Control {id: 'control:' + c.code, code: c.code, name: c.code + ' test control', implementationStatus: 'IMPLEMENTED'})
  WITH c, control
  CALL (c, control) {
    UNWIND c.governs AS systemId
    MATCH (s:AISystem {id: systemId})
    CREATE (control)-[:GOVERNS]->(s)
  }
  CALL (c, control) {
    UNWIND c.links AS link
    MATCH (t {id: link.target})
    CREATE (control)-[:SATISFIES {relationship: link.relationship, strength: link.strength, rationale: 'test'}]->(t)
  }
  CALL (c, control) {
    UNWIND c.evidence AS e
    CREATE (:Evidence {id: e.id, title: e.id, kind: 'TEST_REPORT', collectedOn: date('2025-01-01'), validUntil: date(e.validUntil)})-[:SUPPORTS]->(control)
  }`;

const CONTROLS = [
  {
    code: 'T-GAP-1',
    governs: ['system:t-gap-1', 'system:t-gap-3'],
    links: [{ target: 'obligation:OBL-DEP-HR-OVERSIGHT', relationship: 'EQUAL', strength: 9 }],
    evidence: [{ id: 'evidence:t-gap-1-current', validUntil: '2027-12-31' }],
  },
  {
    code: 'T-GAP-2',
    governs: ['system:t-gap-1'],
    links: [{ target: 'obligation:OBL-DEP-HR-LOGS', relationship: 'SUPERSET_OF', strength: 7 }],
    evidence: [
      { id: 'evidence:t-gap-2-expired-a', validUntil: '2026-01-31' },
      { id: 'evidence:t-gap-2-expired-b', validUntil: '2025-12-31' },
    ],
  },
  {
    code: 'T-GAP-3',
    governs: ['system:t-gap-1'],
    links: [
      { target: 'obligation:OBL-DEP-HR-USE', relationship: 'INTERSECTS_WITH', strength: 5 },
      { target: 'obligation:OBL-DEP-HR-LOGS', relationship: 'INTERSECTS_WITH', strength: 4 },
    ],
    evidence: [{ id: 'evidence:t-gap-3-current', validUntil: '2027-06-30' }],
  },
  {
    code: 'T-GAP-4',
    governs: ['system:t-gap-1'],
    links: [{ target: 'obligation:OBL-DEP-HR-MONITOR', relationship: 'EQUAL', strength: 8 }],
    evidence: [],
  },
  {
    code: 'T-GAP-5',
    governs: ['system:t-gap-1'],
    links: [{ target: 'obligation:OBL-DEP-HR-INFORM', relationship: 'EQUAL', strength: 8 }],
    evidence: [{ id: 'evidence:t-gap-5-expiring', validUntil: '2026-09-11' }],
  },
  {
    code: 'T-GAP-6',
    governs: [],
    links: [{ target: 'obligation:OBL-DEP-HR-WORKERS', relationship: 'EQUAL', strength: 9 }],
    evidence: [{ id: 'evidence:t-gap-6-current', validUntil: '2027-12-31' }],
  },
  {
    code: 'T-GAP-7',
    governs: ['system:t-gap-1', 'system:t-gap-2'],
    links: [{ target: 'eu-ai-act:art-4', relationship: 'EQUAL', strength: 8 }],
    evidence: [{ id: 'evidence:t-gap-7-current', validUntil: '2027-12-31' }],
  },
  {
    code: 'T-GAP-8',
    governs: ['system:t-gap-2'],
    links: [{ target: 'obligation:OBL-PROV-TR-INTERACTION', relationship: 'SUBSET_OF', strength: 6 }],
    evidence: [{ id: 'evidence:t-gap-8-current', validUntil: '2027-12-31' }],
  },
];

beforeAll(async () => {
  api = await startTestApi({ today: () => TODAY });
  loadedGraph = await graphFingerprint(api.driver);
  await api.cypher(SETUP, { controls: CONTROLS });
});

afterAll(async () => {
  await api.cypher("MATCH (n) WHERE n.id CONTAINS ':t-gap-' OR n.id STARTS WITH 'control:T-GAP-' DETACH DELETE n");
  expect(await graphFingerprint(api.driver)).toEqual(loadedGraph);
  await api.close();
});

const GAPS = `query ($aiSystemId: ID, $asOf: Date, $useAmendedDates: Boolean, $filter: GapFilter, $first: Int, $after: String, $last: Int, $before: String) {
  gaps(aiSystemId: $aiSystemId, asOf: $asOf, useAmendedDates: $useAmendedDates, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } }
    nodes {
      id status role appliesFrom dateBasis legalStatus legalNote missingFacts reason
      aiSystem { id name }
      obligation { code }
      controls { control { code } relationship strength coverage direct evidence { current expiring expired total best } }
    }
    summary {
      total { ...counts }
      bySystem { ...counts }
      byArticle { ...counts }
      byRiskClass { ...counts }
      byOwner { ...counts }
    }
  }
}
fragment counts on GapSummaryRow { key label covered partial staleEvidence uncovered total coverageRatio }`;

const statuses = (nodes: { obligation: { code: string }; status: string }[]) =>
  Object.fromEntries(nodes.map((n) => [n.obligation.code, n.status]));

const SYSTEM_1_STATUSES = {
  'OBL-DEP-ALL-LITERACY': 'COVERED',
  'OBL-DEP-HR-COOPERATE': 'UNCOVERED',
  'OBL-DEP-HR-DPIA': 'UNCOVERED',
  'OBL-DEP-HR-INFORM': 'COVERED',
  'OBL-DEP-HR-INPUTDATA': 'UNCOVERED',
  'OBL-DEP-HR-LOGS': 'STALE_EVIDENCE',
  'OBL-DEP-HR-MONITOR': 'STALE_EVIDENCE',
  'OBL-DEP-HR-OVERSIGHT': 'COVERED',
  'OBL-DEP-HR-USE': 'PARTIAL',
  'OBL-DEP-HR-WORKERS': 'UNCOVERED',
  'OBL-VC-HR-BECOMEPROVIDER': 'UNCOVERED',
};
const current = (n = 1) => ({ current: n, expiring: 0, expired: 0, total: n, best: 'CURRENT' });

describe('gaps for one system', () => {
  it('gives one row per applicable obligation with its status, ordered by obligation code', async () => {
    const { data, queries } = await ok(GAPS, { aiSystemId: 'system:t-gap-1', first: 50 });
    const gaps = data.gaps;
    expect(gaps.totalCount).toBe(11);
    expect(gaps.nodes.map((n: Data) => n.obligation.code)).toEqual(Object.keys(SYSTEM_1_STATUSES));
    expect(statuses(gaps.nodes)).toEqual(SYSTEM_1_STATUSES);
    expect(gaps.nodes.every((n: Data) => n.aiSystem.id === 'system:t-gap-1' && n.aiSystem.name === 'T-GAP deployer')).toBe(true);
    expect(gaps.nodes[0].id).toBe('gap:system:t-gap-1|obligation:OBL-DEP-ALL-LITERACY');
    // systems, obligations, the amendment record, control links, crosswalk paths, evidence; then the controls' nodes.
    expect(queries).toBe(7);
  });

  it('lists the controls involved, full coverage and strongest first, with their evidence', async () => {
    const { data } = await ok(GAPS, { aiSystemId: 'system:t-gap-1' });
    const byCode = Object.fromEntries(data.gaps.nodes.map((n: Data) => [n.obligation.code, n]));
    expect(byCode['OBL-DEP-HR-OVERSIGHT']).toMatchObject({
      role: 'DEPLOYER',
      appliesFrom: '2026-08-02',
      dateBasis: 'Art. 113',
      legalStatus: 'IN_FORCE',
      missingFacts: [],
      reason: 'DEPLOYER of a HIGH_RISK system (Annex III point 4(a)); applies from 2026-08-02 (Art. 113)',
      controls: [{ control: { code: 'T-GAP-1' }, relationship: 'EQUAL', strength: 9, coverage: 'FULL', direct: true, evidence: current() }],
    });
    expect(byCode['OBL-DEP-HR-LOGS'].controls).toEqual([
      {
        control: { code: 'T-GAP-2' },
        relationship: 'SUPERSET_OF',
        strength: 7,
        coverage: 'FULL',
        direct: true,
        evidence: { current: 0, expiring: 0, expired: 2, total: 2, best: 'EXPIRED' },
      },
      {
        control: { code: 'T-GAP-3' },
        relationship: 'INTERSECTS_WITH',
        strength: 4,
        coverage: 'PARTIAL',
        direct: true,
        evidence: current(),
      },
    ]);
    expect(byCode['OBL-DEP-HR-USE'].controls).toEqual([
      {
        control: { code: 'T-GAP-3' },
        relationship: 'INTERSECTS_WITH',
        strength: 5,
        coverage: 'PARTIAL',
        direct: true,
        evidence: current(),
      },
    ]);
    expect(byCode['OBL-DEP-HR-MONITOR'].controls).toEqual([
      {
        control: { code: 'T-GAP-4' },
        relationship: 'EQUAL',
        strength: 8,
        coverage: 'FULL',
        direct: true,
        evidence: { current: 0, expiring: 0, expired: 0, total: 0, best: null },
      },
    ]);
    expect(byCode['OBL-DEP-HR-INFORM'].controls[0].evidence).toEqual({ current: 0, expiring: 1, expired: 0, total: 1, best: 'EXPIRING' });
    // Through the crosswalk: the control is EQUAL to Art. 4, the obligation derives from Art. 4.
    expect(byCode['OBL-DEP-ALL-LITERACY'].controls).toEqual([
      { control: { code: 'T-GAP-7' }, relationship: 'SUPERSET_OF', strength: 8, coverage: 'FULL', direct: false, evidence: current() },
    ]);
    // A control that reaches WORKERS but does not govern the system is not considered.
    expect(byCode['OBL-DEP-HR-WORKERS'].controls).toEqual([]);
  });

  it('summarises per system, article, risk class and owner', async () => {
    const { data } = await ok(GAPS, { aiSystemId: 'system:t-gap-1', first: 2 });
    const summary = data.gaps.summary;
    const row = (key: string, label: string, covered: number, partial: number, staleEvidence: number, uncovered: number) => ({
      key,
      label,
      covered,
      partial,
      staleEvidence,
      uncovered,
      total: covered + partial + staleEvidence + uncovered,
      coverageRatio: covered / (covered + partial + staleEvidence + uncovered),
    });
    expect(summary.total).toEqual(row('ALL', 'All', 3, 1, 2, 5));
    expect(summary.bySystem).toEqual([row('system:t-gap-1', 'T-GAP deployer', 3, 1, 2, 5)]);
    expect(summary.byArticle).toEqual([
      row('eu-ai-act:art-4', 'Art. 4', 1, 0, 0, 0),
      row('eu-ai-act:art-25', 'Art. 25', 0, 0, 0, 1),
      row('eu-ai-act:art-26', 'Art. 26', 2, 1, 2, 4),
    ]);
    expect(summary.byRiskClass).toEqual([row('HIGH_RISK', 'HIGH_RISK', 3, 1, 2, 5)]);
    expect(summary.byOwner).toEqual([row('owner:t-gap-a', 'T-GAP Owner A', 3, 1, 2, 5)]);
    expect(data.gaps.nodes).toHaveLength(2);
  });

  it('pages forwards and backwards through the same rows, the summary the same on every page', async () => {
    const all = (await ok(GAPS, { aiSystemId: 'system:t-gap-1' })).data.gaps;
    const ids: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const page: Data = (await ok(GAPS, { aiSystemId: 'system:t-gap-1', first: 4, after })).data.gaps;
      expect(page.totalCount).toBe(11);
      expect(page.summary).toEqual(all.summary);
      expect(page.edges.map((e: Data) => e.node.id)).toEqual(page.nodes.map((n: Data) => n.id));
      ids.push(...page.nodes.map((n: Data) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toEqual(all.nodes.map((n: Data) => n.id));
    const last: Data = (await ok(GAPS, { aiSystemId: 'system:t-gap-1', last: 3 })).data.gaps;
    expect(last.nodes.map((n: Data) => n.id)).toEqual(ids.slice(-3));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before: Data = (await ok(GAPS, { aiSystemId: 'system:t-gap-1', last: 3, before: last.pageInfo.startCursor })).data.gaps;
    expect(before.nodes.map((n: Data) => n.id)).toEqual(ids.slice(-6, -3));
  });

  it('filters by status, article, risk class and owner; the summary counts the filtered rows', async () => {
    const uncovered = (await ok(GAPS, { aiSystemId: 'system:t-gap-1', filter: { status: ['UNCOVERED'] } })).data.gaps;
    expect(uncovered.nodes.map((n: Data) => n.obligation.code)).toEqual([
      'OBL-DEP-HR-COOPERATE',
      'OBL-DEP-HR-DPIA',
      'OBL-DEP-HR-INPUTDATA',
      'OBL-DEP-HR-WORKERS',
      'OBL-VC-HR-BECOMEPROVIDER',
    ]);
    expect(uncovered.summary.total).toMatchObject({ uncovered: 5, total: 5, coverageRatio: 0 });
    const art26 = (
      await ok(GAPS, { aiSystemId: 'system:t-gap-1', filter: { article: 'eu-ai-act:art-26', status: ['COVERED', 'STALE_EVIDENCE'] } })
    ).data.gaps;
    expect(statuses(art26.nodes)).toEqual({
      'OBL-DEP-HR-INFORM': 'COVERED',
      'OBL-DEP-HR-LOGS': 'STALE_EVIDENCE',
      'OBL-DEP-HR-MONITOR': 'STALE_EVIDENCE',
      'OBL-DEP-HR-OVERSIGHT': 'COVERED',
    });
    // Across the organisation: owner B holds the chatbot and the lab.
    const ownerB = (await ok(GAPS, { filter: { owner: 'owner:t-gap-b' } })).data.gaps;
    expect(ownerB.nodes.map((n: Data) => `${n.aiSystem.id} ${n.obligation.code} ${n.status}`)).toEqual([
      'system:t-gap-4 OBL-PROV-ALL-LITERACY UNCOVERED',
      'system:t-gap-2 OBL-PROV-ALL-LITERACY COVERED',
      'system:t-gap-2 OBL-PROV-TR-INTERACTION PARTIAL',
    ]);
    expect(ownerB.summary.bySystem.map((s: Data) => [s.label, s.total, s.covered])).toEqual([
      ['T-GAP lab', 1, 0],
      ['T-GAP provider chatbot', 2, 1],
    ]);
    expect(ownerB.summary.byRiskClass.map((s: Data) => [s.key, s.total])).toEqual([
      ['TRANSPARENCY', 2],
      ['MINIMAL', 1],
    ]);
    const transparency = (await ok(GAPS, { filter: { owner: 'owner:t-gap-b', riskClass: ['TRANSPARENCY'] } })).data.gaps;
    expect(transparency.totalCount).toBe(2);
  });

  it('follows asOf and the amended dates', async () => {
    const before = (await ok(GAPS, { aiSystemId: 'system:t-gap-1', asOf: '2026-08-01' })).data.gaps;
    expect(statuses(before.nodes)).toEqual({ 'OBL-DEP-ALL-LITERACY': 'COVERED' });
    const amended = (await ok(GAPS, { aiSystemId: 'system:t-gap-1', useAmendedDates: true })).data.gaps;
    expect(statuses(amended.nodes)).toEqual({ 'OBL-DEP-ALL-LITERACY': 'COVERED' });
    const amendedLater = (await ok(GAPS, { aiSystemId: 'system:t-gap-1', useAmendedDates: true, asOf: '2027-12-02' })).data.gaps;
    expect(amendedLater.nodes.find((n: Data) => n.obligation.code === 'OBL-DEP-HR-OVERSIGHT')).toMatchObject({
      appliesFrom: '2027-12-02',
      dateBasis: 'Digital Omnibus on AI, Annex III date',
    });
    // Evidence freshness is judged on asOf: by 2027-12-02 the expiring and one current item have run out.
    expect(statuses(amendedLater.nodes)).toMatchObject({ 'OBL-DEP-HR-INFORM': 'STALE_EVIDENCE', 'OBL-DEP-HR-OVERSIGHT': 'COVERED' });
    expect(amendedLater.nodes.find((n: Data) => n.obligation.code === 'OBL-DEP-HR-USE').controls[0].evidence).toMatchObject({
      expired: 1,
      best: 'EXPIRED',
    });
  });

  it('has no rows for a retired system, and refuses an unknown one', async () => {
    expect((await ok(GAPS, { aiSystemId: 'system:t-gap-3' })).data.gaps).toMatchObject({
      totalCount: 0,
      nodes: [],
      summary: { total: { total: 0 } },
    });
    await refused(GAPS, { aiSystemId: 'system:t-gap-nope' }, 'NOT_FOUND', 'aiSystemId');
    await refused(GAPS, { aiSystemId: 'system:t-gap-1', first: 501 }, 'BAD_USER_INPUT', 'first');
    await refused(GAPS, { aiSystemId: 'system:t-gap-1', after: 'nope' }, 'BAD_USER_INPUT', 'after');
  });
});

describe('gaps across the organisation', () => {
  it('pages every row once, in system-name order, with summaries consistent with the rows', async () => {
    const ids: string[] = [];
    const rows: Data[] = [];
    let after: string | null = null;
    let first: Data | null = null;
    for (let guard = 0; guard < 100; guard += 1) {
      const { data, queries } = await ok(GAPS, { first: 100, after });
      first ??= data.gaps;
      expect(queries).toBe(7);
      rows.push(...data.gaps.nodes);
      ids.push(...data.gaps.nodes.map((n: Data) => n.id));
      if (!data.gaps.pageInfo.hasNextPage) break;
      after = data.gaps.pageInfo.endCursor;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(first!.totalCount);
    const names = rows.map((n) => n.aiSystem.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const summary = first!.summary;
    const count = (status: string) => rows.filter((n) => n.status === status).length;
    expect(summary.total).toMatchObject({
      total: rows.length,
      covered: count('COVERED'),
      partial: count('PARTIAL'),
      staleEvidence: count('STALE_EVIDENCE'),
      uncovered: count('UNCOVERED'),
    });
    for (const group of ['bySystem', 'byArticle', 'byRiskClass', 'byOwner']) {
      expect(
        summary[group].reduce((sum: number, s: Data) => sum + s.total, 0),
        group,
      ).toBe(rows.length);
      expect(
        summary[group].reduce((sum: number, s: Data) => sum + s.covered, 0),
        group,
      ).toBe(count('COVERED'));
    }
    expect(summary.bySystem.find((s: Data) => s.key === 'system:t-gap-1')).toMatchObject({
      covered: 3,
      partial: 1,
      staleEvidence: 2,
      uncovered: 5,
    });
    expect(ids.filter((id) => id.includes('system:t-gap-3'))).toEqual([]);
  });
});

describe('gaps on the demo organisation', () => {
  it('finds conformity assessment, CE marking and serious-incident reporting uncovered for credit scoring', async () => {
    // Placed in 2022 and redesigned on 2026-09-14: bound from then (Art. 111(2)).
    const { data } = await ok(GAPS, { aiSystemId: 'system:credit-scoring', asOf: '2026-09-14', first: 100 });
    const gaps = data.gaps;
    const byCode = statuses(gaps.nodes);
    expect(byCode).toMatchObject({
      'OBL-PROV-HR-CEMARK': 'UNCOVERED',
      'OBL-PROV-HR-CONFASSESS': 'UNCOVERED',
      'OBL-PROV-HR-INCIDENT': 'UNCOVERED',
    });
    // Provider and deployer of an Annex III 5(b) system, established in the Union, not a public
    // authority: 2 literacy + 20 provider (Arts. 8–21, 43, 47–49, 72, 73; no 22(1), no 6(4)) + 10
    // deployer (Art. 26 without 26(8), Art. 25(1)) + 2 FRIA duties.
    expect(gaps.totalCount).toBe(34);
    expect(gaps.summary.total.total).toBe(34);
    expect(gaps.summary.total.covered + gaps.summary.total.partial + gaps.summary.total.staleEvidence + gaps.summary.total.uncovered).toBe(
      34,
    );
    expect(gaps.summary.total.coverageRatio).toBeCloseTo(gaps.summary.total.covered / 34, 10);
    expect(gaps.nodes.every((n: Data) => n.missingFacts.length === 0 && n.legalStatus === 'IN_FORCE')).toBe(true);
    expect(new Set(gaps.nodes.map((n: Data) => n.status))).toContain('COVERED');
  });
});

const WHAT_IF = `query ($removeIds: [ID!]!, $aiSystemId: ID, $asOf: Date) {
  whatIf(removeIds: $removeIds, aiSystemId: $aiSystemId, asOf: $asOf) {
    removed { __typename id }
    changedRows
    droppedRows
    systems {
      aiSystem { id }
      removed
      changes { aiSystem { id } obligation { code } before after }
      dropped { code }
      before { key covered partial staleEvidence uncovered total }
      after { key covered partial staleEvidence uncovered total }
    }
  }
}`;

describe('whatIf', () => {
  it('shows the rows whose status changes when a control disappears, without writing anything', async () => {
    const graph = await graphFingerprint(api.driver);
    const { data } = await ok(WHAT_IF, { removeIds: ['control:T-GAP-1'], aiSystemId: 'system:t-gap-1' });
    expect(data.whatIf).toEqual({
      removed: [{ __typename: 'Control', id: 'control:T-GAP-1' }],
      changedRows: 1,
      droppedRows: 0,
      systems: [
        {
          aiSystem: { id: 'system:t-gap-1' },
          removed: false,
          changes: [
            { aiSystem: { id: 'system:t-gap-1' }, obligation: { code: 'OBL-DEP-HR-OVERSIGHT' }, before: 'COVERED', after: 'UNCOVERED' },
          ],
          dropped: [],
          before: { key: 'system:t-gap-1', covered: 3, partial: 1, staleEvidence: 2, uncovered: 5, total: 11 },
          after: { key: 'system:t-gap-1', covered: 2, partial: 1, staleEvidence: 2, uncovered: 6, total: 11 },
        },
      ],
    });
    expect(await graphFingerprint(api.driver)).toBe(graph);
    // …and the gaps themselves are as before.
    expect(statuses((await ok(GAPS, { aiSystemId: 'system:t-gap-1' })).data.gaps.nodes)).toEqual(SYSTEM_1_STATUSES);
  });

  it('turns coverage stale when the only live evidence goes, and partial when the full control goes', async () => {
    const graph = await graphFingerprint(api.driver);
    const evidence = (await ok(WHAT_IF, { removeIds: ['evidence:t-gap-5-expiring', 'control:T-GAP-2'], aiSystemId: 'system:t-gap-1' })).data
      .whatIf;
    expect(evidence.systems[0].changes.map((c: Data) => [c.obligation.code, c.before, c.after])).toEqual([
      ['OBL-DEP-HR-INFORM', 'COVERED', 'STALE_EVIDENCE'],
      ['OBL-DEP-HR-LOGS', 'STALE_EVIDENCE', 'PARTIAL'],
    ]);
    expect(evidence.changedRows).toBe(2);
    expect(await graphFingerprint(api.driver)).toBe(graph);
  });

  it('follows a removed provision through the crosswalk, across the organisation', async () => {
    const graph = await graphFingerprint(api.driver);
    const { data, queries } = await ok(WHAT_IF, { removeIds: ['control:T-GAP-7'] });
    // T-GAP-7 governs only the two test systems: their literacy rows lose their only control.
    expect(
      data.whatIf.systems.map((s: Data) => [s.aiSystem.id, s.changes.map((c: Data) => `${c.obligation.code} ${c.before}→${c.after}`)]),
    ).toEqual([
      ['system:t-gap-1', ['OBL-DEP-ALL-LITERACY COVERED→UNCOVERED']],
      ['system:t-gap-2', ['OBL-PROV-ALL-LITERACY COVERED→UNCOVERED']],
    ]);
    expect(data.whatIf.changedRows).toBe(2);
    // Two gap tables of six queries each (run side by side), plus the removed node.
    expect(queries).toBe(13);
    const article = (await ok(WHAT_IF, { removeIds: ['eu-ai-act:art-4'], aiSystemId: 'system:t-gap-2' })).data.whatIf;
    expect(article.removed).toEqual([{ __typename: 'Provision', id: 'eu-ai-act:art-4' }]);
    expect(article.systems[0].changes.map((c: Data) => `${c.obligation.code} ${c.before}→${c.after}`)).toEqual([
      'OBL-PROV-ALL-LITERACY COVERED→UNCOVERED',
    ]);
    expect(await graphFingerprint(api.driver)).toBe(graph);
  });

  it('drops the rows of a removed system or obligation (a removed GPAI model drops none: its duties are its own); unknown ids are ignored', async () => {
    const graph = await graphFingerprint(api.driver);
    const system = (await ok(WHAT_IF, { removeIds: ['system:t-gap-2', 'vendor:t-gap-nope'], aiSystemId: 'system:t-gap-2' })).data.whatIf;
    expect(system).toEqual({
      removed: [{ __typename: 'AISystem', id: 'system:t-gap-2' }],
      changedRows: 0,
      droppedRows: 2,
      systems: [
        {
          aiSystem: { id: 'system:t-gap-2' },
          removed: true,
          changes: [],
          dropped: [{ code: 'OBL-PROV-ALL-LITERACY' }, { code: 'OBL-PROV-TR-INTERACTION' }],
          before: { key: 'system:t-gap-2', covered: 1, partial: 1, staleEvidence: 0, uncovered: 0, total: 2 },
          after: { key: 'system:t-gap-2', covered: 0, partial: 0, staleEvidence: 0, uncovered: 0, total: 0 },
        },
      ],
    });
    const obligation = (await ok(WHAT_IF, { removeIds: ['obligation:OBL-DEP-HR-USE'], aiSystemId: 'system:t-gap-1' })).data.whatIf;
    expect(obligation.systems[0]).toMatchObject({
      removed: false,
      changes: [],
      dropped: [{ code: 'OBL-DEP-HR-USE' }],
      after: { partial: 0, total: 10 },
    });
    const model = (await ok(WHAT_IF, { removeIds: ['model:t-gap-own'], aiSystemId: 'system:t-gap-4' })).data.whatIf;
    expect(model).toMatchObject({ systems: [], changedRows: 0, droppedRows: 0 });
    // Removing the vendor of the bought model does not make it the organisation's own.
    expect((await ok(WHAT_IF, { removeIds: ['vendor:t-gap-vendor'], aiSystemId: 'system:t-gap-4' })).data.whatIf).toMatchObject({
      systems: [],
      changedRows: 0,
      droppedRows: 0,
    });
    expect((await ok(WHAT_IF, { removeIds: [], aiSystemId: 'system:t-gap-1' })).data.whatIf).toEqual({
      removed: [],
      changedRows: 0,
      droppedRows: 0,
      systems: [],
    });
    expect(await graphFingerprint(api.driver)).toBe(graph);
  });

  it('refuses an unknown system and too many ids', async () => {
    await refused(WHAT_IF, { removeIds: ['control:T-GAP-1'], aiSystemId: 'system:t-gap-nope' }, 'NOT_FOUND', 'aiSystemId');
    await refused(WHAT_IF, { removeIds: Array.from({ length: 501 }, (_, i) => `control:X-${i}`) }, 'BAD_USER_INPUT', 'removeIds');
  });
});
