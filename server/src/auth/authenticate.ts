import type { Request, RequestHandler } from 'express';
import type { Driver } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { GraphExecutor } from '../db/executor.js';
import { DATABASE_UNAVAILABLE } from '../db/unavailable.js';
import { sendGraphQLError } from '../http/responses.js';
import { constantTimeEqual, isApiKeyFormat, verifyApiKey } from './keys.js';
import { createOidcVerifier, type OidcSettings } from './oidc.js';
import type { Caller } from './roles.js';

/** How the API knows its callers (README, "Keys and roles"). */
export interface AuthOptions {
  /** Requests without credentials: refused ('off'), or VIEWER when they come from this machine ('loopback-read'). */
  anonymous: 'off' | 'loopback-read';
  /** A key that works as ADMIN without being stored (CROSSWALK_ADMIN_KEY). */
  adminKey?: string;
  /** How the audit trail names the admin key's caller (default "admin (CROSSWALK_ADMIN_KEY)"). */
  adminKeyActor?: string;
  /** Bearer JWTs from an identity provider. */
  oidc?: OidcSettings;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
// A request forwarded by a proxy on this machine comes from elsewhere: it is not a loopback client.
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

function isLoopbackClient(request: Request): boolean {
  return LOOPBACK.has(request.socket.remoteAddress ?? '') && !FORWARDING_HEADERS.some((name) => request.headers[name] !== undefined);
}

const ANONYMOUS_VIEWER: Omit<Caller, 'rateKey'> = { kind: 'ANONYMOUS', actor: 'anonymous', role: 'VIEWER' };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by `authenticate` for every request it lets through. */
      caller?: Caller;
    }
  }
}

function refuseUnauthenticated(response: Parameters<RequestHandler>[1], message: string): void {
  response.set('www-authenticate', 'Bearer realm="crosswalk"');
  sendGraphQLError(response, 'UNAUTHENTICATED', message);
}

/**
 * Finds the caller of a /graphql request from its `Authorization: Bearer …` header — an API key, the
 * admin key, or an identity provider's token — or lets it in anonymously where that is allowed.
 * Everyone else is answered 401 before any GraphQL runs. GET requests for GraphiQL's page pass: the
 * page holds nothing, and its queries are checked like any other. A key is looked up within
 * `transactionTimeoutMs` (CROSSWALK_QUERY_TIMEOUT_MS), like every other query.
 */
export function authenticate(driver: Driver, database: string, options: AuthOptions, transactionTimeoutMs: number): RequestHandler {
  const verifyToken = options.oidc ? createOidcVerifier(options.oidc) : null;
  const keyReader = new GraphExecutor(driver, { database, transactionTimeoutMs });
  return async (request, response, next) => {
    try {
      if (request.method === 'GET' && request.accepts(['application/json', 'text/html']) === 'text/html') {
        next();
        return;
      }
      const header = request.headers.authorization;
      if (header === undefined || header.trim() === '') {
        if (options.anonymous === 'loopback-read' && isLoopbackClient(request)) {
          request.caller = { ...ANONYMOUS_VIEWER, rateKey: `ip:${request.socket.remoteAddress}` };
          next();
          return;
        }
        refuseUnauthenticated(
          response,
          options.anonymous === 'loopback-read'
            ? 'This API needs a key from clients on other machines: send Authorization: Bearer <key>.'
            : 'This API needs a key: send Authorization: Bearer <key>.',
        );
        return;
      }
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match) {
        refuseUnauthenticated(response, 'The Authorization header must be "Bearer <key>".');
        return;
      }
      const credential = match[1]!;
      // The admin key first: whatever it looks like (cwk_…, or dotted like a token), it is the admin key.
      if (options.adminKey && constantTimeEqual(credential, options.adminKey)) {
        request.caller = {
          kind: 'ADMIN_KEY',
          actor: options.adminKeyActor ?? 'admin (CROSSWALK_ADMIN_KEY)',
          role: 'ADMIN',
          rateKey: 'admin-key',
        };
        next();
        return;
      }
      if (isApiKeyFormat(credential)) {
        const key = await verifyApiKey(keyReader, credential);
        if (!key) {
          refuseUnauthenticated(response, 'That API key is not valid (unknown, revoked or expired).');
          return;
        }
        request.caller = { kind: 'API_KEY', actor: key.name, role: key.role, keyId: key.id, rateKey: key.id };
        next();
        return;
      }
      if (verifyToken && credential.split('.').length === 3) {
        const outcome = await verifyToken(credential);
        if ('caller' in outcome) {
          request.caller = outcome.caller;
          next();
          return;
        }
        if (outcome.refused === 'provider-unavailable') {
          // Not the token's fault: its signature could not be checked (the key set could not be fetched).
          sendGraphQLError(
            response,
            'IDENTITY_PROVIDER_UNAVAILABLE',
            "The identity provider's keys (CROSSWALK_OIDC_JWKS_URI) could not be fetched, so the token could not be checked; try again shortly.",
          );
          return;
        }
        if (outcome.refused === 'no-role') {
          sendGraphQLError(response, 'FORBIDDEN', 'The token is valid but its role claim names no Crosswalk role.');
          return;
        }
        refuseUnauthenticated(response, 'That token is not valid (signature, issuer, audience or expiry).');
        return;
      }
      refuseUnauthenticated(response, 'That credential is not valid.');
    } catch (error) {
      // The key could not be looked up: the database is away, or too busy to answer an indexed lookup
      // within the timeout. Neither is the caller's fault nor a server bug: 503, try again shortly.
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      if (code === DATABASE_UNAVAILABLE || code === 'QUERY_TIMEOUT') {
        const message =
          code === DATABASE_UNAVAILABLE
            ? (error as GraphQLError).message
            : 'The graph database is too busy to check the key right now; try again in a few seconds.';
        sendGraphQLError(response, DATABASE_UNAVAILABLE, message);
        return;
      }
      next(error);
    }
  };
}
