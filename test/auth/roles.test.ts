// Authorisation (issue 6, item 2): every mutation and every sensitive field, with every role. A
// denied request answers FORBIDDEN (or UNAUTHENTICATED without credentials) and writes nothing, not
// even an audit event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_ROLES } from '../../server/src/auth/roles.js';
import { TEST_ADMIN_KEY, startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';
import { mutationScenario } from './mutation-scenario.js';

let api: TestApi;
let closedApi: TestApi;
let before: string;
const keys: Record<string, string> = {};
// Keys and the amendment record (which changes every answer's default dates) are for administrators.
const KEY_MUTATIONS = new Set(['createApiKey', 'revokeApiKey', 'recordAmendmentInForce', 'clearAmendmentInForce']);

beforeAll(async () => {
  api = await startTestApi();
  closedApi = await startTestApi({ auth: { anonymous: 'off', adminKey: TEST_ADMIN_KEY } });
  before = await graphFingerprint(api.driver);
  for (const role of ACCESS_ROLES) {
    const answer = await api.gql<any>('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }', {
      input: { name: `roles test ${role}`, role },
    });
    keys[role] = answer.body.data.createApiKey.key;
  }
});

afterAll(async () => {
  await api.cypher("MATCH (k:ApiKey) WHERE k.name STARTS WITH 'roles test' OR k.name = 'scenario key' DETACH DELETE k");
  expect(await graphFingerprint(api.driver)).toBe(before);
  await api.close();
  await closedApi.close();
});

/** Which callers may run a mutation. */
function mayRun(operation: string, role: string): boolean {
  if (role === 'ADMIN') return true;
  if (role === 'EDITOR') return !KEY_MUTATIONS.has(operation);
  return false;
}

describe('every mutation with every role', () => {
  for (const caller of ['anonymous (loopback)', ...ACCESS_ROLES]) {
    it(`${caller}: runs exactly the mutations its role allows`, async () => {
      const key = caller.startsWith('anonymous') ? null : keys[caller]!;
      const role = caller.startsWith('anonymous') ? 'VIEWER' : caller;
      const actor = key ? `roles test ${caller}` : 'anonymous';
      const trailBefore = await graphFingerprint(api.driver, { auditBy: actor });
      let apiKeyId = 'apikey:000000000000';
      const steps = mutationScenario(() => apiKeyId);
      const outcomes: string[] = [];
      for (const step of steps) {
        const answer = await api.gql<any>(step.query, step.variables, { key });
        if (step.operation === 'createApiKey' && answer.body.data?.createApiKey) apiKeyId = answer.body.data.createApiKey.apiKey.id;
        const code = answer.body.errors?.[0]?.extensions?.code ?? 'OK';
        outcomes.push(`${step.operation}: ${code}`);
        if (mayRun(step.operation, role)) {
          expect(code, `${caller} ${step.operation}: ${JSON.stringify(answer.body.errors)}`).toBe('OK');
        } else {
          expect(answer.status).toBe(200);
          expect(answer.body.errors, `${caller} ${step.operation}`).toHaveLength(1);
          if (key) {
            expect(answer.body.errors![0]).toMatchObject({
              path: [step.operation],
              extensions: { code: 'FORBIDDEN', field: step.operation },
            });
            expect(answer.body.errors![0]!.message).toContain(role);
          } else {
            // No key, no role to refuse: the caller is asked for a key (the explorer opens its key dialog).
            expect(answer.body.errors![0]).toMatchObject({
              path: [step.operation],
              extensions: { code: 'UNAUTHENTICATED', field: step.operation },
            });
            expect(answer.body.errors![0]!.message).toMatch(/Authorization: Bearer <key>/);
            expect(answer.body.errors![0]!.message).not.toContain('VIEWER may not');
          }
          expect(answer.body.data).toBeNull();
        }
      }
      expect(outcomes.length).toBe(steps.length);
      if (!mayRun('createVendor', role)) {
        // Refused: nothing written at all, the audit trail included.
        expect(await graphFingerprint(api.driver, { auditBy: actor })).toBe(trailBefore);
      }
    });
  }
});

describe('sensitive fields with every role', () => {
  const FIELDS: Record<string, { query: string; allowed: string[] }> = {
    apiKeys: { query: '{ apiKeys { totalCount nodes { id name role active } } }', allowed: ['ADMIN'] },
    auditEvents: { query: '{ auditEvents(first: 1) { totalCount nodes { id actor } } }', allowed: ['AUDITOR', 'ADMIN'] },
  };
  for (const [field, { query, allowed }] of Object.entries(FIELDS)) {
    for (const caller of ['anonymous (loopback)', ...ACCESS_ROLES]) {
      const role = caller.startsWith('anonymous') ? 'VIEWER' : caller;
      const refusal = caller.startsWith('anonymous') ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      it(`${field} as ${caller}: ${allowed.includes(role) ? 'answered' : refusal}`, async () => {
        const answer = await api.gql<any>(query, undefined, { key: caller.startsWith('anonymous') ? null : keys[caller]! });
        if (allowed.includes(role)) {
          expect(answer.body.errors).toBeUndefined();
          expect(answer.body.data[field].totalCount).toBeGreaterThan(0);
        } else {
          expect(answer.body.errors).toHaveLength(1);
          expect(answer.body.errors![0]).toMatchObject({ path: [field], extensions: { code: refusal, requiredRoles: allowed } });
          expect(answer.body.data).toBeNull();
        }
      });
    }
  }

  it('everything else reads for every role, and viewer says who is calling', async () => {
    for (const caller of ['anonymous (loopback)', ...ACCESS_ROLES]) {
      const key = caller.startsWith('anonymous') ? null : keys[caller]!;
      const answer = await api.gql<any>(
        '{ viewer { actor role kind } controls(first: 1) { totalCount } satisfaction(controlId: "control:TST-01") { strength } }',
        undefined,
        { key },
      );
      expect(answer.body.errors, caller).toBeUndefined();
      expect(answer.body.data.controls.totalCount).toBeGreaterThan(0);
      expect(answer.body.data.viewer).toEqual(
        caller.startsWith('anonymous')
          ? { actor: 'anonymous', role: 'VIEWER', kind: 'ANONYMOUS' }
          : { actor: `roles test ${caller}`, role: caller, kind: 'API_KEY' },
      );
    }
  });

  it('a request asking for a refused field among allowed ones gets one FORBIDDEN for that field and no data from it', async () => {
    const answer = await api.gql<any>('{ viewer { role } auditEvents(first: 1) { totalCount nodes { actor } } }', undefined, {
      key: keys.EDITOR!,
    });
    // auditEvents is non-null, so its refusal nulls the whole answer, as GraphQL prescribes.
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors![0]).toMatchObject({ path: ['auditEvents'], extensions: { code: 'FORBIDDEN' } });
  });
});

describe('without credentials where anonymous access is off', () => {
  it('answers every query and mutation 401 UNAUTHENTICATED, with WWW-Authenticate, before anything runs', async () => {
    const trailBefore = await graphFingerprint(api.driver, { auditBy: 'anonymous' });
    for (const query of [
      '{ __typename }',
      '{ controls(first: 1) { totalCount } }',
      'mutation { createVendor(input: { name: "No" }) { id } }',
    ]) {
      const answer = await closedApi.gql<any>(query, undefined, { key: null });
      expect(answer.status, query).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="crosswalk"');
      expect(answer.body).toEqual({ errors: [{ message: expect.stringMatching(/needs a key/), extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    expect(await graphFingerprint(api.driver, { auditBy: 'anonymous' })).toBe(trailBefore);
    const withKey = await closedApi.gql<any>('{ viewer { role } }', undefined, { key: keys.VIEWER! });
    expect(withKey.body.data.viewer.role).toBe('VIEWER');
  });

  it('where anonymous read is on for loopback, a request a local proxy forwarded is not anonymous', async () => {
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [header]: header === 'forwarded' ? 'for=203.0.113.9' : '203.0.113.9' },
        body: JSON.stringify({ query: '{ controls(first: 1) { totalCount } }' }),
      });
      expect(response.status, header).toBe(401);
    }
  });
});
