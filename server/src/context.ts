import type { Driver } from 'neo4j-driver';

/** What every resolver receives: the process's one driver and the database to use. */
export interface Context {
  driver: Driver;
  database: string;
}
