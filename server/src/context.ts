import type { Driver } from 'neo4j-driver';
import type { Caller } from './auth/roles.js';
import type { GraphExecutor } from './db/executor.js';
import type { Loaders } from './common/queries.js';

/** What every resolver receives; one per request (loaders cache per request only). */
export interface Context {
  driver: Driver;
  database: string;
  db: GraphExecutor;
  loaders: Loaders;
  /** The request's day, UTC, YYYY-MM-DD: evidence freshness is computed against it. */
  today: string;
  /** Who is calling (auth/authenticate.ts); the field policy checks its role. */
  caller: Caller;
}
