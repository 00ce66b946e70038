// The audit trail (issue 6, item 3): every mutation writes one event in its own transaction, naming
// who, when, which operation and nodes, with each node before and after; a failed one writes none;
// auditors read it with filters and pages; nothing can change it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';
import { SCENARIO_IDS, mutationScenario } from './mutation-scenario.js';

let api: TestApi;
let before: string;

beforeAll(async () => {
  api = await startTestApi();
  before = await graphFingerprint(api.driver);
});

afterAll(async () => {
  // The scenario removes what it made; the API keys it made stay (revoked), as keys do.
  await api.cypher("MATCH (k:ApiKey) WHERE k.name STARTS WITH 'audit test' OR k.name = 'scenario key' DETACH DELETE k");
  expect(await graphFingerprint(api.driver)).toBe(before);
  await api.close();
});

const EVENT_FIELDS = 'id at actor actorKind role keyId operation nodeIds changes { nodeId kind before after }';

/** This file's admin's events (other test files write concurrently, as their own actors). */
async function eventCount(): Promise<number> {
  const rows = await api.cypher('MATCH (e:AuditEvent {actor: $actor}) RETURN count(e) AS n', { actor: api.adminActor });
  return Number(rows[0]!.n);
}

async function latestEvents(count: number): Promise<any[]> {
  const answer = await api.gql<any>(
    `query($n: Int, $actor: String) { auditEvents(first: $n, filter: { actor: $actor }) { nodes { ${EVENT_FIELDS} } } }`,
    { n: count, actor: api.adminActor },
  );
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data.auditEvents.nodes;
}

/** An API key of this role, created through the API. */
async function keyFor(role: string, name: string): Promise<string> {
  const answer = await api.gql<any>('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }', {
    input: { name, role },
  });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data.createApiKey.key;
}

describe('the audit trail', () => {
  it('gets exactly one event per mutation, for every mutation of the schema, naming its operation and nodes', async () => {
    const schema = await api.gql<any>('{ __schema { mutationType { fields { name } } } }');
    const mutations: string[] = schema.body.data.__schema.mutationType.fields.map((field: { name: string }) => field.name).sort();

    let apiKeyId = '';
    const steps = mutationScenario(() => apiKeyId);
    // The scenario calls every mutation there is: a new one must be added to it (and so to this test).
    expect([...new Set(steps.map((step) => step.operation))].sort()).toEqual(mutations);

    for (const step of steps) {
      const count = await eventCount();
      const answer = await api.gql<any>(step.query, step.variables);
      expect(answer.body.errors, `${step.operation}: ${JSON.stringify(answer.body.errors)}`).toBeUndefined();
      if (step.operation === 'createApiKey') apiKeyId = answer.body.data.createApiKey.apiKey.id;
      expect(await eventCount(), step.operation).toBe(count + 1);
      const [event] = await latestEvents(1);
      expect(event.operation).toBe(step.operation);
      expect(event).toMatchObject({ actor: api.adminActor, actorKind: 'ADMIN_KEY', role: 'ADMIN', keyId: null });
      expect(event.nodeIds, step.operation).toEqual(expect.arrayContaining(step.touches));
      expect(event.changes.length, step.operation).toBeGreaterThan(0);
      if (step.operation.startsWith('createApiKey') || step.operation.startsWith('revokeApiKey')) {
        expect(event.nodeIds).toEqual([apiKeyId]);
        // The stored key's hash and salt never reach the trail, and neither does the key.
        const text = JSON.stringify(event);
        expect(text).not.toMatch(/"hash"|"salt"/);
        if (step.operation === 'createApiKey') expect(text).not.toContain(answer.body.data.createApiKey.key);
      }
    }
  });

  it('records each node before and after: null before a create, null after a delete, changed properties and links', async () => {
    const id = 'vendor:audit-before-after';
    await api.gql('mutation { createVendor(input: { id: "vendor:audit-before-after", name: "Before" }) { id } }');
    await api.gql('mutation { updateVendor(id: "vendor:audit-before-after", input: { name: "After", country: "DE" }) { id } }');
    await api.gql('mutation { deleteVendor(id: "vendor:audit-before-after") { deletedId } }');
    const answer = await api.gql<any>(`query($id: ID) { auditEvents(filter: { nodeId: $id }) { totalCount nodes { ${EVENT_FIELDS} } } }`, {
      id,
    });
    const events = answer.body.data.auditEvents.nodes;
    expect(events.map((event: any) => event.operation)).toEqual(['deleteVendor', 'updateVendor', 'createVendor']);
    const [deleted, updated, created] = events.map((event: any) => event.changes.find((change: any) => change.nodeId === id));
    expect(created).toMatchObject({ kind: 'Vendor', before: null, after: { labels: ['Vendor'], properties: { id, name: 'Before' } } });
    expect(updated.before.properties).toMatchObject({ name: 'Before' });
    expect(updated.before.properties.country).toBeUndefined();
    expect(updated.after.properties).toMatchObject({ name: 'After', country: 'DE' });
    expect(deleted).toMatchObject({ before: { properties: { name: 'After' } }, after: null });
    // Times are the transactions' own, newest first.
    const times = events.map((event: any) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("names the other end of a relationship that changed, so a node's history shows links made and removed", async () => {
    const { system, vendor } = { system: 'system:audit-links', vendor: 'vendor:audit-links' };
    await api.gql(`mutation { createVendor(input: { id: "${vendor}", name: "Linked" }) { id } }`);
    await api.gql(
      `mutation { createAISystem(input: { id: "${system}", name: "Links", roles: [DEPLOYER], riskClass: MINIMAL, lifecycleStage: DESIGN }) { id } }`,
    );
    await api.gql(`mutation { setSystemVendors(systemId: "${system}", vendorIds: ["${vendor}"]) { id } }`);
    await api.gql(`mutation { setSystemVendors(systemId: "${system}", vendorIds: []) { id } }`);
    const answer = await api.gql<any>(
      `{ auditEvents(filter: { nodeId: "${vendor}" }) { nodes { operation nodeIds changes { nodeId before after } } } }`,
    );
    const events = answer.body.data.auditEvents.nodes;
    expect(events.map((event: any) => event.operation)).toEqual(['setSystemVendors', 'setSystemVendors', 'createVendor']);
    const [removed, added] = events;
    const relationshipsOf = (snapshot: any) => snapshot.relationships.map((r: any) => `${r.type} ${r.direction} ${r.id}`);
    expect(relationshipsOf(added.changes[0].before)).not.toContain(`SUPPLIED_BY OUT ${vendor}`);
    expect(relationshipsOf(added.changes[0].after)).toContain(`SUPPLIED_BY OUT ${vendor}`);
    expect(relationshipsOf(removed.changes[0].after)).not.toContain(`SUPPLIED_BY OUT ${vendor}`);
    await api.gql(`mutation { deleteAISystem(id: "${system}", force: true) { deletedId } }`);
    await api.gql(`mutation { deleteVendor(id: "${vendor}", force: true) { deletedId } }`);
  });

  it('writes no event for a failed or refused mutation', async () => {
    const count = await eventCount();
    const failures = [
      'mutation { createVendor(input: { id: "vendor:audit-fail", name: "" }) { id } }', // BAD_USER_INPUT
      'mutation { updateVendor(id: "vendor:does-not-exist", input: { name: "x" }) { id } }', // NOT_FOUND
      `mutation { createControl(input: { code: "RSK-01", name: "Duplicate code" }) { id } }`, // CONFLICT
      'mutation { deleteVendor(id: "vendor:halvard-ai") { deletedId } }', // CONFLICT: dependents
      'mutation { revokeApiKey(id: "apikey:000000000000") { id } }', // NOT_FOUND
      `mutation { setSystemVendors(systemId: "system:credit-scoring", vendorIds: ["vendor:lumen-analytics", "vendor:nope"]) { id } }`,
    ];
    for (const query of failures) {
      const answer = await api.gql(query);
      expect(answer.body.errors, query).toHaveLength(1);
    }
    // Refused for the role: a viewer's write.
    const viewer = await keyFor('VIEWER', 'audit test viewer');
    const refused = await api.gql('mutation { createVendor(input: { id: "vendor:audit-refused", name: "No" }) { id } }', undefined, {
      key: viewer,
    });
    expect(refused.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await eventCount()).toBe(count + 1); // only the key's creation
  });

  it('names the key that made a change, and filters by actor, operation, node and time, in pages', async () => {
    const editor = await keyFor('EDITOR', 'audit test editor');
    const started = new Date().toISOString();
    for (const n of [1, 2, 3]) {
      const answer = await api.gql(
        `mutation { createVendor(input: { id: "vendor:audit-page-${n}", name: "Page ${n}" }) { id } }`,
        undefined,
        { key: editor },
      );
      expect(answer.body.errors).toBeUndefined();
    }
    const filter = { actor: 'audit test editor', from: started };
    const all = await api.gql<any>(
      `query($filter: AuditEventFilter) { auditEvents(filter: $filter) { totalCount nodes { actor actorKind role keyId operation nodeIds } } }`,
      { filter },
    );
    const page = all.body.data.auditEvents;
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((event: any) => event.nodeIds[0])).toEqual(['vendor:audit-page-3', 'vendor:audit-page-2', 'vendor:audit-page-1']);
    expect(page.nodes[0]).toMatchObject({ actor: 'audit test editor', actorKind: 'API_KEY', role: 'EDITOR', operation: 'createVendor' });
    expect(page.nodes[0].keyId).toMatch(/^apikey:[0-9a-f]{12}$/);

    // Paging: two, then the rest.
    const first = await api.gql<any>(
      `query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 2) { pageInfo { hasNextPage endCursor } nodes { nodeIds } } }`,
      { filter },
    );
    const { pageInfo, nodes } = first.body.data.auditEvents;
    expect(nodes).toHaveLength(2);
    expect(pageInfo.hasNextPage).toBe(true);
    const rest = await api.gql<any>(
      `query($filter: AuditEventFilter, $after: String) { auditEvents(filter: $filter, first: 2, after: $after) { pageInfo { hasNextPage } nodes { nodeIds } } }`,
      { filter, after: pageInfo.endCursor },
    );
    expect(rest.body.data.auditEvents.nodes.map((event: any) => event.nodeIds[0])).toEqual(['vendor:audit-page-1']);
    expect(rest.body.data.auditEvents.pageInfo.hasNextPage).toBe(false);

    // By node; by a window that ends before the writes; by operation.
    const byNode = await api.gql<any>('{ auditEvents(filter: { nodeId: "vendor:audit-page-2" }) { totalCount } }');
    expect(byNode.body.data.auditEvents.totalCount).toBe(1);
    const beforeAll = await api.gql<any>(
      'query($to: DateTime) { auditEvents(filter: { actor: "audit test editor", to: $to }) { totalCount } }',
      { to: started },
    );
    expect(beforeAll.body.data.auditEvents.totalCount).toBe(0);
    const byOperation = await api.gql<any>(
      'query($from: DateTime) { auditEvents(filter: { operation: "deleteVendor", from: $from }) { totalCount } }',
      { from: started },
    );
    expect(byOperation.body.data.auditEvents.totalCount).toBe(0);

    for (const n of [1, 2, 3]) await api.gql(`mutation { deleteVendor(id: "vendor:audit-page-${n}") { deletedId } }`);
  });

  it('refuses a window that ends before it starts, and text over the limits, naming the field', async () => {
    const backwards = await api.gql<any>(
      '{ auditEvents(filter: { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }) { totalCount } }',
    );
    expect(backwards.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    const long = await api.gql<any>('query($actor: String) { auditEvents(filter: { actor: $actor }) { totalCount } }', {
      actor: 'x'.repeat(501),
    });
    expect(long.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.actor' });
    const bad = await api.gql<any>('{ auditEvents(first: 501) { totalCount } }');
    expect(bad.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('cannot be changed: no mutation takes an audit event, and the events stay as written while the scenario runs again', async () => {
    const trail = async () => JSON.stringify(await api.cypher('MATCH (e:AuditEvent) RETURN properties(e) AS p ORDER BY e.id'));
    const existing = await trail();
    // No mutation argument can name an AuditEvent: ids of that kind are refused as any unknown kind.
    const [event] = await latestEvents(1);
    for (const query of [
      `mutation { deleteVendor(id: "${event.id}", force: true) { deletedId } }`,
      `mutation { updateControl(id: "${event.id}", input: { name: "x" }) { id } }`,
      `mutation { setOwner(nodeId: "${event.id}", ownerId: null) { id } }`,
    ]) {
      const answer = await api.gql<any>(query);
      expect(answer.body.errors![0]!.extensions!.code, query).toBe('BAD_USER_INPUT');
    }
    // Nor can a write reach one: the events before are all still there, unchanged, after more writes.
    let apiKeyId = '';
    for (const step of mutationScenario(() => apiKeyId)) {
      const answer = await api.gql<any>(step.query, step.variables);
      if (step.operation === 'createApiKey') apiKeyId = answer.body.data.createApiKey.apiKey.id;
    }
    const now = JSON.parse(await trail()) as { p: { id: string } }[];
    const earlier = JSON.parse(existing) as { p: { id: string } }[];
    const byId = new Map(now.map((row) => [row.p.id, JSON.stringify(row.p)]));
    for (const row of earlier) expect(byId.get(row.p.id)).toBe(JSON.stringify(row.p));
    expect(now.length).toBeGreaterThan(earlier.length);
    expect(SCENARIO_IDS.vendor).toBeTruthy();
  });
});
