// Starts the test run's own Neo4j (its own data folder and Bolt port, apart from `npm start`'s),
// applies the migrations and loads graph/data once, and stops Neo4j when the run ends.
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { readConfig } from '../../server/src/config.js';
import { createDriver, waitForNeo4j, type Neo4jConnection } from '../../server/src/db/driver.js';
import { setUpGraph } from '../../server/src/graph/setup.js';
import { startConfiguredLocalNeo4j, type LocalNeo4j } from '../../server/src/neo4j-local/launcher.js';
import { portAccepts } from './net.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** The day the data was loaded for (relative demo dates resolve against it), YYYY-MM-DD. */
    loadedOn: string;
    /** Where the explorer's production build for browser tests goes (built by the first test that needs it). */
    webBuildDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = readConfig(process.env, 'test');
  let local: LocalNeo4j | undefined;
  if (!config.externalNeo4j) {
    // Another test run may be using the port and folder right now: never wipe a live database.
    if (await portAccepts(config.local.boltPort)) {
      throw new Error(
        `Port ${config.local.boltPort} is in use (another test run?). Wait for it, or set NEO4J_TEST_BOLT_PORT and NEO4J_TEST_HOME.`,
      );
    }
    // A fresh folder each run, so every run starts from the same empty graph.
    await rm(config.local.home, { recursive: true, force: true });
    local = await startConfiguredLocalNeo4j(config, (line) => console.log(line));
  }
  const driver = createDriver(config.neo4j);
  const cleanups: (() => Promise<void>)[] = [];
  try {
    await waitForNeo4j(driver, config.neo4j);
    if (config.externalNeo4j) {
      // NEO4J_TEST_URI names a database given over to tests: empty it first.
      await driver.executeQuery('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS', {}, { database: config.neo4j.database });
    }
    const today = new Date();
    await setUpGraph(driver, { database: config.neo4j.database, today });
    project.provide('neo4j', config.neo4j);
    project.provide('loadedOn', today.toISOString().slice(0, 10));
    // A fresh folder per run: browser tests build the explorer into it once, then share it.
    const webBuildDir = path.join(os.tmpdir(), `crosswalk-test-web-${process.pid}-${Date.now()}`);
    project.provide('webBuildDir', webBuildDir);
    cleanups.push(() => rm(webBuildDir, { recursive: true, force: true }));
  } catch (error) {
    await local?.stop();
    throw error;
  } finally {
    await driver.close();
  }
  return async () => {
    for (const cleanup of cleanups) await cleanup();
    await local?.stop();
  };
}
