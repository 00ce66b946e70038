import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';

// The write side over real HTTP. The database is shared with files that check the loaded data
// exactly, so these tests write only nodes they create (ids containing "test-mut-"), never update a
// loaded node, and remove everything they created after each test; the graph ends as it began.

let api: TestApi;
let loadedGraph: string;

const TEST_IDS = `MATCH (n) WHERE toLower(n.id) CONTAINS ':test-mut-'`;

beforeAll(async () => {
  api = await startTestApi();
  loadedGraph = await graphFingerprint(api.driver);
});
afterEach(async () => {
  await api.cypher(`${TEST_IDS} DETACH DELETE n`);
});
afterAll(async () => {
  expect(await graphFingerprint(api.driver)).toEqual(loadedGraph);
  await api.close();
});

type Data = Record<string, any>;

/** Runs a mutation or query that must succeed; returns its data. */
async function ok(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const response = await api.gql<Data>(query, variables);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!;
}

/** Runs a request that must fail with one error of `code` naming `field`, and write nothing. */
async function refused(query: string, variables: Record<string, unknown>, code: string, field: string): Promise<GraphQLResponse<Data>> {
  const before = await graphFingerprint(api.driver);
  const response = await api.gql<Data>(query, variables);
  expect(response.body.errors, JSON.stringify(response.body)).toHaveLength(1);
  expect(response.body.errors![0]!.extensions).toMatchObject({ code, field });
  expect(response.body.data ?? null).toBeNull();
  expect(await graphFingerprint(api.driver)).toEqual(before);
  return response;
}

const CREATE_SYSTEM = `mutation ($input: CreateAISystemInput!) {
  createAISystem(input: $input) {
    id name description intendedPurpose roles riskClass highRiskBasis annexIIIArea transparencyTriggers
    gpaiBased lifecycleStage flaggedForReview placedOnMarket createdAt updatedAt
    annexIIIPoint annexISection article6_3Derogation profilesNaturalPersons decidesAboutNaturalPersons article25Triggers
    scopeExclusion establishedInUnion deployerIsPublicAuthority deployerIsPublicServiceBody intendedForPublicAuthorities
    annexXComponent significantlyChanged significantChangeOn withdrawnOn unitsStillInUse
  }
}`;
const CREATE_MODEL = `mutation ($input: CreateModelInput!) { createModel(input: $input) { id name modelType gpai systemicRisk createdAt updatedAt } }`;
const CREATE_VENDOR = `mutation ($input: CreateVendorInput!) { createVendor(input: $input) { id name country riskTier createdAt updatedAt } }`;
const CREATE_CONTROL = `mutation ($input: CreateControlInput!) { createControl(input: $input) { id code name implementationStatus createdAt updatedAt } }`;
const CREATE_EVIDENCE = `mutation ($input: CreateEvidenceInput!) {
  createEvidence(input: $input) { id title kind collectedOn validUntil freshness createdAt updatedAt }
}`;
const CREATE_OWNER = `mutation ($input: CreateOwnerInput!) { createOwner(input: $input) { id kind name email createdAt updatedAt } }`;

const system = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Test ${id}`,
  roles: ['DEPLOYER'],
  riskClass: 'MINIMAL',
  lifecycleStage: 'DESIGN',
  ...extra,
});
const model = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Test ${id}`, modelType: 'PREDICTIVE', ...extra });
const evidence = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Test ${id}`,
  kind: 'TEST_REPORT',
  collectedOn: '2026-01-10',
  validUntil: '2027-01-10',
  ...extra,
});

async function createSystem(id: string, extra: Record<string, unknown> = {}) {
  return (await ok(CREATE_SYSTEM, { input: system(id, extra) })).createAISystem;
}
async function createModel(id: string, extra: Record<string, unknown> = {}) {
  return (await ok(CREATE_MODEL, { input: model(id, extra) })).createModel;
}
async function createVendor(id: string) {
  return (await ok(CREATE_VENDOR, { input: { id, name: `Test ${id}` } })).createVendor;
}
async function createControl(code: string) {
  return (await ok(CREATE_CONTROL, { input: { code, name: `Test control ${code}` } })).createControl;
}
async function createEvidence(id: string) {
  return (await ok(CREATE_EVIDENCE, { input: evidence(id) })).createEvidence;
}
async function createOwner(id: string, kind: 'PERSON' | 'TEAM') {
  return (await ok(CREATE_OWNER, { input: { id, kind, name: `Test ${id}` } })).createOwner;
}

const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((node) => node.id);

describe('creating, updating and deleting nodes', () => {
  it('creates an AI system with every property, generating its id from the name, and reads it back', async () => {
    const created = await createSystem('', {
      id: undefined,
      name: '  Test Mut Credit Limit Engine  ',
      description: 'Sets credit limits.',
      intendedPurpose: 'Credit limits for consumer loans.',
      roles: ['PROVIDER', 'DEPLOYER', 'PROVIDER'],
      riskClass: 'HIGH_RISK',
      highRiskBasis: 'ANNEX_III',
      annexIIIArea: 'ESSENTIAL_SERVICES',
      transparencyTriggers: ['CHATBOT'],
      gpaiBased: true,
      lifecycleStage: 'DEVELOPMENT',
      flaggedForReview: false,
      placedOnMarket: '2026-03-01',
      annexIIIPoint: '5(b)',
      profilesNaturalPersons: true,
      decidesAboutNaturalPersons: true,
      article25Triggers: ['SUBSTANTIAL_MODIFICATION'],
      establishedInUnion: true,
      deployerIsPublicAuthority: false,
      deployerIsPublicServiceBody: true,
      intendedForPublicAuthorities: false,
      annexXComponent: false,
      significantlyChanged: true,
      significantChangeOn: '2026-09-01',
      withdrawnOn: '2026-12-01',
      unitsStillInUse: true,
    });
    expect(created).toMatchObject({
      id: 'system:test-mut-credit-limit-engine',
      name: 'Test Mut Credit Limit Engine',
      roles: ['PROVIDER', 'DEPLOYER'],
      riskClass: 'HIGH_RISK',
      highRiskBasis: 'ANNEX_III',
      annexIIIArea: 'ESSENTIAL_SERVICES',
      transparencyTriggers: ['CHATBOT'],
      gpaiBased: true,
      placedOnMarket: '2026-03-01',
      annexIIIPoint: '5(b)',
      annexISection: null,
      article6_3Derogation: null,
      profilesNaturalPersons: true,
      decidesAboutNaturalPersons: true,
      article25Triggers: ['SUBSTANTIAL_MODIFICATION'],
      scopeExclusion: null,
      establishedInUnion: true,
      deployerIsPublicAuthority: false,
      deployerIsPublicServiceBody: true,
      intendedForPublicAuthorities: false,
      annexXComponent: false,
      significantlyChanged: true,
      significantChangeOn: '2026-09-01',
      withdrawnOn: '2026-12-01',
      unitsStillInUse: true,
    });
    // Facts left out stay missing (unknown), not false.
    const minimal = await createSystem('system:test-mut-facts-unknown');
    expect(minimal).toMatchObject({
      deployerIsPublicAuthority: null,
      deployerIsPublicServiceBody: null,
      intendedForPublicAuthorities: null,
      establishedInUnion: null,
    });
    const [keys] = await api.cypher(`MATCH (n:AISystem {id: $id}) RETURN keys(n) AS keys`, { id: minimal.id });
    expect(keys!.keys).not.toContain('deployerIsPublicAuthority');
    expect(Date.parse(created.createdAt)).toBeGreaterThan(0);
    expect(created.updatedAt).toBe(created.createdAt);

    const read = await ok(`{ aiSystems(filter: {text: "test mut credit"}) { nodes { id name riskClass placedOnMarket } } }`);
    expect(read.aiSystems.nodes).toEqual([
      {
        id: 'system:test-mut-credit-limit-engine',
        name: 'Test Mut Credit Limit Engine',
        riskClass: 'HIGH_RISK',
        placedOnMarket: '2026-03-01',
      },
    ]);
    // Stored as Neo4j types: a Date, not text.
    const [stored] = await api.cypher(`MATCH (n:AISystem {id: $id}) RETURN valueType(n.placedOnMarket) AS type`, { id: created.id });
    expect(stored!.type).toBe('DATE NOT NULL');
  });

  it('makes generated ids unique', async () => {
    const first = await createSystem('', { id: undefined, name: 'Test Mut Twin' });
    const second = await createSystem('', { id: undefined, name: 'Test Mut Twin' });
    expect([first.id, second.id]).toEqual(['system:test-mut-twin', 'system:test-mut-twin-2']);
  });

  it('updates only the fields given, clears optional ones given as null, and stamps updatedAt', async () => {
    const created = await createSystem('system:test-mut-update', { description: 'Before.', reviewReason: 'Check.' });
    const data = await ok(
      `mutation ($id: ID!, $input: UpdateAISystemInput!) {
        updateAISystem(id: $id, input: $input) { id name description reviewReason lifecycleStage riskClass createdAt updatedAt }
      }`,
      { id: created.id, input: { name: 'Test Mut Renamed', description: null, lifecycleStage: 'DEPLOYED' } },
    );
    expect(data.updateAISystem).toMatchObject({
      id: 'system:test-mut-update',
      name: 'Test Mut Renamed',
      description: null,
      reviewReason: 'Check.',
      lifecycleStage: 'DEPLOYED',
      riskClass: 'MINIMAL',
      createdAt: created.createdAt,
    });
    expect(Date.parse(data.updateAISystem.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
    const [stored] = await api.cypher(`MATCH (n:AISystem {id: $id}) RETURN keys(n) AS keys`, { id: created.id });
    expect(stored!.keys).not.toContain('description');
  });

  it('creates and updates models, vendors, controls, evidence and owners', async () => {
    expect(await createModel('model:test-mut-m', { gpai: true, systemicRisk: true })).toMatchObject({ gpai: true, systemicRisk: true });
    const vendor = (await ok(CREATE_VENDOR, { input: { name: 'Test Mut Vendor', country: ' nl ', riskTier: 'HIGH' } })).createVendor;
    expect(vendor).toMatchObject({ id: 'vendor:test-mut-vendor', country: 'NL', riskTier: 'HIGH' });
    const control = (await ok(CREATE_CONTROL, { input: { code: 'TEST-MUT-01', name: 'Test control', implementationStatus: 'PLANNED' } }))
      .createControl;
    expect(control).toMatchObject({ id: 'control:TEST-MUT-01', code: 'TEST-MUT-01', implementationStatus: 'PLANNED' });
    expect(await createEvidence('evidence:test-mut-e')).toMatchObject({ collectedOn: '2026-01-10', validUntil: '2027-01-10' });
    const person = (await ok(CREATE_OWNER, { input: { name: 'Test Mut Person', kind: 'PERSON', email: 'p@example.com' } })).createOwner;
    expect(person).toMatchObject({ id: 'owner:test-mut-person', kind: 'PERSON', email: 'p@example.com' });
    const [labels] = await api.cypher(`MATCH (n {id: 'owner:test-mut-person'}) RETURN labels(n) AS labels`);
    expect([...(labels!.labels as string[])].sort()).toEqual(['Owner', 'Person']);

    const updated = await ok(
      `mutation {
        updateModel(id: "model:test-mut-m", input: {version: "2.0", systemicRisk: false}) { version systemicRisk }
        updateVendor(id: "vendor:test-mut-vendor", input: {riskTier: null, contractRef: "C-1"}) { riskTier contractRef }
        updateControl(id: "control:TEST-MUT-01", input: {code: "TEST-MUT-02", implementationStatus: IMPLEMENTED}) { id code implementationStatus }
        updateEvidence(id: "evidence:test-mut-e", input: {validUntil: "2028-01-01", location: "https://example.com/r"}) { validUntil location }
        updateOwner(id: "owner:test-mut-person", input: {kind: TEAM, jobTitle: null, description: "Now a team."}) { kind description }
      }`,
    );
    expect(updated).toEqual({
      updateModel: { version: '2.0', systemicRisk: false },
      updateVendor: { riskTier: null, contractRef: 'C-1' },
      // The id stays when the code changes: ids are stable.
      updateControl: { id: 'control:TEST-MUT-01', code: 'TEST-MUT-02', implementationStatus: 'IMPLEMENTED' },
      updateEvidence: { validUntil: '2028-01-01', location: 'https://example.com/r' },
      updateOwner: { kind: 'TEAM', description: 'Now a team.' },
    });
    const [relabelled] = await api.cypher(`MATCH (n {id: 'owner:test-mut-person'}) RETURN labels(n) AS labels`);
    expect([...(relabelled!.labels as string[])].sort()).toEqual(['Owner', 'Team']);
  });

  it('deletes what nothing depends on, with its relationships', async () => {
    await createEvidence('evidence:test-mut-free');
    await createControl('TEST-MUT-C');
    await ok(`mutation { attachEvidence(evidenceId: "evidence:test-mut-free", controlId: "control:TEST-MUT-C") { id } }`);
    const data = await ok(`mutation { deleteEvidence(id: "evidence:test-mut-free") { deletedId detachedRelationships } }`);
    expect(data.deleteEvidence).toEqual({ deletedId: 'evidence:test-mut-free', detachedRelationships: 1 });
    expect((await ok(`{ node(id: "evidence:test-mut-free") { id } }`)).node).toBeNull();
    expect((await ok(`{ node(id: "control:TEST-MUT-C") { ... on Control { evidence { totalCount } } } }`)).node.evidence.totalCount).toBe(
      0,
    );
  });

  it('refuses to delete what others depend on, naming them, and deletes it with force', async () => {
    await createVendor('vendor:test-mut-dep');
    await createModel('model:test-mut-dep');
    await createSystem('system:test-mut-dep');
    await ok(`mutation {
      setModelVendor(modelId: "model:test-mut-dep", vendorId: "vendor:test-mut-dep") { id }
      setSystemVendors(systemId: "system:test-mut-dep", vendorIds: ["vendor:test-mut-dep"]) { id }
    }`);
    const modelBefore = (await ok(`{ node(id: "model:test-mut-dep") { ... on Model { updatedAt } } }`)).node.updatedAt;

    const response = await refused(
      `mutation ($id: ID!) { deleteVendor(id: $id) { deletedId } }`,
      { id: 'vendor:test-mut-dep' },
      'CONFLICT',
      'id',
    );
    const error = response.body.errors![0]!;
    expect(error.message).toMatch(
      /models it supplies: 1 \(model:test-mut-dep\).*AI systems it supplies: 1 \(system:test-mut-dep\).*force: true/,
    );
    expect(error.extensions!.dependents).toEqual([
      { relationship: 'SUPPLIED_BY', direction: 'INCOMING', kind: 'Model', count: 1, ids: ['model:test-mut-dep'] },
      { relationship: 'SUPPLIED_BY', direction: 'INCOMING', kind: 'AISystem', count: 1, ids: ['system:test-mut-dep'] },
    ]);

    const forced = await ok(`mutation { deleteVendor(id: "vendor:test-mut-dep", force: true) { deletedId detachedRelationships } }`);
    expect(forced.deleteVendor).toEqual({ deletedId: 'vendor:test-mut-dep', detachedRelationships: 2 });
    const after = await ok(`{ node(id: "model:test-mut-dep") { ... on Model { vendor { id } updatedAt } } }`);
    expect(after.node.vendor).toBeNull();
    // The model's relationships changed: it is stamped too.
    expect(Date.parse(after.node.updatedAt)).toBeGreaterThan(Date.parse(modelBefore));
  });

  it('names the dependents of models, controls, systems and owners', async () => {
    await createModel('model:test-mut-base');
    await createModel('model:test-mut-child');
    await createSystem('system:test-mut-s');
    await createControl('TEST-MUT-D');
    await createEvidence('evidence:test-mut-d');
    await createOwner('owner:test-mut-o', 'PERSON');
    await ok(`mutation {
      setBaseModel(modelId: "model:test-mut-child", baseModelId: "model:test-mut-base") { id }
      setSystemModels(systemId: "system:test-mut-s", modelIds: ["model:test-mut-base"]) { id }
      setSystemControls(systemId: "system:test-mut-s", controlIds: ["control:TEST-MUT-D"]) { id }
      attachEvidence(evidenceId: "evidence:test-mut-d", controlId: "control:TEST-MUT-D") { id }
      linkControl(controlId: "control:TEST-MUT-D", targetId: "obligation:OBL-PROV-HR-RMS", relationship: SUBSET_OF, strength: 6, rationale: "Part of it.") { id }
      setOwner(nodeId: "control:TEST-MUT-D", ownerId: "owner:test-mut-o") { id }
    }`);
    const dependents = async (mutation: string, id: string) =>
      (await refused(`mutation ($id: ID!) { ${mutation}(id: $id) { deletedId } }`, { id }, 'CONFLICT', 'id')).body.errors![0]!.extensions!
        .dependents as { relationship: string; kind: string; count: number }[];

    expect((await dependents('deleteModel', 'model:test-mut-base')).map((d) => [d.relationship, d.kind, d.count])).toEqual([
      ['USES_MODEL', 'AISystem', 1],
      ['FINE_TUNED_FROM', 'Model', 1],
    ]);
    expect((await dependents('deleteControl', 'control:TEST-MUT-D')).map((d) => [d.relationship, d.kind, d.count])).toEqual([
      ['SUPPORTS', 'Evidence', 1],
      ['SATISFIES', 'Obligation', 1],
      ['GOVERNS', 'AISystem', 1],
    ]);
    expect((await dependents('deleteAISystem', 'system:test-mut-s')).map((d) => [d.relationship, d.kind])).toEqual([
      ['GOVERNS', 'Control'],
    ]);
    expect((await dependents('deleteOwner', 'owner:test-mut-o')).map((d) => [d.relationship, d.kind])).toEqual([['OWNS', 'Control']]);

    // The child only hangs off its base: it goes freely.
    expect(
      (await ok(`mutation { deleteModel(id: "model:test-mut-child") { detachedRelationships } }`)).deleteModel.detachedRelationships,
    ).toBe(1);
    const forced = await ok(`mutation { deleteControl(id: "control:TEST-MUT-D", force: true) { detachedRelationships } }`);
    expect(forced.deleteControl.detachedRelationships).toBe(4);
    const [satisfies] = await api.cypher(
      `MATCH (:Obligation {id: 'obligation:OBL-PROV-HR-RMS'})<-[:SATISFIES]-(c) WHERE c.id CONTAINS 'TEST-MUT' RETURN collect(c.id) AS ids`,
    );
    expect(satisfies!.ids).toEqual([]);
  });
});

describe('relationships', () => {
  it('setSystemModels, setSystemVendors and setSystemControls replace the set', async () => {
    await createSystem('system:test-mut-rel');
    await createModel('model:test-mut-a');
    await createModel('model:test-mut-b');
    await createVendor('vendor:test-mut-a');
    await createControl('TEST-MUT-A');
    await createControl('TEST-MUT-B');
    const set = (modelIds: string[], vendorIds: string[], controlIds: string[]) =>
      ok(
        `mutation ($id: ID!, $models: [ID!]!, $vendors: [ID!]!, $controls: [ID!]!) {
          setSystemModels(systemId: $id, modelIds: $models) { id }
          setSystemVendors(systemId: $id, vendorIds: $vendors) { id }
          setSystemControls(systemId: $id, controlIds: $controls) {
            models(orderBy: {field: ID}) { nodes { id } }
            vendors { nodes { id } }
            controls(orderBy: {field: ID}) { nodes { id } }
          }
        }`,
        { id: 'system:test-mut-rel', models: modelIds, vendors: vendorIds, controls: controlIds },
      );
    const first = (await set(['model:test-mut-b', 'model:test-mut-a', 'model:test-mut-a'], ['vendor:test-mut-a'], ['control:TEST-MUT-A']))
      .setSystemControls;
    expect([ids(first.models), ids(first.vendors), ids(first.controls)]).toEqual([
      ['model:test-mut-a', 'model:test-mut-b'],
      ['vendor:test-mut-a'],
      ['control:TEST-MUT-A'],
    ]);
    const second = (await set(['model:test-mut-b'], [], ['control:TEST-MUT-B', 'control:TEST-MUT-A'])).setSystemControls;
    expect([ids(second.models), ids(second.vendors), ids(second.controls)]).toEqual([
      ['model:test-mut-b'],
      [],
      ['control:TEST-MUT-A', 'control:TEST-MUT-B'],
    ]);
    // Read back from the other ends.
    const read = await ok(`{
      a: node(id: "model:test-mut-a") { ... on Model { aiSystems { totalCount } } }
      b: node(id: "control:TEST-MUT-B") { ... on Control { aiSystems { nodes { id } } } }
    }`);
    expect(read.a.aiSystems.totalCount).toBe(0);
    expect(ids(read.b.aiSystems)).toEqual(['system:test-mut-rel']);
  });

  it('reads each mutation of a request after the writes before it', async () => {
    await createSystem('system:test-mut-seq');
    await createModel('model:test-mut-1');
    await createModel('model:test-mut-2');
    const data = await ok(`mutation {
      first: setSystemModels(systemId: "system:test-mut-seq", modelIds: ["model:test-mut-1"]) { models { nodes { id } } }
      second: setSystemModels(systemId: "system:test-mut-seq", modelIds: ["model:test-mut-2"]) { models { nodes { id } } }
    }`);
    expect([ids(data.first.models), ids(data.second.models)]).toEqual([['model:test-mut-1'], ['model:test-mut-2']]);
  });

  it('setModelVendor and setBaseModel set, replace and clear; a model cannot descend from itself', async () => {
    await createModel('model:test-mut-x');
    await createModel('model:test-mut-y');
    await createModel('model:test-mut-z');
    await createVendor('vendor:test-mut-1');
    await createVendor('vendor:test-mut-2');
    const set = await ok(`mutation {
      a: setModelVendor(modelId: "model:test-mut-x", vendorId: "vendor:test-mut-1") { vendor { id } }
      b: setModelVendor(modelId: "model:test-mut-x", vendorId: "vendor:test-mut-2") { vendor { id } }
      c: setBaseModel(modelId: "model:test-mut-y", baseModelId: "model:test-mut-x") { baseModel { id } }
      d: setBaseModel(modelId: "model:test-mut-z", baseModelId: "model:test-mut-y") { baseModel { id } }
    }`);
    expect([set.a.vendor.id, set.b.vendor.id, set.c.baseModel.id, set.d.baseModel.id]).toEqual([
      'vendor:test-mut-1',
      'vendor:test-mut-2',
      'model:test-mut-x',
      'model:test-mut-y',
    ]);
    const vendor = await ok(`{ node(id: "vendor:test-mut-1") { ... on Vendor { models { totalCount } } } }`);
    expect(vendor.node.models.totalCount).toBe(0);

    const setBase = `mutation ($model: ID!, $base: ID) { setBaseModel(modelId: $model, baseModelId: $base) { id } }`;
    await refused(setBase, { model: 'model:test-mut-x', base: 'model:test-mut-x' }, 'BAD_USER_INPUT', 'baseModelId');
    await refused(setBase, { model: 'model:test-mut-x', base: 'model:test-mut-z' }, 'BAD_USER_INPUT', 'baseModelId');

    const cleared = await ok(`mutation {
      setModelVendor(modelId: "model:test-mut-x", vendorId: null) { vendor { id } }
      setBaseModel(modelId: "model:test-mut-z") { baseModel { id } }
    }`);
    expect(cleared).toEqual({ setModelVendor: { vendor: null }, setBaseModel: { baseModel: null } });
  });

  it('linkControl links a control to a provision or obligation, and linking again updates the link', async () => {
    await createControl('TEST-MUT-L');
    const LINK = `mutation ($target: ID!, $relationship: MappingRelationship!, $strength: Int!, $rationale: String!) {
      linkControl(controlId: "control:TEST-MUT-L", targetId: $target, relationship: $relationship, strength: $strength, rationale: $rationale) {
        id relationship strength rationale createdAt updatedAt control { id } target { id __typename }
      }
    }`;
    const first = (
      await ok(LINK, { target: 'iso42001:A.6.2.4', relationship: 'INTERSECTS_WITH', strength: 5, rationale: ' Tests part of it. ' })
    ).linkControl;
    expect(first).toMatchObject({
      id: 'link:control:TEST-MUT-L>iso42001:A.6.2.4',
      relationship: 'INTERSECTS_WITH',
      strength: 5,
      rationale: 'Tests part of it.',
      control: { id: 'control:TEST-MUT-L' },
      target: { id: 'iso42001:A.6.2.4', __typename: 'Provision' },
    });
    expect(first.createdAt).toBe(first.updatedAt);
    await ok(LINK, { target: 'obligation:OBL-PROV-HR-RMS', relationship: 'SUBSET_OF', strength: 7, rationale: 'Covers part of Art. 9.' });
    const again = (await ok(LINK, { target: 'iso42001:A.6.2.4', relationship: 'EQUAL', strength: 9, rationale: 'Now all of it.' }))
      .linkControl;
    expect(again).toMatchObject({ relationship: 'EQUAL', strength: 9, rationale: 'Now all of it.', createdAt: first.createdAt });
    expect(Date.parse(again.updatedAt)).toBeGreaterThan(Date.parse(first.updatedAt));

    const read = await ok(`{
      node(id: "control:TEST-MUT-L") { ... on Control { satisfies { nodes { target { id } relationship strength } } } }
      provisions(filter: {ids: ["iso42001:A.6.2.4"]}) { nodes { satisfiedBy { nodes { control { id } strength } } } }
    }`);
    expect(read.node.satisfies.nodes).toEqual([
      { target: { id: 'iso42001:A.6.2.4' }, relationship: 'EQUAL', strength: 9 },
      { target: { id: 'obligation:OBL-PROV-HR-RMS' }, relationship: 'SUBSET_OF', strength: 7 },
    ]);
    expect(read.provisions.nodes[0].satisfiedBy.nodes).toContainEqual({ control: { id: 'control:TEST-MUT-L' }, strength: 9 });
    // Strength is stored as an integer, like the loaded links.
    const [stored] = await api.cypher(
      `MATCH (:Control {id: 'control:TEST-MUT-L'})-[r:SATISFIES]->() RETURN collect(DISTINCT valueType(r.strength)) AS types`,
    );
    expect(stored!.types).toEqual(['INTEGER NOT NULL']);

    const UNLINK = `mutation { unlinkControl(controlId: "control:TEST-MUT-L", targetId: "iso42001:A.6.2.4") }`;
    expect(await ok(UNLINK)).toEqual({ unlinkControl: true });
    expect(await ok(UNLINK)).toEqual({ unlinkControl: false });
  });

  it('attachEvidence and detachEvidence', async () => {
    await createEvidence('evidence:test-mut-att');
    await createControl('TEST-MUT-E');
    const attach = `mutation { attachEvidence(evidenceId: "evidence:test-mut-att", controlId: "control:TEST-MUT-E") { controls { nodes { id } } } }`;
    expect(ids((await ok(attach)).attachEvidence.controls)).toEqual(['control:TEST-MUT-E']);
    expect(ids((await ok(attach)).attachEvidence.controls)).toEqual(['control:TEST-MUT-E']);
    expect(ids((await ok(`{ node(id: "control:TEST-MUT-E") { ... on Control { evidence { nodes { id } } } } }`)).node.evidence)).toEqual([
      'evidence:test-mut-att',
    ]);
    const detached = await ok(
      `mutation { detachEvidence(evidenceId: "evidence:test-mut-att", controlId: "control:TEST-MUT-E") { controls { totalCount } } }`,
    );
    expect(detached.detachEvidence.controls.totalCount).toBe(0);
  });

  it('setOwner gives a system, control or evidence item one owner; addTeamMember and removeTeamMember', async () => {
    await createOwner('owner:test-mut-ann', 'PERSON');
    await createOwner('owner:test-mut-bob', 'PERSON');
    await createOwner('owner:test-mut-team', 'TEAM');
    await createSystem('system:test-mut-owned');
    await createControl('TEST-MUT-O');
    await createEvidence('evidence:test-mut-owned');
    const owned = await ok(`mutation {
      s: setOwner(nodeId: "system:test-mut-owned", ownerId: "owner:test-mut-ann") { ... on AISystem { owner { id } } }
      c: setOwner(nodeId: "control:TEST-MUT-O", ownerId: "owner:test-mut-team") { ... on Control { owner { id } } }
      e: setOwner(nodeId: "evidence:test-mut-owned", ownerId: "owner:test-mut-ann") { ... on Evidence { owner { id } } }
      again: setOwner(nodeId: "system:test-mut-owned", ownerId: "owner:test-mut-bob") { ... on AISystem { owner { id } } }
    }`);
    expect([owned.s.owner.id, owned.c.owner.id, owned.e.owner.id, owned.again.owner.id]).toEqual([
      'owner:test-mut-ann',
      'owner:test-mut-team',
      'owner:test-mut-ann',
      'owner:test-mut-bob',
    ]);
    const ann = await ok(`{ node(id: "owner:test-mut-ann") { ... on Owner { aiSystems { totalCount } evidence { nodes { id } } } } }`);
    expect(ann.node).toEqual({ aiSystems: { totalCount: 0 }, evidence: { nodes: [{ id: 'evidence:test-mut-owned' }] } });
    const cleared = await ok(
      `mutation { setOwner(nodeId: "evidence:test-mut-owned", ownerId: null) { ... on Evidence { owner { id } } } }`,
    );
    expect(cleared.setOwner.owner).toBeNull();

    const member = await ok(
      `mutation { addTeamMember(personId: "owner:test-mut-ann", teamId: "owner:test-mut-team") { id teams { nodes { id } } } }`,
    );
    expect(member.addTeamMember).toEqual({ id: 'owner:test-mut-ann', teams: { nodes: [{ id: 'owner:test-mut-team' }] } });
    expect(ids((await ok(`{ node(id: "owner:test-mut-team") { ... on Owner { members { nodes { id } } } } }`)).node.members)).toEqual([
      'owner:test-mut-ann',
    ]);
    // A person in a team cannot become a team.
    await refused(
      `mutation ($id: ID!) { updateOwner(id: $id, input: {kind: TEAM}) { id } }`,
      { id: 'owner:test-mut-ann' },
      'CONFLICT',
      'input.kind',
    );
    const removed = await ok(
      `mutation { removeTeamMember(personId: "owner:test-mut-ann", teamId: "owner:test-mut-team") { teams { totalCount } } }`,
    );
    expect(removed.removeTeamMember.teams.totalCount).toBe(0);
  });
});

describe('refused input: an error with a code and the field, and nothing written', () => {
  const UPDATE_SYSTEM = `mutation ($id: ID!, $input: UpdateAISystemInput!) { updateAISystem(id: $id, input: $input) { id } }`;
  const LINK = `mutation ($control: ID!, $target: ID!, $strength: Int!, $rationale: String!) {
    linkControl(controlId: $control, targetId: $target, relationship: EQUAL, strength: $strength, rationale: $rationale) { id }
  }`;

  it('checks required fields, enum values, lengths, formats and consistency', async () => {
    await refused(CREATE_SYSTEM, { input: system('system:test-mut-bad', { name: '   ' }) }, 'BAD_USER_INPUT', 'input.name');
    await refused(CREATE_SYSTEM, { input: system('system:test-mut-bad', { name: 'x'.repeat(201) }) }, 'BAD_USER_INPUT', 'input.name');
    await refused(CREATE_SYSTEM, { input: system('system:test-mut-bad', { roles: [] }) }, 'BAD_USER_INPUT', 'input.roles');
    // GPAI is a risk class of obligations, not of AI systems.
    await refused(CREATE_SYSTEM, { input: system('system:test-mut-bad', { riskClass: 'GPAI' }) }, 'BAD_USER_INPUT', 'input.riskClass');
    await refused(
      CREATE_SYSTEM,
      { input: system('system:test-mut-bad', { highRiskBasis: 'ANNEX_I' }) },
      'BAD_USER_INPUT',
      'input.highRiskBasis',
    );
    await refused(
      CREATE_SYSTEM,
      { input: system('system:test-mut-bad', { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_I', annexIIIArea: 'EMPLOYMENT' }) },
      'BAD_USER_INPUT',
      'input.annexIIIArea',
    );
    await refused(CREATE_SYSTEM, { input: system('model:test-mut-bad') }, 'BAD_USER_INPUT', 'input.id');
    await refused(CREATE_SYSTEM, { input: system('system:test mut bad') }, 'BAD_USER_INPUT', 'input.id');
    await refused(CREATE_MODEL, { input: model('model:test-mut-bad', { systemicRisk: true }) }, 'BAD_USER_INPUT', 'input.systemicRisk');
    await refused(CREATE_VENDOR, { input: { name: 'Test Mut V', country: 'Netherlands' } }, 'BAD_USER_INPUT', 'input.country');
    await refused(
      CREATE_OWNER,
      { input: { name: 'Test Mut P', kind: 'PERSON', email: 'not-an-address' } },
      'BAD_USER_INPUT',
      'input.email',
    );
    await refused(CREATE_CONTROL, { input: { code: 'TEST MUT/1', name: 'Test' } }, 'BAD_USER_INPUT', 'input.code');
    await refused(
      CREATE_EVIDENCE,
      { input: evidence('evidence:test-mut-bad', { collectedOn: '2026-05-01', validUntil: '2026-04-30' }) },
      'BAD_USER_INPUT',
      'input.validUntil',
    );
  });

  it('checks the Act facts against each other: Annex III point and area, Art. 6(3) derogation, Art. 111(2) change', async () => {
    const highRisk = { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III' };
    const derogated = { riskClass: 'MINIMAL', article6_3Derogation: 'D_PREPARATORY_TASK' };
    // The point must be one of the Act's, inside the area.
    await refused(
      CREATE_SYSTEM,
      { input: system('system:test-mut-bad', { ...highRisk, annexIIIPoint: '9(z)' }) },
      'BAD_USER_INPUT',
      'input.annexIIIPoint',
    );
    await refused(
      CREATE_SYSTEM,
      { input: system('system:test-mut-bad', { ...highRisk, annexIIIArea: 'EMPLOYMENT', annexIIIPoint: '5(b)' }) },
      'BAD_USER_INPUT',
      'input.annexIIIPoint',
    );
    // A derogation is for systems not classed high-risk, and void for one that profiles natural persons.
    await refused(
      CREATE_SYSTEM,
      { input: system('system:test-mut-bad', { ...highRisk, article6_3Derogation: 'A_NARROW_PROCEDURAL_TASK' }) },
      'BAD_USER_INPUT',
      'input.article6_3Derogation',
    );
    await refused(
      CREATE_SYSTEM,
      { input: system('system:test-mut-bad', { ...derogated, profilesNaturalPersons: true }) },
      'BAD_USER_INPUT',
      'input.article6_3Derogation',
    );
    // A date of significant change with significantlyChanged false says two things at once.
    await refused(
      CREATE_SYSTEM,
      { input: system('system:test-mut-bad', { significantlyChanged: false, significantChangeOn: '2026-09-01' }) },
      'BAD_USER_INPUT',
      'input.significantChangeOn',
    );

    // An Annex III area and point go with a derogation too (Art. 6(3) is about Annex III systems).
    const allowed = await createSystem('system:test-mut-derogated', {
      ...derogated,
      annexIIIArea: 'EMPLOYMENT',
      annexIIIPoint: '4(a)',
      profilesNaturalPersons: false,
    });
    expect(allowed).toMatchObject({
      riskClass: 'MINIMAL',
      article6_3Derogation: 'D_PREPARATORY_TASK',
      annexIIIArea: 'EMPLOYMENT',
      annexIIIPoint: '4(a)',
    });
    // Updates are checked against what is stored; the error names the field the update changed.
    await refused(
      UPDATE_SYSTEM,
      { id: allowed.id, input: { profilesNaturalPersons: true } },
      'BAD_USER_INPUT',
      'input.profilesNaturalPersons',
    );
    await refused(UPDATE_SYSTEM, { id: allowed.id, input: { annexIIIArea: 'ESSENTIAL_SERVICES' } }, 'BAD_USER_INPUT', 'input.annexIIIArea');
    await refused(
      UPDATE_SYSTEM,
      { id: allowed.id, input: { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III' } },
      'BAD_USER_INPUT',
      'input.riskClass',
    );
    await refused(UPDATE_SYSTEM, { id: allowed.id, input: { annexIIIPoint: '9(z)' } }, 'BAD_USER_INPUT', 'input.annexIIIPoint');
    const changed = await createSystem('system:test-mut-changed', { significantlyChanged: true, significantChangeOn: '2026-09-01' });
    await refused(
      UPDATE_SYSTEM,
      { id: changed.id, input: { significantlyChanged: false } },
      'BAD_USER_INPUT',
      'input.significantlyChanged',
    );
  });

  it('refuses ids that exist already and duplicate control codes (CONFLICT)', async () => {
    await refused(CREATE_SYSTEM, { input: system('system:credit-scoring') }, 'CONFLICT', 'input.id');
    const response = await refused(CREATE_CONTROL, { input: { code: 'GOV-01', name: 'Test' } }, 'CONFLICT', 'input.code');
    expect(response.body.errors![0]!.extensions!.existingId).toBe('control:GOV-01');
    await createControl('TEST-MUT-DUP');
    await refused(CREATE_CONTROL, { input: { code: 'test-mut-dup', name: 'Test' } }, 'CONFLICT', 'input.code');
    await createControl('TEST-MUT-OTHER');
    await refused(`mutation { updateControl(id: "control:TEST-MUT-OTHER", input: {code: "GOV-02"}) { id } }`, {}, 'CONFLICT', 'input.code');
  });

  it('updates: required fields cannot be cleared; ids must exist and be of the right kind', async () => {
    await createSystem('system:test-mut-upd');
    await refused(UPDATE_SYSTEM, { id: 'system:test-mut-upd', input: { name: null } }, 'BAD_USER_INPUT', 'input.name');
    await refused(UPDATE_SYSTEM, { id: 'system:test-mut-upd', input: { roles: null } }, 'BAD_USER_INPUT', 'input.roles');
    // Making it minimal-risk while it keeps a high-risk basis stored.
    await ok(UPDATE_SYSTEM, { id: 'system:test-mut-upd', input: { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_I' } });
    await refused(UPDATE_SYSTEM, { id: 'system:test-mut-upd', input: { riskClass: 'MINIMAL' } }, 'BAD_USER_INPUT', 'input.riskClass');
    await ok(UPDATE_SYSTEM, { id: 'system:test-mut-upd', input: { riskClass: 'MINIMAL', highRiskBasis: null } });
    await refused(UPDATE_SYSTEM, { id: 'system:test-mut-nope', input: { name: 'x' } }, 'NOT_FOUND', 'id');
    // Act and ISO content is read-only: their ids are of the wrong kind for every mutation.
    await refused(UPDATE_SYSTEM, { id: 'eu-ai-act:art-9', input: { name: 'x' } }, 'BAD_USER_INPUT', 'id');
    await refused(`mutation { deleteEvidence(id: "evidence:test-mut-nope") { deletedId } }`, {}, 'NOT_FOUND', 'id');
  });

  it('linkControl: strength 1–10, a rationale, a control and a provision or obligation that exist', async () => {
    await createControl('TEST-MUT-V');
    const link = (extra: Record<string, unknown>) => ({
      control: 'control:TEST-MUT-V',
      target: 'eu-ai-act:art-9',
      strength: 5,
      rationale: 'Why.',
      ...extra,
    });
    await refused(LINK, link({ strength: 0 }), 'BAD_USER_INPUT', 'strength');
    await refused(LINK, link({ strength: 11 }), 'BAD_USER_INPUT', 'strength');
    await refused(LINK, link({ rationale: '  ' }), 'BAD_USER_INPUT', 'rationale');
    await refused(LINK, link({ target: 'system:credit-scoring' }), 'BAD_USER_INPUT', 'targetId');
    await refused(LINK, link({ target: 'eu-ai-act' }), 'BAD_USER_INPUT', 'targetId');
    await refused(LINK, link({ target: 'eu-ai-act:art-999' }), 'NOT_FOUND', 'targetId');
    await refused(LINK, link({ target: 'obligation:OBL-NOPE' }), 'NOT_FOUND', 'targetId');
    await refused(LINK, link({ control: 'control:TEST-MUT-NOPE' }), 'NOT_FOUND', 'controlId');
    await refused(LINK, link({ control: 'evidence:test-mut-x' }), 'BAD_USER_INPUT', 'controlId');
  });

  it('relationship mutations: every id checked, the first bad one named, nothing half-written', async () => {
    await createSystem('system:test-mut-r');
    await createModel('model:test-mut-r');
    await createOwner('owner:test-mut-p', 'PERSON');
    await createOwner('owner:test-mut-t', 'TEAM');
    await ok(`mutation { setSystemModels(systemId: "system:test-mut-r", modelIds: ["model:test-mut-r"]) { id } }`);
    const SET_MODELS = `mutation ($system: ID!, $models: [ID!]!) { setSystemModels(systemId: $system, modelIds: $models) { id } }`;
    // The first id exists; the second does not: the set stays as it was.
    await refused(
      SET_MODELS,
      { system: 'system:test-mut-r', models: ['model:test-mut-r', 'model:test-mut-gone'] },
      'NOT_FOUND',
      'modelIds.1',
    );
    await refused(SET_MODELS, { system: 'system:test-mut-r', models: ['vendor:test-mut-r'] }, 'BAD_USER_INPUT', 'modelIds.0');
    await refused(SET_MODELS, { system: 'system:test-mut-gone', models: [] }, 'NOT_FOUND', 'systemId');
    await refused(
      `mutation { setSystemControls(systemId: "system:test-mut-r", controlIds: ["control:TEST-MUT-GONE"]) { id } }`,
      {},
      'NOT_FOUND',
      'controlIds.0',
    );
    await refused(
      `mutation { setModelVendor(modelId: "model:test-mut-r", vendorId: "vendor:test-mut-gone") { id } }`,
      {},
      'NOT_FOUND',
      'vendorId',
    );
    await refused(`mutation { setOwner(nodeId: "eu-ai-act:art-9", ownerId: "owner:test-mut-p") { id } }`, {}, 'BAD_USER_INPUT', 'nodeId');
    await refused(`mutation { setOwner(nodeId: "model:test-mut-r", ownerId: "owner:test-mut-p") { id } }`, {}, 'BAD_USER_INPUT', 'nodeId');
    await refused(`mutation { setOwner(nodeId: "system:test-mut-r", ownerId: "owner:test-mut-gone") { id } }`, {}, 'NOT_FOUND', 'ownerId');
    await refused(
      `mutation { addTeamMember(personId: "owner:test-mut-t", teamId: "owner:test-mut-t") { id } }`,
      {},
      'BAD_USER_INPUT',
      'personId',
    );
    await refused(
      `mutation { addTeamMember(personId: "owner:test-mut-p", teamId: "owner:test-mut-p") { id } }`,
      {},
      'BAD_USER_INPUT',
      'teamId',
    );
    await refused(
      `mutation { attachEvidence(evidenceId: "evidence:test-mut-gone", controlId: "control:GOV-01") { id } }`,
      {},
      'NOT_FOUND',
      'evidenceId',
    );
    expect(ids((await ok(`{ node(id: "system:test-mut-r") { ... on AISystem { models { nodes { id } } } } }`)).node.models)).toEqual([
      'model:test-mut-r',
    ]);
  });

  // GraphQL refuses these before any resolver runs; common/input-errors.ts adds the field.
  it('values the schema refuses: a date that does not exist, an unknown enum value, a missing field, a fractional strength', async () => {
    await refused(
      CREATE_EVIDENCE,
      { input: evidence('evidence:test-mut-bad', { collectedOn: '2026-02-30' }) },
      'BAD_USER_INPUT',
      'input.collectedOn',
    );
    await refused(CREATE_EVIDENCE, { input: evidence('evidence:test-mut-bad', { kind: 'SELFIE' }) }, 'BAD_USER_INPUT', 'input.kind');
    await refused(CREATE_EVIDENCE, { input: evidence('evidence:test-mut-bad', { title: undefined }) }, 'BAD_USER_INPUT', 'input.title');
    await refused(
      CREATE_SYSTEM,
      { input: system('system:test-mut-bad', { roles: ['DEPLOYER', 'OPERATOR'] }) },
      'BAD_USER_INPUT',
      'input.roles.1',
    );
    await createControl('TEST-MUT-F');
    await refused(
      LINK,
      { control: 'control:TEST-MUT-F', target: 'eu-ai-act:art-9', strength: 1.5, rationale: 'Why.' },
      'BAD_USER_INPUT',
      'strength',
    );
  });
});
