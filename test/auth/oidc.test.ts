import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuthOptions } from '../../server/src/config.js';
import { TEST_ADMIN_KEY, startTestApi, type GraphQLResponse, type TestApi } from '../support/api.js';
import { signJwt, startTestProvider, type TestProvider } from './oidc-provider.js';

// Bearer JWTs from an identity provider (OpenID Connect): the server checks them against the
// provider's published keys, issuer, audience and expiry, and takes the role from a claim.

const AUDIENCE = 'crosswalk-api';
const VIEWER = '{ viewer { actor role kind } }';
const CREATE_VENDOR = 'mutation ($input: CreateVendorInput!) { createVendor(input: $input) { id name } }';
const AUDIT = `query ($filter: AuditEventFilter) {
  auditEvents(filter: $filter) { nodes { actor actorKind role operation nodeIds } }
}`;

let provider: TestProvider;
/** Plain role names in crosswalk_role (the default claim, no role map). */
let api: TestApi;
/** Keycloak's way: roles in realm_access.roles, mapped by a role map. */
let mapped: TestApi;
const vendorIds: string[] = [];

const subject = () => `user-${randomBytes(6).toString('hex')}`;

function expectUnauthenticated(response: GraphQLResponse): void {
  expect(response.status, JSON.stringify(response.body)).toBe(401);
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors).toHaveLength(1);
  expect(response.body.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
}

beforeAll(async () => {
  provider = await startTestProvider();
  const oidc = { issuer: provider.issuer, audience: AUDIENCE, jwksUri: provider.jwksUri };
  api = await startTestApi({
    auth: { anonymous: 'off', adminKey: TEST_ADMIN_KEY, oidc: { ...oidc, roleClaim: 'crosswalk_role', roleMap: {} } },
  });
  mapped = await startTestApi({
    auth: {
      anonymous: 'off',
      adminKey: TEST_ADMIN_KEY,
      oidc: { ...oidc, roleClaim: 'realm_access.roles', roleMap: { 'crosswalk-admins': 'ADMIN', 'crosswalk-editors': 'EDITOR' } },
    },
  });
});

afterAll(async () => {
  if (vendorIds.length > 0) await api?.cypher('MATCH (v:Vendor) WHERE v.id IN $ids DETACH DELETE v', { ids: vendorIds });
  await api?.close();
  await mapped?.close();
  await provider?.close();
});

describe('OIDC bearer tokens', () => {
  it('lets a token whose claim names EDITOR write, and the audit event names its subject', async () => {
    const sub = subject();
    const token = provider.token({ iss: provider.issuer, aud: AUDIENCE, sub, crosswalk_role: 'EDITOR' });
    const viewer = await api.gql(VIEWER, {}, { key: token });
    expect(viewer.status).toBe(200);
    expect(viewer.body).toEqual({ data: { viewer: { actor: sub, role: 'EDITOR', kind: 'OIDC' } } });

    const id = `vendor:test-oidc-${randomBytes(4).toString('hex')}`;
    vendorIds.push(id);
    const created = await api.gql(CREATE_VENDOR, { input: { id, name: `Test OIDC ${id}` } }, { key: token });
    expect(created.body.errors, JSON.stringify(created.body)).toBeUndefined();
    expect(created.body.data).toEqual({ createVendor: { id, name: `Test OIDC ${id}` } });

    const trail = await api.gql<{ auditEvents: { nodes: unknown[] } }>(AUDIT, { filter: { nodeId: id } }, { key: TEST_ADMIN_KEY });
    expect(trail.body.errors, JSON.stringify(trail.body)).toBeUndefined();
    expect(trail.body.data!.auditEvents.nodes).toEqual([
      { actor: sub, actorKind: 'OIDC', role: 'EDITOR', operation: 'createVendor', nodeIds: [id] },
    ]);
    // The subject cannot read the trail itself: an editor does not.
    const own = await api.gql(AUDIT, { filter: { nodeId: id } }, { key: token });
    expect(own.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a VIEWER token a write, writing nothing', async () => {
    const token = provider.token({ iss: provider.issuer, aud: AUDIENCE, sub: subject(), crosswalk_role: 'VIEWER' });
    expect((await api.gql(VIEWER, {}, { key: token })).body.data).toMatchObject({ viewer: { role: 'VIEWER', kind: 'OIDC' } });
    const id = `vendor:test-oidc-${randomBytes(4).toString('hex')}`;
    vendorIds.push(id);
    const refused = await api.gql(CREATE_VENDOR, { input: { id, name: 'Test OIDC viewer' } }, { key: token });
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'createVendor' });
    expect(await api.cypher('MATCH (v:Vendor {id: $id}) RETURN v', { id })).toEqual([]);
    expect(await api.cypher('MATCH (e:AuditEvent) WHERE $id IN e.nodeIds RETURN e', { id })).toEqual([]);
  });

  it('takes the best role among several claim values, and ignores values that are not roles', async () => {
    const token = provider.token({
      iss: provider.issuer,
      aud: AUDIENCE,
      sub: subject(),
      crosswalk_role: ['viewer-ish', 'VIEWER', 'AUDITOR'],
    });
    expect((await api.gql(VIEWER, {}, { key: token })).body.data).toMatchObject({ viewer: { role: 'AUDITOR' } });
  });

  it('maps a group to ADMIN through the role map, at a nested claim path', async () => {
    const sub = subject();
    const token = provider.token({
      iss: provider.issuer,
      aud: AUDIENCE,
      sub,
      realm_access: { roles: ['offline_access', 'crosswalk-admins'] },
    });
    expect((await mapped.gql(VIEWER, {}, { key: token })).body).toEqual({ data: { viewer: { actor: sub, role: 'ADMIN', kind: 'OIDC' } } });
    // An ADMIN-only field answers.
    const keys = await mapped.gql('{ apiKeys(first: 1) { totalCount } }', {}, { key: token });
    expect(keys.body.errors, JSON.stringify(keys.body)).toBeUndefined();

    const editor = provider.token({ iss: provider.issuer, aud: AUDIENCE, sub: subject(), realm_access: { roles: ['crosswalk-editors'] } });
    expect((await mapped.gql(VIEWER, {}, { key: editor })).body.data).toMatchObject({ viewer: { role: 'EDITOR' } });
  });

  it('answers 403 FORBIDDEN to a valid token that maps to no role', async () => {
    const tokens = [
      provider.token({ iss: provider.issuer, aud: AUDIENCE, sub: subject() }),
      provider.token({ iss: provider.issuer, aud: AUDIENCE, sub: subject(), crosswalk_role: 'SUPERUSER' }),
    ];
    for (const token of tokens) {
      const response = await api.gql(VIEWER, {}, { key: token });
      expect(response.status).toBe(403);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    // With a role map, a role's own name is not enough: only the mapped values count.
    const unmapped = provider.token({
      iss: provider.issuer,
      aud: AUDIENCE,
      sub: subject(),
      realm_access: { roles: ['ADMIN'] },
      crosswalk_role: 'ADMIN',
    });
    const response = await mapped.gql(VIEWER, {}, { key: unmapped });
    expect(response.status).toBe(403);
    expect(response.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers 401 UNAUTHENTICATED with WWW-Authenticate to tokens it must not trust', async () => {
    const good = { iss: provider.issuer, aud: AUDIENCE, sub: subject(), crosswalk_role: 'ADMIN' };
    const now = Math.floor(Date.now() / 1000);
    // The good one works, so each refusal below is down to the one thing changed.
    expect((await api.gql(VIEWER, {}, { key: provider.token(good) })).body.data).toMatchObject({ viewer: { role: 'ADMIN' } });
    const bad: Record<string, string> = {
      'wrong audience': provider.token({ ...good, aud: 'some-other-api' }),
      'wrong issuer': provider.token({ ...good, iss: 'http://127.0.0.1:1/realms/evil' }),
      expired: provider.token({ ...good, iat: now - 7200, exp: now - 3600 }),
      'not yet valid': provider.token({ ...good, nbf: now + 3600 }),
      'signed by another key': provider.token(good, { with: provider.otherKey }),
      'signed by a key of unknown kid': provider.token(good, { with: provider.otherKey, kid: 'unknown-kid' }),
      'alg none': signJwt({ alg: 'none', typ: 'JWT' }, { ...good, exp: now + 3600 }, null),
      'no subject': provider.token({ ...good, sub: undefined }),
      'tampered claims': (() => {
        const [header, , signature] = provider.token({ ...good, crosswalk_role: 'VIEWER' }).split('.');
        return `${header}.${Buffer.from(JSON.stringify({ ...good, exp: now + 3600 })).toString('base64url')}.${signature}`;
      })(),
      garbage: 'aaa.bbb.ccc',
    };
    for (const [what, token] of Object.entries(bad)) {
      const response = await api.gql(VIEWER, {}, { key: token });
      expectUnauthenticated(response);
      expect(JSON.stringify(response.body), what).not.toContain(token);
    }
    // Without OIDC configured a JWT is just an unknown credential.
    const plain = await startTestApi({ auth: { anonymous: 'off', adminKey: TEST_ADMIN_KEY } });
    try {
      expectUnauthenticated(await plain.gql(VIEWER, {}, { key: provider.token(good) }));
    } finally {
      await plain.close();
    }
  });
});

describe('OIDC when the provider cannot be reached', () => {
  it('answers 503 IDENTITY_PROVIDER_UNAVAILABLE, not "invalid token", and recovers when the keys come back', async () => {
    const down = await startTestProvider();
    down.answer = 'error';
    const oidc = { issuer: down.issuer, audience: AUDIENCE, jwksUri: down.jwksUri, roleClaim: 'crosswalk_role', roleMap: {} };
    const apiOfDown = await startTestApi({ auth: { anonymous: 'off', adminKey: TEST_ADMIN_KEY, oidc } });
    try {
      const token = down.token({ iss: down.issuer, aud: AUDIENCE, sub: subject(), crosswalk_role: 'VIEWER' });
      for (const answer of ['error', 'not-json'] as const) {
        down.answer = answer;
        const response = await apiOfDown.gql(VIEWER, {}, { key: token });
        expect(response.status, answer).toBe(503);
        expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(response.body.errors![0]!.extensions).toEqual({ code: 'IDENTITY_PROVIDER_UNAVAILABLE' });
        expect(JSON.stringify(response.body)).not.toContain(token);
      }
      // A token that is not one at all is still refused as such, without asking the provider.
      expectUnauthenticated(await apiOfDown.gql(VIEWER, {}, { key: 'aaa.bbb.ccc' }));
      down.answer = 'keys';
      expect((await apiOfDown.gql(VIEWER, {}, { key: token })).body.data).toMatchObject({ viewer: { role: 'VIEWER', kind: 'OIDC' } });
    } finally {
      await apiOfDown.close();
    }
    // Nothing listening at all.
    await down.close();
    const apiOfGone = await startTestApi({ auth: { anonymous: 'off', adminKey: TEST_ADMIN_KEY, oidc } });
    try {
      const response = await apiOfGone.gql(
        VIEWER,
        {},
        { key: down.token({ iss: down.issuer, aud: AUDIENCE, sub: subject(), crosswalk_role: 'VIEWER' }) },
      );
      expect(response.status).toBe(503);
      expect(response.body.errors![0]!.extensions).toEqual({ code: 'IDENTITY_PROVIDER_UNAVAILABLE' });
    } finally {
      await apiOfGone.close();
    }
  });
});

describe('the admin key beside API keys and tokens', () => {
  it('is the admin key whatever it looks like', async () => {
    const lookalikes = [`cwk_0123456789ab_${'A'.repeat(43)}`, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ'];
    for (const adminKey of lookalikes) {
      const withKey = await startTestApi({
        auth: {
          anonymous: 'off',
          adminKey,
          oidc: { issuer: provider.issuer, audience: AUDIENCE, jwksUri: provider.jwksUri, roleClaim: 'crosswalk_role', roleMap: {} },
        },
      });
      try {
        const response = await withKey.gql(VIEWER, {}, { key: adminKey });
        expect(response.body, adminKey).toEqual({
          data: { viewer: { actor: 'admin (CROSSWALK_ADMIN_KEY)', role: 'ADMIN', kind: 'ADMIN_KEY' } },
        });
        expectUnauthenticated(await withKey.gql(VIEWER, {}, { key: `${adminKey.slice(0, -1)}B` }));
      } finally {
        await withKey.close();
      }
    }
  });
});

describe('readAuthOptions', () => {
  const oidcEnv = {
    CROSSWALK_OIDC_ISSUER: 'https://id.example.org/realms/acme',
    CROSSWALK_OIDC_AUDIENCE: 'crosswalk',
    CROSSWALK_OIDC_JWKS_URI: 'https://id.example.org/realms/acme/protocol/openid-connect/certs',
  };

  it('reads the OIDC settings, with crosswalk_role as the default claim', () => {
    expect(readAuthOptions({ ...oidcEnv })).toEqual({
      anonymous: 'loopback-read',
      oidc: {
        issuer: oidcEnv.CROSSWALK_OIDC_ISSUER,
        audience: 'crosswalk',
        jwksUri: oidcEnv.CROSSWALK_OIDC_JWKS_URI,
        roleClaim: 'crosswalk_role',
        roleMap: {},
      },
    });
    const options = readAuthOptions({
      ...oidcEnv,
      CROSSWALK_OIDC_ROLE_CLAIM: 'realm_access.roles',
      CROSSWALK_OIDC_ROLE_MAP: ' crosswalk-admins=ADMIN , auditors = AUDITOR,',
      CROSSWALK_ANONYMOUS_READ: 'off',
    });
    expect(options.anonymous).toBe('off');
    expect(options.oidc).toMatchObject({ roleClaim: 'realm_access.roles', roleMap: { 'crosswalk-admins': 'ADMIN', auditors: 'AUDITOR' } });
    expect(readAuthOptions({})).toEqual({ anonymous: 'loopback-read' });
  });

  it('refuses some but not all of the OIDC settings', () => {
    const { CROSSWALK_OIDC_JWKS_URI: _jwks, ...withoutJwks } = oidcEnv;
    for (const env of [{ CROSSWALK_OIDC_ISSUER: oidcEnv.CROSSWALK_OIDC_ISSUER }, { CROSSWALK_OIDC_AUDIENCE: 'crosswalk' }, withoutJwks]) {
      expect(() => readAuthOptions(env)).toThrow(
        /needs all three of CROSSWALK_OIDC_ISSUER, CROSSWALK_OIDC_AUDIENCE and CROSSWALK_OIDC_JWKS_URI/,
      );
    }
    expect(() => readAuthOptions({ ...oidcEnv, CROSSWALK_OIDC_JWKS_URI: 'not a url' })).toThrow(/CROSSWALK_OIDC_JWKS_URI must be a URL/);
  });

  it('refuses a bad role map, naming the pair', () => {
    for (const map of ['admins=BOSS', 'admins', '=ADMIN', 'admins=admin', 'a=ADMIN,b=SUPERUSER']) {
      expect(() => readAuthOptions({ ...oidcEnv, CROSSWALK_OIDC_ROLE_MAP: map }), map).toThrow(
        /CROSSWALK_OIDC_ROLE_MAP lists claim=ROLE pairs/,
      );
    }
  });

  it('refuses a short or spaced CROSSWALK_ADMIN_KEY without repeating it', () => {
    for (const key of ['short-secret-17chr', 'x'.repeat(23), 'a long enough key but with spaces in it']) {
      let message = '';
      try {
        readAuthOptions({ CROSSWALK_ADMIN_KEY: key });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/CROSSWALK_ADMIN_KEY must be at least 24 characters/);
      expect(message).not.toContain(key);
      expect(message).not.toContain(key.slice(0, 8));
    }
    expect(readAuthOptions({ CROSSWALK_ADMIN_KEY: 'y'.repeat(24) }).adminKey).toBe('y'.repeat(24));
    expect(() => readAuthOptions({ CROSSWALK_ANONYMOUS_READ: 'sometimes' })).toThrow(/CROSSWALK_ANONYMOUS_READ/);
  });
});
