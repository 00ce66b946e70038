// `npm start`: a local Neo4j (unless NEO4J_URI is set), the API and the explorer on http://localhost:4000,
// then migrations, reference and demo data once Neo4j answers (until then /ready says 503 and the API
// DATABASE_UNAVAILABLE). Ctrl-C stops everything it started, data kept on disk.
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { ensureFirstAdminKey } from '../auth/keys.js';
import { paths, readConfig } from '../config.js';
import { createDriver, keepConnecting, printableUri } from '../db/driver.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
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
  driver = createDriver(config.neo4j, config.driverTimeouts);
  let graphReady = false;
  const app = await createApp({
    driver,
    database: config.neo4j.database,
    webDist: paths.webDist,
    graphReady: () => graphReady,
    ...config.api,
  });
  server = await new Promise<Server>((resolve, reject) => {
    const listening = app.express.listen(config.port, config.host, () => resolve(listening));
    listening.on('error', reject);
  });
  console.log(`Listening on http://localhost:${config.port} (not ready until the graph is set up)`);
  await setUpGraphWhenReachable(driver, () => stopping);
  if (stopping) return;
  // Without CROSSWALK_ADMIN_KEY, someone must be able to create keys: the first start makes one.
  const firstAdminKey = config.api.auth.adminKey
    ? null
    : await ensureFirstAdminKey(driver, config.neo4j.database, config.api.transactionTimeoutMs);
  graphReady = true;
  const base = `http://localhost:${config.port}`;
  if (firstAdminKey) {
    console.log(
      [
        '',
        'First start: created the API key "first admin" (role ADMIN). It is shown this once; keep it safe:',
        `  ${firstAdminKey}`,
        'Send it as "Authorization: Bearer <key>"; create keys for people and tools with createApiKey.',
        '(Or give a key of your own in CROSSWALK_ADMIN_KEY.)',
      ].join('\n'),
    );
  }
  console.log(
    config.api.auth.anonymous === 'loopback-read'
      ? 'Anonymous read access is ON for clients on this machine (loopback) only; everything else needs a key. CROSSWALK_ANONYMOUS_READ=off turns it off.'
      : 'Anonymous access is off: every request needs a key.',
  );
  console.log(
    [
      '',
      'Crosswalk is running:',
      `  explorer   ${base}/`,
      `  GraphQL    ${base}/graphql (GraphiQL in a browser)`,
      `  ready      ${base}/ready`,
      `  Neo4j      ${printableUri(config.neo4j.uri)} as ${config.neo4j.user}${localNeo4j ? ` (local, data in ${config.local.home})` : ' (NEO4J_URI)'}`,
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
}

/**
 * Waits for Neo4j (a line per retry, with back-off), then applies the migrations and data; should
 * Neo4j go away during that, waits again and repeats (both steps are idempotent).
 */
async function setUpGraphWhenReachable(driver: Driver, stopped: () => boolean): Promise<void> {
  const log = (line: string) => console.log(line);
  for (;;) {
    await keepConnecting(driver, config.neo4j, { log, stopped });
    if (stopped()) return;
    try {
      await setUpGraph(driver, { database: config.neo4j.database, log });
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      log(`Neo4j at ${printableUri(config.neo4j.uri)} went away while the graph was being set up; waiting for it again`);
    }
  }
}

main().catch(async (error: unknown) => {
  console.error(`\nCrosswalk could not start: ${error instanceof Error ? error.message : String(error)}`);
  await driver?.close().catch(() => undefined);
  await localNeo4j?.stop().catch(() => undefined);
  process.exit(1);
});
