import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';

// `impact` over real HTTP on a small graph of this file's own (ids containing ":t-imp-"), whose
// answers are worked out by hand below, paths included. The database is shared with files that check
// the loaded data exactly: everything created here is removed afterwards and the graph ends as it
// began. The test controls link to real reference obligations and articles (eu-ai-act:art-4 has two
// obligations derived from it, OBL-PROV-ALL-LITERACY and OBL-DEP-ALL-LITERACY).
//
//   vendor:t-imp-v ◄─SUPPLIED_BY─ model:t-imp-base ◄─FINE_TUNED_FROM─ model:t-imp-tuned ◄─FINE_TUNED_FROM─ model:t-imp-tuned2
//         ▲                           ▲                                  ▲    ▲                                 ▲
//   SUPPLIED_BY                  USES_MODEL                       USES_MODEL  USES_MODEL                    USES_MODEL
//   system:t-imp-b              system:t-imp-d ─────────────────────────┘     system:t-imp-a                system:t-imp-c
//   (USES_MODEL model:t-imp-x ─SUPPLIED_BY→ vendor:t-imp-w, which system:t-imp-e also uses)
//
//   control:T-IMP-1 GOVERNS a, d; SATISFIES OBL-PROV-HR-LOGGING (EQUAL 9)
//   control:T-IMP-2 GOVERNS c;    SATISFIES eu-ai-act:art-4 (SUPERSET_OF 6)
//   control:T-IMP-3 GOVERNS e;    SATISFIES OBL-PROV-HR-TECHDOC (EQUAL 9)     (never reached from v)
//   control:T-IMP-4 GOVERNS b;    SATISFIES OBL-PROV-HR-LOGGING (SUBSET_OF 7)
//   evidence:t-imp-e1 SUPPORTS 1; evidence:t-imp-e2 SUPPORTS 1 and 2; evidence:t-imp-e3 SUPPORTS 3
//   owner:t-imp-olga OWNS a and control 1; owner:t-imp-team OWNS control 2 (owner:t-imp-piet is a member);
//   owner:t-imp-bo OWNS b; owner:t-imp-eve OWNS e1 and e2; owner:t-imp-x OWNS e

let api: TestApi;
let loadedGraph: string;

beforeAll(async () => {
  api = await startTestApi();
  loadedGraph = await graphFingerprint(api.driver);
  await api.cypher(
    `CREATE (v:Vendor {id: 'vendor:t-imp-v', name: 'Imp Vendor'}), (w:Vendor {id: 'vendor:t-imp-w', name: 'Imp Other Vendor'})
     CREATE (base:Model {id: 'model:t-imp-base', name: 'Imp Base', modelType: 'GPAI'})-[:SUPPLIED_BY]->(v)
     CREATE (tuned:Model {id: 'model:t-imp-tuned', name: 'Imp Tuned', modelType: 'GPAI'})-[:FINE_TUNED_FROM]->(base)
     CREATE (tuned2:Model {id: 'model:t-imp-tuned2', name: 'Imp Tuned 2', modelType: 'GPAI'})-[:FINE_TUNED_FROM]->(tuned)
     CREATE (x:Model {id: 'model:t-imp-x', name: 'Imp X', modelType: 'CLASSIFIER'})-[:SUPPLIED_BY]->(w)
     WITH v, base, tuned, tuned2, x
     UNWIND ['a', 'b', 'c', 'd', 'e'] AS key
     CREATE (:AISystem {id: 'system:t-imp-' + key, name: 'Imp system ' + key, roles: ['DEPLOYER'], riskClass: 'HIGH_RISK', lifecycleStage: 'DEPLOYED'})
     WITH DISTINCT v, base, tuned, tuned2, x
     MATCH (a:AISystem {id: 'system:t-imp-a'}), (b:AISystem {id: 'system:t-imp-b'}), (c:AISystem {id: 'system:t-imp-c'}),
           (d:AISystem {id: 'system:t-imp-d'}), (e:AISystem {id: 'system:t-imp-e'})
     CREATE (a)-[:USES_MODEL]->(tuned), (b)-[:SUPPLIED_BY]->(v), (b)-[:USES_MODEL]->(x), (c)-[:USES_MODEL]->(tuned2),
            (d)-[:USES_MODEL]->(base), (d)-[:USES_MODEL]->(tuned), (e)-[:USES_MODEL]->(x)
     WITH a, b, c, d, e
     CREATE (k1:Control {id: 'control:T-IMP-1', code: 'T-IMP-1', name: 'Imp logging control'}),
            (k2:Control {id: 'control:T-IMP-2', code: 'T-IMP-2', name: 'Imp literacy control'}),
            (k3:Control {id: 'control:T-IMP-3', code: 'T-IMP-3', name: 'Imp documentation control'}),
            (k4:Control {id: 'control:T-IMP-4', code: 'T-IMP-4', name: 'Imp bought-in logging control'})
     CREATE (k1)-[:GOVERNS]->(a), (k1)-[:GOVERNS]->(d), (k2)-[:GOVERNS]->(c), (k3)-[:GOVERNS]->(e), (k4)-[:GOVERNS]->(b)
     WITH a, b, e, k1, k2, k3, k4
     MATCH (logging:Obligation {id: 'obligation:OBL-PROV-HR-LOGGING'}), (techdoc:Obligation {id: 'obligation:OBL-PROV-HR-TECHDOC'}),
           (art4:Provision {id: 'eu-ai-act:art-4'})
     CREATE (k1)-[:SATISFIES {relationship: 'EQUAL', strength: 9, rationale: 'test'}]->(logging),
            (k2)-[:SATISFIES {relationship: 'SUPERSET_OF', strength: 6, rationale: 'test'}]->(art4),
            (k3)-[:SATISFIES {relationship: 'EQUAL', strength: 9, rationale: 'test'}]->(techdoc),
            (k4)-[:SATISFIES {relationship: 'SUBSET_OF', strength: 7, rationale: 'test'}]->(logging)
     CREATE (e1:Evidence {id: 'evidence:t-imp-e1', title: 'Imp evidence 1', kind: 'LOG_EXTRACT', collectedOn: date('2026-01-01'), validUntil: date('2099-01-01')})-[:SUPPORTS]->(k1)
     CREATE (e2:Evidence {id: 'evidence:t-imp-e2', title: 'Imp evidence 2', kind: 'POLICY', collectedOn: date('2026-01-01'), validUntil: date('2099-01-01')})-[:SUPPORTS]->(k1)
     CREATE (e2)-[:SUPPORTS]->(k2)
     CREATE (:Evidence {id: 'evidence:t-imp-e3', title: 'Imp evidence 3', kind: 'POLICY', collectedOn: date('2026-01-01'), validUntil: date('2099-01-01')})-[:SUPPORTS]->(k3)
     CREATE (olga:Owner:Person {id: 'owner:t-imp-olga', kind: 'PERSON', name: 'Imp Olga'})-[:OWNS]->(a)
     CREATE (olga)-[:OWNS]->(k1)
     CREATE (team:Owner:Team {id: 'owner:t-imp-team', kind: 'TEAM', name: 'Imp Team'})-[:OWNS]->(k2)
     CREATE (:Owner:Person {id: 'owner:t-imp-piet', kind: 'PERSON', name: 'Imp Piet'})-[:MEMBER_OF]->(team)
     CREATE (:Owner:Person {id: 'owner:t-imp-bo', kind: 'PERSON', name: 'Imp Bo'})-[:OWNS]->(b)
     CREATE (eve:Owner:Person {id: 'owner:t-imp-eve', kind: 'PERSON', name: 'Imp Eve'})-[:OWNS]->(e1)
     CREATE (eve)-[:OWNS]->(e2)
     CREATE (:Owner:Person {id: 'owner:t-imp-x', kind: 'PERSON', name: 'Imp X'})-[:OWNS]->(e)`,
  );
});

afterAll(async () => {
  await api.cypher("MATCH (n) WHERE toLower(n.id) CONTAINS ':t-imp-' DETACH DELETE n");
  expect(await graphFingerprint(api.driver)).toEqual(loadedGraph);
  await api.close();
});

const IMPACT = `query ($of: ID!, $maxDepth: Int, $limit: Int) {
  impact(of: $of, maxDepth: $maxDepth, limit: $limit) {
    of { id }
    counts { aiSystems obligations controls evidence owners }
    truncated
    aiSystems { ...item }
    obligations { ...item relationship coverage strength }
    controls { ...item }
    evidence { ...item }
    owners { ...item }
  }
}
fragment item on ImpactedNode { node { id __typename } path { nodes { id kind } edges { id source target type } } }`;

interface Item {
  node: { id: string; __typename: string };
  path: { nodes: { id: string; kind: string }[]; edges: { id: string; source: string; target: string; type: string }[] };
  relationship?: string | null;
  coverage?: string | null;
  strength?: number | null;
}
interface ImpactData {
  of: { id: string };
  counts: Record<'aiSystems' | 'obligations' | 'controls' | 'evidence' | 'owners', number>;
  truncated: boolean;
  aiSystems: Item[];
  obligations: Item[];
  controls: Item[];
  evidence: Item[];
  owners: Item[];
}

async function impact(of: string, args: { maxDepth?: number; limit?: number } = {}) {
  const response = await api.gql<{ impact: ImpactData }>(IMPACT, { of, ...args });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return { data: response.body.data!.impact, queries: Number(response.headers.get('x-cypher-queries')) };
}

/** A path written as "a > b > c", its edges by their ids. */
const chain = (item: Item) => item.path.nodes.map((node) => node.id).join(' > ');
const edges = (item: Item) => item.path.edges.map((edge) => edge.id);
const ids = (items: Item[]) => items.map((item) => item.node.id);

const V = 'vendor:t-imp-v';
const BASE = 'model:t-imp-base';
const TUNED = 'model:t-imp-tuned';
const TUNED2 = 'model:t-imp-tuned2';
const LOGGING = 'obligation:OBL-PROV-HR-LOGGING';

describe('impact of a vendor', () => {
  it('reaches systems bought from it directly and built on its models, fine-tuned at any depth, each by its shortest path', async () => {
    const { data } = await impact(V);
    expect(data.of.id).toBe(V);
    expect(ids(data.aiSystems)).toEqual(['system:t-imp-b', 'system:t-imp-d', 'system:t-imp-a', 'system:t-imp-c']);
    const [b, d, a, c] = data.aiSystems as [Item, Item, Item, Item];
    // Bought from the vendor: one edge.
    expect(chain(b)).toBe(`${V} > system:t-imp-b`);
    expect(b.path.edges).toEqual([{ id: `system:t-imp-b-SUPPLIED_BY->${V}`, source: 'system:t-imp-b', target: V, type: 'SUPPLIED_BY' }]);
    // Uses the base model and the tuned one: the shorter way, through the base model.
    expect(chain(d)).toBe(`${V} > ${BASE} > system:t-imp-d`);
    expect(edges(d)).toEqual([`${BASE}-SUPPLIED_BY->${V}`, `system:t-imp-d-USES_MODEL->${BASE}`]);
    // Vendor → model → fine-tuned model → system.
    expect(chain(a)).toBe(`${V} > ${BASE} > ${TUNED} > system:t-imp-a`);
    expect(edges(a)).toEqual([`${BASE}-SUPPLIED_BY->${V}`, `${TUNED}-FINE_TUNED_FROM->${BASE}`, `system:t-imp-a-USES_MODEL->${TUNED}`]);
    expect(a.path.nodes.map((node) => node.kind)).toEqual(['VENDOR', 'MODEL', 'MODEL', 'AI_SYSTEM']);
    // A fine-tune of a fine-tune: four edges.
    expect(chain(c)).toBe(`${V} > ${BASE} > ${TUNED} > ${TUNED2} > system:t-imp-c`);
    expect(edges(c)).toEqual([
      `${BASE}-SUPPLIED_BY->${V}`,
      `${TUNED}-FINE_TUNED_FROM->${BASE}`,
      `${TUNED2}-FINE_TUNED_FROM->${TUNED}`,
      `system:t-imp-c-USES_MODEL->${TUNED2}`,
    ]);
    expect(data.aiSystems.every((item) => item.node.__typename === 'AISystem')).toBe(true);
  });

  it('lists the controls governing those systems, their evidence, the owners and the obligations the controls cover', async () => {
    const { data, queries } = await impact(V);
    expect(data.counts).toEqual({ aiSystems: 4, obligations: 3, controls: 3, evidence: 2, owners: 3 });
    expect(data.truncated).toBe(false);

    expect(data.controls.map((item) => [item.node.id, chain(item)])).toEqual([
      ['control:T-IMP-4', `${V} > system:t-imp-b > control:T-IMP-4`],
      // Governs a (three edges away) and d (two): through d.
      ['control:T-IMP-1', `${V} > ${BASE} > system:t-imp-d > control:T-IMP-1`],
      ['control:T-IMP-2', `${V} > ${BASE} > ${TUNED} > ${TUNED2} > system:t-imp-c > control:T-IMP-2`],
    ]);
    expect(edges(data.controls[1]!).at(-1)).toBe('control:T-IMP-1-GOVERNS->system:t-imp-d');

    // e2 supports controls 1 and 2: through 1, the nearer. e3 (control 3 governs only e) is not reached.
    expect(data.evidence.map((item) => [item.node.id, chain(item)])).toEqual([
      ['evidence:t-imp-e1', `${V} > ${BASE} > system:t-imp-d > control:T-IMP-1 > evidence:t-imp-e1`],
      ['evidence:t-imp-e2', `${V} > ${BASE} > system:t-imp-d > control:T-IMP-1 > evidence:t-imp-e2`],
    ]);
    expect(edges(data.evidence[1]!).at(-1)).toBe('evidence:t-imp-e2-SUPPORTS->control:T-IMP-1');

    // Owners of the affected systems and of the controls to re-review. Olga owns system a and
    // control 1, both four edges away: the path first by its ids (model:… before system:…) wins.
    // Piet (a member of the team) and Eve (who owns evidence only) are not listed.
    expect(data.owners.map((item) => [item.node.id, chain(item)])).toEqual([
      ['owner:t-imp-bo', `${V} > system:t-imp-b > owner:t-imp-bo`],
      ['owner:t-imp-olga', `${V} > ${BASE} > ${TUNED} > system:t-imp-a > owner:t-imp-olga`],
      ['owner:t-imp-team', `${V} > ${BASE} > ${TUNED} > ${TUNED2} > system:t-imp-c > control:T-IMP-2 > owner:t-imp-team`],
    ]);
    expect(edges(data.owners[1]!).at(-1)).toBe('owner:t-imp-olga-OWNS->system:t-imp-a');

    // Logging: control 4 is nearer (SUBSET_OF 7) but control 1 covers it more strongly (EQUAL 9).
    // Literacy: control 2 SATISFIES Art. 4 (SUPERSET_OF); both obligations derive from Art. 4, a part
    // of it walked backwards, so SUPERSET_OF ∘ SUPERSET_OF = SUPERSET_OF, strength min(6, 10) = 6.
    expect(data.obligations.map((item) => [item.node.id, chain(item), item.relationship, item.coverage, item.strength])).toEqual([
      [LOGGING, `${V} > ${BASE} > system:t-imp-d > control:T-IMP-1 > ${LOGGING}`, 'EQUAL', 'FULL', 9],
      [
        'obligation:OBL-DEP-ALL-LITERACY',
        `${V} > ${BASE} > ${TUNED} > ${TUNED2} > system:t-imp-c > control:T-IMP-2 > eu-ai-act:art-4 > obligation:OBL-DEP-ALL-LITERACY`,
        'SUPERSET_OF',
        'FULL',
        6,
      ],
      [
        'obligation:OBL-PROV-ALL-LITERACY',
        `${V} > ${BASE} > ${TUNED} > ${TUNED2} > system:t-imp-c > control:T-IMP-2 > eu-ai-act:art-4 > obligation:OBL-PROV-ALL-LITERACY`,
        'SUPERSET_OF',
        'FULL',
        6,
      ],
    ]);
    expect(edges(data.obligations[1]!).slice(-2)).toEqual([
      'control:T-IMP-2-SATISFIES->eu-ai-act:art-4',
      'obligation:OBL-DEP-ALL-LITERACY-DERIVED_FROM->eu-ai-act:art-4',
    ]);
    expect(data.obligations.every((item) => item.node.__typename === 'Obligation')).toBe(true);
    // Systems, their controls, then evidence, owners and obligations, then the nodes asked for.
    expect(queries).toBe(6);
  });

  it('maxDepth cuts a chain: at 2 only the system bought in and the one on the base model remain', async () => {
    const { data } = await impact(V, { maxDepth: 2 });
    expect(ids(data.aiSystems)).toEqual(['system:t-imp-b', 'system:t-imp-d']);
    expect(ids(data.controls)).toEqual(['control:T-IMP-4', 'control:T-IMP-1']);
    expect(ids(data.evidence)).toEqual(['evidence:t-imp-e1', 'evidence:t-imp-e2']);
    // System a is out of reach: Olga is now notified as the owner of control 1.
    expect(data.owners.map((item) => [item.node.id, chain(item)])).toEqual([
      ['owner:t-imp-bo', `${V} > system:t-imp-b > owner:t-imp-bo`],
      ['owner:t-imp-olga', `${V} > ${BASE} > system:t-imp-d > control:T-IMP-1 > owner:t-imp-olga`],
    ]);
    expect(ids(data.obligations)).toEqual([LOGGING]);
    expect(data.counts).toEqual({ aiSystems: 2, obligations: 1, controls: 2, evidence: 2, owners: 2 });

    expect(ids((await impact(V, { maxDepth: 1 })).data.aiSystems)).toEqual(['system:t-imp-b']);
    expect(ids((await impact(V, { maxDepth: 3 })).data.aiSystems)).toEqual(['system:t-imp-b', 'system:t-imp-d', 'system:t-imp-a']);
  });

  it('limit cuts each list, nearest first; counts stay complete and truncated says so', async () => {
    const { data } = await impact(V, { limit: 2 });
    expect(ids(data.aiSystems)).toEqual(['system:t-imp-b', 'system:t-imp-d']);
    expect(ids(data.controls)).toEqual(['control:T-IMP-4', 'control:T-IMP-1']);
    expect(ids(data.obligations)).toEqual([LOGGING, 'obligation:OBL-DEP-ALL-LITERACY']);
    expect(data.counts).toEqual({ aiSystems: 4, obligations: 3, controls: 3, evidence: 2, owners: 3 });
    expect(data.truncated).toBe(true);
  });
});

describe('impact of a model, a control and an evidence item', () => {
  it('a model reaches the systems using it or a model fine-tuned from it', async () => {
    const { data } = await impact(TUNED);
    expect(data.aiSystems.map(chain)).toEqual([
      `${TUNED} > system:t-imp-a`,
      `${TUNED} > system:t-imp-d`,
      `${TUNED} > ${TUNED2} > system:t-imp-c`,
    ]);
    expect(edges(data.aiSystems[2]!)).toEqual([`${TUNED2}-FINE_TUNED_FROM->${TUNED}`, `system:t-imp-c-USES_MODEL->${TUNED2}`]);
    expect(ids(data.controls)).toEqual(['control:T-IMP-1', 'control:T-IMP-2']);
    expect(ids((await impact(TUNED, { maxDepth: 1 })).data.aiSystems)).toEqual(['system:t-imp-a', 'system:t-imp-d']);
  });

  it('a control: the systems it governs, itself, its evidence, their owners and what it satisfies', async () => {
    const { data } = await impact('control:T-IMP-1');
    expect(data.aiSystems.map((item) => [chain(item), edges(item)])).toEqual([
      ['control:T-IMP-1 > system:t-imp-a', ['control:T-IMP-1-GOVERNS->system:t-imp-a']],
      ['control:T-IMP-1 > system:t-imp-d', ['control:T-IMP-1-GOVERNS->system:t-imp-d']],
    ]);
    expect(data.controls.map((item) => [chain(item), edges(item)])).toEqual([['control:T-IMP-1', []]]);
    expect(data.evidence.map(chain)).toEqual(['control:T-IMP-1 > evidence:t-imp-e1', 'control:T-IMP-1 > evidence:t-imp-e2']);
    // Olga owns the control itself (one edge) and system a (two).
    expect(data.owners.map(chain)).toEqual(['control:T-IMP-1 > owner:t-imp-olga']);
    expect(data.obligations.map((item) => [chain(item), item.relationship, item.strength])).toEqual([
      [`control:T-IMP-1 > ${LOGGING}`, 'EQUAL', 9],
    ]);
    expect(data.counts).toEqual({ aiSystems: 2, obligations: 1, controls: 1, evidence: 2, owners: 1 });
  });

  it('an evidence item: itself, the controls it supports and what they reach', async () => {
    const { data } = await impact('evidence:t-imp-e2');
    expect(data.controls.map((item) => [chain(item), edges(item)])).toEqual([
      ['evidence:t-imp-e2 > control:T-IMP-1', ['evidence:t-imp-e2-SUPPORTS->control:T-IMP-1']],
      ['evidence:t-imp-e2 > control:T-IMP-2', ['evidence:t-imp-e2-SUPPORTS->control:T-IMP-2']],
    ]);
    // All two edges away: by id.
    expect(data.aiSystems.map(chain)).toEqual([
      'evidence:t-imp-e2 > control:T-IMP-1 > system:t-imp-a',
      'evidence:t-imp-e2 > control:T-IMP-2 > system:t-imp-c',
      'evidence:t-imp-e2 > control:T-IMP-1 > system:t-imp-d',
    ]);
    expect(data.evidence.map(chain)).toEqual(['evidence:t-imp-e2', 'evidence:t-imp-e2 > control:T-IMP-1 > evidence:t-imp-e1']);
    // Eve owns the changed item; Olga owns control 1 (two edges) and system a (three); the team owns control 2.
    expect(data.owners.map(chain)).toEqual([
      'evidence:t-imp-e2 > owner:t-imp-eve',
      'evidence:t-imp-e2 > control:T-IMP-1 > owner:t-imp-olga',
      'evidence:t-imp-e2 > control:T-IMP-2 > owner:t-imp-team',
    ]);
    expect(data.obligations.map((item) => [chain(item), item.relationship])).toEqual([
      [`evidence:t-imp-e2 > control:T-IMP-1 > ${LOGGING}`, 'EQUAL'],
      ['evidence:t-imp-e2 > control:T-IMP-2 > eu-ai-act:art-4 > obligation:OBL-DEP-ALL-LITERACY', 'SUPERSET_OF'],
      ['evidence:t-imp-e2 > control:T-IMP-2 > eu-ai-act:art-4 > obligation:OBL-PROV-ALL-LITERACY', 'SUPERSET_OF'],
    ]);
    expect(data.counts).toEqual({ aiSystems: 3, obligations: 3, controls: 2, evidence: 2, owners: 3 });
  });

  it('an evidence item with maxDepth 1 reaches its controls but no system (two edges away)', async () => {
    const { data } = await impact('evidence:t-imp-e1', { maxDepth: 1 });
    expect(data.aiSystems).toEqual([]);
    expect(data.controls.map(chain)).toEqual(['evidence:t-imp-e1 > control:T-IMP-1']);
    expect(data.evidence.map(chain)).toEqual(['evidence:t-imp-e1', 'evidence:t-imp-e1 > control:T-IMP-1 > evidence:t-imp-e2']);
    expect(data.owners.map(chain)).toEqual([
      'evidence:t-imp-e1 > owner:t-imp-eve',
      'evidence:t-imp-e1 > control:T-IMP-1 > owner:t-imp-olga',
    ]);
  });
});

describe('impact on the demo organisation', () => {
  it('vendor:halvard-ai reaches CV screening through its model and credit scoring and life & health pricing through a fine-tune of it', async () => {
    const { data, queries } = await impact('vendor:halvard-ai');
    const byId = new Map(data.aiSystems.map((item) => [item.node.id, chain(item)]));
    expect(byId.get('system:cv-screening')).toBe('vendor:halvard-ai > model:halvard-large-3 > system:cv-screening');
    expect(byId.get('system:credit-scoring')).toBe(
      'vendor:halvard-ai > model:halvard-large-3 > model:veldmark-docreader > system:credit-scoring',
    );
    expect(byId.get('system:life-health-pricing')).toBe(
      'vendor:halvard-ai > model:halvard-large-3 > model:veldmark-docreader > system:life-health-pricing',
    );
    expect(data.counts.aiSystems).toBe(data.aiSystems.length);
    expect(data.counts.controls).toBeGreaterThan(0);
    expect(data.counts.obligations).toBeGreaterThan(0);
    // Every path starts at the vendor and each edge joins the nodes on either side of it.
    for (const item of [...data.aiSystems, ...data.controls, ...data.evidence, ...data.owners, ...data.obligations]) {
      expect(item.path.nodes[0]!.id).toBe('vendor:halvard-ai');
      expect(item.path.nodes.at(-1)!.id).toBe(item.node.id);
      item.path.edges.forEach((edge, index) => {
        expect([edge.source, edge.target].sort()).toEqual([item.path.nodes[index]!.id, item.path.nodes[index + 1]!.id].sort());
      });
    }
    expect(queries).toBeLessThanOrEqual(6);
  });
});

describe('impact arguments', () => {
  async function refused(variables: Record<string, unknown>, code: string, field: string) {
    const response = await api.gql(IMPACT, variables);
    expect(response.body.errors, JSON.stringify(response.body)).toHaveLength(1);
    expect(response.body.errors![0]!.extensions).toMatchObject({ code, field });
  }

  it('refuses an id of another kind, an unknown id, and depths and limits out of range', async () => {
    await refused({ of: 'system:t-imp-a' }, 'BAD_USER_INPUT', 'of');
    await refused({ of: 'eu-ai-act:art-4' }, 'BAD_USER_INPUT', 'of');
    await refused({ of: 'vendor:t-imp-nobody' }, 'NOT_FOUND', 'of');
    await refused({ of: 'evidence:t-imp-nothing' }, 'NOT_FOUND', 'of');
    await refused({ of: V, maxDepth: 0 }, 'BAD_USER_INPUT', 'maxDepth');
    await refused({ of: V, maxDepth: 9 }, 'BAD_USER_INPUT', 'maxDepth');
    await refused({ of: V, limit: 0 }, 'BAD_USER_INPUT', 'limit');
    await refused({ of: V, limit: 5001 }, 'BAD_USER_INPUT', 'limit');
  });
});
