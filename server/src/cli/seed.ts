// `pnpm seed [--force]`: apply the migrations and load graph/data into a running Neo4j — the one
// NEO4J_URI names, or the local one `npm start` runs. `--force` re-writes files whose checksum is unchanged.
import { paths, readConfig } from '../config.js';
import { createDriver, waitForNeo4j } from '../db/driver.js';
import { loadData } from '../graph/load.js';
import { migrate } from '../graph/migrations.js';

const config = readConfig(process.env, 'dev');
const driver = createDriver(config.neo4j);
try {
  await waitForNeo4j(driver, config.neo4j, 10_000);
  await migrate(driver, paths.migrations, {
    database: config.neo4j.database,
    onProgress: (report) => console.log(`migration ${report.id}: ${report.status}`),
  });
  await loadData(driver, {
    dataDir: paths.data,
    database: config.neo4j.database,
    force: process.argv.includes('--force'),
    onProgress: (report) =>
      console.log(`data ${report.file}: ${report.status} (${report.nodes} nodes, ${report.relationships} relationships)`),
  });
} catch (error) {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await driver.close();
}
