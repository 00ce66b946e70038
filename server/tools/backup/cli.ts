// `pnpm graph:export [--out FILE]` and `pnpm graph:import FILE [--check]`: the organisation's side of
// the graph to a versioned JSON file and back (format.ts), against the Neo4j NEO4J_URI names, or the
// local one `npm start` runs. Messages go to stderr, so an export to stdout can be piped.
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printableUri } from '../../src/db/driver.js';
import { commandOrExit, runMain, withNeo4j } from '../cli.js';
import { SERVER_VERSION } from '../../src/version.js';
import { progressBar } from '../scale/progress.js';
import { exportGraph, serialiseExport } from './export.js';
import { importGraph, parseExportText } from './import.js';

const BACKUP_USAGE = `Usage:
  pnpm graph:export [--out FILE]            write the organisation's side of the graph (controls, AI systems,
                                            models, vendors, owners, evidence, audit events, amendments
                                            recorded in force, classification assessments, and their
                                            links) to FILE, or to stdout
  pnpm graph:import FILE [--check]          validate FILE, then upsert all of it by id in one transaction;
                                            --check validates only and writes nothing; files of earlier
                                            versions are upgraded first
Options:
  --batch-size N                            rows per write (import; default 1000)
Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, or the local Neo4j of \`npm start\`.`;

interface Command {
  action: 'export' | 'import' | 'help';
  file?: string;
  out?: string;
  check: boolean;
  batchSize?: number;
}

function parseBackupArgs(args: readonly string[]): Command {
  const [action, ...rest] = args;
  if (action === undefined || action === '--help' || action === '-h' || rest.includes('--help')) return { action: 'help', check: false };
  if (action !== 'export' && action !== 'import') throw new Error(`unknown command "${action}": export or import`);
  const command: Command = { action, check: false };
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index]!;
    const value = () => {
      const next = rest[index + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      index += 1;
      return next;
    };
    if (arg === '--out' && action === 'export') command.out = value();
    else if (arg === '--check' && action === 'import') command.check = true;
    else if (arg === '--batch-size' && action === 'import') {
      const size = Number(value());
      if (!Number.isInteger(size) || size < 1) throw new Error('--batch-size must be a whole number from 1');
      command.batchSize = size;
    } else if (!arg.startsWith('--') && action === 'import' && command.file === undefined) command.file = arg;
    else throw new Error(`unexpected argument "${arg}"`);
  }
  if (action === 'import' && command.file === undefined) throw new Error('import needs the FILE to import');
  return command;
}

async function main(): Promise<number> {
  const command = commandOrExit(parseBackupArgs, BACKUP_USAGE, (parsed) => parsed.action === 'help');
  if (typeof command === 'number') return command;
  // Read the file before connecting: a typo in the path should not wait for Neo4j.
  const text = command.file === undefined ? undefined : await readFile(command.file, 'utf8');
  return withNeo4j('Start it with `npm start` (or point NEO4J_URI at your Neo4j).', async (driver, config) => {
    const where = `${printableUri(config.neo4j.uri)} (database ${config.neo4j.database})`;
    if (command.action === 'export') {
      const { file, skipped } = await exportGraph(driver, {
        database: config.neo4j.database,
        source: { crosswalkVersion: SERVER_VERSION, neo4j: printableUri(config.neo4j.uri), database: config.neo4j.database },
      });
      const output = serialiseExport(file);
      if (command.out) {
        // Written beside the target, then renamed: a failed export never leaves half a file behind.
        const partial = path.join(path.dirname(command.out), `.${path.basename(command.out)}.partial`);
        await writeFile(partial, output, 'utf8');
        await rename(partial, command.out);
      } else process.stdout.write(output);
      const counts = Object.entries(file.counts.nodes).map(([label, count]) => `${count} ${label}`);
      console.error(
        `exported ${file.nodes.length} nodes (${counts.join(', ') || 'none'}) and ${file.relationships.length} relationships from ${where}` +
          (command.out ? ` to ${command.out}` : ''),
      );
      for (const [type, count] of Object.entries(skipped)) {
        console.error(`not exported: ${count} ${type} relationship(s) outside the graph model (graph/README.md)`);
      }
      return 0;
    }
    const bar = progressBar('importing');
    const report = await importGraph(driver, parseExportText(text!), {
      database: config.neo4j.database,
      check: command.check,
      ...(command.batchSize ? { batchSize: command.batchSize } : {}),
      progress: bar.progress,
    });
    bar.finish();
    console.error(
      report.checked
        ? `${command.file} is valid: ${report.nodes} nodes and ${report.relationships} relationships would be imported into ${where}; nothing was written (--check)`
        : `imported ${report.nodes} nodes (${report.created} new) and ${report.relationships} relationships into ${where} in one transaction`,
    );
    return 0;
  });
}

runMain(process.argv[2] === 'import' ? 'graph:import' : 'graph:export', main);
