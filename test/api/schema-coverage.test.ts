import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { startTestApi, type TestApi } from '../support/api.js';

// Asks for every field of every type through the root connections, so a field that the data layer
// cannot resolve (a typo in a property, a missing resolver) fails here rather than in a client.
let api: TestApi;
let schema: GraphQLSchema;

beforeAll(async () => {
  api = await startTestApi();
  const response = await api.gql<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(response.body.data!);
});
afterAll(async () => {
  await api.close();
});

/** Every field of a type: leaves as they are, objects by their __typename and id, lists paged by 2. */
function selection(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((field) =>
    field.args.every((arg) => !(arg.type.toString().endsWith('!') && arg.defaultValue === undefined)),
  );
  return fields
    .map((field) => {
      const named = getNamedType(field.type);
      if (isScalarType(named) || isEnumType(named)) return field.name;
      const connectionArgs = field.args.some((arg) => arg.name === 'first') ? '(first: 2)' : '';
      if (isObjectType(named) && named.name.endsWith('Connection')) {
        const nodeType = getNamedType(named.getFields().nodes!.type) as GraphQLObjectType;
        const inner = depth > 0 ? selection(nodeType, depth - 1) : '__typename';
        return `${field.name}${connectionArgs} { totalCount pageInfo { hasNextPage } edges { cursor } nodes { ${inner} } }`;
      }
      if (isInterfaceType(named)) return `${field.name}${connectionArgs} { __typename id }`;
      if (isObjectType(named)) return `${field.name}${connectionArgs} { __typename ${'id' in named.getFields() ? 'id' : ''} }`;
      return field.name;
    })
    .join(' ');
}

const ROOTS = ['frameworks', 'provisions', 'milestones', 'obligations', 'controls', 'aiSystems', 'models', 'vendors', 'owners', 'evidence'];

describe('every type and field', () => {
  it.each(ROOTS)('%s: every field of every node resolves without error, two levels down', async (root) => {
    const field = schema.getQueryType()!.getFields()[root]!;
    const connection = getNamedType(field.type) as GraphQLObjectType;
    const nodeType = getNamedType(connection.getFields().nodes!.type) as GraphQLObjectType;
    const response = await api.gql<Record<string, { totalCount: number; nodes: unknown[] }>>(
      `{ ${root}(first: 500) { totalCount nodes { ${selection(nodeType, 1)} } } }`,
    );
    expect(response.body.errors, JSON.stringify(response.body.errors?.slice(0, 3))).toBeUndefined();
    expect(response.body.data![root]!.nodes.length).toBe(Math.min(500, response.body.data![root]!.totalCount));
    expect(response.body.data![root]!.totalCount).toBeGreaterThan(0);
  });

  it('node() and nodes() resolve every kind of node by id', async () => {
    const ids = [
      'eu-ai-act',
      'eu-ai-act:art-9',
      'obligation:OBL-PROV-HR-RMS',
      'milestone:2026-08-02:application',
      'note:NOTE-OMNIBUS-AGREEMENT',
      'control:GOV-01',
      'system:credit-scoring',
      'model:veldmark-docreader',
      'vendor:halvard-ai',
      'owner:ines-duarte',
    ];
    const response = await api.gql<{ nodes: ({ __typename: string; id: string } | null)[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      { ids: [...ids, 'vendor:does-not-exist'] },
    );
    expect(response.body.data!.nodes.map((node) => node?.id ?? null)).toEqual([...ids, null]);
    expect(response.body.data!.nodes.map((node) => node?.__typename)).toEqual([
      'Framework',
      'Provision',
      'Obligation',
      'Milestone',
      'LegislativeNote',
      'Control',
      'AISystem',
      'Model',
      'Vendor',
      'Owner',
      undefined,
    ]);
    const single = await api.gql<{ node: { __typename: string; ref: string } | null }>(
      '{ node(id: "iso42001:A.6.2.4") { __typename ... on Provision { ref } } }',
    );
    expect(single.body.data!.node).toEqual({ __typename: 'Provision', ref: 'A.6.2.4' });
    const missing = await api.gql<{ node: null }>('{ node(id: "control:NOPE") { id } }');
    expect(missing.body).toEqual({ data: { node: null } });
  });

  it('relationships read the same from both ends', async () => {
    const response = await api.gql<{
      node: {
        models: {
          nodes: {
            id: string;
            vendor: { id: string; models: { nodes: { id: string }[] } } | null;
            aiSystems: { nodes: { id: string }[] };
          }[];
        };
      };
    }>(`{ node(id: "system:credit-scoring") { ... on AISystem {
          models { nodes { id aiSystems(first: 100) { nodes { id } } vendor { id models(first: 100) { nodes { id } } } } } } } }`);
    const models = response.body.data!.node.models.nodes;
    expect(models.length).toBeGreaterThan(0);
    for (const model of models) {
      expect(model.aiSystems.nodes.map((s) => s.id)).toContain('system:credit-scoring');
      if (model.vendor) expect(model.vendor.models.nodes.map((m) => m.id)).toContain(model.id);
    }
  });

  it('computes evidence freshness against today with a 30-day window', async () => {
    const response = await api.gql<{ evidence: { nodes: { validUntil: string; freshness: string }[] } }>(
      '{ evidence(first: 500) { nodes { validUntil freshness } } }',
    );
    const today = new Date().toISOString().slice(0, 10);
    const in30 = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const nodes = response.body.data!.evidence.nodes;
    for (const node of nodes) {
      const expected = node.validUntil < today ? 'EXPIRED' : node.validUntil <= in30 ? 'EXPIRING' : 'CURRENT';
      expect(node.freshness, node.validUntil).toBe(expected);
    }
    expect(new Set(nodes.map((node) => node.freshness))).toEqual(new Set(['EXPIRED', 'EXPIRING', 'CURRENT']));
  });

  it('reads a mapping from both of its ends, with the relationship turned round', async () => {
    const response = await api.gql<{
      node: {
        mappings: {
          nodes: {
            relationship: string;
            relationshipFromHere: string;
            direction: string;
            from: { id: string };
            to: { id: string };
            provision: { id: string };
          }[];
        };
      };
    }>(
      '{ node(id: "eu-ai-act:art-9") { ... on Provision { mappings(first: 50, filter: {relationship: [SUBSET_OF]}) { nodes { relationship relationshipFromHere direction from { id } to { id } provision { id } } } } } }',
    );
    const mappings = response.body.data!.node.mappings.nodes;
    expect(mappings.length).toBeGreaterThan(0);
    for (const mapping of mappings) {
      expect(mapping).toMatchObject({
        relationship: 'SUBSET_OF',
        relationshipFromHere: 'SUPERSET_OF',
        direction: 'INCOMING',
        to: { id: 'eu-ai-act:art-9' },
      });
      expect(mapping.provision.id).toBe(mapping.from.id);
    }
  });
});
