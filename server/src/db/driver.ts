import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** One driver per process (the driver pools connections); closed on shutdown by its owner. */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Fail fast instead of hanging when Neo4j is unreachable; callers decide whether to retry.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 10_000,
    disableLosslessIntegers: false,
    userAgent: 'crosswalk',
  });
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
      const code = (error as { code?: string }).code ?? '';
      // Wrong credentials will not fix themselves by waiting.
      if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) break;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 1000);
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Error(`Neo4j at ${connection.uri} is not reachable (${reason})`);
}
