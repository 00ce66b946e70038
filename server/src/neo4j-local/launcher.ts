import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { AppConfig } from '../config.js';
import { paths } from '../config.js';
import { createDriver, waitForNeo4j, type Neo4jConnection } from '../db/driver.js';
import { stopChild } from '../common/child-process.js';

const MAIN_CLASS = 'dev.crosswalk.neo4jlocal.Neo4jLocal';
const READY_LINE = /^neo4j-local ready (bolt:\/\/\S+)$/;

/** How to use a Neo4j of one's own instead; printed whenever the local one cannot start. */
const USE_YOUR_OWN_NEO4J =
  'To use any Neo4j 5 instead (Docker: `docker compose up neo4j`, Neo4j Desktop, Aura), set ' +
  'NEO4J_URI (e.g. bolt://localhost:7687 or neo4j+s://<id>.databases.neo4j.io), NEO4J_USER and NEO4J_PASSWORD, ' +
  'then run the command again.';

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(`${message}\n${USE_YOUR_OWN_NEO4J}`);
    this.name = 'LocalNeo4jError';
  }
}

export interface LocalNeo4jOptions {
  /** The launcher's Maven project, graph/neo4j-local. */
  projectDir: string;
  /** Folder for this instance's data and logs (git-ignored .data/<profile>). */
  home: string;
  boltPort: number;
  password: string;
  pageCache: string;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  process: ChildProcess;
  /** SIGTERM, then wait for the clean shutdown Neo4j does in its shutdown hook. */
  stop(): Promise<void>;
}

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.status === 0;
}

async function sourceFingerprint(projectDir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = ['pom.xml', 'jvm.options'];
  const javaDir = path.join(projectDir, 'src', 'main', 'java');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files.push(path.relative(projectDir, full));
    }
  };
  await walk(javaDir);
  for (const file of files) hash.update(file).update(await readFile(path.join(projectDir, file)));
  return hash.digest('hex');
}

/**
 * Builds the launcher with Maven unless the last build is of the same sources. The first build
 * downloads Neo4j Community from Maven Central into ~/.m2 (a few minutes, once).
 */
export async function buildLocalNeo4j(projectDir: string, log: (line: string) => void = console.log): Promise<void> {
  if (!commandWorks('java', ['-version'])) {
    throw new LocalNeo4jError('Java 17 or newer is needed to run the local Neo4j, and `java` was not found on PATH.');
  }
  const stampFile = path.join(projectDir, 'target', 'build.sha256');
  const fingerprint = await sourceFingerprint(projectDir);
  if (existsSync(stampFile) && (await readFile(stampFile, 'utf8')) === fingerprint) return;
  if (!commandWorks('mvn', ['-v'])) {
    throw new LocalNeo4jError('Maven is needed to build the local Neo4j launcher, and `mvn` was not found on PATH.');
  }
  log('neo4j-local: building the launcher with Maven (the first build downloads Neo4j Community, ~150 MB)…');
  const started = Date.now();
  // `package` also copies the runtime jars to target/lib (see pom.xml); `clean` drops those of an old version.
  const args = ['-B', '-q', '-DskipTests', 'clean', 'package'];
  const ticker = setInterval(() => log(`neo4j-local: still building (${Math.round((Date.now() - started) / 1000)} s)…`), 15_000);
  const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('mvn', args, { cwd: projectDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
    child.on('error', (error) => resolve({ code: -1, output: String(error) }));
  }).finally(() => clearInterval(ticker));
  if (result.code !== 0) {
    const tail = result.output.trim().split('\n').slice(-15).join('\n');
    throw new LocalNeo4jError(
      `Maven could not build graph/neo4j-local (exit ${result.code}); it may be unable to reach Maven Central.\n${tail}`,
    );
  }
  await mkdir(path.dirname(stampFile), { recursive: true });
  await writeFile(stampFile, fingerprint);
  log(`neo4j-local: built in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** The JVM flags Neo4j ships with, one per line in graph/neo4j-local/jvm.options. */
async function readJvmOptions(projectDir: string): Promise<string[]> {
  const text = await readFile(path.join(projectDir, 'jvm.options'), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

const EXIT_REASONS: Record<number, string> = {
  3: 'its data folder is already in use by another Neo4j',
  4: 'its Bolt port is already in use',
};

/**
 * Starts Neo4j in a JVM of its own and resolves once it printed its ready line and a driver
 * connected to it (verifyConnectivity). The JVM runs in its own process group, so a Ctrl-C in the
 * terminal reaches only this process, which then stops Neo4j in order.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions, timeoutMs = 180_000): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => console.error(line));
  await mkdir(options.home, { recursive: true });
  const jvmOptions = await readJvmOptions(options.projectDir);
  const classpath = [path.join(options.projectDir, 'target', 'classes'), path.join(options.projectDir, 'target', 'lib', '*')].join(
    path.delimiter,
  );
  const child = spawn('java', [...jvmOptions, '-cp', classpath, MAIN_CLASS], {
    cwd: options.projectDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEO4J_LOCAL_HOME: options.home,
      NEO4J_LOCAL_BOLT_PORT: String(options.boltPort),
      NEO4J_LOCAL_PAGECACHE: options.pageCache,
      NEO4J_PASSWORD: options.password,
    },
  });
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // A crash of this process must not leave an orphaned Neo4j holding the data folder.
  const killOnExit = () => child.kill('SIGTERM');
  process.on('exit', killOnExit);

  const ready = new Promise<string>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = READY_LINE.exec(line.trim());
      if (match) resolve(match[1]!);
    });
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const outcome = await Promise.race([ready, exited.then((code) => ({ code })), timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout' || typeof outcome === 'object') {
    child.kill('SIGKILL');
    process.off('exit', killOnExit);
    const code = typeof outcome === 'object' ? outcome.code : null;
    const reason =
      outcome === 'timeout'
        ? `it did not report ready within ${timeoutMs / 1000} s`
        : (EXIT_REASONS[code ?? -1] ?? `it exited with code ${code}`);
    throw new LocalNeo4jError(
      `The local Neo4j (data in ${options.home}, Bolt port ${options.boltPort}) could not start: ${reason}.\n` +
        stderrTail.slice(-8).join('\n'),
    );
  }
  const uri = outcome;
  const connection: Neo4jConnection = { uri, user: 'neo4j', password: options.password, database: 'neo4j' };
  const driver = createDriver(connection);
  try {
    await waitForNeo4j(driver, connection, 30_000);
  } finally {
    await driver.close();
  }
  log(`neo4j-local: ready on ${uri} (data in ${path.relative(process.cwd(), options.home) || '.'})`);

  let stopping: Promise<void> | undefined;
  return {
    uri,
    process: child,
    stop() {
      stopping ??= (async () => {
        await stopChild(child, exited, 60_000);
        process.off('exit', killOnExit);
      })();
      return stopping;
    },
  };
}

/** Builds (when needed) and starts the local Neo4j a configuration describes; points the config at it. */
export async function startConfiguredLocalNeo4j(config: AppConfig, log: (line: string) => void): Promise<LocalNeo4j> {
  await buildLocalNeo4j(paths.neo4jLocal, log);
  const local = await startLocalNeo4j({
    projectDir: paths.neo4jLocal,
    home: config.local.home,
    boltPort: config.local.boltPort,
    password: config.neo4j.password,
    pageCache: config.local.pageCache,
    log,
  });
  config.neo4j.uri = local.uri;
  return local;
}
