import path from 'node:path';
import { paths } from '../../src/config.js';
import type { Neo4jConnection } from '../../src/db/driver.js';
import { buildLocalNeo4j, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/launcher.js';

/** The bench's Neo4j, shared by `pnpm bench` and `pnpm load`. */
export interface BenchNeo4j {
  connection: Neo4jConnection;
  /** The Neo4j this process started (absent with NEO4J_BENCH_URI). */
  local?: LocalNeo4j;
  /** The local Neo4j's page cache, for the reports. */
  pageCache: string;
}

/**
 * The Neo4j named by NEO4J_BENCH_URI, or a local one of its own (graph/neo4j-local/.data/bench or
 * NEO4J_BENCH_HOME, Bolt NEO4J_BENCH_BOLT_PORT or 7690, page cache NEO4J_BENCH_PAGECACHE or 512m),
 * built and started here: never the dev or test database.
 */
export async function startBenchNeo4j(log: (line: string) => void): Promise<BenchNeo4j> {
  const connection: Neo4jConnection = {
    uri: process.env.NEO4J_BENCH_URI ?? '',
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'crosswalk',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
  const pageCache = process.env.NEO4J_BENCH_PAGECACHE ?? '512m';
  if (connection.uri) return { connection, pageCache };
  await buildLocalNeo4j(paths.neo4jLocal, log);
  const local = await startLocalNeo4j({
    projectDir: paths.neo4jLocal,
    home: process.env.NEO4J_BENCH_HOME ?? path.join(paths.neo4jLocal, '.data', 'bench'),
    boltPort: Number(process.env.NEO4J_BENCH_BOLT_PORT ?? 7690),
    password: connection.password,
    pageCache,
    log,
  });
  return { connection: { ...connection, uri: local.uri }, local, pageCache };
}
