// `pnpm graph:generate [--systems 5000 …] [--seed 42] [--force] [--clear]`: loads the synthetic
// organisation into the Neo4j NEO4J_URI names, or the local one `npm start` runs (see SCALE_USAGE).
import { commandOrExit, runMain, withNeo4j } from '../cli.js';
import { parseScaleArgs, SCALE_USAGE } from './options.js';
import { progressBar } from './progress.js';
import { clearGenerated, generateScaleGraph } from './write.js';

async function main(): Promise<number> {
  const command = commandOrExit(parseScaleArgs, SCALE_USAGE, (parsed) => parsed.help);
  if (typeof command === 'number') return command;
  const hint = 'Start it with `npm start` (or point NEO4J_URI at a Neo4j with the reference data loaded).';
  return withNeo4j(hint, async (driver, config) => {
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
    const bar = progressBar('writing');
    const report = await generateScaleGraph(
      driver,
      database,
      { ...options, batchSize: command.batchSize, force: command.force, log: (line) => console.log(line) },
      bar.progress,
    );
    bar.finish();
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
  });
}

runMain('graph:generate', main);
