import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/src/http/app.js';
import { TEST_ADMIN_KEY, startTestApi, type GraphQLResponse, type TestApi } from '../support/api.js';
import { graphFingerprint, testConnection, testDriver } from '../support/neo4j.js';

// Requests per caller per minute (CROSSWALK_RATE_LIMIT_PER_MINUTE): each key, token subject and
// anonymous client address has a budget of its own; past it, 429 with Retry-After and RATE_LIMITED,
// before anything runs. A limit of 3 here, so a test reaches it in a few requests.

const LIMIT = 3;
const VIEWER = '{ viewer { actor role kind } }';
const CREATE_KEY = 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }';
const CREATE_VENDOR = 'mutation ($input: CreateVendorInput!) { createVendor(input: $input) { id } }';

function expectAllowed(response: GraphQLResponse, remaining: number): void {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expect(response.body.errors, JSON.stringify(response.body)).toBeUndefined();
  expect(response.headers.get('ratelimit-limit')).toBe(String(LIMIT));
  expect(response.headers.get('ratelimit-remaining')).toBe(String(remaining));
  const reset = Number(response.headers.get('ratelimit-reset'));
  expect(Number.isInteger(reset) && reset >= 1 && reset <= 60, String(reset)).toBe(true);
}

function expectLimited(response: GraphQLResponse): void {
  expect(response.status, JSON.stringify(response.body)).toBe(429);
  const retryAfter = response.headers.get('retry-after') ?? '';
  expect(retryAfter).toMatch(/^\d+$/);
  const seconds = Number(retryAfter);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(response.headers.get('ratelimit-limit')).toBe(String(LIMIT));
  expect(response.headers.get('ratelimit-remaining')).toBe('0');
  expect(response.headers.get('ratelimit-reset')).toBe(retryAfter);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors).toHaveLength(1);
  expect(response.body.errors![0]!.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: seconds });
  expect(response.body.errors![0]!.message).toMatch(/at most 3 a minute/);
}

describe('rate limiting', () => {
  let api: TestApi;
  const vendorId = `vendor:test-rate-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    api = await startTestApi({ rateLimitPerMinute: LIMIT });
  });
  afterAll(async () => {
    await api?.cypher('MATCH (v:Vendor {id: $id}) DETACH DELETE v', { id: vendorId });
    await api?.close();
  });

  it('refuses the fourth request of a key with 429, writing nothing; another key has its own budget', async () => {
    // The admin key's first request creates a second key; it counts against the admin key's budget.
    const created = await api.gql<{ createApiKey: { key: string } }>(CREATE_KEY, {
      input: { name: `test rate ${vendorId}`, role: 'EDITOR' },
    });
    expectAllowed(created, 2);
    const editorKey = created.body.data!.createApiKey.key;
    expectAllowed(await api.gql(VIEWER), 1);
    expectAllowed(await api.gql(VIEWER), 0);

    // Over the budget: a write is refused before it runs, so neither the vendor nor an audit event appears.
    const before = await graphFingerprint(api.driver, { auditBy: api.adminActor });
    const refused = await api.gql(CREATE_VENDOR, { input: { id: vendorId, name: 'Test rate vendor' } });
    expectLimited(refused);
    expectLimited(await api.gql(VIEWER));
    expect(await graphFingerprint(api.driver, { auditBy: api.adminActor })).toBe(before);
    expect(await api.cypher('MATCH (e:AuditEvent) WHERE $id IN e.nodeIds RETURN e.id', { id: vendorId })).toEqual([]);

    // The editor key's budget is untouched by the admin key's.
    const own = await api.gql(VIEWER, {}, { key: editorKey });
    expectAllowed(own, 2);
    expect(own.body.data).toMatchObject({ viewer: { role: 'EDITOR', kind: 'API_KEY' } });
    expectAllowed(await api.gql(CREATE_VENDOR, { input: { id: vendorId, name: 'Test rate vendor' } }, { key: editorKey }), 1);
    expect(await api.cypher('MATCH (v:Vendor {id: $id}) RETURN v.id AS id', { id: vendorId })).toEqual([{ id: vendorId }]);
    expectAllowed(await api.gql(VIEWER, {}, { key: editorKey }), 0);
    expectLimited(await api.gql(VIEWER, {}, { key: editorKey }));
    // Anonymous loopback readers are counted by address, apart from the keys used from that address.
    expectAllowed(await api.gql(VIEWER, {}, { key: null }), 2);
  });

  it('counts refused credentials per address: past the limit, 429 before any key is looked up', async () => {
    const guessing = await startTestApi({ rateLimitPerMinute: LIMIT });
    try {
      const wrong = `cwk_0123456789ab_${'A'.repeat(43)}`;
      for (let attempt = 0; attempt < LIMIT; attempt += 1) {
        expect((await guessing.gql(VIEWER, {}, { key: wrong })).status).toBe(401);
      }
      const blocked = await guessing.gql(VIEWER, {}, { key: wrong });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(blocked.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      // The address is blocked whatever it sends next, a valid key included, until the minute is over.
      expect((await guessing.gql(VIEWER)).status).toBe(429);
    } finally {
      await guessing.close();
    }
  });

  it('is off with a limit of 0', async () => {
    const unlimited = await startTestApi({ rateLimitPerMinute: 0 });
    try {
      for (let i = 0; i < LIMIT + 2; i += 1) {
        const response = await unlimited.gql(VIEWER);
        expect(response.status).toBe(200);
        expect(response.headers.get('ratelimit-limit')).toBeNull();
      }
    } finally {
      await unlimited.close();
    }
  });
});

describe('rate limiting of anonymous clients', () => {
  // A server on both loopback addresses (IPv4 and IPv6): two anonymous clients with two addresses.
  let app: App;
  let server: Server;
  let port: number;
  const driver = testDriver();

  beforeAll(async () => {
    app = await createApp({
      driver,
      database: testConnection().database,
      webDist: await mkdtemp(path.join(os.tmpdir(), 'crosswalk-web-')),
      auth: { anonymous: 'loopback-read', adminKey: TEST_ADMIN_KEY },
      rateLimitPerMinute: LIMIT,
    });
    server = await new Promise<Server>((resolve) => {
      const listening = app.express.listen(0, '::', () => resolve(listening));
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    await app?.apollo.stop();
    await driver.close();
  });

  async function anonymous(host: string): Promise<GraphQLResponse> {
    const response = await fetch(`http://${host}:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: VIEWER }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse['body'] };
  }

  it('gives each address its own budget', async () => {
    for (let remaining = LIMIT - 1; remaining >= 0; remaining -= 1) {
      const response = await anonymous('127.0.0.1');
      expectAllowed(response, remaining);
      expect(response.body.data).toEqual({ viewer: { actor: 'anonymous', role: 'VIEWER', kind: 'ANONYMOUS' } });
    }
    expectLimited(await anonymous('127.0.0.1'));
    // Another loopback address, another budget.
    const other = await anonymous('[::1]');
    expectAllowed(other, LIMIT - 1);
    expect(other.body.data).toMatchObject({ viewer: { kind: 'ANONYMOUS' } });
    expectLimited(await anonymous('127.0.0.1'));
  });
});
