import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefused, startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint, testConnection } from '../support/neo4j.js';

// `neighborhood` and `paths` over real HTTP on a small graph of this file's own (ids containing
// ":t-sub-"), not linked to anything loaded, so every answer can be worked out by hand. Everything
// created here is removed afterwards and the graph ends as it began.
//
//   vendor:t-sub-v ◄─SUPPLIED_BY─ model:t-sub-m1 ◄─FINE_TUNED_FROM─ model:t-sub-m3
//         ▲                          ▲                                 ▲
//   SUPPLIED_BY                 USES_MODEL                        USES_MODEL
//   model:t-sub-m2              system:t-sub-s1                   system:t-sub-s2
//                         owner:t-sub-o OWNS s1 and s2; control:T-SUB-1 GOVERNS s1 and s2

let api: TestApi;
let loadedGraph: string;

beforeAll(async () => {
  api = await startTestApi();
  loadedGraph = await graphFingerprint(api.driver);
  await api.driver.executeQuery(
    `CREATE (v:Vendor {id: 'vendor:t-sub-v', name: 'Sub Vendor'})
     CREATE (m1:Model {id: 'model:t-sub-m1', name: 'Sub M1', modelType: 'GPAI'})-[:SUPPLIED_BY]->(v)
     CREATE (:Model {id: 'model:t-sub-m2', name: 'Sub M2', modelType: 'GPAI'})-[:SUPPLIED_BY]->(v)
     CREATE (m3:Model {id: 'model:t-sub-m3', name: 'Sub M3', modelType: 'GPAI'})-[:FINE_TUNED_FROM]->(m1)
     CREATE (s1:AISystem {id: 'system:t-sub-s1', name: 'Sub S1', roles: ['DEPLOYER'], riskClass: 'MINIMAL', lifecycleStage: 'DEPLOYED'})-[:USES_MODEL]->(m1)
     CREATE (s2:AISystem {id: 'system:t-sub-s2', name: 'Sub S2', roles: ['DEPLOYER'], riskClass: 'MINIMAL', lifecycleStage: 'DEPLOYED'})-[:USES_MODEL]->(m3)
     CREATE (o:Owner:Person {id: 'owner:t-sub-o', kind: 'PERSON', name: 'Sub Owner'})-[:OWNS]->(s1)
     CREATE (o)-[:OWNS]->(s2)
     CREATE (k:Control {id: 'control:T-SUB-1', code: 'T-SUB-1', name: 'Sub control'})-[:GOVERNS]->(s1)
     CREATE (k)-[:GOVERNS]->(s2)`,
    {},
    { database: testConnection().database },
  );
});

afterAll(async () => {
  await api.driver.executeQuery(
    "MATCH (n) WHERE toLower(n.id) CONTAINS ':t-sub-' DETACH DELETE n",
    {},
    { database: testConnection().database },
  );
  expect(await graphFingerprint(api.driver)).toEqual(loadedGraph);
  await api.close();
});

interface Subgraph {
  nodes: { id: string; kind: string; label: string }[];
  edges: { id: string; source: string; target: string; type: string; relationship: string | null; strength: number | null }[];
  truncated: boolean;
}

const SUBGRAPH = 'nodes { id kind label } edges { id source target type relationship strength } truncated';
const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $kinds: [NodeKind!], $limit: Int) { neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: $limit) { ${SUBGRAPH} } }`;
const PATHS = `query ($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) { paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) { ${SUBGRAPH} } }`;

async function neighborhood(variables: Record<string, unknown>) {
  const response = await api.gql<{ neighborhood: Subgraph }>(NEIGHBORHOOD, variables);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return { ...response.body.data!.neighborhood, queries: Number(response.headers.get('x-cypher-queries')) };
}
async function paths(variables: Record<string, unknown>) {
  const response = await api.gql<{ paths: Subgraph }>(PATHS, variables);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return { ...response.body.data!.paths, queries: Number(response.headers.get('x-cypher-queries')) };
}
const refused = (query: string, variables: Record<string, unknown>, code: string, field: string) =>
  expectRefused(api, query, variables, code, field);

const ids = (subgraph: Subgraph) => subgraph.nodes.map((node) => node.id);
const edgeIds = (subgraph: Subgraph) => subgraph.edges.map((edge) => edge.id);

const V = 'vendor:t-sub-v';
const M1 = 'model:t-sub-m1';
const M2 = 'model:t-sub-m2';
const M3 = 'model:t-sub-m3';
const S1 = 'system:t-sub-s1';
const S2 = 'system:t-sub-s2';
const O = 'owner:t-sub-o';
const K = 'control:T-SUB-1';

describe('neighborhood', () => {
  it('depth 1: the node and its neighbours, with the edges among them, ready for Cytoscape', async () => {
    const result = await neighborhood({ id: V });
    expect(result.nodes).toEqual([
      { id: V, kind: 'VENDOR', label: 'Sub Vendor' },
      { id: M1, kind: 'MODEL', label: 'Sub M1' },
      { id: M2, kind: 'MODEL', label: 'Sub M2' },
    ]);
    expect(result.edges).toEqual([
      { id: `${M1}-SUPPLIED_BY->${V}`, source: M1, target: V, type: 'SUPPLIED_BY', relationship: null, strength: null },
      { id: `${M2}-SUPPLIED_BY->${V}`, source: M2, target: V, type: 'SUPPLIED_BY', relationship: null, strength: null },
    ]);
    expect(result.truncated).toBe(false);
  });

  it('depth 2 and 3: nearest first, then by id; every edge among the nodes returned', async () => {
    const two = await neighborhood({ id: V, depth: 2 });
    expect(ids(two)).toEqual([V, M1, M2, M3, S1]);
    expect(edgeIds(two)).toEqual([
      `${M1}-SUPPLIED_BY->${V}`,
      `${M2}-SUPPLIED_BY->${V}`,
      `${M3}-FINE_TUNED_FROM->${M1}`,
      `${S1}-USES_MODEL->${M1}`,
    ]);
    expect(two.truncated).toBe(false);
    // One query per level, then the edges.
    expect(two.queries).toBe(3);

    const three = await neighborhood({ id: V, depth: 3 });
    expect(ids(three)).toEqual([V, M1, M2, M3, S1, K, O, S2]);
    // Edges among the nodes returned, not only those the walk took: the control governs both systems.
    expect(edgeIds(three)).toEqual([
      `${K}-GOVERNS->${S1}`,
      `${K}-GOVERNS->${S2}`,
      `${M1}-SUPPLIED_BY->${V}`,
      `${M2}-SUPPLIED_BY->${V}`,
      `${M3}-FINE_TUNED_FROM->${M1}`,
      `${O}-OWNS->${S1}`,
      `${O}-OWNS->${S2}`,
      `${S1}-USES_MODEL->${M1}`,
      `${S2}-USES_MODEL->${M3}`,
    ]);
    expect(three.nodes.find((node) => node.id === K)).toEqual({ id: K, kind: 'CONTROL', label: 'T-SUB-1 Sub control' });
  });

  it('kinds: the walk passes through those kinds only; the start node is always there', async () => {
    expect(ids(await neighborhood({ id: V, depth: 3, kinds: ['MODEL'] }))).toEqual([V, M1, M2, M3]);
    // Systems are two hops away, through models, which are not walked through.
    const systemsOnly = await neighborhood({ id: V, depth: 3, kinds: ['AI_SYSTEM'] });
    expect(ids(systemsOnly)).toEqual([V]);
    expect(systemsOnly.edges).toEqual([]);
    expect(ids(await neighborhood({ id: S1, depth: 2, kinds: ['AI_SYSTEM', 'OWNER', 'CONTROL'] }))).toEqual([S1, K, O, S2]);
  });

  it('limit keeps the nearest nodes and says when more were within reach', async () => {
    const three = await neighborhood({ id: V, depth: 2, limit: 3 });
    expect(ids(three)).toEqual([V, M1, M2]);
    expect(three.truncated).toBe(true);
    const four = await neighborhood({ id: V, depth: 2, limit: 4 });
    expect(ids(four)).toEqual([V, M1, M2, M3]);
    expect(edgeIds(four)).toEqual([`${M1}-SUPPLIED_BY->${V}`, `${M2}-SUPPLIED_BY->${V}`, `${M3}-FINE_TUNED_FROM->${M1}`]);
    expect(four.truncated).toBe(true);
    // Exactly as many as there are: nothing cut.
    const five = await neighborhood({ id: V, depth: 2, limit: 5 });
    expect(ids(five)).toEqual([V, M1, M2, M3, S1]);
    expect(five.truncated).toBe(false);
    // The limit is reached at depth 2 but depth 3 has more.
    expect((await neighborhood({ id: V, depth: 3, limit: 5 })).truncated).toBe(true);
    expect(ids(await neighborhood({ id: V, depth: 3, limit: 1 }))).toEqual([V]);
  });

  it('answers on the demo data in a few queries', async () => {
    const result = await neighborhood({ id: 'vendor:halvard-ai', depth: 2 });
    expect(ids(result)).toEqual(
      expect.arrayContaining([
        'vendor:halvard-ai',
        'model:halvard-large-3',
        'model:veldmark-docreader',
        'system:cv-screening',
        'system:customer-chatbot',
      ]),
    );
    const returned = new Set(ids(result));
    expect(result.edges.every((edge) => returned.has(edge.source) && returned.has(edge.target))).toBe(true);
    expect(result.queries).toBe(3);
  });

  it('refuses an unknown id and arguments out of range, naming the argument', async () => {
    await refused(NEIGHBORHOOD, { id: 'vendor:t-sub-nobody' }, 'NOT_FOUND', 'id');
    await refused(NEIGHBORHOOD, { id: V, depth: 0 }, 'BAD_USER_INPUT', 'depth');
    await refused(NEIGHBORHOOD, { id: V, depth: 5 }, 'BAD_USER_INPUT', 'depth');
    await refused(NEIGHBORHOOD, { id: V, limit: 0 }, 'BAD_USER_INPUT', 'limit');
    await refused(NEIGHBORHOOD, { id: V, limit: 2001 }, 'BAD_USER_INPUT', 'limit');
  });
});

describe('paths', () => {
  // From s2 to the vendor there are exactly three trails of at most 6 edges:
  //   s2 → m3 → m1 → v (3), s2 ← control → s1 → m1 → v (4), s2 ← owner → s1 → m1 → v (4).
  const viaModels = [S2, M3, M1, V];

  it('merges the shortest paths into one subgraph, nodes and edges once each, in path order', async () => {
    const result = await paths({ from: S2, to: V });
    expect(ids(result)).toEqual([...viaModels, K, S1, O]);
    expect(edgeIds(result)).toEqual([
      `${S2}-USES_MODEL->${M3}`,
      `${M3}-FINE_TUNED_FROM->${M1}`,
      `${M1}-SUPPLIED_BY->${V}`,
      `${K}-GOVERNS->${S2}`,
      `${K}-GOVERNS->${S1}`,
      `${S1}-USES_MODEL->${M1}`,
      `${O}-OWNS->${S2}`,
      `${O}-OWNS->${S1}`,
    ]);
    expect(result.truncated).toBe(false);
    expect(result.queries).toBe(1);
  });

  it('limit keeps the shortest paths (then the first by ids) and says when there were more', async () => {
    const one = await paths({ from: S2, to: V, limit: 1 });
    expect(ids(one)).toEqual(viaModels);
    expect(one.edges).toHaveLength(3);
    expect(one.truncated).toBe(true);
    // Of the two four-edge paths, the one through control:… comes before the one through owner:….
    const two = await paths({ from: S2, to: V, limit: 2 });
    expect(ids(two)).toEqual([...viaModels, K, S1]);
    expect(two.truncated).toBe(true);
    expect((await paths({ from: S2, to: V, limit: 3 })).truncated).toBe(false);
  });

  it('maxLength bounds the paths; none within reach gives an empty subgraph; a node to itself is the node', async () => {
    const short = await paths({ from: S2, to: V, maxLength: 3 });
    expect(ids(short)).toEqual(viaModels);
    expect(short.truncated).toBe(false);
    const none = await paths({ from: S2, to: V, maxLength: 2 });
    expect(none).toMatchObject({ nodes: [], edges: [], truncated: false });
    const itself = await paths({ from: S2, to: S2 });
    expect(itself).toMatchObject({ nodes: [{ id: S2, kind: 'AI_SYSTEM', label: 'Sub S2' }], edges: [], truncated: false });
    // Either way round, the same nodes.
    expect(new Set(ids(await paths({ from: V, to: S2 })))).toEqual(new Set([...viaModels, K, S1, O]));
  });

  it('finds a path on the demo data: the vendor to an obligation, through a system and its control', async () => {
    const result = await paths({ from: 'vendor:halvard-ai', to: 'obligation:OBL-PROV-HR-RMS', limit: 1 });
    expect(result.nodes[0]!.id).toBe('vendor:halvard-ai');
    expect(result.nodes.at(-1)!.id).toBe('obligation:OBL-PROV-HR-RMS');
    expect(result.edges).toHaveLength(result.nodes.length - 1);
  });

  it('refuses unknown ids and arguments out of range, naming the argument', async () => {
    await refused(PATHS, { from: 'vendor:t-sub-nobody', to: V }, 'NOT_FOUND', 'from');
    await refused(PATHS, { from: V, to: 'system:t-sub-nothing' }, 'NOT_FOUND', 'to');
    await refused(PATHS, { from: S2, to: V, maxLength: 0 }, 'BAD_USER_INPUT', 'maxLength');
    await refused(PATHS, { from: S2, to: V, maxLength: 9 }, 'BAD_USER_INPUT', 'maxLength');
    await refused(PATHS, { from: S2, to: V, limit: 0 }, 'BAD_USER_INPUT', 'limit');
    await refused(PATHS, { from: S2, to: V, limit: 51 }, 'BAD_USER_INPUT', 'limit');
  });
});
