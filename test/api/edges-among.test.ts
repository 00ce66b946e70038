import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, expectRefused, startTestApi, type TestApi } from '../support/api.js';

// `edgesAmong` over real HTTP against Cypher's answer for the same ids: the edges among nodes a
// canvas gathered from several answers.

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.close();
});

const QUERY = `query ($ids: [ID!]!) { edgesAmong(ids: $ids) { id source target type relationship strength } }`;

/** Ground truth: every relationship with both ends among the ids, as "source -TYPE-> target". */
async function cypherEdges(ids: string[]): Promise<string[]> {
  const rows = await api.cypher('MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN a.id AS a, type(r) AS type, b.id AS b', {
    ids,
  });
  return rows.map((row) => `${String(row.a)} -${String(row.type)}-> ${String(row.b)}`).sort();
}

describe('edgesAmong', () => {
  it('returns exactly the relationships among the ids, across labels, each once', async () => {
    // Art. 9, its section, its obligations, the ISO elements mapped to it and the controls linked to either.
    const rows = await api.cypher(
      `MATCH (art:Provision {id: 'eu-ai-act:art-9'})
       OPTIONAL MATCH (art)-[:PART_OF]->(section)
       OPTIONAL MATCH (o:Obligation)-[:DERIVED_FROM]->(art)
       OPTIONAL MATCH (iso:Provision)-[:MAPS_TO]-(art)
       OPTIONAL MATCH (c:Control)-[:SATISFIES]->(target) WHERE target = art OR target = iso OR target = o
       WITH art.id AS article, section.id AS section, collect(DISTINCT o.id) + collect(DISTINCT iso.id) + collect(DISTINCT c.id) AS others
       RETURN [article, section] + others AS ids`,
    );
    const ids = [...new Set((rows[0]!.ids as (string | null)[]).filter((id): id is string => id !== null))];
    const expected = await cypherEdges(ids);
    expect(expected.length).toBeGreaterThan(5);
    const { data } = await expectData(api, QUERY, { ids: [...ids, 'eu-ai-act:art-9', 'control:NO-SUCH', 'nowhere'] });
    const edges = data.edgesAmong as {
      id: string;
      source: string;
      target: string;
      type: string;
      relationship: string | null;
      strength: number | null;
    }[];
    expect(edges.map((edge) => `${edge.source} -${edge.type}-> ${edge.target}`).sort()).toEqual(expected);
    expect(new Set(edges.map((edge) => edge.id)).size).toBe(edges.length);
    expect(edges.map((edge) => edge.id)).toEqual([...edges.map((edge) => edge.id)].sort());
    const mapping = edges.find((edge) => edge.type === 'MAPS_TO')!;
    expect(mapping.id.startsWith('mapping:')).toBe(true);
    expect(mapping.relationship).not.toBeNull();
    expect(mapping.strength).toBeGreaterThanOrEqual(1);
  });

  it('gives the same edges as the neighbourhood holds among its own nodes', async () => {
    const { data } = await expectData(
      api,
      `{ neighborhood(id: "eu-ai-act:art-9", depth: 1) { nodes { id } edges { id source target type relationship strength } } }`,
    );
    const ids = (data.neighborhood.nodes as { id: string }[]).map((node) => node.id);
    const among = await expectData(api, QUERY, { ids });
    const sortById = (edges: { id: string }[]) => [...edges].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(among.data.edgesAmong).toEqual(sortById(data.neighborhood.edges));
  });

  it('answers an empty list for fewer than two known ids', async () => {
    expect((await expectData(api, QUERY, { ids: ['eu-ai-act:art-9'] })).data.edgesAmong).toEqual([]);
    expect((await expectData(api, QUERY, { ids: [] })).data.edgesAmong).toEqual([]);
    expect((await expectData(api, QUERY, { ids: ["x') DETACH DELETE n //", 'eu-ai-act:art-9'] })).data.edgesAmong).toEqual([]);
  });

  it('refuses more than 2500 ids, naming the argument', async () => {
    const ids = Array.from({ length: 2501 }, (_, index) => `system:many-${index}`);
    await expectRefused(api, QUERY, { ids }, 'BAD_USER_INPUT', 'ids');
  });
});
