import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Neo4jConnection } from './db/driver.js';

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
  local: { home: string; boltPort: number; pageCache: string };
}

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) throw new Error(`${name} must be a port number, got "${value}"`);
  return parsed;
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
    local: {
      home: home ?? path.join(paths.neo4jLocal, '.data', profile),
      boltPort,
      pageCache: env.NEO4J_LOCAL_PAGECACHE ?? '256m',
    },
  };
}
