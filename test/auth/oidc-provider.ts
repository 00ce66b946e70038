import { createPrivateKey, createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in identity provider for tests: a JWKS endpoint on loopback and a signer for its tokens.
// Tokens are made with node:crypto (RS256 by hand), not with the library the server verifies with,
// so a shared bug cannot make both sides agree.

export interface TestProvider {
  issuer: string;
  jwksUri: string;
  /** A token signed with the provider's key (or `with` another), `exp` an hour ahead unless given. */
  token(claims: Record<string, unknown>, options?: { with?: KeyObject; kid?: string }): string;
  /** A key the provider does not publish. */
  otherKey: KeyObject;
  /** How the JWKS endpoint answers from now on: its keys, a 500, or something that is not JSON. */
  answer: 'keys' | 'error' | 'not-json';
  close(): Promise<void>;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export function signJwt(header: Record<string, unknown>, claims: Record<string, unknown>, key: KeyObject | null): string {
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  if (!key) return `${signingInput}.`;
  return `${signingInput}.${createSign('RSA-SHA256').update(signingInput).sign(key).toString('base64url')}`;
}

export function newRsaKey(): KeyObject {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }));
}

export async function startTestProvider(): Promise<TestProvider> {
  const key = newRsaKey();
  const otherKey = newRsaKey();
  const kid = `test-${randomUUID()}`;
  const jwk = { ...key.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' } as Record<string, unknown>;
  // The public half only.
  for (const name of ['d', 'p', 'q', 'dp', 'dq', 'qi']) delete jwk[name];
  const state = { answer: 'keys' as TestProvider['answer'] };
  const server: Server = createServer((request, response) => {
    if (request.url === '/jwks.json' && state.answer === 'error') {
      response.writeHead(500).end('down for maintenance');
      return;
    }
    if (request.url === '/jwks.json' && state.answer === 'not-json') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html>login first</html>');
      return;
    }
    if (request.url === '/jwks.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${origin}/realms/test`;
  return {
    get answer() {
      return state.answer;
    },
    set answer(value) {
      state.answer = value;
    },
    issuer,
    jwksUri: `${origin}/jwks.json`,
    otherKey,
    token(claims, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      return signJwt({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? kid }, { iat: now, exp: now + 3600, ...claims }, options.with ?? key);
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
