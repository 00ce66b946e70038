import type { AddressInfo } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { readApiSettings } from '../config.js';
import { createApp } from './app.js';

/** A driver that answers every read with no rows and notes the transaction timeout it was given. */
function recordingDriver(timeouts: number[]): Driver {
  const session = {
    executeRead: async (_work: unknown, config?: { timeout?: number }) => {
      timeouts.push(config?.timeout ?? -1);
      return { records: [] };
    },
    close: async () => undefined,
  };
  return { session: () => session, executeQueryBookmarkManager: undefined } as unknown as Driver;
}

describe('CROSSWALK_QUERY_TIMEOUT_MS', () => {
  it('reaches the API key lookup', async () => {
    const timeouts: number[] = [];
    const { transactionTimeoutMs } = readApiSettings({ CROSSWALK_QUERY_TIMEOUT_MS: '7' });
    const webDist = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-web-'));
    const app = await createApp({
      driver: recordingDriver(timeouts),
      database: 'neo4j',
      webDist,
      transactionTimeoutMs,
      auth: { anonymous: 'off' },
    });
    const server = app.express.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer cwk_0123456789ab_${'A'.repeat(43)}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      // The key is unknown to this empty graph: refused, after one lookup bounded by the setting.
      expect(response.status).toBe(401);
      expect(timeouts).toEqual([7]);
    } finally {
      server.close();
      await app.apollo.stop();
    }
  });
});
