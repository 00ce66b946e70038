// `pnpm graph:generate [--systems 5000 …] [--seed 42] [--force] [--clear]`: loads the synthetic
// organisation into the Neo4j NEO4J_URI names, or the local one `npm start` runs (see SCALE_USAGE).
import { readConfig } from '../config.js';
import { createDriver, waitForNeo4j } from '../db/driver.js';
import { parseScaleArgs, SCALE_USAGE } from './options.js';
import { ProgressBar } from './progress.js';
import { clearGenerated, generateScaleGraph } from './write.js';

async function main(): Promise<number> {
  let command;
  try {
    command = parseScaleArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${SCALE_USAGE}`);
    return 2;
  }
  if (command.help) {
    console.log(SCALE_USAGE);
    return 0;
  }
  const config = readConfig(process.env, 'dev');
  const driver = createDriver(config.neo4j);
  try {
    try {
      await waitForNeo4j(driver, config.neo4j, 10_000);
    } catch (error) {
      throw new Error(
        `${(error as Error).message}. Start it with \`npm start\` (or point NEO4J_URI at a Neo4j with the reference data loaded).`,
      );
    }
    const database = config.neo4j.database;
    if (command.clear) {
      const removed = await clearGenerated(driver, database, command.batchSize);
      console.log(`removed ${removed.toLocaleString('en-US')} generated nodes from ${config.neo4j.uri}`);
      return 0;
    }
    const { options } = command;
    console.log(
      `generating into ${config.neo4j.uri}: ${options.systems} systems, ${options.models} models, ${options.vendors} vendors, ` +
        `${options.controls} controls, ${options.owners} owners, ${options.evidence} evidence items, seed ${options.seed}`,
    );
    let bar: ProgressBar | undefined;
    const report = await generateScaleGraph(
      driver,
      database,
      { ...options, batchSize: command.batchSize, force: command.force, log: (line) => console.log(line) },
      {
        start: (total) => (bar = new ProgressBar('writing', total)),
        batch: (written, what) => bar?.tick(written, what),
      },
    );
    bar?.finish();
    if (report.status === 'unchanged') {
      console.log(
        `already there: the graph holds this seed and these sizes (${report.nodes.toLocaleString('en-US')} nodes, ` +
          `${report.relationships.toLocaleString('en-US')} relationships); --force regenerates`,
      );
    } else {
      console.log(
        `loaded ${report.nodes.toLocaleString('en-US')} nodes and ${report.relationships.toLocaleString('en-US')} relationships in ${report.seconds.toFixed(1)} s`,
      );
    }
    return 0;
  } finally {
    await driver.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`graph:generate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
