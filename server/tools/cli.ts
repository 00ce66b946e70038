import type { Driver } from 'neo4j-driver';
import { readConfig, type AppConfig } from '../src/config.js';
import { createDriver, waitForNeo4j } from '../src/db/driver.js';

// What the server's command-line tools (graph:generate, graph:export, graph:import) do alike: read
// their arguments, reach the configured Neo4j, and turn main's outcome into the exit code. One copy,
// so every tool answers a mistake, --help and an absent Neo4j the same way.

/** The parsed command, or the exit code when there is none to run: 2 after a mistake (with the usage), 0 after --help. */
export function commandOrExit<Command>(
  parse: (args: string[]) => Command,
  usage: string,
  isHelp: (command: Command) => boolean,
): Command | number {
  let command: Command;
  try {
    command = parse(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (!isHelp(command)) return command;
  console.log(usage);
  return 0;
}

/** Runs `work` with a driver to the configured (or `npm start`'s) Neo4j once it answers; `hint` says what to do when it does not. */
export async function withNeo4j<T>(hint: string, work: (driver: Driver, config: AppConfig) => Promise<T>): Promise<T> {
  const config = readConfig(process.env, 'dev');
  const driver = createDriver(config.neo4j);
  try {
    try {
      await waitForNeo4j(driver, config.neo4j, 10_000);
    } catch (error) {
      throw new Error(`${(error as Error).message}. ${hint}`);
    }
    return await work(driver, config);
  } finally {
    await driver.close();
  }
}

/** Sets the exit code from main: its own, or 1 with `<name> failed: <message>`. */
export function runMain(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
