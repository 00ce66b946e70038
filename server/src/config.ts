import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DRIVER_TIMEOUTS, type DriverTimeouts, type Neo4jConnection } from './db/driver.js';
import { MIN_ADMIN_KEY_LENGTH } from './auth/keys.js';
import type { AuthOptions } from './auth/authenticate.js';
import type { OidcSettings } from './auth/oidc.js';
import { ACCESS_ROLES, isAccessRole, type AccessRole } from './auth/roles.js';
import { DEFAULT_LIMITS, type ApiLimits } from './http/limits.js';

/** The repository root: this file lives in server/src/. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const paths = {
  migrations: path.join(repoRoot, 'graph', 'migrations'),
  data: path.join(repoRoot, 'graph', 'data'),
  neo4jLocal: path.join(repoRoot, 'graph', 'neo4j-local'),
  webDist: path.join(repoRoot, 'web', 'dist'),
};

export interface AppConfig {
  host: string;
  port: number;
  /** Set when NEO4J_URI points at a Neo4j of the user's own; otherwise the project starts one. */
  externalNeo4j: boolean;
  neo4j: Neo4jConnection;
  /** How fast the driver gives up on a lost database (README, "Settings"). */
  driverTimeouts: DriverTimeouts;
  local: { home: string; boltPort: number; pageCache: string };
  api: ApiSettings;
}

/** How the HTTP API protects itself and whom it answers (README, "Settings" and "Limits"). */
export interface ApiSettings {
  /** Neo4j transaction timeout of every query of a request. */
  transactionTimeoutMs: number;
  limits: ApiLimits;
  introspection: boolean;
  /** Origins allowed to call /graphql from a browser; "*" for any; empty for same origin only. */
  corsOrigins: string[];
  /** NODE_ENV=development: stack traces and unexpected errors' messages in responses. */
  development: boolean;
  /** Who may call (README, "Keys and roles"). */
  auth: AuthOptions;
  /** Requests per caller per minute; 0: no limit. */
  rateLimitPerMinute: number;
}

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) throw new Error(`${name} must be a port number, got "${value}"`);
  return parsed;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, minimum = 1): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < minimum) throw new Error(`${name} must be a whole number from ${minimum}, got "${value}"`);
  return parsed;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes', 'on'].includes(value)) return true;
  if (['false', '0', 'no', 'off'].includes(value)) return false;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const listed = (env[name] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of listed) {
    let valid = origin === '*';
    try {
      valid ||= new URL(origin).origin === origin;
    } catch {
      // not a URL: reported below
    }
    if (!valid) throw new Error(`${name} lists origins like https://bi.example.com (scheme, host, port; no path), or *; got "${origin}"`);
  }
  return listed;
}

/** CROSSWALK_QUERY_TIMEOUT_MS when unset: the Neo4j transaction timeout of every query the server runs. */
export const DEFAULT_QUERY_TIMEOUT_MS = 15_000;

/** The API's protections from the environment; every one has a default (README, "Limits"). */
export function readApiSettings(env: NodeJS.ProcessEnv = process.env): ApiSettings {
  return {
    transactionTimeoutMs: wholeNumber(env, 'CROSSWALK_QUERY_TIMEOUT_MS', DEFAULT_QUERY_TIMEOUT_MS),
    limits: {
      maxDepth: wholeNumber(env, 'CROSSWALK_MAX_DEPTH', DEFAULT_LIMITS.maxDepth),
      maxAliases: wholeNumber(env, 'CROSSWALK_MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0),
      maxCost: wholeNumber(env, 'CROSSWALK_MAX_COST', DEFAULT_LIMITS.maxCost),
      maxTokens: wholeNumber(env, 'CROSSWALK_MAX_TOKENS', DEFAULT_LIMITS.maxTokens),
      maxBatchSize: wholeNumber(env, 'CROSSWALK_MAX_BATCH_SIZE', DEFAULT_LIMITS.maxBatchSize, 0),
      maxBodyBytes: wholeNumber(env, 'CROSSWALK_MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes),
    },
    // On unless NODE_ENV=production, where it takes CROSSWALK_INTROSPECTION=true.
    introspection: flag(env, 'CROSSWALK_INTROSPECTION', env.NODE_ENV !== 'production'),
    corsOrigins: origins(env, 'CROSSWALK_CORS_ORIGINS'),
    development: env.NODE_ENV === 'development',
    auth: readAuthOptions(env),
    rateLimitPerMinute: wholeNumber(env, 'CROSSWALK_RATE_LIMIT_PER_MINUTE', 600, 0),
  };
}

/** CROSSWALK_ANONYMOUS_READ, CROSSWALK_ADMIN_KEY and the CROSSWALK_OIDC_* settings. */
export function readAuthOptions(env: NodeJS.ProcessEnv = process.env): AuthOptions {
  const anonymous = (env.CROSSWALK_ANONYMOUS_READ ?? 'loopback').trim().toLowerCase();
  if (anonymous !== 'loopback' && anonymous !== 'off') {
    throw new Error(
      `CROSSWALK_ANONYMOUS_READ must be loopback (read without a key from this machine) or off, got "${env.CROSSWALK_ANONYMOUS_READ}"`,
    );
  }
  const adminKey = env.CROSSWALK_ADMIN_KEY;
  if (adminKey !== undefined && adminKey !== '' && (adminKey.length < MIN_ADMIN_KEY_LENGTH || /\s/.test(adminKey))) {
    // The message never repeats the value: it is a secret even when it is a bad one.
    throw new Error(
      `CROSSWALK_ADMIN_KEY must be at least ${MIN_ADMIN_KEY_LENGTH} characters without spaces (for example: openssl rand -base64 32)`,
    );
  }
  const oidc = readOidcSettings(env);
  return {
    anonymous: anonymous === 'loopback' ? 'loopback-read' : 'off',
    ...(adminKey ? { adminKey } : {}),
    ...(oidc ? { oidc } : {}),
  };
}

function readOidcSettings(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  const issuer = env.CROSSWALK_OIDC_ISSUER?.trim();
  const audience = env.CROSSWALK_OIDC_AUDIENCE?.trim();
  const jwksUri = env.CROSSWALK_OIDC_JWKS_URI?.trim();
  if (!issuer && !audience && !jwksUri) return undefined;
  if (!issuer || !audience || !jwksUri) {
    throw new Error('OpenID Connect needs all three of CROSSWALK_OIDC_ISSUER, CROSSWALK_OIDC_AUDIENCE and CROSSWALK_OIDC_JWKS_URI');
  }
  try {
    new URL(jwksUri);
  } catch {
    throw new Error(`CROSSWALK_OIDC_JWKS_URI must be a URL, got "${jwksUri}"`);
  }
  const roleMap: Record<string, AccessRole> = {};
  for (const pair of (env.CROSSWALK_OIDC_ROLE_MAP ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [value, role] = pair.split('=').map((part) => part.trim());
    if (!value || !isAccessRole(role)) {
      throw new Error(`CROSSWALK_OIDC_ROLE_MAP lists claim=ROLE pairs (ROLE one of ${ACCESS_ROLES.join(', ')}), got "${pair}"`);
    }
    roleMap[value] = role;
  }
  return { issuer, audience, jwksUri, roleClaim: env.CROSSWALK_OIDC_ROLE_CLAIM?.trim() || 'crosswalk_role', roleMap };
}

/** The driver's timeouts from the environment; short defaults, so a lost database fails fast. */
function readDriverTimeouts(env: NodeJS.ProcessEnv = process.env): DriverTimeouts {
  return {
    connectionTimeoutMs: wholeNumber(env, 'CROSSWALK_NEO4J_CONNECT_TIMEOUT_MS', DEFAULT_DRIVER_TIMEOUTS.connectionTimeoutMs),
    connectionAcquisitionTimeoutMs: wholeNumber(
      env,
      'CROSSWALK_NEO4J_ACQUIRE_TIMEOUT_MS',
      DEFAULT_DRIVER_TIMEOUTS.connectionAcquisitionTimeoutMs,
    ),
    maxTransactionRetryTimeMs: wholeNumber(env, 'CROSSWALK_NEO4J_RETRY_TIME_MS', DEFAULT_DRIVER_TIMEOUTS.maxTransactionRetryTimeMs, 0),
  };
}

/** Reads the configuration from the environment; `profile` keeps dev and test data apart. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, profile: 'dev' | 'test' = 'dev'): AppConfig {
  const defaultBolt = profile === 'test' ? 7688 : 7687;
  // The test profile has variables of its own, so `npm test` never touches the `npm start` database.
  const boltVariable = profile === 'test' ? 'NEO4J_TEST_BOLT_PORT' : 'NEO4J_LOCAL_BOLT_PORT';
  const boltPort = port(env[boltVariable], defaultBolt, boltVariable);
  const uri = profile === 'test' ? env.NEO4J_TEST_URI : env.NEO4J_URI;
  const home = profile === 'test' ? env.NEO4J_TEST_HOME : env.NEO4J_LOCAL_HOME;
  return {
    host: env.HOST ?? '127.0.0.1',
    port: port(env.PORT, 4000, 'PORT'),
    externalNeo4j: Boolean(uri),
    neo4j: {
      uri: uri || `bolt://127.0.0.1:${boltPort}`,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'crosswalk',
      database: env.NEO4J_DATABASE ?? 'neo4j',
    },
    driverTimeouts: readDriverTimeouts(env),
    local: {
      home: home ?? path.join(paths.neo4jLocal, '.data', profile),
      boltPort,
      pageCache: env.NEO4J_LOCAL_PAGECACHE ?? '256m',
    },
    api: readApiSettings(env),
  };
}
