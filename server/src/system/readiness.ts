import type { Driver } from 'neo4j-driver';

export interface Readiness {
  ready: boolean;
  /** The Neo4j version when it answered, else null. */
  neo4j: string | null;
  /** Why not ready, in words (no addresses, no driver internals). */
  reason?: string;
}

export interface ReadinessOptions {
  /** How long one answer is reused, so a poll storm costs Neo4j one round trip a second (default 1 s). */
  cacheMs?: number;
  /** How long the check waits for Neo4j before it counts as not answering (default 2 s). */
  timeoutMs?: number;
  /** False while the server is still waiting for Neo4j or setting up the graph (default: always true). */
  graphReady?: () => boolean;
}

/**
 * /ready's check: whether Neo4j answers now (a server-info round trip, bounded by a timeout), cached
 * briefly; concurrent callers share one check. Nothing is remembered past the cache, so the answer
 * turns true again by itself once Neo4j is back.
 */
export function createReadinessCheck(driver: Driver, database: string, options: ReadinessOptions = {}): () => Promise<Readiness> {
  const cacheMs = options.cacheMs ?? 1_000;
  const timeoutMs = options.timeoutMs ?? 2_000;
  let cached: { at: number; answer: Promise<Readiness> } | undefined;

  const check = async (): Promise<Readiness> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    const version = await Promise.race([
      driver.getServerInfo({ database }).then(
        (info) => info.agent ?? 'Neo4j',
        () => null,
      ),
      timeout,
    ]).finally(() => clearTimeout(timer));
    if (!version) return { ready: false, neo4j: null, reason: 'the graph database does not answer' };
    if (options.graphReady && !options.graphReady()) return { ready: false, neo4j: version, reason: 'the graph is being set up' };
    return { ready: true, neo4j: version };
  };

  return () => {
    const now = Date.now();
    if (!cached || now - cached.at >= cacheMs) cached = { at: now, answer: check() };
    return cached.answer;
  };
}
