// `npm start` against a NEO4J_URI that does not answer yet: it serves (health ok, not ready), says
// what it waits for, and sets up the graph by itself once Neo4j is there.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { paths, repoRoot } from '../../server/src/config.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/src/neo4j-local/launcher.js';
import { freePort } from '../support/net.js';

const BOLT_PORT = 7699;
const PASSWORD = 'faults-start-test';
let child: ChildProcess | undefined;
let neo4j: LocalNeo4j | undefined;
let home: string | undefined;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await neo4j?.stop();
  if (home) await rm(home, { recursive: true, force: true });
});

describe('starting while Neo4j is unreachable', () => {
  it('listens at once (health ok, not ready), retries with a clear line, then sets up the graph and turns ready', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/start.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(port),
        NEO4J_URI: `bolt://127.0.0.1:${BOLT_PORT}`,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: PASSWORD,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const until = async (pattern: RegExp) => {
      while (!pattern.test(output)) {
        expect(child!.exitCode, output).toBeNull();
        await pause(200);
      }
    };

    await until(/Listening on http:\/\/localhost:\d+/);
    await until(new RegExp(`Neo4j at bolt://127\\.0\\.0\\.1:${BOLT_PORT} not reachable \\(.+\\); retrying in \\d+ s`));
    expect(output).not.toContain(PASSWORD);

    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false });
    const query = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ vendors(first: 1) { totalCount } }' }),
    });
    expect(query.status).toBe(503);
    expect(((await query.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'DATABASE_UNAVAILABLE',
    );

    home = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-faults-start-'));
    neo4j = await startLocalNeo4j({
      projectDir: paths.neo4jLocal,
      home,
      boltPort: BOLT_PORT,
      password: PASSWORD,
      pageCache: '64m',
      log: () => undefined,
    });

    await until(/Press Ctrl-C to stop\./);
    expect(output).toMatch(/migration 0001-constraints: applied/);
    expect(output).toMatch(/data reference\/eu-ai-act\.json: loaded/);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    const vendors = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ vendors(first: 1) { totalCount } }' }),
    });
    expect(vendors.status).toBe(200);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
