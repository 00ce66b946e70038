// Neo4j lost while serving: a second local Neo4j of this file's own (its own port and folder, never
// the run's), stopped and started again under the API, while requests and a stream of writes go on.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../server/src/config.js';
import { createDriver, type Neo4jConnection } from '../../server/src/db/driver.js';
import { setUpGraph } from '../../server/src/graph/setup.js';
import { createApp, type App } from '../../server/src/http/app.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/src/neo4j-local/launcher.js';
import { TEST_ADMIN_KEY, adminAuthorization } from '../support/api.js';

const BOLT_PORT = 7699;
const PASSWORD = 'faults-test';
const VENDOR_FIELDS = 'id name country description contractRef riskTier';

let home: string;
let webDist: string | undefined;
let neo4j: LocalNeo4j | undefined;
let driver: Driver;
let app: App;
let server: Server;
let base: string;
let connection: Neo4jConnection;
/** What the app logged as unexpected: a lost database must never land here. */
const unexpectedErrors: string[] = [];

interface Answer {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function gql(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...adminAuthorization },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

async function readyStatus(): Promise<number> {
  return (await fetch(`${base}/ready`, { signal: AbortSignal.timeout(30_000) })).status;
}

/** Polls /ready until it answers `status` (the test's own timeout bounds the wait). */
async function untilReady(status: number): Promise<void> {
  while ((await readyStatus()) !== status) await new Promise((resolve) => setTimeout(resolve, 200));
}

function launch(): Promise<LocalNeo4j> {
  return startLocalNeo4j({
    projectDir: paths.neo4jLocal,
    home,
    boltPort: BOLT_PORT,
    password: PASSWORD,
    pageCache: '64m',
    log: () => undefined,
  });
}

/** Reads the graph directly, with a driver of its own (not the app's). */
async function cypher(query: string, parameters: Record<string, unknown> = {}): Promise<Record<string, any>[]> {
  const reader = createDriver(connection);
  try {
    const result = await reader.executeQuery(query, parameters, { database: 'neo4j' });
    return result.records.map((record) => record.toObject());
  } finally {
    await reader.close();
  }
}

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-faults-'));
  neo4j = await launch();
  connection = { uri: neo4j.uri, user: 'neo4j', password: PASSWORD, database: 'neo4j' };
  driver = createDriver(connection);
  await setUpGraph(driver, { database: 'neo4j' });
  webDist = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-web-'));
  app = await createApp({
    driver,
    database: 'neo4j',
    webDist,
    auth: { anonymous: 'off', adminKey: TEST_ADMIN_KEY },
    logError: (error) => unexpectedErrors.push(String((error as Error)?.stack ?? error)),
  });
  server = await new Promise<Server>((resolve) => {
    const listening = app.express.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  if (server) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
  }
  await app?.apollo.stop();
  await driver?.close();
  await neo4j?.stop();
  if (home) await rm(home, { recursive: true, force: true });
  if (webDist) await rm(webDist, { recursive: true, force: true });
});

function expectUnavailable(answer: Answer): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(503);
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors!;
  expect(error!.extensions?.code).toBe('DATABASE_UNAVAILABLE');
  // Neither the driver's words nor where the database lives, and no stack.
  expect(error!.message).not.toMatch(/bolt|127\.0\.0\.1|7699|ECONNREFUSED/);
  expect(error!.extensions).not.toHaveProperty('stacktrace');
}

describe('Neo4j lost while serving', () => {
  it('answers DATABASE_UNAVAILABLE (503) at once, /ready 503, and serves again by itself once Neo4j is back', async () => {
    expect(await readyStatus()).toBe(200);
    expect((await gql('{ vendors(first: 1) { totalCount } }')).body.errors).toBeUndefined();

    await neo4j!.stop();
    await untilReady(503);
    const ready = await fetch(`${base}/ready`);
    expect(await ready.json()).toMatchObject({ ready: false, neo4j: null });
    expect(ready.headers.get('retry-after')).toMatch(/^\d+$/);

    expectUnavailable(await gql('{ vendors(first: 1) { totalCount } }'));
    expectUnavailable(await gql('mutation { createVendor(input: { id: "vendor:fault-while-down", name: "Down" }) { id } }'));
    // An API key cannot be checked either: the same answer, not a refusal of the key.
    const withKey = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer cwk_0123456789ab_${'A'.repeat(43)}` },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expectUnavailable({ status: withKey.status, body: (await withKey.json()) as Answer['body'] });
    expect(withKey.headers.get('retry-after')).toBe('2');
    // The liveness probe does not depend on the database.
    expect((await fetch(`${base}/health`)).status).toBe(200);

    neo4j = await launch();
    await untilReady(200);
    const after = await gql('{ vendors(first: 1) { totalCount } }');
    expect(after.status).toBe(200);
    expect(after.body.errors).toBeUndefined();
    expect(await cypher("MATCH (v:Vendor {id: 'vendor:fault-while-down'}) RETURN v")).toEqual([]);
    expect(unexpectedErrors).toEqual([]);
  });

  it('keeps every acknowledged write, and half-applies none, across a stop and restart under a stream of writes', async () => {
    // A system whose vendors the stream replaces wholesale, alternating between two sets of three.
    const sets = [
      ['vendor:stream-a1', 'vendor:stream-a2', 'vendor:stream-a3'],
      ['vendor:stream-b1', 'vendor:stream-b2', 'vendor:stream-b3'],
    ];
    for (const id of sets.flat()) {
      expect(
        (await gql('mutation($input: CreateVendorInput!) { createVendor(input: $input) { id } }', { input: { id, name: id } })).body.errors,
      ).toBeUndefined();
    }
    const system = await gql(
      `mutation { createAISystem(input: { id: "system:stream", name: "Stream", roles: [DEPLOYER], riskClass: MINIMAL, lifecycleStage: DEPLOYED }) { id } }`,
    );
    expect(system.body.errors, JSON.stringify(system.body)).toBeUndefined();

    const acknowledged: string[] = [];
    const failed: string[] = [];
    const failureCodes: unknown[] = [];
    /** Failed with "may have been applied": the commit's answer was lost and the driver's retry met it. */
    const mayHaveBeenApplied: string[] = [];
    let linkAttempts = 0;
    let linksAcknowledged = 0;
    let running = true;
    let counter = 0;
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const vendorInput = (id: string) => ({
      id,
      name: `Stream vendor ${id}`,
      country: 'NL',
      description: `written by the fault test as ${id}`,
      contractRef: `C-${id}`,
      riskTier: 'MEDIUM',
    });

    const vendorWriter = async () => {
      while (running) {
        const id = `vendor:stream-${String((counter += 1)).padStart(5, '0')}`;
        let answer: Answer | undefined;
        try {
          answer = await gql(`mutation($input: CreateVendorInput!) { createVendor(input: $input) { ${VENDOR_FIELDS} } }`, {
            input: vendorInput(id),
          });
        } catch (error) {
          failureCodes.push(`no answer: ${String(error)}`);
        }
        if (answer?.body.data?.createVendor?.id === id && !answer.body.errors) acknowledged.push(id);
        else {
          failed.push(id);
          const extensions = answer?.body.errors?.[0]?.extensions;
          if (extensions?.mayHaveBeenApplied) mayHaveBeenApplied.push(id);
          if (answer) failureCodes.push(extensions?.code);
          await pause(50);
        }
      }
    };
    const linkWriter = async () => {
      while (running) {
        const vendorIds = sets[linkAttempts % 2]!;
        linkAttempts += 1;
        const answer = await gql('mutation($ids: [ID!]!) { setSystemVendors(systemId: "system:stream", vendorIds: $ids) { id } }', {
          ids: vendorIds,
        });
        if (answer.body.errors) {
          failureCodes.push(answer.body.errors[0]?.extensions?.code);
          await pause(50);
        } else linksAcknowledged += 1;
      }
    };

    const stream = Promise.all([vendorWriter(), vendorWriter(), vendorWriter(), linkWriter()]);
    await pause(2_000);
    const beforeStop = acknowledged.length;
    await neo4j!.stop(); // SIGTERM, mid-stream
    // Each write now fails after the driver's short retry window; wait for the first to come back.
    while (failed.length === 0) await pause(100);
    const duringOutage = failed.length;
    neo4j = await launch(); // the same folder
    await untilReady(200);
    const afterRestart = acknowledged.length;
    await pause(2_000);
    running = false;
    await stream;

    // The stream did run before, during and after the outage.
    expect(beforeStop).toBeGreaterThan(0);
    expect(duringOutage).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(afterRestart);
    expect(linksAcknowledged).toBeGreaterThan(0);
    // Failures were the database being away, said so: no internal errors, no hung or dropped requests.
    expect(unexpectedErrors).toEqual([]);
    expect(new Set(failureCodes), JSON.stringify(failureCodes)).toEqual(new Set(['DATABASE_UNAVAILABLE']));

    const stored = await cypher(
      `MATCH (v:Vendor) WHERE v.id STARTS WITH 'vendor:stream-0'
       RETURN v.id AS id, properties(v) AS properties`,
    );
    const byId = new Map(stored.map((row) => [row.id as string, row.properties as Record<string, unknown>]));
    // Every acknowledged write is there, whole.
    for (const id of acknowledged) {
      expect(byId.get(id), id).toMatchObject(vendorInput(id));
    }
    // An unacknowledged one is absent or whole, never half there; one said to have maybe been applied is there.
    for (const id of failed) {
      if (byId.has(id)) expect(byId.get(id), id).toMatchObject(vendorInput(id));
    }
    for (const id of mayHaveBeenApplied) expect(byId.has(id), id).toBe(true);
    // Nothing the stream did not ask for.
    const asked = new Set([...acknowledged, ...failed]);
    expect([...byId.keys()].filter((id) => !asked.has(id))).toEqual([]);
    // The system's vendors are one whole set, never a mix or a partial replacement.
    const links = await cypher(`MATCH (:AISystem {id: 'system:stream'})-[r]-(v:Vendor) RETURN v.id AS id ORDER BY id`);
    expect(sets).toContainEqual(links.map((row) => row.id));
  });
});
