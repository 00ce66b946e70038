// Cypher- and Lucene-injection strings through every string argument of the API: ids, search text,
// filters, cursors, new ids, codes, e-mails, countries, dates, names and rationales. A string is
// only ever a value: it finds nothing, is refused with a code naming the argument, or (free text) is
// stored exactly as sent. The only writes are this file's own nodes, removed at the end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';
import { INJECTIONS, expectRefusal, expectSameGraph, postRaw } from './hostile.js';

let api: TestApi;
let loaded: string;
let withOwnNodes: string;

const CONTROL = 'control:HOSTILE-S';
const SYSTEM = 'system:hostile-s';
const OWNER = 'owner:hostile-s';

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const response = await api.gql<Record<string, any>>(query, variables);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!;
}

beforeAll(async () => {
  api = await startTestApi();
  loaded = await graphFingerprint(api.driver);
  await ok(`mutation { createControl(input: { id: "${CONTROL}", code: "HOSTILE-S", name: "Hostile strings" }) { id } }`);
  await ok(
    `mutation { createAISystem(input: { id: "${SYSTEM}", name: "Hostile strings", roles: [DEPLOYER], riskClass: MINIMAL, lifecycleStage: DESIGN }) { id } }`,
  );
  await ok(`mutation { createOwner(input: { id: "${OWNER}", kind: PERSON, name: "Hostile strings" }) { id } }`);
  withOwnNodes = await graphFingerprint(api.driver);
});

afterAll(async () => {
  for (const id of [CONTROL, SYSTEM, OWNER]) await api.cypher('MATCH (n {id: $id}) DETACH DELETE n', { id });
  expectSameGraph(await graphFingerprint(api.driver), loaded);
  await api.close();
});

interface Target {
  /** The argument the string goes into, as extensions.field names it when refused. */
  field: string;
  query: string;
  /** How many things the answer holds: a string that is no real id or text finds none. */
  found?: (data: Record<string, any>) => number;
}

const total = (key: string) => (data: Record<string, any>) => data[key].totalCount as number;

// Every string argument of the queries; $s is the hostile string.
const READ_TARGETS: Target[] = [
  { field: 'id', query: 'query ($s: ID!) { node(id: $s) { id } }', found: (d) => (d.node ? 1 : 0) },
  { field: 'ids', query: 'query ($s: ID!) { nodes(ids: [$s]) { id } }', found: (d) => d.nodes.filter(Boolean).length },
  { field: 'id', query: 'query ($s: ID!) { nodeDetails(id: $s) { node { id } } }', found: (d) => (d.nodeDetails ? 1 : 0) },
  { field: 'id', query: 'query ($s: ID!) { neighborhood(id: $s) { nodes { id } } }', found: (d) => d.neighborhood.nodes.length },
  { field: 'ids', query: 'query ($s: ID!) { edgesAmong(ids: [$s, "eu-ai-act:art-9"]) { id } }', found: (d) => d.edgesAmong.length },
  {
    field: 'from',
    query: 'query ($s: ID!) { paths(from: $s, to: "eu-ai-act:art-9") { nodes { id } } }',
    found: (d) => d.paths.nodes.length,
  },
  { field: 'to', query: 'query ($s: ID!) { paths(from: "eu-ai-act:art-9", to: $s) { nodes { id } } }', found: (d) => d.paths.nodes.length },
  { field: 'of', query: 'query ($s: ID!) { impact(of: $s) { of { id } } }', found: () => 1 },
  { field: 'controlId', query: 'query ($s: ID!) { satisfaction(controlId: $s) { strength } }', found: (d) => d.satisfaction.length },
  { field: 'id', query: 'query ($s: ID!) { controlsFor(id: $s) { control { id } } }', found: (d) => d.controlsFor.length },
  {
    field: 'removeIds',
    query: 'query ($s: ID!) { whatIf(removeIds: [$s]) { removed { id } changedRows } }',
    found: (d) => d.whatIf.removed.length + d.whatIf.changedRows,
  },
  { field: 'aiSystemId', query: 'query ($s: ID) { gaps(aiSystemId: $s) { totalCount } }', found: total('gaps') },
  {
    field: 'aiSystemId',
    query: 'query ($s: ID) { obligationsApplyingBetween(from: "2024-01-01", to: "2030-01-01", aiSystemId: $s) { obligation { id } } }',
    found: (d) => d.obligationsApplyingBetween.length,
  },
  { field: 'text', query: 'query ($s: String!) { search(text: $s) { score node { id } } }' },
  { field: 'filter.text', query: 'query ($s: String) { provisions(filter: { text: $s }) { totalCount } }', found: total('provisions') },
  {
    field: 'filter.framework',
    query: 'query ($s: ID) { provisions(filter: { framework: $s }) { totalCount } }',
    found: total('provisions'),
  },
  { field: 'filter.parent', query: 'query ($s: ID) { provisions(filter: { parent: $s }) { totalCount } }', found: total('provisions') },
  { field: 'filter.ids', query: 'query ($s: ID!) { provisions(filter: { ids: [$s] }) { totalCount } }', found: total('provisions') },
  { field: 'filter.text', query: 'query ($s: String) { controls(filter: { text: $s }) { totalCount } }', found: total('controls') },
  { field: 'filter.category', query: 'query ($s: String) { controls(filter: { category: $s }) { totalCount } }', found: total('controls') },
  { field: 'filter.owner', query: 'query ($s: ID) { controls(filter: { owner: $s }) { totalCount } }', found: total('controls') },
  { field: 'filter.aiSystem', query: 'query ($s: ID) { controls(filter: { aiSystem: $s }) { totalCount } }', found: total('controls') },
  { field: 'filter.satisfies', query: 'query ($s: ID) { controls(filter: { satisfies: $s }) { totalCount } }', found: total('controls') },
  { field: 'filter.text', query: 'query ($s: String) { evidence(filter: { text: $s }) { totalCount } }', found: total('evidence') },
  { field: 'filter.control', query: 'query ($s: ID) { evidence(filter: { control: $s }) { totalCount } }', found: total('evidence') },
  { field: 'filter.owner', query: 'query ($s: ID) { evidence(filter: { owner: $s }) { totalCount } }', found: total('evidence') },
  { field: 'filter.text', query: 'query ($s: String) { aiSystems(filter: { text: $s }) { totalCount } }', found: total('aiSystems') },
  { field: 'filter.vendor', query: 'query ($s: ID) { aiSystems(filter: { vendor: $s }) { totalCount } }', found: total('aiSystems') },
  { field: 'filter.model', query: 'query ($s: ID) { aiSystems(filter: { model: $s }) { totalCount } }', found: total('aiSystems') },
  { field: 'filter.owner', query: 'query ($s: ID) { aiSystems(filter: { owner: $s }) { totalCount } }', found: total('aiSystems') },
  { field: 'filter.text', query: 'query ($s: String) { models(filter: { text: $s }) { totalCount } }', found: total('models') },
  { field: 'filter.vendor', query: 'query ($s: ID) { models(filter: { vendor: $s }) { totalCount } }', found: total('models') },
  { field: 'filter.text', query: 'query ($s: String) { vendors(filter: { text: $s }) { totalCount } }', found: total('vendors') },
  { field: 'filter.country', query: 'query ($s: String) { vendors(filter: { country: $s }) { totalCount } }', found: total('vendors') },
  { field: 'filter.text', query: 'query ($s: String) { obligations(filter: { text: $s }) { totalCount } }', found: total('obligations') },
  { field: 'filter.article', query: 'query ($s: ID) { obligations(filter: { article: $s }) { totalCount } }', found: total('obligations') },
  { field: 'filter.text', query: 'query ($s: String) { owners(filter: { text: $s }) { totalCount } }', found: total('owners') },
  { field: 'filter.team', query: 'query ($s: ID) { owners(filter: { team: $s }) { totalCount } }', found: total('owners') },
  { field: 'filter.owner', query: 'query ($s: ID) { gaps(filter: { owner: $s }) { totalCount } }', found: total('gaps') },
  { field: 'filter.article', query: 'query ($s: ID) { gaps(filter: { article: $s }) { totalCount } }', found: total('gaps') },
  { field: 'after', query: 'query ($s: String) { provisions(first: 1, after: $s) { totalCount } }', found: () => 1 },
  { field: 'before', query: 'query ($s: String) { controls(last: 1, before: $s) { totalCount } }', found: () => 1 },
];

// A refusal, where there is one, names the argument; an id or text no node has finds nothing.
const ALLOWED_REFUSALS = ['BAD_USER_INPUT', 'NOT_FOUND'];

describe('injection strings in every string argument of the queries', () => {
  let before: string;
  beforeAll(async () => {
    before = await graphFingerprint(api.driver);
  });
  afterAll(async () => {
    expectSameGraph(await graphFingerprint(api.driver), before);
  });

  it.each(READ_TARGETS.map((target) => [target.query.replace(/^query \(\$s: [^)]*\) /, ''), target] as const))(
    '%s',
    async (_label, target) => {
      for (const hostile of INJECTIONS) {
        const response = await postRaw(api.url, JSON.stringify({ query: target.query, variables: { s: hostile } }));
        const context = `${JSON.stringify(hostile)} ${JSON.stringify(response.body).slice(0, 400)}`;
        expect(response.status, context).toBe(200);
        if (response.body.errors) {
          expectRefusal(response, { status: 200, code: response.body.errors[0]?.extensions?.code, field: target.field }, context);
          expect(response.body.errors, context).toHaveLength(1);
          expect(ALLOWED_REFUSALS, context).toContain(response.body.errors[0].extensions.code);
        } else if (target.found) {
          // Cursors and impact never answer a string they did not give out, so `found` stays unreached for them.
          expect(['after', 'before', 'of'], context).not.toContain(target.field);
          expect(target.found(response.body.data), context).toBe(0);
        } else {
          expect(Array.isArray(response.body.data.search), context).toBe(true);
        }
      }
    },
  );
});

interface WriteTarget {
  name: string;
  field: string;
  query: string;
  /** 400 when GraphQL itself refuses the value (a Date), 200 when a resolver does. */
  status?: number;
}

// Every string argument of the mutations that must be an id, a code, an address, a country or a date.
const WRITE_TARGETS: WriteTarget[] = [
  { name: 'a new vendor id', field: 'input.id', query: 'mutation ($s: ID) { createVendor(input: { id: $s, name: "Hostile" }) { id } }' },
  {
    name: 'a new system id',
    field: 'input.id',
    query:
      'mutation ($s: ID) { createAISystem(input: { id: $s, name: "Hostile", roles: [DEPLOYER], riskClass: MINIMAL, lifecycleStage: DESIGN }) { id } }',
  },
  { name: 'the id of an update', field: 'id', query: 'mutation ($s: ID!) { updateVendor(id: $s, input: { name: "Hostile" }) { id } }' },
  { name: 'the id of a delete', field: 'id', query: 'mutation ($s: ID!) { deleteControl(id: $s, force: true) { deletedId } }' },
  {
    name: 'a control code',
    field: 'input.code',
    query: 'mutation ($s: String!) { createControl(input: { code: $s, name: "Hostile" }) { id } }',
  },
  {
    name: 'a code on update',
    field: 'input.code',
    query: `mutation ($s: String) { updateControl(id: "${CONTROL}", input: { code: $s }) { id } }`,
  },
  {
    name: 'an e-mail address',
    field: 'input.email',
    query: 'mutation ($s: String) { createOwner(input: { kind: PERSON, name: "Hostile", email: $s }) { id } }',
  },
  {
    name: 'a country',
    field: 'input.country',
    query: 'mutation ($s: String) { createVendor(input: { name: "Hostile", country: $s }) { id } }',
  },
  {
    name: 'a date',
    field: 'input.collectedOn',
    status: 400,
    query:
      'mutation ($s: Date!) { createEvidence(input: { title: "Hostile", kind: TEST_REPORT, collectedOn: $s, validUntil: "2030-01-01" }) { id } }',
  },
  {
    name: 'a date on update',
    field: 'input.placedOnMarket',
    status: 400,
    query: `mutation ($s: Date) { updateAISystem(id: "${SYSTEM}", input: { placedOnMarket: $s }) { id } }`,
  },
  {
    name: 'linkControl controlId',
    field: 'controlId',
    query:
      'mutation ($s: ID!) { linkControl(controlId: $s, targetId: "eu-ai-act:art-9", relationship: EQUAL, strength: 5, rationale: "x") { id } }',
  },
  {
    name: 'linkControl targetId',
    field: 'targetId',
    query: `mutation ($s: ID!) { linkControl(controlId: "${CONTROL}", targetId: $s, relationship: EQUAL, strength: 5, rationale: "x") { id } }`,
  },
  {
    name: 'unlinkControl targetId',
    field: 'targetId',
    query: `mutation ($s: ID!) { unlinkControl(controlId: "${CONTROL}", targetId: $s) }`,
  },
  {
    name: 'setSystemModels modelIds',
    field: 'modelIds.0',
    query: `mutation ($s: ID!) { setSystemModels(systemId: "${SYSTEM}", modelIds: [$s]) { id } }`,
  },
  {
    name: 'setSystemControls systemId',
    field: 'systemId',
    query: `mutation ($s: ID!) { setSystemControls(systemId: $s, controlIds: ["${CONTROL}"]) { id } }`,
  },
  {
    name: 'setSystemVendors vendorIds',
    field: 'vendorIds.0',
    query: `mutation ($s: ID!) { setSystemVendors(systemId: "${SYSTEM}", vendorIds: [$s]) { id } }`,
  },
  { name: 'setModelVendor modelId', field: 'modelId', query: 'mutation ($s: ID!) { setModelVendor(modelId: $s, vendorId: null) { id } }' },
  { name: 'setBaseModel modelId', field: 'modelId', query: 'mutation ($s: ID!) { setBaseModel(modelId: $s, baseModelId: null) { id } }' },
  { name: 'setOwner nodeId', field: 'nodeId', query: `mutation ($s: ID!) { setOwner(nodeId: $s, ownerId: "${OWNER}") { id } }` },
  { name: 'setOwner ownerId', field: 'ownerId', query: `mutation ($s: ID) { setOwner(nodeId: "${SYSTEM}", ownerId: $s) { id } }` },
  {
    name: 'attachEvidence evidenceId',
    field: 'evidenceId',
    query: `mutation ($s: ID!) { attachEvidence(evidenceId: $s, controlId: "${CONTROL}") { id } }`,
  },
  {
    name: 'detachEvidence controlId',
    field: 'controlId',
    query: 'mutation ($s: ID!) { detachEvidence(evidenceId: "evidence:none", controlId: $s) { id } }',
  },
  { name: 'addTeamMember teamId', field: 'teamId', query: `mutation ($s: ID!) { addTeamMember(personId: "${OWNER}", teamId: $s) { id } }` },
  {
    name: 'removeTeamMember personId',
    field: 'personId',
    query: 'mutation ($s: ID!) { removeTeamMember(personId: $s, teamId: "owner:none") { id } }',
  },
];

describe('injection strings in ids, codes, addresses, countries and dates of mutations', () => {
  it.each(WRITE_TARGETS.map((target) => [target.name, target] as const))(
    '%s: refused, naming the argument, nothing written',
    async (_name, target) => {
      for (const hostile of INJECTIONS) {
        const response = await postRaw(api.url, JSON.stringify({ query: target.query, variables: { s: hostile } }));
        const context = `${JSON.stringify(hostile)} ${JSON.stringify(response.body).slice(0, 400)}`;
        const code = response.body.errors?.[0]?.extensions?.code;
        expect(ALLOWED_REFUSALS, context).toContain(code);
        expectRefusal(response, { status: target.status ?? 200, code, field: target.field }, context);
        expectSameGraph(await graphFingerprint(api.driver), withOwnNodes, context);
      }
    },
  );
});

describe('injection strings in free text are stored as sent and come back as sent', () => {
  // Linking stamps updatedAt on the control, so each case links a control of its own, then removes it.
  it.each(INJECTIONS.map((hostile, index) => [JSON.stringify(hostile), hostile, index] as const))('%s', async (_label, hostile, index) => {
    const vendor = `vendor:hostile-s-${index}`;
    const control = `control:HOSTILE-S-${index}`;
    try {
      const created = await ok(
        'mutation ($input: CreateVendorInput!) { createVendor(input: $input) { id name description contractRef } }',
        { input: { id: vendor, name: hostile, description: `${hostile}\n${hostile}`, contractRef: hostile } },
      );
      expect(created.createVendor).toEqual({ id: vendor, name: hostile, description: `${hostile}\n${hostile}`, contractRef: hostile });
      // Found by its own text, as text: the filter matches this vendor and nothing else.
      const found = await ok('query ($s: String) { vendors(filter: { text: $s }) { nodes { id name } } }', { s: hostile });
      expect(found.vendors.nodes).toEqual([{ id: vendor, name: hostile }]);

      await ok(`mutation { createControl(input: { id: "${control}", code: "HOSTILE-S-${index}", name: "Hostile" }) { id } }`);
      const linked = await ok(
        `mutation ($s: String!) { linkControl(controlId: "${control}", targetId: "eu-ai-act:art-9", relationship: SUBSET_OF, strength: 3, rationale: $s) { rationale strength } }`,
        { s: hostile },
      );
      expect(linked.linkControl).toEqual({ rationale: hostile, strength: 3 });
      const read = await ok(`{ node(id: "${control}") { ... on Control { satisfies { nodes { rationale target { id } } } } } }`);
      expect(read.node.satisfies.nodes).toEqual([{ rationale: hostile, target: { id: 'eu-ai-act:art-9' } }]);
    } finally {
      await api.cypher('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: [vendor, control] });
    }
    expectSameGraph(await graphFingerprint(api.driver), withOwnNodes);
  });
});
