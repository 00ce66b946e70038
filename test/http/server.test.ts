import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../server/src/http/app.js';
import { createDriver } from '../../server/src/db/driver.js';
import { testConnection, testDriver } from '../support/neo4j.js';

let driver: Driver;
let server: Server;
let base: string;

async function listen(app: Awaited<ReturnType<typeof createApp>>): Promise<{ server: Server; base: string }> {
  const listening = await new Promise<Server>((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server: listening, base: `http://127.0.0.1:${(listening.address() as AddressInfo).port}` };
}

beforeAll(async () => {
  driver = testDriver();
  // An empty folder stands in for an explorer that has not been built.
  const webDist = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-web-'));
  ({ server, base } = await listen(
    await createApp({ driver, database: testConnection().database, webDist, auth: { anonymous: 'loopback-read' } }),
  ));
});
afterAll(async () => {
  server?.close();
  await driver.close();
});

async function graphql(query: string, target = base) {
  const response = await fetch(`${target}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
}

describe('the HTTP server', () => {
  it('answers { __typename } on /graphql', async () => {
    expect(await graphql('{ __typename }')).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('reports health with the Neo4j version behind it', async () => {
    const { body } = await graphql('{ health { status version neo4jVersion } }');
    expect(body.data?.health).toMatchObject({ status: 'OK', neo4jVersion: expect.stringMatching(/^Neo4j\/5\.26/) });
  });

  it('answers invalid GraphQL with a coded error, not a crash (a 4xx for clients that name no media type)', async () => {
    const { status, body } = await graphql('{ nope }');
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('serves a placeholder page on / while the explorer is not built', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/<h1>Crosswalk<\/h1>/);
  });

  it('is ready while Neo4j answers', async () => {
    const response = await fetch(`${base}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ready: true });
  });

  it('is not ready, and says so, when Neo4j does not answer', async () => {
    // A driver pointed at a port where nothing listens stands in for a lost database.
    const deadDriver = createDriver({ ...testConnection(), uri: 'bolt://127.0.0.1:1' });
    const webDist = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-web-'));
    const dead = await listen(await createApp({ driver: deadDriver, database: 'neo4j', webDist, auth: { anonymous: 'loopback-read' } }));
    try {
      const response = await fetch(`${dead.base}/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ready: false });
      const { body } = await graphql('{ health { status neo4jVersion } }', dead.base);
      expect(body.data?.health).toEqual({ status: 'DEGRADED', neo4jVersion: null });
    } finally {
      dead.server.close();
      await deadDriver.close();
    }
  });
});

async function post(body: string, accept: string) {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

describe('GraphQL over HTTP: statuses by media type', () => {
  const failures = [
    { name: 'a document that does not parse', body: { query: '{ health {' }, code: 'GRAPHQL_PARSE_FAILED' },
    { name: 'a document that does not validate', body: { query: '{ nope }' }, code: 'GRAPHQL_VALIDATION_FAILED' },
    {
      name: 'variables that do not coerce',
      body: { query: 'query ($n: Int) { frameworks(first: $n) { totalCount } }', variables: { n: 'many' } },
      code: 'BAD_USER_INPUT',
    },
  ];
  for (const failure of failures) {
    it(`${failure.name}: 200 with errors under application/json, 400 under application/graphql-response+json`, async () => {
      const json = await post(JSON.stringify(failure.body), 'application/json');
      expect(json.status).toBe(200);
      expect(json.contentType).toMatch(/^application\/json/);
      expect(json.body.data).toBeUndefined();
      expect(json.body.errors?.[0]?.extensions?.code).toBe(failure.code);
      const graphql = await post(JSON.stringify(failure.body), 'application/graphql-response+json');
      expect(graphql.status).toBe(400);
      expect(graphql.contentType).toMatch(/^application\/graphql-response\+json/);
      expect(graphql.body.errors?.[0]?.extensions?.code).toBe(failure.code);
    });
  }

  it('a body that is not JSON, or a query that is not a string, stays 400 under application/json', async () => {
    expect((await post('{"query": ', 'application/json')).status).toBe(400);
    const notAString = await post(JSON.stringify({ query: 42 }), 'application/json');
    expect(notAString.status).toBe(400);
    expect(notAString.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('without an Accept header: JSON, and a 4xx for a document that does not validate', async () => {
    const answer = await new Promise<{ status: number; contentType: string | undefined }>((resolve, reject) => {
      const outgoing = httpRequest(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (incoming) => {
        incoming.resume();
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, contentType: incoming.headers['content-type'] }));
      });
      outgoing.on('error', reject);
      outgoing.end(JSON.stringify({ query: '{ nope }' }));
    });
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/^application\/json/);
  });

  it("passes every MUST and SHOULD of graphql-http's server audit", async () => {
    const failed: string[] = [];
    for (const audit of serverAudits({ url: `${base}/graphql` })) {
      if (audit.name.startsWith('MAY')) continue;
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${audit.id} ${audit.name}: ${result.reason}`);
    }
    expect(failed).toEqual([]);
  });
});
