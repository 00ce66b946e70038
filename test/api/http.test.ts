// HTTP behaviour of /graphql over real HTTP: GET and POST, content types, status codes, CSRF and CORS,
// error bodies without stack traces, GraphiQL for browsers, health and readiness. Read-only.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint } from '../support/neo4j.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

let api: TestApi;
let before: string;

beforeAll(async () => {
  api = await startTestApi();
  before = await graphFingerprint(api.driver);
});

afterAll(async () => {
  expect(await graphFingerprint(api.driver)).toBe(before);
  await api.close();
});

async function request(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body };
}

const getUrl = (base: string, query: string, variables?: Record<string, unknown>) =>
  `${base}/graphql?${new URLSearchParams({ query, ...(variables ? { variables: JSON.stringify(variables) } : {}) })}`;

describe('GET /graphql (queries only)', () => {
  it('answers a query sent as URL parameters, given the CSRF header', async () => {
    const { status, headers, body } = await request(getUrl(api.url, 'query ($n: Int) { frameworks(first: $n) { totalCount } }', { n: 1 }), {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(body).toEqual({ data: { frameworks: { totalCount: 2 } } });
  });

  it('also accepts Content-Type: application/json instead of the CSRF header', async () => {
    const { status, body } = await request(getUrl(api.url, '{ __typename }'), { headers: { 'content-type': 'application/json' } });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a bare GET, which any web page could send, as a possible CSRF', async () => {
    const { status, body } = await request(getUrl(api.url, '{ __typename }'));
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/Cross-Site Request Forgery.*apollo-require-preflight/s);
  });

  it('never runs a mutation: 405 with Allow: POST', async () => {
    const { status, headers, body } = await request(getUrl(api.url, 'mutation { __typename }'), {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(status).toBe(405);
    expect(headers.get('allow')).toBe('POST');
    expect(body.errors[0]).toMatchObject({
      message: expect.stringMatching(/GET requests only support query operations/),
      extensions: { code: 'BAD_REQUEST' },
    });
  });
});

describe('POST /graphql', () => {
  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    request(`${api.url}/graphql`, { method: 'POST', headers, body });

  it('answers JSON with application/json, or application/graphql-response+json when asked for', async () => {
    const plain = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const graphqlResponse = await post(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
    });
    expect(graphqlResponse.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(graphqlResponse.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a body that is not JSON with 415 and a GraphQL-shaped error', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/graphql']) {
      const { status, headers, body } = await post('{ __typename }', { 'content-type': contentType });
      expect(status, contentType).toBe(415);
      expect(headers.get('content-type')).toMatch(/^application\/json/);
      expect(body.errors[0]).toMatchObject({
        message: expect.stringContaining('Content-Type: application/json'),
        extensions: { code: 'BAD_REQUEST' },
      });
    }
    const { status, body } = await request(`${api.url}/graphql`, { method: 'POST', body: new Blob(['{}']) });
    expect(status).toBe(415);
    expect(body.errors[0].message).toMatch(/has none/);
  });

  it('answers malformed JSON with 400 and a coded error, then serves the next request', async () => {
    const { status, headers, body } = await post('{"query": "{ __typename }"');
    expect(status).toBe(400);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(/not valid JSON/), extensions: { code: 'BAD_REQUEST' } });
    expect(body.errors[0].extensions).not.toHaveProperty('stacktrace');
    expect((await api.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers JSON that is no GraphQL request with 400', async () => {
    for (const payload of ['"{ __typename }"', '{}', '{"query": 42}']) {
      const { status, body } = await post(payload);
      expect(status, payload).toBe(400);
      expect(body.errors[0].extensions.code, payload).toBe('BAD_REQUEST');
    }
  });

  it('answers other methods with 405', async () => {
    const { status, headers, body } = await request(`${api.url}/graphql`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(status).toBe(405);
    expect(headers.get('allow')).toBe('GET, POST');
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('CORS', () => {
  const ALLOWED = 'http://localhost:5173';
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
  const crossOriginPost = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });

  it('allows no other origin by default', async () => {
    expect((await crossOriginPost(api.url, ALLOWED)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(api.url, ALLOWED)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the listed origins, and only those', async () => {
    const open = await startTestApi({ corsOrigins: [ALLOWED] });
    try {
      const allowed = await preflight(open.url, ALLOWED);
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(allowed.headers.get('access-control-allow-methods')).toBe('GET,POST');
      expect(allowed.headers.get('access-control-allow-headers')).toBe('content-type');
      const answered = await crossOriginPost(open.url, ALLOWED);
      expect(answered.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(answered.headers.get('vary')).toMatch(/Origin/);
      expect(await answered.json()).toEqual({ data: { __typename: 'Query' } });

      const denied = await preflight(open.url, 'https://evil.example');
      expect(denied.headers.get('access-control-allow-origin')).toBeNull();
      expect((await crossOriginPost(open.url, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
  });

  it('allows any origin with "*"', async () => {
    const open = await startTestApi({ corsOrigins: ['*'] });
    try {
      expect((await crossOriginPost(open.url, 'https://bi.example.com')).headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await open.close();
    }
  });
});

describe('error responses', () => {
  it('carry no stack trace outside development', async () => {
    const { body } = await api.gql('{ nope }');
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });

  it('carry the stack trace in development', async () => {
    const dev = await startTestApi({ development: true });
    try {
      const { body } = await dev.gql('{ nope }');
      expect(body.errors?.[0]?.extensions?.stacktrace).toEqual(expect.arrayContaining([expect.any(String)]));
    } finally {
      await dev.close();
    }
  });

  it('mask unexpected errors as INTERNAL_SERVER_ERROR, logging them instead', async () => {
    // A driver that fails in a way nobody planned for stands in for a bug.
    const failing = {
      session: () => ({
        executeRead: () => Promise.reject(new Error('boom near MATCH (n:Secret) WHERE n.token = $token')),
        close: async () => undefined,
      }),
    } as unknown as Driver;
    const logged: unknown[] = [];
    const broken = await startTestApi({ driver: failing, logError: (error) => logged.push(error) });
    try {
      const { status, body } = await broken.gql('{ frameworks { totalCount } }');
      expect(status).toBe(200);
      expect(body.errors).toEqual([
        {
          message: 'Internal server error; the server log has the details.',
          locations: [{ line: 1, column: 3 }],
          path: ['frameworks'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      expect(String(logged[0])).toMatch(/boom near MATCH/);
      expect((await broken.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await broken.close();
    }
  });
});

describe('health and readiness', () => {
  it('answers /health while the process is up and /ready while Neo4j answers', async () => {
    const health = await request(`${api.url}/health`);
    expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    const ready = await request(`${api.url}/ready`);
    expect(ready).toMatchObject({ status: 200, body: { ready: true, neo4j: expect.stringMatching(/^Neo4j\/5/) } });
  });
});

describe('GraphiQL on a browser GET of /graphql', () => {
  let ide: TestApi;
  let webDist: string;

  beforeAll(async () => {
    // The explorer's production build, GraphiQL's page included, into a folder of this test's own.
    webDist = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-web-dist-'));
    await build({
      configFile: path.join(repoRoot, 'web', 'vite.config.ts'),
      root: path.join(repoRoot, 'web'),
      logLevel: 'silent',
      build: { outDir: webDist, emptyOutDir: true },
    });
    ide = await startTestApi({ webDist });
  });

  afterAll(async () => {
    await ide?.close();
    await rm(webDist, { recursive: true, force: true });
  });

  it('serves the IDE page, whose every script and stylesheet comes from this server', async () => {
    const response = await fetch(`${ide.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    // The browser enforces it too: the page may load scripts, styles and data from this origin only.
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self'.*connect-src 'self'/);
    const html = await response.text();
    expect(html).toMatch(/<div id="graphiql">/);
    // Nothing from another host: no http(s) or protocol-relative URL anywhere in the page.
    expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/assets\//);
      const served = await fetch(`${ide.url}${asset}`);
      expect(served.status, asset).toBe(200);
      expect(served.headers.get('content-type'), asset).toMatch(/javascript|css/);
      await served.arrayBuffer();
    }
  });

  it('serves the IDE to a browser following a link with a query in it', async () => {
    const response = await fetch(getUrl(ide.url, '{ __typename }'), { headers: { accept: BROWSER_ACCEPT } });
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toMatch(/<div id="graphiql">/);
  });

  it('answers JSON, not the page, to a client that asks for JSON', async () => {
    const { status, body } = await request(getUrl(ide.url, '{ __typename }'), {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('says how to build it while it is not built, still with nothing from the internet', async () => {
    // `api` was started on an empty folder.
    const response = await fetch(`${api.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/pnpm --filter @crosswalk\/web build/);
    expect(html).not.toMatch(/https?:\/\//);
  });
});
