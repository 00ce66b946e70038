// `pnpm bench`: a self-contained benchmark of the analytics on the generated organisation. Starts its
// own Neo4j (graph/neo4j-local/.data/bench, Bolt 7690; or NEO4J_BENCH_URI), loads reference and demo
// data, generates the scale graph unless it is already there, starts Crosswalk and an @neo4j/graphql
// server in processes of their own, measures every operation three ways, prints a markdown table.
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { repoRoot } from '../../src/config.js';
import { createDriver, waitForNeo4j, type Neo4jConnection } from '../../src/db/driver.js';
import { setUpGraph } from '../../src/graph/setup.js';
import type { LocalNeo4j } from '../../src/neo4j-local/launcher.js';
import { parseScaleArgs, SCALE_USAGE, type ScaleOptions } from '../scale/options.js';
import { ProgressBar, progressBar } from '../scale/progress.js';
import { generateScaleGraph } from '../scale/write.js';
import { startBenchNeo4j } from './neo4j.js';
import type { BenchReply, BenchRequest, BenchServerMode, CaptureSummary, ReadyMessage, ReplyEnvelope } from './messages.js';
import { chromiumAvailable, chromiumPath } from './chromium.js';
import { explorerReport, explorerScenarios, measureExplorer } from './explorer.js';
import { benchOperations, pickFixtures, type BenchOperation, type GraphQLRequest } from './operations.js';
import { latency, megabytes, milliseconds, type Latency } from './stats.js';
import { commandOrExit } from '../cli.js';

const USAGE = `usage: pnpm bench [--iterations 40] [--warmup 5] [--budget-seconds 60] [--out FILE]
                  [--explorer-runs 3] [--no-explorer | --explorer-only] [--explorer-views TEXT]
                  [generator flags: --systems --models --vendors --controls --owners --evidence --seed --force]

Starts its own Neo4j (data in graph/neo4j-local/.data/bench, Bolt port NEO4J_BENCH_BOLT_PORT or 7690),
or uses NEO4J_BENCH_URI (with NEO4J_USER / NEO4J_PASSWORD; the generated organisation is written into it).
  --iterations N      measured runs of each operation, each way (default 40)
  --warmup N          unmeasured runs first (default 5)
  --budget-seconds N  fewer iterations for an operation whose runs would take longer than this (default 60)
  --out FILE          also write the markdown report to FILE
  --explorer-runs N   times each explorer view is opened in headless Chromium (default 3)
  --no-explorer       leave the explorer measurements out
  --explorer-only     measure only the explorer (the API table is left out)
  --explorer-views T  only the explorer views whose name contains T

${SCALE_USAGE.split('\n').slice(2).join('\n')}`;

const A_B_TARGET = 1.3;
const A_C_TARGET = 0.5;
const log = (line: string) => console.error(line);

interface BenchServer {
  mode: BenchServerMode;
  child: ChildProcess;
  url: string;
  ask(message: BenchRequest): Promise<BenchReply>;
}

/** Forks server.ts in `mode` and resolves once it listens. */
async function startServer(mode: BenchServerMode, connection: Neo4jConnection): Promise<BenchServer> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server.ts');
  const child = fork(script, [mode], {
    execArgv: ['--import', 'tsx'],
    cwd: repoRoot,
    env: { ...process.env, CROSSWALK_BENCH_NEO4J: JSON.stringify(connection) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (reply: BenchReply) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the ${mode} server exited with code ${code} before listening`)));
    child.on('message', (message: ReadyMessage | ReplyEnvelope) => {
      if ('ready' in message) return resolve(message.port);
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) waiter?.reject(new Error(message.error));
      else waiter?.resolve(message.reply!);
    });
  });
  child.removeAllListeners('exit');
  return {
    mode,
    child,
    url: `http://127.0.0.1:${port}/graphql`,
    ask(message) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ id, message });
      });
    },
  };
}

async function stopServer(server: BenchServer | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.disconnect();
  const forced = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(forced);
}

/** One GraphQL request over HTTP; returns its time in ms, its data and its size (errors are thrown). */
async function post(url: string, request: GraphQLRequest): Promise<{ ms: number; data: unknown; bytes: number }> {
  const body = JSON.stringify(request);
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const json = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  const ms = performance.now() - started;
  if (json.errors?.length) {
    const first = json.errors[0]!;
    throw new Error(`${first.extensions?.code ?? 'ERROR'}: ${first.message}`);
  }
  return { ms, data: json.data, bytes: Buffer.byteLength(text) };
}

interface Measurement {
  operation: BenchOperation;
  a?: Latency;
  /** Of (a): the time some Cypher query of the request was running. */
  aInFlight?: Latency;
  b?: Latency;
  c?: Latency;
  capture?: CaptureSummary;
  /** Why a way could not be measured, or a difference between (a) and (c). */
  notes: string[];
}

function sameIds(a: string[], c: string[], ordered: boolean): boolean {
  if (ordered) return a.length === c.length && a.every((id, index) => id === c[index]);
  const left = new Set(a);
  const right = new Set(c);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

async function measure(
  operation: BenchOperation,
  index: number,
  total: number,
  servers: { crosswalk: BenchServer; neo4jGraphql?: BenchServer },
  settings: { iterations: number; warmup: number; budgetMs: number },
): Promise<Measurement> {
  const measurement: Measurement = { operation, notes: [] };
  const key = `op-${index}`;
  const label = `[${index + 1}/${total}] ${operation.name.replaceAll('`', '')}`;
  // One request of each way first: it must answer, and it is where the Cypher is recorded.
  let first: { ms: number; data: unknown; bytes: number };
  try {
    await servers.crosswalk.ask({ type: 'capture-start' });
    first = await post(servers.crosswalk.url, operation.crosswalk);
    const capture = await servers.crosswalk.ask({ type: 'capture-stop', key });
    if (capture.type === 'capture-stop')
      measurement.capture = { queries: capture.queries, rounds: capture.rounds, inFlightMs: capture.inFlightMs };
    measurement.notes.push(
      `response ${Math.max(1, Math.round(first.bytes / 1024))} KB${operation.summarise ? `, ${operation.summarise(first.data)}` : ''}`,
    );
  } catch (error) {
    measurement.notes.push(`(a) failed: ${(error as Error).message}`);
    log(`${label}: (a) failed: ${(error as Error).message}`);
    return measurement;
  }
  let useC = Boolean(operation.neo4jGraphql && servers.neo4jGraphql);
  if (useC) {
    try {
      const c = await post(servers.neo4jGraphql!.url, operation.neo4jGraphql!);
      if (operation.idsOf) {
        const fromA = operation.idsOf.crosswalk(first.data);
        const fromC = operation.idsOf.neo4jGraphql(c.data);
        const ordered = operation.name.includes('page');
        if (!sameIds(fromA, fromC, ordered))
          measurement.notes.push(`(a) returned ${fromA.length} nodes, (c) ${fromC.length}: not the same set`);
      }
    } catch (error) {
      measurement.notes.push(`(c) failed: ${(error as Error).message}`);
      useC = false;
    }
  }
  const runA = async () => (await post(servers.crosswalk.url, operation.crosswalk)).ms;
  /** (a) with its Cypher recorded: how much of the request's time Neo4j and the driver took. */
  const runAInFlight = async () => {
    await servers.crosswalk.ask({ type: 'capture-start' });
    const ms = await runA();
    const capture = await servers.crosswalk.ask({ type: 'capture-stop' });
    return { ms, inFlightMs: capture.type === 'capture-stop' ? capture.inFlightMs : Number.NaN };
  };
  const runB = async () => {
    const reply = await servers.crosswalk.ask({ type: 'replay', key });
    return reply.type === 'replay' ? reply.milliseconds : Number.NaN;
  };
  const runC = async () => (await post(servers.neo4jGraphql!.url, operation.neo4jGraphql!)).ms;

  const warmStarted = performance.now();
  for (let i = 0; i < settings.warmup; i += 1) {
    await runA();
    await runB();
    if (useC) await runC();
  }
  // Fewer iterations for slow operations, so the whole run stays within minutes.
  const perIteration = settings.warmup > 0 ? (performance.now() - warmStarted) / settings.warmup : first.ms * (useC ? 3 : 2);
  const iterations = Math.max(5, Math.min(settings.iterations, Math.floor(settings.budgetMs / Math.max(perIteration, 1))));
  if (iterations < settings.iterations) measurement.notes.push(`${iterations} iterations (time budget)`);
  const samples = { a: [] as number[], aInFlight: [] as number[], b: [] as number[], c: [] as number[] };
  const bar = new ProgressBar(label.padEnd(48), iterations);
  for (let i = 0; i < iterations; i += 1) {
    // Interleaved, so drifts (JIT, caches, GC) touch the three ways alike.
    const a = await runAInFlight();
    samples.a.push(a.ms);
    samples.aInFlight.push(a.inFlightMs);
    samples.b.push(await runB());
    if (useC) samples.c.push(await runC());
    bar.tick(1);
  }
  bar.finish();
  measurement.a = latency(samples.a);
  measurement.aInFlight = latency(samples.aInFlight);
  measurement.b = latency(samples.b);
  if (useC) measurement.c = latency(samples.c);
  return measurement;
}

function ratio(numerator: Latency | undefined, denominator: Latency | undefined): number | undefined {
  return numerator && denominator ? numerator.p50 / denominator.p50 : undefined;
}

function verdict(m: Measurement): string {
  if (!m.a) return 'not measured';
  const checks: string[] = [];
  const ab = ratio(m.a, m.b);
  if (ab !== undefined) checks.push(`a/b ≤ ${A_B_TARGET} ${ab <= A_B_TARGET ? '✅' : '❌'}`);
  const ac = ratio(m.a, m.c);
  if (ac !== undefined) checks.push(`a/c ≤ ${A_C_TARGET} ${ac <= A_C_TARGET ? '✅' : '❌'}`);
  if (m.operation.p95TargetMs !== undefined)
    checks.push(`p95 < ${m.operation.p95TargetMs} ms ${m.a.p95 < m.operation.p95TargetMs ? '✅' : '❌'}`);
  return checks.join(', ');
}

function cell(l: Latency | undefined): string {
  return l ? `${milliseconds(l.p50)} / ${milliseconds(l.p95)}` : '–';
}

function report(input: {
  measurements: Measurement[];
  options: ScaleOptions;
  generation: string;
  memory: { crosswalk: number; neo4jGraphql?: number; neo4j?: number };
  settings: { iterations: number; warmup: number };
  neo4jInfo: string;
  /** One-minute load average when the measurements started and ended. */
  load: number[];
}): string {
  const { measurements, memory } = input;
  const lines = [
    `Crosswalk \`pnpm bench\`, ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${input.neo4jInfo}.`,
    `Graph: reference data, the demo organisation and the generated one (seed ${input.options.seed}: ${input.options.systems} systems, ` +
      `${input.options.models} models, ${input.options.vendors} vendors, ${input.options.controls} controls, ${input.options.owners} owners, ` +
      `${input.options.evidence} evidence items; ${input.generation}). ${input.settings.iterations} iterations after ${input.settings.warmup} warm-up runs, one request at a time; ` +
      `load average ${input.load.map((value) => value.toFixed(1)).join(' → ')} (start → end of the measurements; above 2, other processes shared the 2 cores).`,
    '',
    '| query | (a) GraphQL over HTTP p50 / p95 ms | (b) same Cypher alone p50 / p95 ms | (c) @neo4j/graphql p50 / p95 ms | a/b | a/c | Cypher queries (rounds) | of (a), Cypher running p50 ms | targets |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const m of measurements) {
    const ab = ratio(m.a, m.b);
    const ac = ratio(m.a, m.c);
    lines.push(
      `| ${m.operation.name} | ${cell(m.a)} | ${cell(m.b)} | ${m.operation.neo4jGraphql ? cell(m.c) : 'not expressible'} | ` +
        `${ab === undefined ? '–' : ab.toFixed(2)} | ${ac === undefined ? '–' : ac.toFixed(2)} | ` +
        `${m.capture ? `${m.capture.queries} (${m.capture.rounds})` : '–'} | ${m.aInFlight ? milliseconds(m.aInFlight.p50) : '–'} | ${verdict(m)} |`,
    );
  }
  lines.push(
    '',
    `Peak resident memory (RSS high-water mark): Crosswalk server ${megabytes(memory.crosswalk)}` +
      (memory.neo4jGraphql ? `, @neo4j/graphql server ${megabytes(memory.neo4jGraphql)}` : '') +
      (memory.neo4j ? `, Neo4j JVM ${megabytes(memory.neo4j)}` : '') +
      '.',
    'Ratios are of the p50s. (b) replays the Cypher the Crosswalk server ran for the request, recorded in that process, over a driver of its own with the same sessions and the same concurrency (each query waits for the one that finished last before it started): the database and driver time without HTTP, GraphQL and resolvers. ' +
      '"Cypher running" is the part of each (a) request during which at least one of its read transactions was running (session, begin, query, records, commit); the rest of (a) is HTTP, GraphQL execution, the resolvers\' own work and JSON.',
    '',
  );
  const sentence = (text: string) => text.replace(/[.\s]+$/, '');
  for (const m of measurements) {
    lines.push(`- ${m.operation.name}: ${m.operation.about}.${m.notes.length ? ` ${m.notes.map(sentence).join('; ')}.` : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** VmHWM of a process (Linux): its resident memory high-water mark in bytes. */
async function peakRss(pid: number | undefined): Promise<number | undefined> {
  if (!pid) return undefined;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const parse = (args: string[]) =>
    parseScaleArgs(args, {
      iterations: { type: 'string' },
      warmup: { type: 'string' },
      'budget-seconds': { type: 'string' },
      out: { type: 'string' },
      'explorer-runs': { type: 'string' },
      'no-explorer': { type: 'boolean' },
      'explorer-only': { type: 'boolean' },
      'explorer-views': { type: 'string' },
    });
  const command = commandOrExit(parse, USAGE, (parsed) => parsed.help);
  if (typeof command === 'number') return command;
  const whole = (name: string, fallback: number, minimum: number) => {
    const value = command.extra[name];
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed) || parsed < minimum) throw new Error(`--${name} must be a whole number from ${minimum}`);
    return parsed;
  };
  const settings = {
    iterations: whole('iterations', 40, 1),
    warmup: whole('warmup', 5, 0),
    budgetMs: whole('budget-seconds', 60, 1) * 1000,
    explorerRuns: whole('explorer-runs', 3, 1),
    explorer: command.extra['no-explorer'] !== true,
    api: command.extra['explorer-only'] !== true,
  };
  const started = performance.now();

  let local: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  const servers: { crosswalk?: BenchServer; neo4jGraphql?: BenchServer } = {};
  const stopAll = async () => {
    await Promise.all([stopServer(servers.crosswalk), stopServer(servers.neo4jGraphql)]);
    await driver?.close().catch(() => undefined);
    await local?.stop();
  };
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      log(`\n${signal}: stopping the benchmark…`);
      void stopAll().finally(() => process.exit(130));
    });
  }

  try {
    const bench = await startBenchNeo4j(log);
    const { connection, pageCache } = bench;
    local = bench.local;
    driver = createDriver(connection);
    await waitForNeo4j(driver, connection);
    const version = await driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
      {},
      { database: connection.database },
    );
    const neo4jVersion = `Neo4j ${String(version.records[0]?.get('version'))} ${String(version.records[0]?.get('edition'))}`;
    const neo4jInfo = local ? `${neo4jVersion} (local, heap 1 GB, page cache ${pageCache})` : `${neo4jVersion} at NEO4J_BENCH_URI`;

    log('bench: migrations and reference/demo data…');
    await setUpGraph(driver, { database: connection.database });
    log('bench: scale graph…');
    const bar = progressBar('bench: writing');
    const generated = await generateScaleGraph(
      driver,
      connection.database,
      { ...command.options, batchSize: command.batchSize, force: command.force, log },
      bar.progress,
    );
    bar.finish();
    const generation =
      generated.status === 'generated' ? `generated and loaded in ${generated.seconds.toFixed(0)} s` : 'already loaded by an earlier run';
    log(
      `bench: scale graph ${generation} (${generated.nodes.toLocaleString('en-US')} nodes, ${generated.relationships.toLocaleString('en-US')} relationships)`,
    );

    const fixtures = await pickFixtures(driver, connection.database);
    log('bench: starting the Crosswalk and @neo4j/graphql servers…');
    [servers.crosswalk, servers.neo4jGraphql] = await Promise.all([
      startServer('crosswalk', connection),
      (settings.api ? startServer('neo4j-graphql', connection) : Promise.resolve(undefined)).catch((error: unknown) => {
        log(`bench: the @neo4j/graphql server could not start, so (c) is left out: ${(error as Error).message}`);
        return undefined;
      }),
    ]);

    const operations = settings.api ? benchOperations(fixtures) : [];
    const loadAtStart = os.loadavg()[0]!;
    const measurements: Measurement[] = [];
    for (const [index, operation] of operations.entries()) {
      measurements.push(
        await measure(operation, index, operations.length, { crosswalk: servers.crosswalk, neo4jGraphql: servers.neo4jGraphql }, settings),
      );
    }
    const memory = {
      crosswalk: ((await servers.crosswalk.ask({ type: 'memory' })) as { maxRssBytes: number }).maxRssBytes,
      neo4jGraphql: servers.neo4jGraphql
        ? ((await servers.neo4jGraphql.ask({ type: 'memory' })) as { maxRssBytes: number }).maxRssBytes
        : undefined,
      neo4j: await peakRss(local?.process.pid),
    };
    const load = [loadAtStart, os.loadavg()[0]!];
    let markdown = settings.api
      ? report({ measurements, options: command.options, generation, memory, settings, neo4jInfo, load })
      : `Crosswalk \`pnpm bench --explorer-only\`, ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores, ${neo4jInfo}.\n`;
    let explorerFailed = false;
    if (settings.explorer) {
      if (!chromiumAvailable()) {
        log(`bench: no Chromium at ${chromiumPath()} (set CHROMIUM_PATH), so the explorer is left out`);
      } else {
        // The bench server serves web/dist, as \`npm start\` does: build it from the sources measured.
        log('bench: building the explorer…');
        execFileSync('npx', ['--yes', 'pnpm@10.34.9', '--filter', '@crosswalk/web', 'build'], { cwd: repoRoot, stdio: 'ignore' });
        const explorer = await measureExplorer(
          servers.crosswalk.url.replace(/\/graphql$/, ''),
          explorerScenarios(fixtures.vendorId).filter((scenario) =>
            scenario.name.includes(typeof command.extra['explorer-views'] === 'string' ? command.extra['explorer-views'] : ''),
          ),
          settings.explorerRuns,
          log,
        );
        markdown += `${explorerReport(explorer, settings.explorerRuns).join('\n')}\n`;
        explorerFailed = explorer.some((measurement) => measurement.error !== undefined);
      }
    }
    console.log(`\n${markdown}`);
    const out = command.extra.out;
    if (typeof out === 'string') {
      await writeFile(path.resolve(out), markdown);
      log(`bench: report written to ${out}`);
    }
    log(`bench: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return measurements.every((m) => m.a) && !explorerFailed ? 0 : 1;
  } finally {
    if (!interrupted) await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
