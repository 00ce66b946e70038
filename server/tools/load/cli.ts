// `pnpm load`: a load test, not a test suite. On the bench's Neo4j (demo and generated organisations),
// starts the Crosswalk server as `npm start` runs it, in a process of its own on a loopback port, and
// holds N concurrent clients (default 50, each with an EDITOR key of its own) for a time (default 60 s)
// on a mix of reads and writes; then prints throughput, latency percentiles and errors, reads back every
// acknowledged write to count lost ones, and removes what the run wrote. Exit 1 on any 5xx, unexpected
// error, dropped connection or lost write.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
import { milliseconds, percentile } from '../bench/stats.js';
import { DEFAULT_SCALE } from '../scale/options.js';
import { postGraphQL, runLoad } from './clients.js';
import {
  countByPrefix,
  openBenchGraph,
  readBack,
  readVendorStamps,
  removeByPrefix,
  restoreVendorStamps,
  type BenchGraph,
} from './graph.js';
import type { LedgerCheck } from './ledger.js';
import { LOAD_USAGE, parseLoadArgs, type LoadSettings } from './options.js';
import { startLoadServer, type LoadServer } from './server.js';
import { classify, latencyTable, summarise, type LoadSummary, type Sample } from './summary.js';
import { ANY_RUN_PREFIXES, ClientState, MIX, pickFixtures, readOperation, runIdPrefixes, runName, type LoadFixtures } from './workload.js';
import { commandOrExit } from '../cli.js';

const log = (line: string) => console.error(line);

interface ApiKeys {
  /** Per client: the key it sends. */
  keys: string[];
  /** Ids of the keys created for the run, to revoke afterwards. */
  ids: string[];
  note: string;
}

const CREATE_KEY = `mutation LoadCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id role } } }`;
const REVOKE_KEY = `mutation LoadRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id active } }`;

/**
 * An EDITOR key per client, created with the admin key. A server without API keys (createApiKey
 * unknown) gets the admin key from every client, which it ignores.
 */
async function editorKeys(url: string, adminKey: string, clients: number, run: string): Promise<ApiKeys> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  try {
    const keys: string[] = [];
    const ids: string[] = [];
    for (let client = 0; client < clients; client += 1) {
      const reply = await postGraphQL(
        agent,
        new URL(url),
        { query: CREATE_KEY, variables: { input: { name: `pnpm load ${run} client ${client}`, role: 'EDITOR' } } },
        adminKey,
        30_000,
      );
      const { outcome, code, answer } = classify(reply.status, reply.body);
      if (outcome !== 'ok') {
        if (client === 0 && code === 'GRAPHQL_VALIDATION_FAILED') {
          return {
            keys: Array.from({ length: clients }, () => adminKey),
            ids: [],
            note: 'this server has no API keys (createApiKey unknown): every client sends the admin key, unused',
          };
        }
        throw new Error(
          `createApiKey for client ${client} was answered ${reply.status} ${code ?? ''}: ${answer?.errors?.[0]?.message ?? ''}`,
        );
      }
      const created = (answer!.data as { createApiKey: { key: string; apiKey: { id: string } } }).createApiKey;
      keys.push(created.key);
      ids.push(created.apiKey.id);
    }
    return {
      keys,
      ids,
      note: `each client with an EDITOR key of its own (${clients} keys created with the admin key, revoked at the end)`,
    };
  } finally {
    agent.destroy();
  }
}

async function revokeKeys(url: string, adminKey: string, ids: readonly string[]): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  let revoked = 0;
  try {
    for (const id of ids) {
      const reply = await postGraphQL(agent, new URL(url), { query: REVOKE_KEY, variables: { id } }, adminKey, 30_000);
      if (classify(reply.status, reply.body).outcome === 'ok') revoked += 1;
    }
  } finally {
    agent.destroy();
  }
  return revoked;
}

/** One request of each read, before the clamour: a broken query fails here with its message, not 10,000 times. */
async function checkReads(url: string, key: string | undefined, fixtures: LoadFixtures, run: string): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const state = new ClientState(0, run, 0);
    for (const name of Object.keys(MIX.reads)) {
      const operation = readOperation(state, fixtures, name);
      const reply = await postGraphQL(agent, new URL(url), operation.request, key, 60_000);
      const { outcome, code, answer } = classify(reply.status, reply.body);
      if (outcome !== 'ok')
        throw new Error(
          `the ${name} read was answered ${reply.status} ${code ?? ''}: ${answer?.errors?.[0]?.message ?? reply.body.slice(0, 300)}`,
        );
    }
  } finally {
    agent.destroy();
  }
}

/** A line every few seconds: answers so far, the last interval's rate and p95, failures. */
function progressLine(durationMs: number) {
  let lastCount = 0;
  let lastAt = 0;
  return (samples: readonly Sample[], elapsedMs: number) => {
    const recent = samples.slice(lastCount);
    const seconds = (elapsedMs - lastAt) / 1000;
    lastCount = samples.length;
    lastAt = elapsedMs;
    const failures = (outcome: Sample['outcome']) => samples.filter((sample) => sample.outcome === outcome).length;
    log(
      `load: ${Math.round(elapsedMs / 1000)} s of ${durationMs / 1000}: ${samples.length.toLocaleString('en-US')} answers, ` +
        `${(recent.length / seconds).toFixed(0)}/s in the last ${seconds.toFixed(0)} s (p95 ${milliseconds(
          percentile(
            recent.map((sample) => sample.ms),
            95,
          ),
        )} ms), ` +
        `server errors ${failures('server-error')}, refused ${failures('refused')}, timeouts ${failures('timeout')}, dropped ${failures('dropped')}`,
    );
  };
}

function report(input: {
  settings: LoadSettings;
  summary: LoadSummary;
  check: LedgerCheck;
  outcomes: Readonly<Record<'acknowledged' | 'refused' | 'unknown', number>>;
  neo4jInfo: string;
  generation: string;
  keysNote: string;
  cores?: string;
  serverRss: readonly (number | undefined)[];
}): string {
  const { settings, summary, check } = input;
  const lines = [
    `Crosswalk \`pnpm load\`, ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${input.neo4jInfo}; clients, ${settings.servers === 1 ? 'server' : `${settings.servers} Crosswalk servers (each client sends to them in turn)`} and Neo4j on the same machine.`,
    `Graph: reference data, the demo organisation and the generated one (${DEFAULT_SCALE.systems} systems, ${DEFAULT_SCALE.controls} controls, ${DEFAULT_SCALE.evidence} evidence items; ${input.generation}). ` +
      `${settings.clients} clients for ${settings.durationMs / 1000} s after ${settings.warmupMs / 1000} s of warm-up, ${Math.round(settings.readsShare * 100)} % reads, ${input.keysNote}.`,
    '',
    ...latencyTable(summary.rows),
    '',
    ...latencyTable(summary.operations, 'operation'),
    '',
  ];
  lines.push(
    `Errors: ${summary.serverErrors} server errors (5xx or INTERNAL_SERVER_ERROR), ${summary.non2xx} non-2xx answers, ${summary.timeouts} timeouts (${settings.timeoutMs / 1000} s), ${summary.dropped} dropped.`,
  );
  if (summary.errors.length) {
    lines.push(
      '',
      '| outcome | code | kind | count |',
      '|---|---|---|---:|',
      ...summary.errors.map((error) => `| ${error.outcome} | ${error.code} | ${error.kind} | ${error.count} |`),
    );
  }
  lines.push(
    '',
    `Writes (the warm-up's included): ${input.outcomes.acknowledged} acknowledged, ${input.outcomes.refused} refused, ${input.outcomes.unknown} without a usable answer. ` +
      `Read back from Neo4j afterwards: ${check.present} of ${check.acknowledged} acknowledged writes present, ${check.lost.length} lost, ` +
      `${check.refusedButApplied.length} refused yet applied.`,
  );
  for (const lost of [...check.lost, ...check.refusedButApplied].slice(0, 10)) {
    lines.push(`- write ${lost.write} on ${lost.id}, ${lost.field}: expected ${lost.expected.join(' or ')}, found ${lost.actual}`);
  }
  lines.push('');
  if (input.cores) lines.push(`Cores used on average over the measured time (of ${os.cpus().length}): ${input.cores}.`);
  const rss = input.serverRss.filter((bytes): bytes is number => bytes !== undefined).map((bytes) => `${Math.round(bytes / 2 ** 20)} MB`);
  if (rss.length) lines.push(`Crosswalk server peak resident memory: ${rss.join(', ')}.`);
  return `${lines.join('\n')}\n`;
}

/** CPU seconds a process has used (Linux /proc; clock ticks of 1/100 s, Linux's USER_HZ). */
async function cpuSeconds(pid: number | undefined): Promise<number | undefined> {
  if (!pid) return undefined;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** CPU seconds the whole machine has been busy (all cores; /proc/stat, idle and iowait left out). */
async function machineBusySeconds(): Promise<number | undefined> {
  try {
    const [user, nice, system, , , irq, softirq, steal] = (await readFile('/proc/stat', 'utf8'))
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
  } catch {
    return undefined;
  }
}

/** CPU seconds of Neo4j, the server, this process (the clients) and the machine, read at one instant. */
async function cpuNow(pids: { neo4j?: number | undefined; servers: readonly number[] }) {
  const own = process.cpuUsage();
  const servers = await Promise.all(pids.servers.map((pid) => cpuSeconds(pid)));
  return {
    neo4j: await cpuSeconds(pids.neo4j),
    // The Crosswalk servers together.
    server: servers.every((seconds) => seconds !== undefined) ? servers.reduce((sum, seconds) => sum + seconds, 0) : undefined,
    clients: (own.user + own.system) / 1e6,
    machine: await machineBusySeconds(),
    at: performance.now(),
  };
}

type CpuSample = Awaited<ReturnType<typeof cpuNow>>;

/** How many cores each used on average between two samples, e.g. "Neo4j 1.2 cores, …". */
function coresUsed(from: CpuSample, to: CpuSample): string {
  const seconds = (to.at - from.at) / 1000;
  const share = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? '–' : ((b - a) / seconds).toFixed(2);
  const ours =
    [to.neo4j, to.server].every((value) => value !== undefined) && from.neo4j !== undefined && from.server !== undefined
      ? to.neo4j! - from.neo4j + (to.server! - from.server) + (to.clients - from.clients)
      : undefined;
  const others =
    ours === undefined || from.machine === undefined || to.machine === undefined
      ? undefined
      : Math.max(0, to.machine - from.machine - ours);
  return (
    `Neo4j ${share(from.neo4j, to.neo4j)}, Crosswalk server(s) ${share(from.server, to.server)}, the load's clients ${share(from.clients, to.clients)}` +
    (others === undefined ? '' : `, other processes on the machine ${(others / seconds).toFixed(2)}`)
  );
}

/** VmHWM of a process (Linux), in bytes. */
async function peakRss(pid: number | undefined): Promise<number | undefined> {
  if (!pid) return undefined;
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function neo4jVersion(driver: Driver, database: string): Promise<string> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    {},
    { database },
  );
  return `Neo4j ${String(records[0]?.get('version'))} ${String(records[0]?.get('edition'))}`;
}

async function main(): Promise<number> {
  const settings = commandOrExit(parseLoadArgs, LOAD_USAGE, (parsed) => parsed.help);
  if (typeof settings === 'number') return settings;
  const started = performance.now();
  let graph: BenchGraph | undefined;
  const servers: LoadServer[] = [];
  let interrupted = false;
  const stopAll = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await graph?.driver.close().catch(() => undefined);
    await graph?.local?.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // A second Ctrl-C: stop at once (the exit handlers stop the server and Neo4j; \`pnpm load --clear\` removes the writes).
      if (interrupted) process.exit(130);
      interrupted = true;
      log(
        `\n${signal}: the clients stop after their current request; then the run's writes are checked and removed (again to stop at once)…`,
      );
    });
  }

  try {
    graph = await openBenchGraph(log);
    const { driver, connection } = graph;
    const { database } = connection;
    if (settings.clear) {
      const removed = await removeByPrefix(driver, database, ANY_RUN_PREFIXES);
      log(`load: removed ${removed} nodes of earlier runs`);
      return 0;
    }
    if (interrupted) return 130;
    const leftovers = await countByPrefix(driver, database, ANY_RUN_PREFIXES);
    if (leftovers > 0)
      log(
        `load: ${leftovers} nodes of earlier runs are in the graph (kept with --keep, or a run was interrupted); \`pnpm load --clear\` removes them`,
      );
    const neo4jInfo = `${await neo4jVersion(driver, database)}${graph.local ? ` (local, page cache ${graph.pageCache})` : ' at NEO4J_BENCH_URI'}`;
    const fixtures = await pickFixtures(driver, database);
    const run = runName(new Date());
    const stamps = await readVendorStamps(driver, database, fixtures.linkVendorIds);

    // A fresh admin key per run, in the server's environment only: never printed, never stored.
    const adminKey = randomBytes(32).toString('base64url');
    for (let index = 0; index < settings.servers; index += 1) {
      const logFile = path.join(os.tmpdir(), `crosswalk-load-${run}${settings.servers > 1 ? `-${index + 1}` : ''}.log`);
      log(`load: starting Crosswalk server ${index + 1} of ${settings.servers} (npm start's entry; its output in ${logFile})…`);
      const env = {
        CROSSWALK_ADMIN_KEY: adminKey,
        CROSSWALK_RATE_LIMIT_PER_MINUTE: '0',
        // Every client authenticates with its key; none is served as anonymous.
        CROSSWALK_ANONYMOUS_READ: 'off',
      };
      servers.push(await startLoadServer(connection, env, logFile));
      if (interrupted) return 130;
    }
    const server = servers[0]!;
    const keys = await editorKeys(server.url, adminKey, settings.clients, run);
    log(`load: ${keys.note}`);
    // Every server answers the same reads the same way before the load starts (keys made on one work on all).
    for (const each of servers) await checkReads(each.url, keys.keys[0], fixtures, run);

    log(
      `load: run ${run}: ${settings.clients} clients, ${settings.warmupMs / 1000} s warm-up then ${settings.durationMs / 1000} s measured, ${Math.round(settings.readsShare * 100)} % reads…`,
    );
    const pids = {
      neo4j: graph.local?.process.pid,
      servers: servers.map((each) => each.pid).filter((pid): pid is number => pid !== undefined),
    };
    let cpuAtStart: CpuSample | undefined;
    const result = await runLoad({
      urls: servers.map((each) => each.url),
      clients: settings.clients,
      durationMs: settings.durationMs,
      warmupMs: settings.warmupMs,
      readsShare: settings.readsShare,
      timeoutMs: settings.timeoutMs,
      keys: keys.keys,
      fixtures,
      run,
      seed: settings.seed,
      progress: progressLine(settings.durationMs),
      progressMs: 5000,
      measuring: () => {
        void cpuNow(pids).then((sample) => (cpuAtStart = sample));
      },
      stopped: () => interrupted,
    });
    const cores = cpuAtStart ? coresUsed(cpuAtStart, await cpuNow(pids)) : undefined;
    const serverRss = await Promise.all(servers.map((each) => peakRss(each.pid)));

    log('load: reading back every write…');
    const check = result.ledger.check(await readBack(driver, database, result.ledger.idsByLabel()));
    const summary = summarise(result.samples, result.seconds);
    const markdown = report({
      settings,
      summary,
      check,
      outcomes: result.ledger.outcomes(),
      neo4jInfo,
      generation: graph.generation,
      keysNote: keys.note,
      ...(cores ? { cores } : {}),
      serverRss,
    });
    console.log(`\n${markdown}`);
    if (settings.out) {
      await writeFile(path.resolve(settings.out), markdown);
      log(`load: report written to ${settings.out}`);
    }

    if (keys.ids.length) log(`load: revoked ${await revokeKeys(server.url, adminKey, keys.ids)} of ${keys.ids.length} API keys`);
    if (settings.keep) {
      log(
        `load: kept what run ${run} wrote (ids starting ${Object.values(runIdPrefixes(run)).join(', ')}); \`pnpm load --clear\` removes it`,
      );
    } else {
      const removed = await removeByPrefix(driver, database, runIdPrefixes(run));
      await restoreVendorStamps(driver, database, stamps);
      // The run's (revoked) keys and its audit events stay: the trail only grows, even for a load test.
      log(`load: removed the ${removed} nodes run ${run} wrote; its revoked keys and audit events stay in the trail`);
    }
    const failed = summary.serverErrors > 0 || summary.dropped > 0 || check.lost.length > 0 || check.refusedButApplied.length > 0;
    log(
      `load: done in ${((performance.now() - started) / 1000).toFixed(0)} s${failed ? ': FAILED (server errors, dropped connections or lost writes above)' : ''}`,
    );
    return failed ? 1 : interrupted ? 130 : 0;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`load failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
