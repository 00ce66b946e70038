import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';

// A small graph whose answers are worked out by hand (ids under the test-only framework "txw"):
//
//   C  -SATISFIES EQUAL 9->  A        A -MAPS_TO SUPERSET_OF 4-> X1      O1 -DERIVED_FROM-> X1
//   C  -SATISFIES EQUAL 8->  B        B -MAPS_TO EQUAL 7->       X1      O5 -DERIVED_FROM-> X5
//   C2 -SATISFIES SUBSET_OF 3-> X1    A -MAPS_TO INTERSECTS 5->  X2
//                                     X2 -MAPS_TO EQUAL 6->      B   (A, X1, B, X2 form a cycle)
//                                     A -MAPS_TO NOT_RELATED 5-> X3 -MAPS_TO EQUAL 9-> X4
//                                     A -MAPS_TO SUBSET_OF 6->   X5
const id = {
  C: 'control:T-XW-C',
  C2: 'control:T-XW-C2',
  A: 'txw:a',
  B: 'txw:b',
  X1: 'txw:x1',
  X2: 'txw:x2',
  X3: 'txw:x3',
  X4: 'txw:x4',
  X5: 'txw:x5',
  O1: 'obligation:T-XW-O1',
  O5: 'obligation:T-XW-O5',
};

let api: TestApi;
let before: string;

beforeAll(async () => {
  api = await startTestApi();
  before = await graphFingerprint(api.driver);
  await api.cypher(
    `UNWIND $provisions AS p
     CREATE (:Provision {id: p, framework: 'txw', kind: 'ARTICLE', number: p, ref: p, title: 'Test provision ' + p, position: 0})`,
    { provisions: [id.A, id.B, id.X1, id.X2, id.X3, id.X4, id.X5] },
  );
  await api.cypher(
    `CREATE (c:Control {id: $C, code: 'T-XW-C', name: 'Test control'}), (c2:Control {id: $C2, code: 'T-XW-C2', name: 'Second test control'})
     CREATE (o1:Obligation {id: $O1, code: 'T-XW-O1', summary: 'Test obligation one', roles: ['PROVIDER'], riskClass: 'HIGH_RISK', appliesFrom: date('2026-08-02')})
     CREATE (o5:Obligation {id: $O5, code: 'T-XW-O5', summary: 'Test obligation five', roles: ['PROVIDER'], riskClass: 'HIGH_RISK', appliesFrom: date('2026-08-02')})
     WITH c, c2, o1, o5
     MATCH (a:Provision {id: $A}), (b:Provision {id: $B}), (x1:Provision {id: $X1}), (x2:Provision {id: $X2}),
           (x3:Provision {id: $X3}), (x4:Provision {id: $X4}), (x5:Provision {id: $X5})
     CREATE (c)-[:SATISFIES {relationship: 'EQUAL', strength: 9, rationale: 'r'}]->(a)
     CREATE (c)-[:SATISFIES {relationship: 'EQUAL', strength: 8, rationale: 'r'}]->(b)
     CREATE (c2)-[:SATISFIES {relationship: 'SUBSET_OF', strength: 3, rationale: 'r'}]->(x1)
     CREATE (a)-[:MAPS_TO {id: 'mapping:t-xw-1', relationship: 'SUPERSET_OF', strength: 4, rationale: 'r'}]->(x1)
     CREATE (b)-[:MAPS_TO {id: 'mapping:t-xw-2', relationship: 'EQUAL', strength: 7, rationale: 'r'}]->(x1)
     CREATE (a)-[:MAPS_TO {id: 'mapping:t-xw-3', relationship: 'INTERSECTS_WITH', strength: 5, rationale: 'r'}]->(x2)
     CREATE (x2)-[:MAPS_TO {id: 'mapping:t-xw-4', relationship: 'EQUAL', strength: 6, rationale: 'r'}]->(b)
     CREATE (a)-[:MAPS_TO {id: 'mapping:t-xw-5', relationship: 'NOT_RELATED', strength: 5, rationale: 'r'}]->(x3)
     CREATE (x3)-[:MAPS_TO {id: 'mapping:t-xw-6', relationship: 'EQUAL', strength: 9, rationale: 'r'}]->(x4)
     CREATE (a)-[:MAPS_TO {id: 'mapping:t-xw-7', relationship: 'SUBSET_OF', strength: 6, rationale: 'r'}]->(x5)
     CREATE (o1)-[:DERIVED_FROM]->(x1), (o5)-[:DERIVED_FROM]->(x5)
     CREATE (:Evidence {id: 'evidence:t-xw-current', title: 'current', kind: 'TEST_REPORT', collectedOn: date() - duration({days: 10}), validUntil: date() + duration({days: 100})})-[:SUPPORTS]->(c)
     CREATE (:Evidence {id: 'evidence:t-xw-expired', title: 'expired', kind: 'TEST_REPORT', collectedOn: date() - duration({days: 400}), validUntil: date() - duration({days: 5})})-[:SUPPORTS]->(c)`,
    id,
  );
});

afterAll(async () => {
  await api.cypher("MATCH (n) WHERE n.id STARTS WITH 'txw:' OR n.id IN $ids OR n.id STARTS WITH 'evidence:t-xw-' DETACH DELETE n", {
    ids: Object.values(id),
  });
  expect(await graphFingerprint(api.driver)).toBe(before);
  await api.close();
});

interface SatisfactionRow {
  target: { id: string };
  relationship: string;
  strength: number;
  coverage: string;
  direct: boolean;
  hops: number;
  paths: { relationship: string; strength: number; nodes: { id: string }[]; edges: { type: string; source: string; target: string }[] }[];
}

const SATISFACTION = `query ($id: ID!, $maxHops: Int, $includeIndeterminate: Boolean) {
  satisfaction(controlId: $id, maxHops: $maxHops, includeIndeterminate: $includeIndeterminate) {
    target { id } relationship strength coverage direct hops
    paths { relationship strength nodes { id } edges { type source target } }
  }
}`;

async function satisfaction(controlId: string, maxHops = 3, includeIndeterminate = false) {
  const response = await api.gql<{ satisfaction: SatisfactionRow[] }>(SATISFACTION, { id: controlId, maxHops, includeIndeterminate });
  expect(response.body.errors).toBeUndefined();
  return new Map(response.body.data!.satisfaction.map((row) => [row.target.id, row]));
}

const pathIds = (row: SatisfactionRow) => row.paths.map((path) => path.nodes.map((node) => node.id).join(' > '));

describe('satisfaction', () => {
  it('lists direct links and what the crosswalk composes, strongest result per target with all its paths', async () => {
    const rows = await satisfaction(id.C);
    expect([...rows.keys()].sort()).toEqual([id.A, id.B, id.O1, id.X1, id.X2, id.X5].sort());

    expect(rows.get(id.A)).toMatchObject({ relationship: 'EQUAL', strength: 9, coverage: 'FULL', direct: true, hops: 1 });
    expect(pathIds(rows.get(id.A)!)).toEqual([
      `${id.C} > ${id.A}`,
      // C → B → X1 → A: EQUAL ∘ EQUAL ∘ SUBSET_OF (X1 ⊆ A read backwards) = SUBSET_OF, weakest 4
      `${id.C} > ${id.B} > ${id.X1} > ${id.A}`,
      // C → B → X2 → A: EQUAL ∘ EQUAL ∘ INTERSECTS_WITH = INTERSECTS_WITH, weakest 5
      `${id.C} > ${id.B} > ${id.X2} > ${id.A}`,
    ]);

    // Two routes to X1: via A (EQUAL ∘ SUPERSET_OF = SUPERSET_OF, 4) and via B (EQUAL ∘ EQUAL = EQUAL, 7).
    expect(rows.get(id.X1)).toMatchObject({ relationship: 'EQUAL', strength: 7, coverage: 'FULL', direct: false, hops: 2 });
    expect(rows.get(id.X1)!.paths.map((p) => [p.relationship, p.strength])).toEqual([
      ['EQUAL', 7],
      ['SUPERSET_OF', 4],
    ]);

    // X2: via B read backwards along X2 → B (EQUAL, 6) beats via A (INTERSECTS_WITH, 5).
    expect(rows.get(id.X2)).toMatchObject({ relationship: 'EQUAL', strength: 6, hops: 2 });

    // X5: A ⊆ X5, so the control covers X5 only in part.
    expect(rows.get(id.X5)).toMatchObject({ relationship: 'SUBSET_OF', strength: 6, coverage: 'PARTIAL' });
  });

  it('reaches an obligation by two paths of different strength and reports the stronger', async () => {
    const o1 = (await satisfaction(id.C)).get(id.O1)!;
    // The article is a SUPERSET_OF its obligation: full coverage of X1 carries over.
    expect(o1).toMatchObject({ relationship: 'SUPERSET_OF', strength: 7, coverage: 'FULL', direct: false, hops: 3 });
    expect(o1.paths.map((p) => [pathIds({ ...o1, paths: [p] })[0], p.relationship, p.strength])).toEqual([
      [`${id.C} > ${id.B} > ${id.X1} > ${id.O1}`, 'SUPERSET_OF', 7],
      [`${id.C} > ${id.A} > ${id.X1} > ${id.O1}`, 'SUPERSET_OF', 4],
    ]);
    expect(o1.paths[0]!.edges.map((edge) => edge.type)).toEqual(['SATISFIES', 'MAPS_TO', 'DERIVED_FROM']);
  });

  it('ends a path at NOT_RELATED', async () => {
    const rows = await satisfaction(id.C, 6);
    expect(rows.has(id.X3)).toBe(false);
    expect(rows.has(id.X4)).toBe(false);
  });

  it('returns INDETERMINATE results only when asked for', async () => {
    expect((await satisfaction(id.C)).has(id.O5)).toBe(false);
    const withIndeterminate = await satisfaction(id.C, 3, true);
    // C → A → X5 → O5: EQUAL ∘ SUBSET_OF ∘ SUPERSET_OF = INDETERMINATE
    expect(withIndeterminate.get(id.O5)).toMatchObject({ relationship: 'INDETERMINATE', coverage: 'NONE', strength: 6 });
  });

  it('terminates on the cycle of mappings, with one result per target and no node twice on a path', async () => {
    const response = await api.gql<{ satisfaction: SatisfactionRow[] }>(SATISFACTION, { id: id.C, maxHops: 6, includeIndeterminate: true });
    const targets = response.body.data!.satisfaction.map((row) => row.target.id);
    expect(new Set(targets).size).toBe(targets.length);
    for (const row of response.body.data!.satisfaction) {
      for (const path of row.paths) {
        const nodes = path.nodes.map((node) => node.id);
        expect(new Set(nodes).size).toBe(nodes.length);
        expect(path.edges).toHaveLength(nodes.length - 1);
      }
    }
  });

  it('honours maxHops', async () => {
    const direct = await satisfaction(id.C, 1);
    expect([...direct.keys()].sort()).toEqual([id.A, id.B]);
    const two = await satisfaction(id.C, 2);
    expect(two.has(id.X1)).toBe(true);
    expect(two.has(id.O1)).toBe(false);
  });

  it('refuses an unknown control and a maxHops out of range', async () => {
    const missing = await api.gql(SATISFACTION, { id: 'control:NOPE' });
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'controlId' });
    const tooFar = await api.gql(SATISFACTION, { id: id.C, maxHops: 7 });
    expect(tooFar.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
  });
});

describe('controlsFor', () => {
  const CONTROLS_FOR = `query ($id: ID!, $includeIndeterminate: Boolean) {
    controlsFor(id: $id, includeIndeterminate: $includeIndeterminate) {
      control { id }
      satisfaction { relationship strength coverage direct hops paths { nodes { id } } }
      evidence { current expiring expired total best }
    }
  }`;

  it("answers the reverse question with the same composition, and each control's evidence freshness", async () => {
    const response = await api.gql<{
      controlsFor: { control: { id: string }; satisfaction: SatisfactionRow; evidence: Record<string, unknown> }[];
    }>(CONTROLS_FOR, { id: id.O1 });
    expect(response.body.errors).toBeUndefined();
    const rows = response.body.data!.controlsFor;
    // C2's SUBSET_OF link to X1 composes with X1 ⊇ O1 to INDETERMINATE: not listed by default.
    expect(rows.map((row) => row.control.id)).toEqual([id.C]);
    expect(rows[0]!.satisfaction).toMatchObject({ relationship: 'SUPERSET_OF', strength: 7, coverage: 'FULL', direct: false, hops: 3 });
    expect(rows[0]!.satisfaction.paths.map((p) => p.nodes.map((n) => n.id).join(' > '))).toEqual([
      `${id.C} > ${id.B} > ${id.X1} > ${id.O1}`,
      `${id.C} > ${id.A} > ${id.X1} > ${id.O1}`,
    ]);
    expect(rows[0]!.evidence).toEqual({ current: 1, expiring: 0, expired: 1, total: 2, best: 'CURRENT' });

    const withIndeterminate = await api.gql<{ controlsFor: { control: { id: string }; satisfaction: { relationship: string } }[] }>(
      CONTROLS_FOR,
      {
        id: id.O1,
        includeIndeterminate: true,
      },
    );
    expect(withIndeterminate.body.data!.controlsFor.map((row) => [row.control.id, row.satisfaction.relationship])).toEqual([
      [id.C, 'SUPERSET_OF'],
      [id.C2, 'INDETERMINATE'],
    ]);
  });

  it('agrees with satisfaction for every control and target of the demo organisation it finds', async () => {
    const response = await api.gql<{
      controlsFor: { control: { id: string }; satisfaction: { relationship: string; strength: number } }[];
    }>('{ controlsFor(id: "eu-ai-act:art-9") { control { id } satisfaction { relationship strength } } }');
    const rows = response.body.data!.controlsFor;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows.slice(0, 5)) {
      const forward = await satisfaction(row.control.id);
      expect(forward.get('eu-ai-act:art-9'), row.control.id).toMatchObject(row.satisfaction);
    }
  });

  it('refuses an id that is not a provision or obligation', async () => {
    const response = await api.gql(CONTROLS_FOR, { id: 'system:credit-scoring' });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});
