// Starts the test run's own Neo4j (its own data folder and Bolt port, apart from `npm start`'s),
// applies the migrations and loads graph/data once, and stops Neo4j when the run ends.
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { paths, readConfig } from '../../server/src/config.js';
import { createDriver, waitForNeo4j, type Neo4jConnection } from '../../server/src/db/driver.js';
import { loadData } from '../../server/src/graph/load.js';
import { migrate } from '../../server/src/graph/migrations.js';
import { buildLocalNeo4j, startLocalNeo4j, type LocalNeo4j } from '../../server/src/neo4j-local/launcher.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** The day the data was loaded for (relative demo dates resolve against it), YYYY-MM-DD. */
    loadedOn: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = readConfig(process.env, 'test');
  let local: LocalNeo4j | undefined;
  if (!config.externalNeo4j) {
    // A fresh folder each run, so every run starts from the same empty graph.
    await rm(config.local.home, { recursive: true, force: true });
    await buildLocalNeo4j(paths.neo4jLocal, (line) => console.log(line));
    local = await startLocalNeo4j({
      projectDir: paths.neo4jLocal,
      home: config.local.home,
      boltPort: config.local.boltPort,
      password: config.neo4j.password,
      pageCache: config.local.pageCache,
      log: (line) => console.log(line),
    });
    config.neo4j.uri = local.uri;
  }
  const driver = createDriver(config.neo4j);
  try {
    await waitForNeo4j(driver, config.neo4j);
    if (config.externalNeo4j) {
      // NEO4J_TEST_URI names a database given over to tests: empty it first.
      await driver.executeQuery('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS', {}, { database: config.neo4j.database });
    }
    const today = new Date();
    await migrate(driver, paths.migrations, { database: config.neo4j.database });
    await loadData(driver, { dataDir: paths.data, database: config.neo4j.database, today });
    project.provide('neo4j', config.neo4j);
    project.provide('loadedOn', today.toISOString().slice(0, 10));
  } catch (error) {
    await local?.stop();
    throw error;
  } finally {
    await driver.close();
  }
  return async () => {
    await local?.stop();
  };
}
