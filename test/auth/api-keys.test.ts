// API keys (issue 6, item 1): created by admins and shown once, stored only as salted hashes,
// working as `Authorization: Bearer <key>` with their role until they expire or are revoked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';

let api: TestApi;
let before: string;

beforeAll(async () => {
  api = await startTestApi();
  before = await graphFingerprint(api.driver);
});

afterAll(async () => {
  await api.cypher("MATCH (k:ApiKey) WHERE k.name STARTS WITH 'keys test' DETACH DELETE k");
  expect(await graphFingerprint(api.driver)).toBe(before);
  await api.close();
});

const CREATE =
  'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name role createdAt expiresAt revokedAt createdBy active } } }';

async function create(input: Record<string, unknown>): Promise<{ key: string; apiKey: Record<string, any> }> {
  const answer = await api.gql<any>(CREATE, { input });
  expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
  return answer.body.data.createApiKey;
}

const roleOf = async (key: string) => (await api.gql<any>('{ viewer { actor role kind } }', undefined, { key })).body;

describe('API keys', () => {
  it('are shown once and stored only as a salted hash', async () => {
    const { key, apiKey } = await create({ name: 'keys test editor', role: 'EDITOR' });
    expect(key).toMatch(/^cwk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({
      name: 'keys test editor',
      role: 'EDITOR',
      expiresAt: null,
      revokedAt: null,
      createdBy: api.adminActor,
      active: true,
    });
    expect(apiKey.id).toBe(`apikey:${key.slice(4, 16)}`);
    expect(Date.parse(apiKey.createdAt)).toBeGreaterThan(Date.now() - 60_000);

    // Neither the key nor its secret part is anywhere in the graph; the node holds a hash and a salt.
    const secret = key.slice(17);
    const everything = JSON.stringify(await api.cypher('MATCH (n) RETURN properties(n) AS p'));
    expect(everything).not.toContain(secret);
    const [stored] = await api.cypher('MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS p', { id: apiKey.id });
    const properties = stored!.p as Record<string, unknown>;
    expect(Object.keys(properties).sort()).toEqual(['createdAt', 'createdBy', 'hash', 'id', 'name', 'role', 'salt']);
    expect(String(properties.hash)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(String(properties.salt)).toMatch(/^[A-Za-z0-9_-]{22}$/);

    // The API has no field that could show a hash, a salt or the key again.
    const type = await api.gql<any>('{ __type(name: "ApiKey") { fields { name } } }');
    expect(type.body.data.__type.fields.map((field: { name: string }) => field.name).sort()).toEqual([
      'active',
      'createdAt',
      'createdBy',
      'expiresAt',
      'id',
      'name',
      'revokedAt',
      'role',
    ]);
    const listed = await api.gql<any>('{ apiKeys(first: 500) { totalCount nodes { id name role active } } }');
    expect(listed.body.data.apiKeys.nodes).toContainEqual({ id: apiKey.id, name: 'keys test editor', role: 'EDITOR', active: true });
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    expect(await roleOf(key)).toEqual({ data: { viewer: { actor: 'keys test editor', role: 'EDITOR', kind: 'API_KEY' } } });
  });

  it('two keys for the same name and role differ, as do their salts', async () => {
    const a = await create({ name: 'keys test twin', role: 'VIEWER' });
    const b = await create({ name: 'keys test twin', role: 'VIEWER' });
    expect(a.key).not.toBe(b.key);
    const salts = await api.cypher("MATCH (k:ApiKey {name: 'keys test twin'}) RETURN k.salt AS salt, k.hash AS hash");
    expect(new Set(salts.map((row) => row.salt)).size).toBe(2);
    expect(new Set(salts.map((row) => row.hash)).size).toBe(2);
  });

  it('stop working once revoked, at once, and stay listed as revoked', async () => {
    const { key, apiKey } = await create({ name: 'keys test revoked', role: 'VIEWER' });
    expect((await roleOf(key)).data.viewer.role).toBe('VIEWER');
    const revoked = await api.gql<any>('mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt active } }', { id: apiKey.id });
    expect(revoked.body.data.revokeApiKey).toMatchObject({ id: apiKey.id, active: false });
    const refused = await api.gql<any>('{ viewer { role } }', undefined, { key });
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    // Revoking again changes nothing, not even the time.
    const again = await api.gql<any>('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: apiKey.id });
    expect(again.body.data.revokeApiKey.revokedAt).toBe(revoked.body.data.revokeApiKey.revokedAt);
  });

  it('stop working when they expire', async () => {
    const expiresAt = new Date(Date.now() + 1_500).toISOString();
    const { key, apiKey } = await create({ name: 'keys test expiring', role: 'AUDITOR', expiresAt });
    expect(apiKey.expiresAt).toBe(expiresAt);
    expect((await roleOf(key)).data.viewer.role).toBe('AUDITOR');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const refused = await api.gql<any>('{ viewer { role } }', undefined, { key });
    expect(refused.status).toBe(401);
    const listed = await api.gql<any>('{ apiKeys(first: 500) { nodes { id active } } }');
    expect(listed.body.data.apiKeys.nodes).toContainEqual({ id: apiKey.id, active: false });
  });

  it('refuses credentials that are not a valid key with 401, never echoing them', async () => {
    const { key } = await create({ name: 'keys test genuine', role: 'VIEWER' });
    const otherSecret = `${key.slice(0, 17)}${'A'.repeat(43)}`;
    const unknownId = `cwk_000000000000_${key.slice(17)}`;
    for (const credential of [otherSecret, unknownId, `${key}x`, key.slice(0, -1), 'cwk_', 'not-a-key-at-all-but-long-enough']) {
      const answer = await api.gql<any>('{ viewer { role } }', undefined, { key: credential });
      expect(answer.status, credential).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="crosswalk"');
      expect(answer.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      if (credential.length > 8) expect(JSON.stringify(answer.body)).not.toContain(credential.slice(4));
    }
    for (const header of ['Basic dXNlcjpwYXNz', `Bearer`, `Token ${key}`, `Bearer ${key} extra`]) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: header },
        body: JSON.stringify({ query: '{ viewer { role } }' }),
      });
      expect(response.status, header).toBe(401);
    }
  });

  it('refuses bad input with the field, writing nothing', async () => {
    const trail = await graphFingerprint(api.driver, { auditBy: api.adminActor });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '  ', role: 'VIEWER' }, 'BAD_USER_INPUT', 'input.name'],
      [{ name: 'x'.repeat(101), role: 'VIEWER' }, 'BAD_USER_INPUT', 'input.name'],
      [{ name: 'keys test past', role: 'VIEWER', expiresAt: '2020-01-01T00:00:00Z' }, 'BAD_USER_INPUT', 'input.expiresAt'],
      [{ name: 'keys test role', role: 'ROOT' }, 'BAD_USER_INPUT', 'input.role'],
    ];
    for (const [input, code, field] of cases) {
      const answer = await api.gql<any>(CREATE, { input });
      expect(answer.body.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code, field });
    }
    const unknown = await api.gql<any>('mutation { revokeApiKey(id: "apikey:0123456789ab") { id } }');
    expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const malformed = await api.gql<any>('mutation { revokeApiKey(id: "vendor:halvard-ai") { id } }');
    expect(malformed.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await graphFingerprint(api.driver, { auditBy: api.adminActor })).toBe(trail);
  });

  it("an editor key writes the organisation's side but cannot make keys; an admin key made through the API can", async () => {
    const editor = await create({ name: 'keys test writer', role: 'EDITOR' });
    const write = await api.gql<any>('mutation { createVendor(input: { id: "vendor:keys-test", name: "Keys test" }) { id } }', undefined, {
      key: editor.key,
    });
    expect(write.body.errors).toBeUndefined();
    const escalate = await api.gql<any>(CREATE, { input: { name: 'keys test escalation', role: 'ADMIN' } }, { key: editor.key });
    expect(escalate.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const admin = await create({ name: 'keys test admin', role: 'ADMIN' });
    const made = await api.gql<any>(CREATE, { input: { name: 'keys test by admin key', role: 'VIEWER' } }, { key: admin.key });
    expect(made.body.data.createApiKey.apiKey.createdBy).toBe('keys test admin');
    await api.gql('mutation { deleteVendor(id: "vendor:keys-test") { deletedId } }');
  });
});
