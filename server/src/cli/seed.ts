// `pnpm seed [--force]`: apply the migrations and load graph/data into a running Neo4j — the one
// NEO4J_URI names, or the local one `npm start` runs. `--force` re-writes files whose checksum is unchanged.
import { readConfig } from '../config.js';
import { createDriver, waitForNeo4j } from '../db/driver.js';
import { setUpGraph } from '../graph/setup.js';

const config = readConfig(process.env, 'dev');
const driver = createDriver(config.neo4j);
try {
  await waitForNeo4j(driver, config.neo4j, 10_000);
  await setUpGraph(driver, {
    database: config.neo4j.database,
    force: process.argv.includes('--force'),
    log: (line) => console.log(line),
  });
} catch (error) {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await driver.close();
}
