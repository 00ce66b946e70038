import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from './clients.js';
import type { LoadFixtures } from './workload.js';

// `pnpm load --servers N`: each client sends to the servers in turn and carries its latest write's
// bookmark. Two small HTTP servers stand in for Crosswalk here, recording what reaches them; the
// real servers are exercised by `pnpm load --servers 2` itself.

interface Received {
  server: number;
  write: boolean;
  bookmark: string | undefined;
}

const received: Received[] = [];
const servers: http.Server[] = [];
let writes = 0;

function fakeCrosswalk(server: number): http.Server {
  return http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const write = body.includes('"query":"mutation');
      const bookmark = request.headers['crosswalk-bookmark'];
      received.push({ server, write, bookmark: typeof bookmark === 'string' ? bookmark : undefined });
      const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json' };
      if (write) headers['crosswalk-bookmark'] = `bm-${(writes += 1)}`;
      response.writeHead(200, headers).end('{"data":{}}');
    });
  });
}

const fixtures: LoadFixtures = {
  controlIds: ['control:a'],
  vendorIds: ['vendor:a'],
  modelIds: ['model:a'],
  systemIds: ['system:a'],
  evidenceIds: ['evidence:a'],
  searchTexts: ['risk'],
  linkVendorIds: ['vendor:a'],
};

beforeAll(async () => {
  for (const index of [0, 1]) {
    const server = fakeCrosswalk(index);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
  }
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('runLoad over several servers', () => {
  it('sends each client to the servers in turn, with the bookmark of its latest write', async () => {
    const urls = servers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
    const result = await runLoad({
      urls,
      clients: 1,
      durationMs: 400,
      readsShare: 0.5,
      timeoutMs: 5000,
      keys: ['k'],
      fixtures,
      run: 'r',
      seed: 3,
    });
    expect(result.samples.length).toBeGreaterThan(4);
    // Alternating servers, starting with the first for client 0.
    expect(received.map((request) => request.server)).toEqual(received.map((_, index) => index % 2));
    // Nothing before the first write; afterwards the latest write's bookmark, whichever server took it.
    let latest: string | undefined;
    let writesSeen = 0;
    for (const request of received) {
      expect(request.bookmark).toBe(latest);
      if (request.write) latest = `bm-${(writesSeen += 1)}`;
    }
    expect(received.some((request) => request.write)).toBe(true);
    expect(received.some((request) => !request.write && request.bookmark !== undefined)).toBe(true);
  });
});
