import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../server/src/config.js';
import { portAccepts } from './support/net.js';

// `npm start` minus the install step: the start command with its own port, Bolt port and data folder.
const PORT = 4107;
const BOLT_PORT = 7697;
const running: ChildProcess[] = [];

interface Started {
  child: ChildProcess;
  output: () => string;
}

function startCrosswalk(home: string): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/start.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(PORT), NEO4J_LOCAL_BOLT_PORT: String(BOLT_PORT), NEO4J_LOCAL_HOME: home, NEO4J_URI: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not running after 240 s:\n${output}`)), 240_000);
    child.stdout!.on('data', () => {
      if (output.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
}

function stopWith(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}


async function graphql(query: string) {
  const response = await fetch(`http://localhost:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('the start command', () => {
  it('starts Neo4j, migrates, loads, serves; stops everything on Ctrl-C; a second start adds nothing', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-start-'));

    const first = await startCrosswalk(home);
    expect(first.output()).toMatch(/migration 0001-constraints: applied/);
    expect(first.output()).toMatch(/data reference\/eu-ai-act\.json: loaded \(185 nodes/);
    expect(first.output()).toMatch(new RegExp(`explorer +http://localhost:${PORT}/`));
    expect(first.output()).toMatch(new RegExp(`GraphQL +http://localhost:${PORT}/graphql`));
    expect(await graphql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
    expect((await fetch(`http://localhost:${PORT}/ready`)).status).toBe(200);
    expect(await portAccepts(BOLT_PORT)).toBe(true);

    expect(await stopWith(first.child, 'SIGINT')).toBe(0);
    expect(first.output()).toMatch(/neo4j-local: stopped \(data kept/);
    expect(await portAccepts(BOLT_PORT)).toBe(false);
    expect(await portAccepts(PORT)).toBe(false);

    const second = await startCrosswalk(home);
    expect(second.output()).not.toMatch(/: applied/);
    expect(second.output()).not.toMatch(/: loaded \(/);
    expect(second.output().match(/data \S+: unchanged/g)?.length).toBe(10);
    expect(await stopWith(second.child, 'SIGTERM')).toBe(0);
    expect(await portAccepts(BOLT_PORT)).toBe(false);
  });
});
