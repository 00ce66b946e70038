// `npm start`: a local Neo4j (unless NEO4J_URI is set), migrations, reference and demo data, then the
// API and the explorer on http://localhost:4000. Ctrl-C stops everything it started, data kept on disk.
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { paths, readConfig } from '../config.js';
import { createDriver, waitForNeo4j } from '../db/driver.js';
import { setUpGraph } from '../graph/setup.js';
import { createApp } from '../http/app.js';
import { startConfiguredLocalNeo4j, type LocalNeo4j } from '../neo4j-local/launcher.js';

const config = readConfig(process.env, 'dev');
let localNeo4j: LocalNeo4j | undefined;
let driver: Driver | undefined;
let server: Server | undefined;
let stopping = false;

async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server?.closeAllConnections();
  await driver?.close();
  if (localNeo4j) {
    await localNeo4j.stop();
    console.log('neo4j-local: stopped (data kept in ' + config.local.home + ')');
  }
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void stop(signal));
}

async function main(): Promise<void> {
  if (!config.externalNeo4j) {
    localNeo4j = await startConfiguredLocalNeo4j(config, (line) => console.log(line));
  }
  if (stopping) return;
  driver = createDriver(config.neo4j);
  await waitForNeo4j(driver, config.neo4j);
  await setUpGraph(driver, { database: config.neo4j.database, log: (line) => console.log(line) });
  const app = await createApp({ driver, database: config.neo4j.database, webDist: paths.webDist, ...config.api });
  server = await new Promise<Server>((resolve, reject) => {
    const listening = app.express.listen(config.port, config.host, () => resolve(listening));
    listening.on('error', reject);
  });
  const base = `http://localhost:${config.port}`;
  console.log(
    [
      '',
      'Crosswalk is running:',
      `  explorer   ${base}/`,
      `  GraphQL    ${base}/graphql (GraphiQL in a browser)`,
      `  ready      ${base}/ready`,
      `  Neo4j      ${config.neo4j.uri} as ${config.neo4j.user}${localNeo4j ? ` (local, data in ${config.local.home})` : ' (NEO4J_URI)'}`,
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
}

main().catch(async (error: unknown) => {
  console.error(`\nCrosswalk could not start: ${error instanceof Error ? error.message : String(error)}`);
  await driver?.close().catch(() => undefined);
  await localNeo4j?.stop().catch(() => undefined);
  process.exit(1);
});
