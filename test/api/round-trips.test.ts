import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';

// 120 AI systems of this test's own, each using two models from one of five vendors, each owned by
// one of four people in a team: enough that per-row queries would show.
const SYSTEMS = 120;
let api: TestApi;
let before: string;

beforeAll(async () => {
  api = await startTestApi();
  before = await graphFingerprint(api.driver);
  await api.cypher(
    `CREATE (team:Owner:Team {id: 'owner:rt-team', kind: 'TEAM', name: 'rt team'})
     WITH team
     UNWIND range(0, 3) AS o
     CREATE (:Owner:Person {id: 'owner:rt-person-' + o, kind: 'PERSON', name: 'rt person ' + o})-[:MEMBER_OF]->(team)
     WITH count(*) AS people
     UNWIND range(0, 4) AS v
     CREATE (:Vendor {id: 'vendor:rt-' + v, name: 'rt vendor ' + v})
     WITH count(*) AS vendors
     UNWIND range(0, 9) AS m
     MATCH (vendor:Vendor {id: 'vendor:rt-' + (m % 5)})
     CREATE (:Model {id: 'model:rt-' + m, name: 'rt model ' + m, modelType: 'PREDICTIVE'})-[:SUPPLIED_BY]->(vendor)
     WITH count(*) AS models
     UNWIND range(0, $systems - 1) AS s
     MATCH (m1:Model {id: 'model:rt-' + (s % 10)}), (m2:Model {id: 'model:rt-' + ((s + 3) % 10)}), (owner:Owner {id: 'owner:rt-person-' + (s % 4)})
     CREATE (system:AISystem {id: 'system:rt-' + s, name: 'roundtrip-probe ' + s, roles: ['DEPLOYER'], riskClass: 'MINIMAL', lifecycleStage: 'DEPLOYED'})
     CREATE (system)-[:USES_MODEL]->(m1), (system)-[:USES_MODEL]->(m2), (owner)-[:OWNS]->(system)`,
    { systems: SYSTEMS },
  );
});

afterAll(async () => {
  await api.cypher(
    "MATCH (n) WHERE n.id STARTS WITH 'system:rt-' OR n.id STARTS WITH 'model:rt-' OR n.id STARTS WITH 'vendor:rt-' OR n.id STARTS WITH 'owner:rt-' DETACH DELETE n",
  );
  expect(await graphFingerprint(api.driver)).toBe(before);
  await api.close();
});

const NESTED = `query ($first: Int!) {
  aiSystems(first: $first, filter: {text: "roundtrip-probe"}) {
    totalCount
    nodes {
      id
      models { totalCount nodes { id vendor { id name models { totalCount } } } }
      owner { id teams { nodes { id name } } }
    }
  }
}`;

async function run(first: number) {
  const response = await api.gql<{
    aiSystems: { totalCount: number; nodes: { models: { nodes: { vendor: { id: string } }[] }; owner: { teams: { nodes: unknown[] } } }[] };
  }>(NESTED, { first });
  expect(response.body.errors).toBeUndefined();
  return { data: response.body.data!.aiSystems, queries: Number(response.headers.get('x-cypher-queries')) };
}

describe('round trips', () => {
  it('a three-level nested request over 120 AI systems runs a fixed number of Cypher queries', async () => {
    const few = await run(3);
    const all = await run(SYSTEMS);
    expect(all.data.totalCount).toBe(SYSTEMS);
    expect(all.data.nodes).toHaveLength(SYSTEMS);
    // Every level was really resolved…
    expect(
      all.data.nodes.every(
        (system) => system.models.nodes.length === 2 && system.models.nodes.every((m) => m.vendor.id.startsWith('vendor:rt-')),
      ),
    ).toBe(true);
    expect(all.data.nodes.every((system) => system.owner.teams.nodes.length === 1)).toBe(true);
    // …with one query for the root and one per nested field, however many rows:
    // aiSystems, models, vendor, vendor.models, owner, owner.teams.
    expect(all.queries).toBe(6);
    expect(few.queries).toBe(all.queries);
  });

  it("a framework's provisions, at any depth, come from one query for all frameworks", async () => {
    const response = await api.gql<{ frameworks: { nodes: { id: string; provisions: { totalCount: number } }[] } }>(
      '{ frameworks { nodes { id provisions(first: 1, filter: {kind: [ARTICLE, ANNEX_A_CONTROL]}) { totalCount } } } }',
    );
    const counts = Object.fromEntries(response.body.data!.frameworks.nodes.map((f) => [f.id, f.provisions.totalCount]));
    expect(counts).toEqual({ 'eu-ai-act': 113, iso42001: 38 });
    expect(Number(response.headers.get('x-cypher-queries'))).toBe(2);
  });
});
