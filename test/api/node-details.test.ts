import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, expectRefused, startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';

// `nodeDetails` over real HTTP, checked against what Cypher says about the same node: the loaded
// reference and demo data, and a small graph of this file's own (ids containing ":t-nd-"), removed
// afterwards so the graph ends as it began.

let api: TestApi;
let loadedGraph: string;

beforeAll(async () => {
  api = await startTestApi();
  loadedGraph = await graphFingerprint(api.driver);
  await api.cypher(
    `CREATE (v:Vendor {id: 'vendor:t-nd-v', name: 'ND Vendor'})
     CREATE (m1:Model {id: 'model:t-nd-m1', name: 'ND M1', modelType: 'GPAI', gpai: true, openWeights: false, score: 0.25,
                       releasedOn: date('2025-03-01'), createdAt: datetime('2026-01-02T03:04:05.678Z'), tags: ['b', 'a'], empty: []})
     CREATE (m0:Model {id: 'model:t-nd-m0', name: 'ND M0', modelType: 'GPAI'})
     CREATE (m2:Model {id: 'model:t-nd-m2', name: 'ND M2', modelType: 'GPAI'})
     CREATE (s:AISystem {id: 'system:t-nd-s', name: 'ND S', roles: ['DEPLOYER'], riskClass: 'MINIMAL', lifecycleStage: 'DEPLOYED'})
     CREATE (m1)-[:SUPPLIED_BY]->(v)
     CREATE (m1)-[:FINE_TUNED_FROM]->(m2)
     CREATE (m0)-[:FINE_TUNED_FROM]->(m1)
     CREATE (s)-[:USES_MODEL]->(m1)`,
  );
});

afterAll(async () => {
  await api.cypher("MATCH (n) WHERE toLower(n.id) CONTAINS ':t-nd-' DETACH DELETE n");
  expect(await graphFingerprint(api.driver)).toEqual(loadedGraph);
  await api.close();
});

interface GraphNode {
  id: string;
  kind: string;
  label: string;
}
interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  relationship: string | null;
  strength: number | null;
}
interface NodeDetails {
  node: GraphNode;
  properties: { key: string; value: string | null; values: string[] | null }[];
  relationships: { edge: GraphEdge; direction: 'OUTGOING' | 'INCOMING'; other: GraphNode }[];
  relationshipCount: number;
  truncated: boolean;
}

const NODE = 'id kind label';
const EDGE = 'id source target type relationship strength';
const NODE_DETAILS = `query ($id: ID!, $relationshipLimit: Int) {
  nodeDetails(id: $id, relationshipLimit: $relationshipLimit) {
    node { ${NODE} }
    properties { key value values }
    relationships { edge { ${EDGE} } direction other { ${NODE} } }
    relationshipCount
    truncated
  }
}`;
const NEIGHBORHOOD = `query ($id: ID!) { neighborhood(id: $id) { nodes { ${NODE} } edges { ${EDGE} } truncated } }`;

async function nodeDetails(id: string, relationshipLimit?: number): Promise<{ details: NodeDetails | null; queries: number }> {
  const { data, queries } = await expectData(api, NODE_DETAILS, { id, relationshipLimit });
  return { details: data.nodeDetails as NodeDetails | null, queries };
}

/** A raw driver value as the API's text: integers and dates in their own notation, date-times as JavaScript ISO. */
function text(value: unknown): string {
  if (neo4j.isInt(value)) return value.toString();
  if (neo4j.isDateTime(value)) return new Date(value.toString()).toISOString();
  if (neo4j.isDate(value)) return value.toString();
  return String(value);
}

/** properties(n) straight from Cypher, in the API's shape: keys by code point, lists in `values`. */
async function cypherProperties(id: string) {
  const [row] = await api.cypher('MATCH (n {id: $id}) RETURN properties(n) AS properties', { id });
  const properties = row!.properties as Record<string, unknown>;
  return Object.keys(properties)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => {
      const value = properties[key];
      return Array.isArray(value) ? { key, value: null, values: value.map(text) } : { key, value: text(value), values: null };
    });
}

/** Every relationship of a node from Cypher, in the API's order: type, then the other node's id. */
async function cypherRelationships(id: string) {
  const rows = await api.cypher(
    `MATCH (n {id: $id})-[r]-(o)
     RETURN type(r) AS type, o.id AS other, startNode(r) = n AS outgoing, r.relationship AS relationship, r.strength AS strength
     ORDER BY type, other, outgoing DESC`,
    { id },
  );
  return rows.map((row) => ({
    type: row.type as string,
    direction: row.outgoing ? 'OUTGOING' : 'INCOMING',
    other: row.other as string,
    relationship: (row.relationship as string | null) ?? null,
    strength: row.strength === null ? null : Number(text(row.strength)),
  }));
}

const summary = (details: NodeDetails) =>
  details.relationships.map(({ edge, direction, other }) => ({
    type: edge.type,
    direction,
    other: other.id,
    relationship: edge.relationship,
    strength: edge.strength,
  }));

const ART_9 = 'eu-ai-act:art-9';
const CONTROL = 'control:GOV-01';

describe('nodeDetails', () => {
  it("Art. 9: every stored property, key for key and value for value, as Cypher's properties(n) has them; in one query", async () => {
    const { details, queries } = await nodeDetails(ART_9);
    const expected = await cypherProperties(ART_9);
    expect(details!.properties).toEqual(expected);
    expect(queries).toBe(1);
    // What the check above covers on this node: a date, an integer and at least one list.
    const byKey = new Map(details!.properties.map((property) => [property.key, property]));
    expect(byKey.get('id')).toEqual({ key: 'id', value: ART_9, values: null });
    expect(byKey.get('ref')?.value).toBe('Art. 9');
    expect(byKey.get('appliesFrom')?.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(byKey.get('position')?.value).toMatch(/^\d+$/);
    expect(details!.properties.some((property) => property.values !== null)).toBe(true);
    expect(details!.node).toEqual({ id: ART_9, kind: 'PROVISION', label: expect.stringMatching(/^Art\. 9 /) });
  });

  it('a demo control: every relationship, as Cypher counts them, ordered by type then the other id, with SATISFIES relationship and strength', async () => {
    const { details } = await nodeDetails(CONTROL);
    const expected = await cypherRelationships(CONTROL);
    expect(details!.relationshipCount).toBe(expected.length);
    expect(details!.relationships).toHaveLength(expected.length);
    expect(details!.truncated).toBe(false);
    expect(summary(details!)).toEqual(expected);

    const satisfies = details!.relationships.filter((item) => item.edge.type === 'SATISFIES');
    expect(satisfies.length).toBeGreaterThan(0);
    for (const { edge, direction, other } of satisfies) {
      expect(direction).toBe('OUTGOING');
      expect(edge.source).toBe(CONTROL);
      expect(edge.target).toBe(other.id);
      expect(edge.relationship).toMatch(/^(EQUAL|SUBSET_OF|SUPERSET_OF|INTERSECTS_WITH|NOT_RELATED)$/);
      expect(edge.strength).toBeGreaterThanOrEqual(1);
      expect(edge.strength).toBeLessThanOrEqual(10);
    }
    // Owners point at the control: incoming.
    expect(
      details!.relationships
        .filter((item) => item.edge.type === 'OWNS')
        .every((item) => item.direction === 'INCOMING' && item.edge.target === CONTROL),
    ).toBe(true);
  });

  it('gives the very GraphNode and GraphEdge values neighborhood does for the same elements', async () => {
    const { details } = await nodeDetails(CONTROL);
    const { data } = await expectData(api, NEIGHBORHOOD, { id: CONTROL });
    const neighbourhood = data.neighborhood as { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean };
    expect(neighbourhood.truncated).toBe(false);
    const nodes = new Map(neighbourhood.nodes.map((node) => [node.id, node]));
    const edges = new Map(neighbourhood.edges.map((edge) => [edge.id, edge]));
    expect(details!.node).toEqual(nodes.get(CONTROL));
    for (const { edge, other } of details!.relationships) {
      expect(other).toEqual(nodes.get(other.id));
      expect(edge).toEqual(edges.get(edge.id));
    }
    // Every edge of the neighbourhood that touches the control is one of its relationships.
    const touching = neighbourhood.edges.filter((edge) => edge.source === CONTROL || edge.target === CONTROL).map((edge) => edge.id);
    expect(details!.relationships.map((item) => item.edge.id).sort()).toEqual(touching.sort());
  });

  it('relationshipLimit cuts the list, keeps the full count and says it was cut', async () => {
    const full = (await nodeDetails(CONTROL)).details!;
    expect(full.relationshipCount).toBeGreaterThan(1);
    const one = (await nodeDetails(CONTROL, 1)).details!;
    expect(one.relationships).toEqual(full.relationships.slice(0, 1));
    expect(one.relationshipCount).toBe(full.relationshipCount);
    expect(one.truncated).toBe(true);
    // Exactly as many as there are: nothing cut.
    const exact = (await nodeDetails(CONTROL, full.relationshipCount)).details!;
    expect(exact.relationships).toEqual(full.relationships);
    expect(exact.truncated).toBe(false);
  });

  it('refuses relationship limits outside 1..1000, naming the argument', async () => {
    await expectRefused(api, NODE_DETAILS, { id: CONTROL, relationshipLimit: 0 }, 'BAD_USER_INPUT', 'relationshipLimit');
    await expectRefused(api, NODE_DETAILS, { id: CONTROL, relationshipLimit: 5000 }, 'BAD_USER_INPUT', 'relationshipLimit');
    expect((await nodeDetails(CONTROL, 1000)).details!.truncated).toBe(false);
  });

  it('null for an unknown id, as node(id) gives, also when the prefix names no label', async () => {
    for (const id of ['control:DOES-NOT-EXIST', 'eu-ai-act:art-999', 'bogus:thing', 'no-such-framework']) {
      const { details, queries } = await nodeDetails(id);
      expect(details, id).toBeNull();
      expect(queries).toBeLessThanOrEqual(1);
      const { data } = await expectData(api, 'query ($id: ID!) { node(id: $id) { id } }', { id });
      expect(data.node, id).toBeNull();
    }
  });

  it("a node of this file's own: booleans, floats, dates, date-times and lists (empty ones too) as text; both directions", async () => {
    const { details } = await nodeDetails('model:t-nd-m1');
    expect(details!.properties).toEqual(await cypherProperties('model:t-nd-m1'));
    expect(details!.properties).toEqual([
      { key: 'createdAt', value: '2026-01-02T03:04:05.678Z', values: null },
      { key: 'empty', value: null, values: [] },
      { key: 'gpai', value: 'true', values: null },
      { key: 'id', value: 'model:t-nd-m1', values: null },
      { key: 'modelType', value: 'GPAI', values: null },
      { key: 'name', value: 'ND M1', values: null },
      { key: 'openWeights', value: 'false', values: null },
      { key: 'releasedOn', value: '2025-03-01', values: null },
      { key: 'score', value: '0.25', values: null },
      { key: 'tags', value: null, values: ['b', 'a'] },
    ]);
    expect(details!.relationships.map(({ edge, direction, other }) => [edge.id, direction, other.id])).toEqual([
      ['model:t-nd-m0-FINE_TUNED_FROM->model:t-nd-m1', 'INCOMING', 'model:t-nd-m0'],
      ['model:t-nd-m1-FINE_TUNED_FROM->model:t-nd-m2', 'OUTGOING', 'model:t-nd-m2'],
      ['model:t-nd-m1-SUPPLIED_BY->vendor:t-nd-v', 'OUTGOING', 'vendor:t-nd-v'],
      ['system:t-nd-s-USES_MODEL->model:t-nd-m1', 'INCOMING', 'system:t-nd-s'],
    ]);
    expect(details!.relationships.find((item) => item.other.id === 'vendor:t-nd-v')!.other).toEqual({
      id: 'vendor:t-nd-v',
      kind: 'VENDOR',
      label: 'ND Vendor',
    });
    expect(details!.relationshipCount).toBe(4);
    expect(details!.truncated).toBe(false);

    // A relationship from a node to itself is one relationship, listed once, outgoing.
    await api.cypher("CREATE (o:Owner:Team {id: 'owner:t-nd-loop', kind: 'TEAM', name: 'Loop'})-[:MEMBER_OF]->(o)");
    const loop = (await nodeDetails('owner:t-nd-loop')).details!;
    const [loopCount] = await api.cypher("MATCH (n {id: 'owner:t-nd-loop'}) RETURN COUNT { (n)-[]-() } AS count");
    expect(Number(text(loopCount!.count))).toBe(1);
    expect(loop.relationshipCount).toBe(1);
    expect(loop.relationships).toEqual([
      {
        edge: {
          id: 'owner:t-nd-loop-MEMBER_OF->owner:t-nd-loop',
          source: 'owner:t-nd-loop',
          target: 'owner:t-nd-loop',
          type: 'MEMBER_OF',
          relationship: null,
          strength: null,
        },
        direction: 'OUTGOING',
        other: { id: 'owner:t-nd-loop', kind: 'OWNER', label: 'Loop' },
      },
    ]);

    // A node without relationships.
    await api.cypher("CREATE (:Vendor {id: 'vendor:t-nd-alone', name: 'Alone'})");
    const alone = (await nodeDetails('vendor:t-nd-alone')).details!;
    expect(alone).toEqual({
      node: { id: 'vendor:t-nd-alone', kind: 'VENDOR', label: 'Alone' },
      properties: [
        { key: 'id', value: 'vendor:t-nd-alone', values: null },
        { key: 'name', value: 'Alone', values: null },
      ],
      relationships: [],
      relationshipCount: 0,
      truncated: false,
    });
  });
});
