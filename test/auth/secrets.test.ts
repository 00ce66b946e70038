import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { TEST_ADMIN_KEY, startTestApi, type TestApi } from '../support/api.js';
import { testConnection } from '../support/neo4j.js';
import { startTestProvider, type TestProvider } from './oidc-provider.js';
import { freePort } from '../support/net.js';

// No secret in logs or errors: API keys (good, revoked, wrong), the admin key, bearer tokens and the
// Neo4j password never appear in an answer to a client or in a line the server logs — on success,
// on refusal, and on an internal error. And the repository holds no working key, private key or .env.

const AUDIENCE = 'crosswalk-api';
const VIEWER = '{ viewer { actor role kind } }';
const CREATE_KEY = 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }';
const REVOKE_KEY = 'mutation ($id: ID!) { revokeApiKey(id: $id) { id } }';
/** Requests that fail in different places: parsing, validation, input checks, the role check. */
const FAILING = [
  '{ viewer { actor ',
  '{ noSuchField }',
  'mutation { createVendor(input: {name: "Test secrets", country: "XXX"}) { id } }',
  '{ apiKeys { totalCount } }',
  '{ auditEvents(first: 1) { totalCount } }',
];

type Secrets = Record<string, string>;

/** Every secret (and the secret part of each key and token) absent from `text`; names the one found. */
function expectNoSecrets(where: string, text: string, secrets: Secrets): void {
  for (const [name, secret] of Object.entries(secrets)) {
    const parts = [secret];
    const apiKey = /^cwk_[0-9a-f]{12}_(.+)$/.exec(secret);
    if (apiKey) parts.push(apiKey[1]!);
    if (secret.split('.').length === 3)
      parts.push(
        ...secret
          .split('.')
          .slice(1)
          .filter((part) => part.length >= 16),
      );
    for (const part of parts) expect(text.includes(part), `${where} holds ${name}`).toBe(false);
  }
}

const randomKey = (id = randomBytes(6).toString('hex')) => `cwk_${id}_${randomBytes(32).toString('base64url')}`;

let provider: TestProvider;
const logged: unknown[] = [];
const consoleLines: unknown[][] = [];

beforeAll(async () => {
  provider = await startTestProvider();
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleLines.push(args));
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await provider?.close();
});

/** All that was logged, as text deep enough to show causes and properties. */
function logText(): string {
  return [...logged, ...consoleLines.flat()]
    .map((item) => `${inspect(item, { depth: 12, showHidden: true, maxStringLength: Infinity })}\n${(item as Error)?.stack ?? ''}`)
    .join('\n');
}

/** Every way of sending a credential: as a bearer key, in a malformed header, in the URL of a GET. */
async function sendEverywhere(url: string, secret: string): Promise<string[]> {
  const answers: string[] = [];
  const post = async (authorization: string | undefined, query: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query }),
    });
    answers.push(`${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`);
  };
  for (const query of [VIEWER, ...FAILING]) await post(`Bearer ${secret}`, query);
  await post(`Basic ${secret}`, VIEWER);
  await post(`Bearer ${secret} ${secret}`, VIEWER);
  await post(`Bearer ${secret}x`, VIEWER);
  await post(secret, VIEWER);
  const get = await fetch(`${url}/graphql?query=${encodeURIComponent(VIEWER)}`, {
    headers: { authorization: `Bearer ${secret}`, accept: 'application/json', 'apollo-require-preflight': 'true' },
  });
  answers.push(`${get.status} ${await get.text()}`);
  return answers;
}

describe('secrets in answers and logs', () => {
  let api: TestApi;
  const secrets: Secrets = {};

  beforeAll(async () => {
    api = await startTestApi({
      logError: (error) => void logged.push(error),
      auth: {
        anonymous: 'loopback-read',
        adminKey: TEST_ADMIN_KEY,
        oidc: { issuer: provider.issuer, audience: AUDIENCE, jwksUri: provider.jwksUri, roleClaim: 'crosswalk_role', roleMap: {} },
      },
    });
    const create = async (name: string) => {
      const response = await api.gql<{ createApiKey: { key: string; apiKey: { id: string } } }>(CREATE_KEY, {
        input: { name, role: 'VIEWER' },
      });
      expect(response.body.errors, JSON.stringify(response.body)).toBeUndefined();
      return response.body.data!.createApiKey;
    };
    const valid = await create('test secrets valid');
    const revoked = await create('test secrets revoked');
    expect((await api.gql(REVOKE_KEY, { id: revoked.apiKey.id })).body.errors).toBeUndefined();
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: provider.issuer, aud: AUDIENCE, sub: 'test-secrets-subject', crosswalk_role: 'VIEWER' };
    Object.assign(secrets, {
      'the admin key': TEST_ADMIN_KEY,
      'a valid key': valid.key,
      'a revoked key': revoked.key,
      'a wrong secret for a stored key id': randomKey(valid.apiKey.id.slice('apikey:'.length)),
      'an unknown key': randomKey(),
      'a malformed key': `cwk_${randomBytes(20).toString('hex')}`,
      'a credential of no known kind': `not-a-key-${randomBytes(16).toString('hex')}`,
      'a valid token': provider.token(claims),
      'an expired token': provider.token({ ...claims, iat: now - 7200, exp: now - 3600 }),
      'a token for another audience': provider.token({ ...claims, aud: 'elsewhere' }),
      'a token with no role': provider.token({ ...claims, crosswalk_role: undefined }),
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('answers and logs no credential, whether it works or not', async () => {
    logged.length = 0;
    consoleLines.length = 0;
    const statuses = new Map<string, string>();
    for (const [name, secret] of Object.entries(secrets)) {
      const answers = await sendEverywhere(api.url, secret);
      statuses.set(name, answers[0]!.slice(0, 3));
      for (const answer of answers) expectNoSecrets(`an answer to a request with ${name}`, answer, secrets);
    }
    // The credentials did what they should (so the answers above are the real paths, not one refusal).
    expect(Object.fromEntries(statuses)).toEqual({
      'the admin key': '200',
      'a valid key': '200',
      'a revoked key': '401',
      'a wrong secret for a stored key id': '401',
      'an unknown key': '401',
      'a malformed key': '401',
      'a credential of no known kind': '401',
      'a valid token': '200',
      'an expired token': '401',
      'a token for another audience': '401',
      'a token with no role': '403',
    });
    expectNoSecrets('the log', logText(), secrets);
  });

  it('logs an internal error without the credential of its request', async () => {
    // A database that does not exist: looking a key up fails in a way that is not "database unavailable".
    const broken = await startTestApi({
      database: `nosuchdb${randomBytes(3).toString('hex')}`,
      logError: (error) => void logged.push(error),
      auth: { anonymous: 'loopback-read', adminKey: TEST_ADMIN_KEY },
    });
    try {
      logged.length = 0;
      consoleLines.length = 0;
      const answers: string[] = [];
      for (const secret of [secrets['a valid key']!, TEST_ADMIN_KEY, secrets['an unknown key']!]) {
        for (const query of [VIEWER, '{ vendors(first: 1) { totalCount } }']) {
          const response = await broken.gql(query, {}, { key: secret });
          answers.push(`${response.status} ${JSON.stringify(response.body)}`);
        }
      }
      // The admin key needs no lookup, so its query reaches the resolvers and fails there.
      expect(
        answers.some((answer) => /INTERNAL_SERVER_ERROR/.test(answer)),
        answers.join('\n'),
      ).toBe(true);
      expect(logged.length, 'internal errors are logged').toBeGreaterThan(0);
      for (const answer of answers) expectNoSecrets('an answer of a broken server', answer, secrets);
      expectNoSecrets('the log of a broken server', logText(), secrets);
    } finally {
      await broken.close();
    }
  });
});

describe('secrets of the start command', () => {
  const running: ChildProcess[] = [];
  afterAll(() => {
    for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  });

  function start(env: Record<string, string>): {
    child: ChildProcess;
    output: () => string;
    running: Promise<void>;
    exited: Promise<number | null>;
  } {
    const { CROSSWALK_ADMIN_KEY: _key, ...baseEnv } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/start.ts'], {
      cwd: repoRoot,
      env: { ...baseEnv, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(child);
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const started = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not running after 120 s:\n${output}`)), 120_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Press Ctrl-C to stop.')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code}:\n${output}`));
      });
    });
    started.catch(() => undefined);
    return { child, output: () => output, running: started, exited };
  }

  it('prints no admin key, API key or token while serving requests that carry them', async () => {
    const neo4j = testConnection();
    const port = await freePort();
    const adminKey = `start-secret-${randomBytes(18).toString('base64url')}`;
    const server = start({
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      PORT: String(port),
      CROSSWALK_ADMIN_KEY: adminKey,
      CROSSWALK_OIDC_ISSUER: provider.issuer,
      CROSSWALK_OIDC_AUDIENCE: AUDIENCE,
      CROSSWALK_OIDC_JWKS_URI: provider.jwksUri,
    });
    await server.running;
    const url = `http://127.0.0.1:${port}`;
    const created = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` },
      body: JSON.stringify({ query: CREATE_KEY, variables: { input: { name: 'test secrets start', role: 'EDITOR' } } }),
    });
    const { key } = ((await created.json()) as { data: { createApiKey: { key: string } } }).data.createApiKey;
    const claims = { iss: provider.issuer, aud: AUDIENCE, sub: 'test-secrets-start', crosswalk_role: 'EDITOR' };
    const secrets: Secrets = {
      'the admin key': adminKey,
      'a valid key': key,
      'an unknown key': randomKey(),
      'a valid token': provider.token(claims),
      'a token for another audience': provider.token({ ...claims, aud: 'elsewhere' }),
    };
    const answers: string[] = [];
    for (const secret of Object.values(secrets)) answers.push(...(await sendEverywhere(url, secret)));
    expect(answers.filter((answer) => answer.startsWith('200')).length).toBeGreaterThanOrEqual(3);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    for (const answer of answers) expectNoSecrets('an answer of npm start', answer, secrets);
    expectNoSecrets('the output of npm start', server.output(), secrets);
  });

  it('does not print a NEO4J_PASSWORD that Neo4j refuses', async () => {
    const neo4j = testConnection();
    const password = `wrong-${randomBytes(12).toString('base64url')}`;
    const server = start({
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: neo4j.database,
      PORT: String(await freePort()),
      CROSSWALK_ADMIN_KEY: `start-secret-${randomBytes(18).toString('base64url')}`,
    });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/refused the credentials of neo4j/);
    expectNoSecrets('the output of npm start', server.output(), { 'the Neo4j password': password });
    // Neo4j locks a user out for a few seconds after failed logins: wait until the test user gets in again.
    const { testDriver } = await import('../support/neo4j.js');
    const driver = testDriver();
    try {
      await vi.waitFor(() => driver.verifyConnectivity(), { timeout: 60_000, interval: 1_000 });
    } finally {
      await driver.close();
    }
  });
});

describe('the repository', () => {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
  const texts = new Map<string, string>();
  for (const file of files) {
    const full = path.join(repoRoot, file);
    let size: number;
    try {
      size = statSync(full).size;
    } catch {
      continue; // deleted in the working tree
    }
    if (size > 5_000_000) continue;
    const buffer = readFileSync(full);
    if (buffer.includes(0)) continue; // binary
    texts.set(file, buffer.toString('utf8'));
  }

  it('reads the tracked files', () => {
    expect(texts.size).toBeGreaterThan(100);
    expect(texts.has('server/src/auth/keys.ts')).toBe(true);
  });

  it('holds no API key that works', async () => {
    const found = new Set<string>();
    for (const text of texts.values())
      for (const match of text.matchAll(/cwk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g)) found.add(match[0]);
    const api = await startTestApi({ auth: { anonymous: 'off', adminKey: TEST_ADMIN_KEY } });
    try {
      for (const key of found) expect((await api.gql(VIEWER, {}, { key })).status, key).toBe(401);
    } finally {
      await api.close();
    }
  });

  it('holds no private key', () => {
    // Built from parts, so this file does not match itself.
    const privateKey = new RegExp(['-----BEGIN', '( [A-Z0-9]+)*', ' PRIVATE KEY-----'].join(''));
    const putty = new RegExp(['PuTTY-User-Key-File', '-\\d+:'].join(''));
    const holding = [...texts].filter(([, text]) => privateKey.test(text) || putty.test(text)).map(([file]) => file);
    expect(holding).toEqual([]);
    expect(files.filter((file) => /\.(pem|key|p12|pfx|jks|keystore)$|(^|\/)id_(rsa|ecdsa|ed25519)$/.test(file))).toEqual([]);
  });

  it('holds no .env file with values for secrets', () => {
    const envFiles = files.filter((file) => /(^|\/)\.env($|\.)/.test(path.basename(file)) || /(^|\/)\.env($|\.)/.test(file));
    const examples = envFiles.filter((file) => /\.(example|sample|template)$/.test(file));
    expect(envFiles.filter((file) => !examples.includes(file))).toEqual([]);
    for (const file of examples) {
      for (const line of texts.get(file)!.split('\n')) {
        const match = /^\s*(?:export\s+)?([A-Z0-9_]*(?:PASSWORD|SECRET|TOKEN|KEY)[A-Z0-9_]*)\s*=\s*(.*)$/.exec(line);
        if (match)
          expect(match[2]!.replace(/^["']|["']$/g, ''), `${file}: ${match[1]}`).toMatch(/^$|^<.*>$|^(changeme|change-me|choose-one)$/);
      }
    }
  });
});
