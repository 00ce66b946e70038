import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { paths } from '../../server/src/config.js';
import { createDriver } from '../../server/src/db/driver.js';
import { LocalNeo4jError, startLocalNeo4j, type LocalNeo4j } from '../../server/src/neo4j-local/launcher.js';
import { portAccepts } from '../support/net.js';

// A second local Neo4j beside the one the test run uses: its own folder and port.
const BOLT_PORT = 7691;
const PASSWORD = 'launcher-test';
const started: LocalNeo4j[] = [];

/** The TCP addresses a process listens on, read from `ss` (no traffic sent). */
function listeningAddresses(pid: number): string[] {
  const lines = execFileSync('ss', ['-Hltnp'], { encoding: 'utf8' }).split('\n');
  return lines
    .filter((line) => line.includes(`pid=${pid},`))
    .map((line) => line.trim().split(/\s+/)[3]!.replace('[::ffff:', '').replace(']', ''))
    .sort();
}

function launch(home: string, boltPort = BOLT_PORT): Promise<LocalNeo4j> {
  return startLocalNeo4j({ projectDir: paths.neo4jLocal, home, boltPort, password: PASSWORD, pageCache: '64m', log: () => undefined });
}

async function start(home: string): Promise<LocalNeo4j> {
  const neo4j = await launch(home);
  started.push(neo4j);
  return neo4j;
}

async function query<T>(uri: string, cypher: string): Promise<T[]> {
  const driver = createDriver({ uri, user: 'neo4j', password: PASSWORD, database: 'neo4j' });
  try {
    const result = await driver.executeQuery(cypher, {}, { database: 'neo4j' });
    return result.records.map((record) => record.get(0) as T);
  } finally {
    await driver.close();
  }
}

afterAll(async () => {
  await Promise.all(started.map((neo4j) => neo4j.stop()));
});

describe('the local Neo4j launcher', () => {
  it('starts, answers on loopback with auth, refuses a second instance on its folder, and stops cleanly keeping its data', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-neo4j-'));
    const first = await start(home);
    expect(first.uri).toBe(`bolt://127.0.0.1:${BOLT_PORT}`);
    expect(await query<string>(first.uri, 'CALL dbms.components() YIELD versions RETURN versions[0]')).toEqual([
      expect.stringMatching(/^5\.26\./),
    ]);
    await query(first.uri, "CREATE (:Probe {id: 'kept'})");

    // Loopback only: the JVM listens on exactly one socket, Bolt on 127.0.0.1 (no HTTP, no routing port).
    expect(listeningAddresses(first.process.pid!)).toEqual([`127.0.0.1:${BOLT_PORT}`]);

    // Wrong credentials are refused: auth is on.
    const intruder = createDriver({ uri: first.uri, user: 'neo4j', password: 'wrong-password', database: 'neo4j' });
    await expect(intruder.verifyConnectivity()).rejects.toThrow(/unauthorized|authentication/i);
    await intruder.close();

    // A second instance on the same folder fails with a message that says why.
    const second = launch(home, BOLT_PORT + 1);
    await expect(second).rejects.toBeInstanceOf(LocalNeo4jError);
    await expect(second).rejects.toThrow(/data folder is already in use by another Neo4j/);
    await expect(second).rejects.toThrow(/NEO4J_URI/);
    expect(await portAccepts(BOLT_PORT + 1)).toBe(false);

    await first.stop();
    expect(first.process.exitCode).toBe(0);
    expect(await portAccepts(BOLT_PORT)).toBe(false);

    const again = await start(home);
    expect(await query<string>(again.uri, 'MATCH (p:Probe) RETURN p.id')).toEqual(['kept']);
    await again.stop();
    expect(again.process.exitCode).toBe(0);
  });

  it('says when the Bolt port is taken', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-neo4j-'));
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(BOLT_PORT + 2, '127.0.0.1', resolve));
    try {
      const attempt = launch(home, BOLT_PORT + 2);
      await expect(attempt).rejects.toBeInstanceOf(LocalNeo4jError);
      await expect(attempt).rejects.toThrow(/Bolt port is already in use/);
    } finally {
      squatter.close();
    }
  });
});
