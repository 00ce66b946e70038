// A server process of `pnpm bench`: `crosswalk` serves the Crosswalk API (createApp, as `npm start`
// does), `neo4j-graphql` the @neo4j/graphql comparison server, each on an ephemeral loopback port.
// Separate processes, so each one's peak memory is its own and the client's work is not counted.
// The Crosswalk one can also record the Cypher a request runs and replay it alone over the driver.
import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { paths, readApiSettings } from '../../src/config.js';
import { createDriver, waitForNeo4j, type Neo4jConnection } from '../../src/db/driver.js';
import { createApp } from '../../src/http/app.js';
import type { BenchReply, BenchRequest, BenchServerMode, CaptureSummary, Envelope, ReadyMessage, ReplyEnvelope } from './messages.js';
import { neo4jGraphQLSchema } from './neo4j-graphql.js';

interface RecordedQuery {
  query: string;
  parameters: Record<string, unknown>;
  start: number;
  end: number;
}

/** A recorded query and the one it waited for (the latest to finish before it started), or -1. */
interface ReplayStep {
  query: string;
  parameters: Record<string, unknown>;
  after: number;
}

let recording: RecordedQuery[] | null = null;
/** When each managed transaction of the recorded request ran, session work included (begin, commit). */
let transactions: { start: number; end: number }[] = [];

/**
 * Records every query run in a managed transaction (all of GraphExecutor's reads and writes): the
 * text, the very parameter values, and when it started and finished.
 */
function recordManagedTransactions(): void {
  // The driver's own method types: a wrapper with the same signature replaces each method.
  const transaction = neo4j.ManagedTransaction.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with each transaction as `this` below
  const run = transaction.run;
  transaction.run = function (
    this: ManagedTransaction,
    query: Parameters<ManagedTransaction['run']>[0],
    parameters?: Record<string, unknown>,
  ) {
    const result = run.call(this, query, parameters);
    if (recording && typeof query === 'string') {
      const entry: RecordedQuery = {
        query,
        parameters: parameters ?? {},
        start: performance.now(),
        end: Number.POSITIVE_INFINITY,
      };
      recording.push(entry);
      const finished = () => {
        entry.end = performance.now();
      };
      result.then(finished, finished);
    }
    return result;
  };
  const session = neo4j.Session.prototype;
  for (const method of ['executeRead', 'executeWrite'] as const) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- bound to each session below
    const execute = session[method];
    session[method] = function <T>(
      this: Session,
      work: (tx: ManagedTransaction) => Promise<T> | T,
      config?: Parameters<Session['executeRead']>[1],
    ): Promise<T> {
      const promise = execute.bind(this)(work, config);
      if (recording) {
        const entry = { start: performance.now(), end: Number.POSITIVE_INFINITY };
        transactions.push(entry);
        const finished = () => {
          entry.end = performance.now();
        };
        promise.then(finished, finished);
      }
      return promise;
    };
  }
}

/** The union of the intervals: how long at least one transaction was running. */
function inFlight(intervals: { start: number; end: number }[]): number {
  let total = 0;
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const entry of [...intervals].sort((a, b) => a.start - b.start)) {
    const from = Math.max(entry.start, coveredUntil);
    if (entry.end > from) total += entry.end - from;
    coveredUntil = Math.max(coveredUntil, entry.end);
  }
  return total;
}

/** Each query waits for the one that finished last before it started: the request's own dependencies. */
function replayPlan(recorded: RecordedQuery[]): { steps: ReplayStep[]; summary: CaptureSummary } {
  const ordered = [...recorded].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  const steps = ordered.map((entry, index) => {
    let after = -1;
    for (let earlier = 0; earlier < index; earlier += 1) {
      const candidate = ordered[earlier]!;
      if (candidate.end <= entry.start && (after < 0 || candidate.end > ordered[after]!.end)) after = earlier;
    }
    depth.push(after < 0 ? 1 : depth[after]! + 1);
    return { query: entry.query, parameters: entry.parameters, after };
  });
  return { steps, summary: { queries: steps.length, rounds: Math.max(0, ...depth), inFlightMs: inFlight(transactions) } };
}

async function readAlone(driver: Driver, database: string, query: string, parameters: Record<string, unknown>): Promise<void> {
  // As GraphExecutor.read runs it: one session, a managed read transaction, all records fetched.
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, bookmarkManager: driver.executeQueryBookmarkManager });
  try {
    await session.executeRead((tx) => tx.run(query, parameters), { timeout: 15_000 });
  } finally {
    await session.close();
  }
}

async function replay(driver: Driver, database: string, steps: ReplayStep[]): Promise<number> {
  const started = performance.now();
  const finished: Promise<void>[] = [];
  for (const step of steps) {
    const before = step.after >= 0 ? finished[step.after]! : Promise.resolve();
    finished.push(before.then(() => readAlone(driver, database, step.query, step.parameters)));
  }
  await Promise.all(finished);
  return performance.now() - started;
}

async function listen(app: express.Express): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
    server.on('error', reject);
  });
}

async function main(): Promise<void> {
  const mode = process.argv[2] as BenchServerMode;
  const connection = JSON.parse(process.env.CROSSWALK_BENCH_NEO4J ?? '') as Neo4jConnection;
  const driver = createDriver(connection);
  await waitForNeo4j(driver, connection);
  let app: express.Express;
  let bareDriver: Driver | undefined;
  if (mode === 'crosswalk') {
    recordManagedTransactions();
    bareDriver = createDriver(connection);
    app = (
      await createApp({
        driver,
        database: connection.database,
        webDist: paths.webDist,
        ...readApiSettings(process.env),
        rateLimitPerMinute: 0,
      })
    ).express; // the bench measures throughput: no per-caller limit
  } else if (mode === 'neo4j-graphql') {
    const apollo = new ApolloServer({ schema: await neo4jGraphQLSchema(driver) });
    await apollo.start();
    app = express();
    app.use(
      '/graphql',
      express.json({ limit: '1mb' }),
      expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database: connection.database } }) }),
    );
  } else {
    throw new Error(`unknown mode ${String(mode)}`);
  }
  const server = await listen(app);

  const captured = new Map<string, ReplayStep[]>();
  const answer = async (message: BenchRequest): Promise<BenchReply> => {
    switch (message.type) {
      case 'memory':
        return { type: 'memory', maxRssBytes: process.resourceUsage().maxRSS * 1024 };
      case 'capture-start':
        recording = [];
        transactions = [];
        return { type: 'capture-start' };
      case 'capture-stop': {
        // Let the last result callbacks run before reading the end times.
        await new Promise((resolve) => setImmediate(resolve));
        const { steps, summary } = replayPlan(recording ?? []);
        recording = null;
        if (message.key) captured.set(message.key, steps);
        return { type: 'capture-stop', ...summary };
      }
      case 'replay': {
        const steps = captured.get(message.key);
        if (!steps || !bareDriver) throw new Error(`nothing recorded under ${message.key}`);
        return { type: 'replay', milliseconds: await replay(bareDriver, connection.database, steps) };
      }
    }
  };
  process.on('message', (envelope: Envelope<BenchRequest>) => {
    answer(envelope.message).then(
      (reply) => process.send?.({ id: envelope.id, reply } satisfies ReplyEnvelope),
      (error: unknown) =>
        process.send?.({ id: envelope.id, error: error instanceof Error ? error.message : String(error) } satisfies ReplyEnvelope),
    );
  });
  // The parent going away (IPC closed) ends this process too.
  process.on('disconnect', () => {
    server.close();
    server.closeAllConnections();
    void Promise.all([driver.close(), bareDriver?.close()]).finally(() => process.exit(0));
  });
  const address = server.address();
  process.send?.({ ready: true, port: typeof address === 'object' && address ? address.port : 0 } satisfies ReadyMessage);
}

main().catch((error: unknown) => {
  console.error(`bench server (${process.argv[2]}) failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
