import neo4j, { type Driver } from 'neo4j-driver';
import { isDatabaseUnavailable } from './unavailable.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * How long the driver waits before it gives up on a lost database (README, "Settings"). Short, so a
 * request fails fast with DATABASE_UNAVAILABLE instead of hanging while Neo4j is down.
 */
export interface DriverTimeouts {
  /** Opening a TCP + Bolt connection (CROSSWALK_NEO4J_CONNECT_TIMEOUT_MS). */
  connectionTimeoutMs: number;
  /** Waiting for a connection from the pool, opening included (CROSSWALK_NEO4J_ACQUIRE_TIMEOUT_MS). */
  connectionAcquisitionTimeoutMs: number;
  /** How long a transaction is retried after a transient failure (CROSSWALK_NEO4J_RETRY_TIME_MS). */
  maxTransactionRetryTimeMs: number;
}

export const DEFAULT_DRIVER_TIMEOUTS: DriverTimeouts = {
  connectionTimeoutMs: 3_000,
  connectionAcquisitionTimeoutMs: 5_000,
  maxTransactionRetryTimeMs: 3_000,
};

/** One driver per process (the driver pools connections); closed on shutdown by its owner. */
export function createDriver(connection: Neo4jConnection, timeouts: DriverTimeouts = DEFAULT_DRIVER_TIMEOUTS): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Fail fast instead of hanging when Neo4j is unreachable; callers decide whether to retry.
    connectionTimeout: timeouts.connectionTimeoutMs,
    connectionAcquisitionTimeout: timeouts.connectionAcquisitionTimeoutMs,
    maxTransactionRetryTime: timeouts.maxTransactionRetryTimeMs,
    disableLosslessIntegers: false,
    userAgent: 'crosswalk',
  });
}

/** Wrong credentials and the like do not fix themselves by waiting. */
function isPermanent(error: unknown): boolean {
  if (isDatabaseUnavailable(error)) return false;
  const code = (error as { code?: string }).code ?? '';
  return code.includes('Unauthorized') || code.includes('AuthenticationRateLimit');
}

/** A URI fit for a log line: any user:password@ part dropped. */
export function printableUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}

/**
 * Waits until Neo4j accepts a Bolt connection, by connecting (verifyConnectivity), never by sleeping
 * a fixed time. Retries with a short back-off until `timeoutMs` has passed.
 */
export async function waitForNeo4j(driver: Driver, connection: Neo4jConnection, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  let delay = 100;
  while (Date.now() < deadline) {
    try {
      await driver.verifyConnectivity({ database: connection.database });
      return;
    } catch (error) {
      lastError = error;
      if (isPermanent(error)) break;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 1000);
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Error(`Neo4j at ${printableUri(connection.uri)} is not reachable (${reason})`);
}

export interface KeepConnectingOptions {
  log: (line: string) => void;
  /** Back-off: the first wait, doubled after each failure up to the last (default 1 s to 30 s). */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Checked before each attempt; true ends the wait (the process is stopping). */
  stopped?: () => boolean;
}

/** Refused credentials are retried this many times (a Neo4j still starting may not know its password yet), then reported. */
const CREDENTIAL_ATTEMPTS = 4;

/** A driver error in one line: its first sentence and what caused it ("connect ECONNREFUSED …"). */
function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0]!.split(/\.\s/)[0]!.replace(/\.$/, '');
  const cause = /Caused by: (.+)$/m.exec(message)?.[1];
  return cause ? `${first}: ${cause}` : first;
}

/**
 * Waits for Neo4j without a deadline, logging one line per failed attempt, for a server that serves
 * (not ready) meanwhile. Rejects only when Neo4j keeps refusing the credentials.
 */
export async function keepConnecting(driver: Driver, connection: Neo4jConnection, options: KeepConnectingOptions): Promise<void> {
  let delay = options.firstDelayMs ?? 1_000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  let refusals = 0;
  const where = `Neo4j at ${printableUri(connection.uri)}`;
  while (!options.stopped?.()) {
    try {
      await driver.verifyConnectivity({ database: connection.database });
      return;
    } catch (error) {
      if (isPermanent(error)) {
        refusals += 1;
        if (refusals >= CREDENTIAL_ATTEMPTS)
          throw new Error(
            `${where} refused the credentials of ${connection.user} (${shortReason(error)}); check NEO4J_USER and NEO4J_PASSWORD`,
          );
        options.log(
          `${where} refused the credentials of ${connection.user} (${shortReason(error)}); retrying in ${Math.round(delay / 1000)} s`,
        );
      } else {
        refusals = 0;
        options.log(`${where} not reachable (${shortReason(error)}); retrying in ${Math.round(delay / 1000)} s`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, maxDelay);
    }
  }
}
