// The API's protections over real HTTP: each limit just under and just over, a coded error for each
// refusal, and the server still answering afterwards. Read-only: nothing here writes to the graph.
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readApiSettings } from '../../server/src/config.js';
import { GraphExecutor } from '../../server/src/db/executor.js';
import { DEFAULT_LIMITS } from '../../server/src/http/limits.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphFingerprint, testConnection } from '../support/neo4j.js';

// Small limits, so queries at and past each one stay short enough to read.
const LIMITS = { maxDepth: 5, maxAliases: 2, maxCost: 101, maxTokens: 60, maxBatchSize: 2, maxBodyBytes: 2_000 };

// Six levels: frameworks › nodes › provisions › nodes › framework › id.
const TOO_DEEP = '{ frameworks(first: 1) { nodes { provisions(first: 1) { nodes { framework { id } } } } } }';

let api: TestApi;
let before: string;

beforeAll(async () => {
  api = await startTestApi({ limits: LIMITS });
  before = await graphFingerprint(api.driver);
});

afterAll(async () => {
  expect(await graphFingerprint(api.driver)).toBe(before);
  await api.close();
});

async function postRaw(url: string, body: string, accept?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(accept ? { accept } : {}) };
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
  return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as any };
}

/** A refusal: HTTP 400, no data, one error with this code. */
async function expectRefused(query: string, code: string, variables?: Record<string, unknown>) {
  const { status, body } = await api.gql(query, variables);
  expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body.errors)).toBe(code);
  expect(status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  return body.errors![0]!;
}

/** The server keeps serving: a normal request right after answers normally. */
async function expectStillServing(target: TestApi = api) {
  expect(await target.gql('{ frameworks(first: 1) { totalCount } }')).toMatchObject({
    status: 200,
    body: { data: { frameworks: { totalCount: 2 } } },
  });
}

describe('defaults', () => {
  it('reads every limit from the environment, with the documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxDepth: 12,
      maxAliases: 15,
      maxCost: 250_000,
      maxTokens: 2_000,
      maxBatchSize: 10,
      maxBodyBytes: 1_048_576,
    });
    expect(readApiSettings({})).toEqual({
      transactionTimeoutMs: 15_000,
      limits: DEFAULT_LIMITS,
      introspection: true,
      corsOrigins: [],
      development: false,
      auth: { anonymous: 'loopback-read' },
      rateLimitPerMinute: 600,
    });
    expect(
      readApiSettings({
        CROSSWALK_MAX_DEPTH: '8',
        CROSSWALK_MAX_ALIASES: '0',
        CROSSWALK_MAX_COST: '5000',
        CROSSWALK_MAX_TOKENS: '900',
        CROSSWALK_MAX_BATCH_SIZE: '0',
        CROSSWALK_MAX_BODY_BYTES: '102400',
        CROSSWALK_QUERY_TIMEOUT_MS: '2500',
        CROSSWALK_CORS_ORIGINS: 'http://localhost:5173, https://bi.example.com',
        NODE_ENV: 'development',
        CROSSWALK_ANONYMOUS_READ: 'off',
        CROSSWALK_RATE_LIMIT_PER_MINUTE: '0',
      }),
    ).toEqual({
      transactionTimeoutMs: 2_500,
      limits: { maxDepth: 8, maxAliases: 0, maxCost: 5_000, maxTokens: 900, maxBatchSize: 0, maxBodyBytes: 102_400 },
      introspection: true,
      corsOrigins: ['http://localhost:5173', 'https://bi.example.com'],
      development: true,
      auth: { anonymous: 'off' },
      rateLimitPerMinute: 0,
    });
  });

  it('turns introspection off in production unless it is asked for', () => {
    expect(readApiSettings({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(readApiSettings({ NODE_ENV: 'production', CROSSWALK_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(readApiSettings({ CROSSWALK_INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('refuses settings it cannot read, naming the variable', () => {
    expect(() => readApiSettings({ CROSSWALK_MAX_DEPTH: 'deep' })).toThrow(/CROSSWALK_MAX_DEPTH/);
    expect(() => readApiSettings({ CROSSWALK_MAX_COST: '0' })).toThrow(/CROSSWALK_MAX_COST/);
    expect(() => readApiSettings({ CROSSWALK_INTROSPECTION: 'maybe' })).toThrow(/CROSSWALK_INTROSPECTION/);
    expect(() => readApiSettings({ CROSSWALK_CORS_ORIGINS: 'https://bi.example.com/path' })).toThrow(/CROSSWALK_CORS_ORIGINS/);
  });

  it('lets the default depth through and refuses one level more', async () => {
    const defaults = await startTestApi();
    try {
      // provisions › nodes › parent × n › id: 2 + n + 1 levels.
      const nested = (levels: number) =>
        `{ provisions(first: 1) { nodes { ${'parent { '.repeat(levels - 3)}id${' }'.repeat(levels - 3)} } } }`;
      expect((await defaults.gql(nested(DEFAULT_LIMITS.maxDepth))).status).toBe(200);
      const { status, body } = await defaults.gql(nested(DEFAULT_LIMITS.maxDepth + 1));
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    } finally {
      await defaults.close();
    }
  });
});

describe('depth', () => {
  it('answers a query as deep as the limit', async () => {
    const { status, body } = await api.gql('{ frameworks(first: 1) { nodes { provisions(first: 1) { nodes { id } } } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('refuses one level deeper with QUERY_TOO_DEEP, naming the limit', async () => {
    const error = await expectRefused(TOO_DEEP, 'QUERY_TOO_DEEP');
    expect(error.message).toMatch(/depth limit of 5 exceeded, found 6/);
    expect(error.extensions).toMatchObject({ limit: 5 });
    await expectStillServing();
  });

  it('counts fields, not fragments', async () => {
    const { status } = await api.gql(
      '{ frameworks(first: 1) { ...F } } fragment F on FrameworkConnection { nodes { ... on Framework { provisions(first: 1) { nodes { id } } } } }',
    );
    expect(status).toBe(200);
  });
});

describe('aliases', () => {
  it('answers as many aliases as the limit', async () => {
    const { status, body } = await api.gql('{ a: frameworks(first: 1) { totalCount } b: frameworks(first: 1) { totalCount } }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ a: { totalCount: 2 }, b: { totalCount: 2 } });
  });

  it('refuses one alias more with TOO_MANY_ALIASES', async () => {
    const error = await expectRefused(
      '{ a: frameworks(first: 1) { totalCount } b: frameworks(first: 1) { totalCount } c: health { status } }',
      'TOO_MANY_ALIASES',
    );
    expect(error.message).toMatch(/Aliases limit of 2 exceeded, found 3/);
    await expectStillServing();
  });
});

describe('cost', () => {
  // frameworks(first: 2) › nodes › provisions(first: n) › nodes: 1 + 2 × (1 + 1 + n) = 5 + 2n.
  const query = 'query ($n: Int) { frameworks(first: 2) { nodes { provisions(first: $n) { nodes { id } } } } }';

  it('answers a query whose cost is the limit, page sizes read from the variables', async () => {
    const { status, body } = await api.gql(query, { n: 48 });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('refuses a query costing more with QUERY_TOO_COMPLEX, giving the cost and the limit', async () => {
    const error = await expectRefused(query, 'QUERY_TOO_COMPLEX', { n: 49 });
    expect(error.message).toMatch(/estimated cost 103 exceeds the limit of 101/);
    expect(error.extensions).toMatchObject({ limit: 101 });
    await expectStillServing();
  });

  it('counts a list without first/last at the default page size of 50', async () => {
    // 1 + 2 × (1 + 1 + 50) = 105: over.
    await expectRefused('{ frameworks(first: 2) { nodes { provisions { nodes { id } } } } }', 'QUERY_TOO_COMPLEX');
    // 1 + 50 × 1 = 51: under.
    expect((await api.gql('{ frameworks { nodes { id } } }')).status).toBe(200);
  });

  it('counts nodes(ids:) by the ids asked for', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `framework:${i}`);
    // One object per id, scalars free: n.
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    expect((await api.gql(query, { ids: ids(101) })).status).toBe(200);
    await expectRefused(query, 'QUERY_TOO_COMPLEX', { ids: ids(102) });
  });
});

describe('tokens', () => {
  // Each `health { status }` is 4 tokens; the braces of the document 2.
  const withFields = (n: number) => `{ ${Array.from({ length: n }, () => 'health { status }').join(' ')} }`;

  it('parses a document of as many tokens as the limit', async () => {
    const { status } = await api.gql(withFields(14) + ' '.repeat(50)); // 58 tokens; whitespace is no token
    expect(status).toBe(200);
  });

  it('refuses a longer one with TOO_MANY_TOKENS', async () => {
    const error = await expectRefused(withFields(15), 'TOO_MANY_TOKENS');
    expect(error.message).toMatch(/more than 60 tokens/);
    await expectStillServing();
  });
});

describe('under Accept: application/json', () => {
  it('answers a document refused by a limit with 200 and the same code, as any invalid document', async () => {
    const { status, body } = await postRaw(api.url, JSON.stringify({ query: TOO_DEEP }), 'application/json');
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('keeps 400 for a batch over the limit: the request itself is refused, not a document', async () => {
    const batch = Array.from({ length: 3 }, () => ({ query: '{ __typename }' }));
    const { status, body } = await postRaw(api.url, JSON.stringify(batch), 'application/json');
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BATCH_TOO_LARGE');
  });
});

describe('batches', () => {
  it('answers a batch of as many operations as the limit, in order', async () => {
    const { status, body } = await postRaw(api.url, JSON.stringify([{ query: '{ a: __typename }' }, { query: '{ b: __typename }' }]));
    expect(status).toBe(200);
    expect(body).toEqual([{ data: { a: 'Query' } }, { data: { b: 'Query' } }]);
  });

  it('refuses a larger batch with BATCH_TOO_LARGE before running any of it', async () => {
    const { status, contentType, body } = await postRaw(
      api.url,
      JSON.stringify(Array.from({ length: 3 }, () => ({ query: '{ __typename }' }))),
    );
    expect(status).toBe(400);
    expect(contentType).toMatch(/application\/json/);
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BATCH_TOO_LARGE', limit: 2 } });
    expect(body.errors[0].message).toMatch(/at most 2 operations; this one has 3/);
    await expectStillServing();
  });

  it('checks each operation of a batch against the other limits', async () => {
    const { status, body } = await postRaw(api.url, JSON.stringify([{ query: '{ __typename }' }, { query: TOO_DEEP }]));
    expect(status).toBe(400);
    expect(body[0]).toEqual({ data: { __typename: 'Query' } });
    expect(body[1].errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses every batch when batching is turned off', async () => {
    const unbatched = await startTestApi({ limits: { maxBatchSize: 0 } });
    try {
      const { status, body } = await postRaw(unbatched.url, JSON.stringify([{ query: '{ __typename }' }]));
      expect(status).toBe(400);
      expect(body.errors[0].extensions.code).toBe('BATCH_TOO_LARGE');
      expect(body.errors[0].message).toMatch(/turned off/);
      expect((await unbatched.gql('{ __typename }')).status).toBe(200);
    } finally {
      await unbatched.close();
    }
  });
});

describe('request body size', () => {
  // Unused variables are ignored by GraphQL, so they pad a body to an exact size.
  const bodyOfBytes = (bytes: number) => {
    const base = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
    return JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes - base.length) } });
  };

  it('accepts a body of exactly the limit', async () => {
    const body = bodyOfBytes(LIMITS.maxBodyBytes);
    expect(Buffer.byteLength(body)).toBe(LIMITS.maxBodyBytes);
    expect(await postRaw(api.url, body)).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('refuses one byte more with 413 and a GraphQL-shaped PAYLOAD_TOO_LARGE error', async () => {
    const { status, contentType, body } = await postRaw(api.url, bodyOfBytes(LIMITS.maxBodyBytes + 1));
    expect(status).toBe(413);
    expect(contentType).toMatch(/application\/json/);
    expect(body).toEqual({
      errors: [{ message: expect.stringMatching(/larger than the 2000 bytes/), extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 2000 } }],
    });
    await expectStillServing();
  });
});

describe('introspection', () => {
  const introspect = '{ __schema { queryType { name } } }';

  it('is answered by default', async () => {
    expect(await api.gql(introspect)).toMatchObject({ status: 200, body: { data: { __schema: { queryType: { name: 'Query' } } } } });
    expect((await api.gql('{ __type(name: "Provision") { name } }')).body.data).toEqual({ __type: { name: 'Provision' } });
  });

  it('is refused with INTROSPECTION_DISABLED when turned off; __typename still answers', async () => {
    const closed = await startTestApi({ introspection: false });
    try {
      for (const query of [introspect, '{ __type(name: "Provision") { name } }']) {
        const { status, body } = await closed.gql(query);
        expect(status).toBe(400);
        expect(body.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
        expect(body.errors?.[0]?.message).toMatch(/CROSSWALK_INTROSPECTION/);
      }
      expect((await closed.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
      await expectStillServing(closed);
    } finally {
      await closed.close();
    }
  });
});

describe('transaction timeout', () => {
  it('has Neo4j stop a read that runs past it, answered as QUERY_TIMEOUT', async () => {
    // A read that would count for a minute: with a 100 ms timeout Neo4j terminates it.
    const db = new GraphExecutor(api.driver, { database: testConnection().database, transactionTimeoutMs: 100 });
    const started = Date.now();
    const error = await db.read('UNWIND range(1, 1000000000) AS x RETURN count(x) AS n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("applies the app's timeout to every read of a request, and keeps serving after one is stopped", async () => {
    // 1 ms: Neo4j checks deadlines as it goes, so a read over the demo graph is stopped now and then,
    // not every time; a bounded number of tries sees one.
    const hurried = await startTestApi({ transactionTimeoutMs: 1 });
    try {
      const query =
        '{ provisions(first: 500) { nodes { id mappings(first: 10) { nodes { strength } } } } frameworks { nodes { id } } milestones { nodes { id } } }';
      let timedOut: Awaited<ReturnType<TestApi['gql']>> | undefined;
      for (let attempt = 0; attempt < 60 && !timedOut; attempt += 1) {
        const response = await hurried.gql(query);
        if (response.body.errors?.some((error) => error.extensions?.code === 'QUERY_TIMEOUT')) timedOut = response;
      }
      expect(timedOut, 'no read was stopped by the 1 ms timeout in 60 requests').toBeDefined();
      const error = timedOut!.body.errors!.find((e) => e.extensions?.code === 'QUERY_TIMEOUT')!;
      expect(timedOut!.status).toBe(200);
      expect(error.message).toMatch(/transaction timeout/);
      expect(error.extensions).not.toHaveProperty('stacktrace');
      // What needs no database still answers on the same app, and an app with the normal timeout in full.
      expect((await hurried.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
      await expectStillServing();
    } finally {
      await hurried.close();
    }
  });
});
