import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

// Read-your-writes across servers: two Crosswalk servers, each with its own driver (so its own
// bookmark manager), against one Neo4j. A write on one answers with its bookmarks; a read on the
// other that sends them back runs after that write.

const HEADER = 'crosswalk-bookmark';
let first: TestApi;
let second: TestApi;
const vendorId = `vendor:bookmark-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  [first, second] = await Promise.all([startTestApi(), startTestApi()]);
});

afterAll(async () => {
  await first.cypher('MATCH (n {id: $id}) DETACH DELETE n', { id: vendorId });
  await Promise.all([first.close(), second.close()]);
});

describe('the crosswalk-bookmark header', () => {
  it('answers a write with its bookmarks, and another server reads after that write when they are sent back', async () => {
    const write = await first.gql(`mutation ($input: CreateVendorInput!) { createVendor(input: $input) { id } }`, {
      input: { id: vendorId, name: 'Bookmark vendor' },
    });
    expect(write.body.errors).toBeUndefined();
    const bookmark = write.headers.get(HEADER);
    expect(bookmark).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(bookmark!, 'base64url').toString('utf8'))).toEqual(expect.arrayContaining([expect.any(String)]));

    const read = await second.gql<{ node: { name: string } | null }>(
      `query ($id: ID!) { node(id: $id) { ... on Vendor { name } } }`,
      { id: vendorId },
      { headers: { [HEADER]: bookmark! } },
    );
    expect(read.status).toBe(200);
    expect(read.body.data?.node?.name).toBe('Bookmark vendor');
    // A read has no write to report.
    expect(read.headers.get(HEADER)).toBeNull();
  });

  it('refuses a value no answer carried with BAD_USER_INPUT naming the header, running nothing', async () => {
    const read = await second.gql(`{ vendors(first: 1) { totalCount } }`, undefined, { headers: { [HEADER]: 'not-a-bookmark!' } });
    expect(read.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: HEADER });
    expect(read.body.data ?? null).toBeNull();
  });

  it('lets a browser script read it (CORS exposes the header)', async () => {
    const api = await startTestApi({ corsOrigins: ['http://example.test'] });
    try {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://example.test' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.headers.get('access-control-expose-headers')).toContain(HEADER);
    } finally {
      await api.close();
    }
  });
});
