import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, startTestApi, type TestApi } from '../support/api.js';
import {
  APPLICABILITY_CASES,
  MISSING_FACTS,
  caseIds,
  differences,
  toRequest,
  type ApplicabilityCase,
  type CaseAnswer,
} from './applicability-cases.js';

// The worked applicability cases (applicability-cases.ts) asked of the API over real HTTP: each row's
// system (and model) is created through the mutations, then its applicableObligations on the row's day
// are read and the row's obligation compared with the row. Every node made here has an id starting
// "system:case-", "model:case-" or "vendor:case-" and is removed in afterAll. Rows that need the
// Digital Omnibus recorded in force run in a describe of their own that records it and clears it; the
// record found at the start is put back at the end.

const TODAY = '2026-09-01';
const OMNIBUS = 'amendment:digital-omnibus-ai';
const CASE_NODES = `MATCH (n) WHERE n.id STARTS WITH 'system:case-' OR n.id STARTS WITH 'model:case-' OR n.id STARTS WITH 'vendor:case-'`;

let api: TestApi;
/** The Omnibus record as this file found it (null: no node), put back in afterAll. */
let amendmentFound: Record<string, unknown> | null = null;

type Data = Record<string, any>;
const ok = (query: string, variables?: Record<string, unknown>) => expectData(api, query, variables);

const CREATE_SYSTEM = `mutation ($input: CreateAISystemInput!) { createAISystem(input: $input) { id } }`;
const CREATE_MODEL = `mutation ($input: CreateModelInput!) { createModel(input: $input) { id } }`;
const CREATE_VENDOR = `mutation ($input: CreateVendorInput!) { createVendor(input: $input) { id } }`;
const SET_MODEL_VENDOR = `mutation ($modelId: ID!, $vendorId: ID) { setModelVendor(modelId: $modelId, vendorId: $vendorId) { id } }`;
const SET_SYSTEM_MODELS = `mutation ($systemId: ID!, $modelIds: [ID!]!) { setSystemModels(systemId: $systemId, modelIds: $modelIds) { id } }`;
const RECORD = `mutation ($id: ID!, $since: Date!, $journal: String!) {
  recordAmendmentInForce(id: $id, inForceSince: $since, officialJournal: $journal) { id inForce inForceSince }
}`;
const CLEAR = `mutation ($id: ID!) { clearAmendmentInForce(id: $id) { id inForce } }`;

const SYSTEM_OBLIGATIONS = `query ($id: ID!, $asOf: Date, $useAmendedDates: Boolean) {
  node(id: $id) { ... on AISystem {
    applicableObligations(asOf: $asOf, useAmendedDates: $useAmendedDates) {
      obligation { code } role roles appliesFrom appliesUntil dateBasis amended legalStatus legalNote legalBasis missingFacts reason
    }
  } }
}`;
const MODEL_OBLIGATIONS = `query ($id: ID!, $asOf: Date, $useAmendedDates: Boolean) {
  node(id: $id) { ... on Model {
    applicableObligations(asOf: $asOf, useAmendedDates: $useAmendedDates) {
      obligation { code } role appliesFrom dateBasis amended legalStatus legalNote legalBasis missingFacts reason
    }
  } }
}`;

/** Creates the row's nodes through the API and reads its obligation on asOf (undefined: not listed). */
async function answerTo(row: ApplicabilityCase): Promise<CaseAnswer | undefined> {
  const request = toRequest(row);
  const ids = caseIds(row);
  if (request.model) {
    await ok(CREATE_MODEL, { input: request.model });
    if (request.modelSuppliedByVendor) {
      await ok(CREATE_VENDOR, { input: { id: ids.vendor, name: `case ${row.id} vendor` } });
      await ok(SET_MODEL_VENDOR, { modelId: ids.model, vendorId: ids.vendor });
    }
  }
  if (request.system) {
    await ok(CREATE_SYSTEM, { input: request.system });
    if (request.model) await ok(SET_SYSTEM_MODELS, { systemId: ids.system, modelIds: [ids.model] });
  }
  const { data } = await ok(request.askAbout === 'system' ? SYSTEM_OBLIGATIONS : MODEL_OBLIGATIONS, {
    id: request.askAbout === 'system' ? ids.system : ids.model,
    asOf: request.asOf,
    // Left out (not null) for the default basis.
    useAmendedDates: request.useAmendedDates ?? undefined,
  });
  const rows = data.node.applicableObligations as Data[];
  const found = rows.filter((answer) => answer.obligation.code === request.obligationCode);
  expect(found.length, `${row.id}: ${request.obligationCode} listed more than once`).toBeLessThanOrEqual(1);
  return found[0] as CaseAnswer | undefined;
}

function caseTest(row: ApplicabilityCase): void {
  it(`${row.id} ${row.rests}: ${row.case}`, async () => {
    const answer = await answerTo(row);
    expect(differences(row, answer), `${row.id} (${row.rests}) ${row.case} — ${row.obligation} on ${row.asOf}`).toEqual([]);
  });
}

beforeAll(async () => {
  api = await startTestApi({ today: () => TODAY });
  await api.cypher(`${CASE_NODES} DETACH DELETE n`);
  const found = await api.cypher('MATCH (a:Amendment {id: $id}) RETURN properties(a) AS properties', { id: OMNIBUS });
  amendmentFound = (found[0]?.properties as Record<string, unknown> | undefined) ?? null;
  // The rows without omnibusInForce are about a graph where nobody has recorded the Omnibus in force.
  if (amendmentFound?.inForce === true) await ok(CLEAR, { id: OMNIBUS });
});

afterAll(async () => {
  await api.cypher(`${CASE_NODES} DETACH DELETE n`);
  if (amendmentFound) {
    await api.cypher('MERGE (a:Amendment {id: $id}) SET a = $properties', { id: OMNIBUS, properties: amendmentFound });
  } else {
    await api.cypher('MATCH (a:Amendment {id: $id}) DETACH DELETE a', { id: OMNIBUS });
  }
  expect(await api.cypher(`${CASE_NODES} RETURN n.id`)).toEqual([]);
  await api.close();
});

describe('the table itself', () => {
  it('has at least 60 rows with unique ids, each naming a reference obligation', async () => {
    expect(APPLICABILITY_CASES.length).toBeGreaterThanOrEqual(60);
    const ids = APPLICABILITY_CASES.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    const codes = new Set((await api.cypher('MATCH (o:Obligation) RETURN o.code AS code')).map((record) => record.code as string));
    expect(APPLICABILITY_CASES.filter((row) => !codes.has(row.obligation)).map((row) => row.id)).toEqual([]);
  });

  it('names every missing fact of the rules in at least one row where the duty still applies', () => {
    const named = new Set(APPLICABILITY_CASES.flatMap((row) => (row.expect.applies ? row.expect.missingFacts : [])));
    expect(MISSING_FACTS.filter((fact) => !named.has(fact))).toEqual([]);
  });
});

describe('worked cases, nothing recorded in force', () => {
  for (const row of APPLICABILITY_CASES.filter((candidate) => !candidate.omnibusInForce)) caseTest(row);
});

// One describe per Omnibus record the rows ask under.
const records = new Map<string, ApplicabilityCase[]>();
for (const row of APPLICABILITY_CASES) {
  if (!row.omnibusInForce) continue;
  const key = JSON.stringify(row.omnibusInForce);
  records.set(key, [...(records.get(key) ?? []), row]);
}
for (const [key, rows] of records) {
  const record = JSON.parse(key) as { since: string; officialJournal: string };
  describe(`worked cases, Digital Omnibus recorded in force since ${record.since}`, () => {
    beforeAll(async () => {
      const { data } = await ok(RECORD, { id: OMNIBUS, since: record.since, journal: record.officialJournal });
      expect(data.recordAmendmentInForce).toMatchObject({ inForce: true, inForceSince: record.since });
    });
    afterAll(async () => {
      await ok(CLEAR, { id: OMNIBUS });
    });
    for (const row of rows) caseTest(row);
  });
}
