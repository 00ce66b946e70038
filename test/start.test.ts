import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../server/src/config.js';
import { freePort, portAccepts } from './support/net.js';

// `npm start` minus the install step: the start command with its own port, Bolt port and data folder.
const PORT = await freePort();
const BOLT_PORT = await freePort();
const running: ChildProcess[] = [];

interface Started {
  child: ChildProcess;
  output: () => string;
}

// The first start prints the first admin key on a line of its own.
const PRINTED_KEY = /^ +(cwk_[0-9a-f]{12}_[A-Za-z0-9_-]{43})$/gm;
const ANONYMOUS_NOTICE = /Anonymous read access is ON for clients on this machine \(loopback\) only/;
// A CROSSWALK_ADMIN_KEY of this run's environment must not change what the test sees.
const { CROSSWALK_ADMIN_KEY: _adminKey, CROSSWALK_ANONYMOUS_READ: _anonymous, ...baseEnv } = process.env;

function startCrosswalk(home: string, env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/start.ts'], {
    cwd: repoRoot,
    env: { ...baseEnv, PORT: String(PORT), NEO4J_LOCAL_BOLT_PORT: String(BOLT_PORT), NEO4J_LOCAL_HOME: home, NEO4J_URI: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not running after 240 s:\n${output}`)), 240_000);
    child.stdout.on('data', () => {
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

async function graphql(query: string, key?: string, variables?: Record<string, unknown>) {
  const response = await fetch(`http://localhost:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as any;
}

const VIEWER = '{ viewer { actor role kind } }';

afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('the start command', () => {
  it('starts Neo4j, migrates, loads, serves, prints the first admin key once; stops on Ctrl-C; later starts add nothing and print no key', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-start-'));

    const first = await startCrosswalk(home);
    expect(first.output()).toMatch(/migration 0001-constraints: applied/);
    expect(first.output()).toMatch(/data reference\/eu-ai-act\.json: loaded \(185 nodes/);
    expect(first.output()).toMatch(new RegExp(`explorer +http://localhost:${PORT}/`));
    expect(first.output()).toMatch(new RegExp(`GraphQL +http://localhost:${PORT}/graphql`));
    expect(await graphql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
    expect((await fetch(`http://localhost:${PORT}/ready`)).status).toBe(200);
    expect(await portAccepts(BOLT_PORT)).toBe(true);

    // The first admin key, printed once, works as ADMIN: it can create keys.
    const printed = [...first.output().matchAll(PRINTED_KEY)].map((match) => match[1]!);
    expect(printed, first.output()).toHaveLength(1);
    const firstKey = printed[0]!;
    expect(first.output().split(firstKey).length - 1).toBe(1);
    expect(first.output()).toMatch(/First start: created the API key "first admin" \(role ADMIN\)/);
    expect(first.output()).toMatch(ANONYMOUS_NOTICE);
    expect(await graphql(VIEWER, firstKey)).toEqual({ data: { viewer: { actor: 'first admin', role: 'ADMIN', kind: 'API_KEY' } } });
    const created = await graphql(
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { role createdBy } } }',
      firstKey,
      {
        input: { name: 'start test', role: 'VIEWER' },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createApiKey.apiKey).toEqual({ role: 'VIEWER', createdBy: 'first admin' });
    expect(await graphql(VIEWER, created.data.createApiKey.key)).toEqual({
      data: { viewer: { actor: 'start test', role: 'VIEWER', kind: 'API_KEY' } },
    });
    // Anonymous readers on this machine are VIEWERs.
    expect(await graphql(VIEWER)).toEqual({ data: { viewer: { actor: 'anonymous', role: 'VIEWER', kind: 'ANONYMOUS' } } });

    expect(await stopWith(first.child, 'SIGINT')).toBe(0);
    expect(first.output()).toMatch(/neo4j-local: stopped \(data kept/);
    expect(await portAccepts(BOLT_PORT)).toBe(false);
    expect(await portAccepts(PORT)).toBe(false);

    const second = await startCrosswalk(home);
    expect(second.output()).not.toMatch(/: applied/);
    expect(second.output()).not.toMatch(/: loaded \(/);
    expect(second.output().match(/data \S+: unchanged/g)?.length).toBe(10);
    // An active admin key exists: no new one, and the first still works.
    expect(second.output()).not.toMatch(/cwk_/);
    expect(second.output()).not.toMatch(/First start/);
    expect(second.output()).toMatch(ANONYMOUS_NOTICE);
    expect((await graphql(VIEWER, firstKey)).data.viewer.role).toBe('ADMIN');
    // Revoked, the graph holds no active admin key: only CROSSWALK_ADMIN_KEY stops the next start making one.
    const keyId = `apikey:${/^cwk_([0-9a-f]{12})_/.exec(firstKey)![1]}`;
    const revoked = await graphql('mutation ($id: ID!) { revokeApiKey(id: $id) { id active } }', firstKey, { id: keyId });
    expect(revoked).toEqual({ data: { revokeApiKey: { id: keyId, active: false } } });
    expect(await stopWith(second.child, 'SIGTERM')).toBe(0);
    expect(await portAccepts(BOLT_PORT)).toBe(false);

    const adminKey = `start-test-${'k'.repeat(24)}`;
    const third = await startCrosswalk(home, { CROSSWALK_ADMIN_KEY: adminKey, CROSSWALK_ANONYMOUS_READ: 'off' });
    expect(third.output()).not.toMatch(/cwk_/);
    expect(third.output()).not.toMatch(/First start/);
    expect(third.output()).not.toContain(adminKey);
    expect(third.output()).toMatch(/Anonymous access is off: every request needs a key\./);
    expect(await graphql(VIEWER, adminKey)).toEqual({
      data: { viewer: { actor: 'admin (CROSSWALK_ADMIN_KEY)', role: 'ADMIN', kind: 'ADMIN_KEY' } },
    });
    expect((await graphql(VIEWER, firstKey)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await graphql(VIEWER)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const keys = await graphql('{ apiKeys { nodes { name role active } } }', adminKey);
    expect(keys.data.apiKeys.nodes.filter((key: { role: string; active: boolean }) => key.role === 'ADMIN' && key.active)).toEqual([]);
    expect(await stopWith(third.child, 'SIGTERM')).toBe(0);
  }, 420_000);
});
