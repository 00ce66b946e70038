import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { testConnection } from '../support/neo4j.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

async function cypherIds(query: string, parameters: Record<string, unknown> = {}): Promise<string[]> {
  const result = await api.driver.executeQuery(query, parameters, { database: testConnection().database });
  return result.records.map((record) => record.get('id') as string);
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
  nodes: { id: string }[];
}

async function page(field: string, args: string): Promise<Page> {
  const response = await api.gql<Record<string, Page>>(
    `{ ${field}${args ? `(${args})` : ''} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } } }`,
  );
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data![field]!;
}

/** Pages forwards with `first: size` until the end; returns every id in order. */
async function pageForwards(field: string, size: number, extra = ''): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let guard = 0; guard < 1000; guard += 1) {
    const result: Page = await page(field, `first: ${size}${after ? `, after: "${after}"` : ''}${extra}`);
    totalCount = result.totalCount;
    expect(result.nodes.map((n) => n.id)).toEqual(result.edges.map((e) => e.node.id));
    ids.push(...result.nodes.map((n) => n.id));
    if (!result.pageInfo.hasNextPage) break;
    expect(result.nodes).toHaveLength(size);
    after = result.pageInfo.endCursor;
  }
  return { ids, totalCount };
}

const ROOTS: [string, string][] = [
  ['frameworks', 'Framework'],
  ['provisions', 'Provision'],
  ['obligations', 'Obligation'],
  ['controls', 'Control'],
  ['aiSystems', 'AISystem'],
  ['models', 'Model'],
  ['vendors', 'Vendor'],
  ['owners', 'Owner'],
  ['evidence', 'Evidence'],
];

describe('root connections', () => {
  it.each(ROOTS)('%s pages forwards in small pages, each node exactly once, totalCount exact', async (field, label) => {
    const expected = await cypherIds(`MATCH (n:${label}) RETURN n.id AS id`);
    const { ids, totalCount } = await pageForwards(field, 7);
    expect(totalCount).toBe(expected.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
  });

  it.each(ROOTS)('%s pages backwards with last/before to the same list', async (field) => {
    const forwards = (await pageForwards(field, 500)).ids;
    const backwards: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 1000; guard += 1) {
      const result: Page = await page(field, `last: 6${before ? `, before: "${before}"` : ''}`);
      backwards.unshift(...result.nodes.map((n) => n.id));
      if (!result.pageInfo.hasPreviousPage) break;
      before = result.pageInfo.startCursor;
    }
    expect(backwards).toEqual(forwards);
  });

  it('defaults to 50 per page', async () => {
    const result = await page('provisions', '');
    expect(result.nodes).toHaveLength(50);
    expect(result.pageInfo.hasNextPage).toBe(true);
  });

  it('accepts 500 and refuses 501, or a negative page size, as BAD_USER_INPUT naming the argument', async () => {
    expect((await page('provisions', 'first: 500')).nodes.length).toBeGreaterThan(100);
    for (const args of ['first: 501', 'last: 1000', 'first: -1']) {
      const response = await api.gql(`{ provisions(${args}) { totalCount } }`);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: args.split(':')[0] });
      expect(response.body.data).toBeNull();
    }
  });

  it('refuses a cursor it did not give out', async () => {
    const response = await api.gql('{ aiSystems(after: "not-a-cursor") { totalCount } }');
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('keeps cursors valid while the data does not change', async () => {
    const first = await page('obligations', 'first: 10');
    const again = await page('obligations', `first: 5, after: "${first.edges[4]!.cursor}"`);
    expect(again.nodes.map((n) => n.id)).toEqual(first.nodes.slice(5).map((n) => n.id));
  });
});

describe('orderings', () => {
  const cases: [string, string, string, string][] = [
    ['aiSystems', 'NAME', 'name', 'AISystem'],
    ['aiSystems', 'RISK_CLASS', 'riskClass', 'AISystem'],
    ['obligations', 'APPLIES_FROM', 'appliesFrom', 'Obligation'],
    ['obligations', 'RISK_CLASS', 'riskClass', 'Obligation'],
    ['provisions', 'REF', 'ref', 'Provision'],
    ['evidence', 'VALID_UNTIL', 'validUntil', 'Evidence'],
    ['controls', 'IMPLEMENTATION_STATUS', 'implementationStatus', 'Control'],
    ['owners', 'KIND', 'kind', 'Owner'],
    ['vendors', 'COUNTRY', 'country', 'Vendor'],
    ['models', 'MODEL_TYPE', 'modelType', 'Model'],
  ];
  it.each(cases)('%s by %s, both directions, ties broken by id, small pages never overlap', async (field, orderField, property, label) => {
    for (const direction of ['ASC', 'DESC'] as const) {
      const expected = await cypherIds(`MATCH (n:${label}) RETURN n.id AS id ORDER BY n.${property} ${direction}, n.id ASC`);
      const { ids } = await pageForwards(field, 4, `, orderBy: {field: ${orderField}, direction: ${direction}}`);
      expect(ids).toEqual(expected);
    }
  });
});

describe('filters', () => {
  const cases: [string, string, string, Record<string, unknown>][] = [
    [
      'provisions',
      'filter: {framework: "eu-ai-act", kind: [ARTICLE]}',
      "MATCH (n:Provision {framework: 'eu-ai-act', kind: 'ARTICLE'}) RETURN n.id AS id",
      {},
    ],
    [
      'provisions',
      'filter: {parent: "iso42001:A.6.2-objective"}',
      "MATCH (n)-[:PART_OF]->(:Provision {id: 'iso42001:A.6.2-objective'}) RETURN n.id AS id",
      {},
    ],
    [
      'provisions',
      'filter: {text: "risk"}',
      "MATCH (n:Provision) WHERE toLower(n.title) CONTAINS 'risk' OR toLower(n.ref) CONTAINS 'risk' RETURN n.id AS id",
      {},
    ],
    [
      'aiSystems',
      'filter: {riskClass: [HIGH_RISK], role: PROVIDER}',
      "MATCH (n:AISystem {riskClass: 'HIGH_RISK'}) WHERE 'PROVIDER' IN n.roles RETURN n.id AS id",
      {},
    ],
    [
      'aiSystems',
      'filter: {vendor: "vendor:halvard-ai"}',
      `MATCH (n:AISystem) WHERE EXISTS { (n)-[:SUPPLIED_BY]->(:Vendor {id: 'vendor:halvard-ai'}) }
         OR EXISTS { (n)-[:USES_MODEL]->(:Model)-[:SUPPLIED_BY]->(:Vendor {id: 'vendor:halvard-ai'}) } RETURN n.id AS id`,
      {},
    ],
    [
      'aiSystems',
      'filter: {owner: "owner:ines-duarte"}',
      "MATCH (:Owner {id: 'owner:ines-duarte'})-[:OWNS]->(n:AISystem) RETURN n.id AS id",
      {},
    ],
    [
      'aiSystems',
      'filter: {text: "CREDIT"}',
      "MATCH (n:AISystem) WHERE toLower(n.name + ' ' + coalesce(n.description, '') + ' ' + coalesce(n.intendedPurpose, '')) CONTAINS 'credit' RETURN n.id AS id",
      {},
    ],
    [
      'obligations',
      'filter: {role: DEPLOYER, riskClass: [HIGH_RISK], appliesBy: "2026-08-02"}',
      "MATCH (n:Obligation {riskClass: 'HIGH_RISK'}) WHERE 'DEPLOYER' IN n.roles AND n.appliesFrom <= date('2026-08-02') RETURN n.id AS id",
      {},
    ],
    [
      'obligations',
      'filter: {appliesBy: "2025-12-31"}',
      "MATCH (n:Obligation) WHERE n.appliesFrom <= date('2025-12-31') RETURN n.id AS id",
      {},
    ],
    [
      'evidence',
      'filter: {freshness: [EXPIRED]}',
      'MATCH (n:Evidence) WHERE n.validUntil < date($today) RETURN n.id AS id',
      { today: new Date().toISOString().slice(0, 10) },
    ],
    [
      'evidence',
      'filter: {freshness: [EXPIRING], control: "control:GOV-06"}',
      "MATCH (n:Evidence)-[:SUPPORTS]->(:Control {id: 'control:GOV-06'}) WHERE date($today) <= n.validUntil <= date($today) + duration({days: 30}) RETURN n.id AS id",
      { today: new Date().toISOString().slice(0, 10) },
    ],
    [
      'controls',
      'filter: {aiSystem: "system:credit-scoring", implementationStatus: [PLANNED]}',
      "MATCH (n:Control {implementationStatus: 'PLANNED'})-[:GOVERNS]->(:AISystem {id: 'system:credit-scoring'}) RETURN n.id AS id",
      {},
    ],
    [
      'controls',
      'filter: {satisfies: "iso42001:A.6.2.4"}',
      "MATCH (n:Control)-[:SATISFIES]->({id: 'iso42001:A.6.2.4'}) RETURN n.id AS id",
      {},
    ],
    [
      'models',
      'filter: {vendor: "vendor:halvard-ai"}',
      "MATCH (n:Model)-[:SUPPLIED_BY]->(:Vendor {id: 'vendor:halvard-ai'}) RETURN n.id AS id",
      {},
    ],
    ['owners', 'filter: {kind: TEAM}', "MATCH (n:Owner {kind: 'TEAM'}) RETURN n.id AS id", {}],
  ];
  it.each(cases)('%s(%s) returns exactly what the graph holds', async (field, args, cypher, parameters) => {
    const expected = await cypherIds(cypher, parameters);
    expect(expected.length, 'the demo data should make this filter non-trivial').toBeGreaterThan(0);
    const result = await page(field, `first: 500, ${args}`);
    expect(result.totalCount).toBe(expected.length);
    expect(result.nodes.map((n) => n.id).sort()).toEqual([...new Set(expected)].sort());
  });

  it('rejects an invalid enum value or date as a validation error, and runs nothing', async () => {
    const badEnum = await api.gql('{ aiSystems(filter: {riskClass: [SOMEWHAT_RISKY]}) { totalCount } }');
    expect(badEnum.status).toBe(400);
    expect(badEnum.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badDate = await api.gql('{ obligations(filter: {appliesBy: "2026-02-30"}) { totalCount } }');
    expect(badDate.body.errors?.[0]?.message).toMatch(/Date must be a calendar date/);
  });
});

describe('nested connections', () => {
  it('page like root connections, per parent', async () => {
    const all = await api.gql<{ node: { children: Page } }>(
      '{ node(id: "eu-ai-act:chapter-iii:section-3") { ... on Provision { children(first: 500) { totalCount nodes { id } } } } }',
    );
    const expected = (all.body.data!.node.children.nodes as { id: string }[]).map((n) => n.id);
    expect(expected).toHaveLength(12);
    const collected: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const response: Awaited<ReturnType<typeof api.gql<{ node: { children: Page } }>>> = await api.gql<{ node: { children: Page } }>(
        `{ node(id: "eu-ai-act:chapter-iii:section-3") { ... on Provision { children(first: 5${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } } }`,
      );
      const children: Page = response.body.data!.node.children;
      expect(children.totalCount).toBe(12);
      collected.push(...children.nodes.map((n) => n.id));
      if (!children.pageInfo.hasNextPage) break;
      after = children.pageInfo.endCursor;
    }
    expect(collected).toEqual(expected);
  });
});
