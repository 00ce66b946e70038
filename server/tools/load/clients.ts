// The clients of `pnpm load`: each one a loop that sends one request, waits for its answer, records
// it and sends the next, until the time is up. Plain node:http over keep-alive connections, one per
// client, so the load process stays light next to the server it measures.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { BOOKMARK_HEADER } from '../../src/db/bookmarks.js';
import { WriteLedger } from './ledger.js';
import { classify, type GraphQLAnswer, type Outcome, type Sample } from './summary.js';
import { ClientState, nextOperation, type GraphQLRequest, type LoadFixtures, type LoadOperation } from './workload.js';

export interface HttpAnswer {
  status: number;
  body: string;
  /** The crosswalk-bookmark header of a write's answer (read-your-writes on another server). */
  bookmark?: string;
}

/** Failures on the wire: `timeout` when no answer came in time, else the socket error's code. */
class RequestFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** POSTs a GraphQL request; rejects with RequestFailure on a timeout or a connection error. */
export function postGraphQL(
  agent: http.Agent,
  url: URL,
  request: GraphQLRequest,
  bearer: string | undefined,
  timeoutMs: number,
  bookmark?: string,
): Promise<HttpAnswer> {
  const body = JSON.stringify(request);
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (bookmark) headers[BOOKMARK_HEADER] = bookmark;
    const call = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        clearTimeout(timer);
        const answer: HttpAnswer = { status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') };
        const returned = response.headers[BOOKMARK_HEADER];
        resolve(typeof returned === 'string' ? { ...answer, bookmark: returned } : answer);
      });
      response.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(new RequestFailure(error.code ?? error.message));
      });
    });
    const timer = setTimeout(() => call.destroy(new RequestFailure('timeout')), timeoutMs);
    call.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error instanceof RequestFailure ? error : new RequestFailure(error.code ?? error.message));
    });
    call.end(body);
  });
}

export interface LoadRunOptions {
  /** The servers: each client sends its requests to them in turn, so its reads often reach another server than its writes. */
  urls: readonly string[];
  clients: number;
  durationMs: number;
  /** Unmeasured time first (JIT, caches, pools): its writes are checked, its timings not kept. */
  warmupMs?: number;
  readsShare: number;
  timeoutMs: number;
  /** The bearer key of each client (index = client); undefined sends none. */
  keys: readonly (string | undefined)[];
  fixtures: LoadFixtures;
  run: string;
  seed: number;
  /** Called every `progressMs` of the measured time with the samples so far and the time measured. */
  progress?: (samples: readonly Sample[], elapsedMs: number) => void;
  progressMs?: number;
  /** Called when the warm-up ends and the measured time begins. */
  measuring?: () => void;
  /** Stops the clients early (Ctrl-C): each finishes the request it is waiting for. */
  stopped?: () => boolean;
}

export interface LoadRunResult {
  samples: Sample[];
  ledger: WriteLedger;
  /** From the end of the warm-up to the last answer received. */
  seconds: number;
}

function answered(operation: LoadOperation, state: ClientState, answer: GraphQLAnswer | undefined): void {
  if (operation.write?.create) state.nodes[operation.write.label as keyof typeof state.nodes].push(operation.write.id);
  if (operation.root) {
    const connection = (answer?.data as Record<string, { pageInfo?: { hasNextPage?: boolean; endCursor?: string | null } }> | undefined)?.[
      operation.root
    ];
    const page = connection?.pageInfo;
    if (page?.hasNextPage && page.endCursor) state.nextPage.set(operation.root, { after: page.endCursor, filter: operation.filter });
    else state.nextPage.delete(operation.root);
  }
}

const WRITE_OUTCOME: Record<Outcome, 'acknowledged' | 'refused' | 'unknown'> = {
  ok: 'acknowledged',
  refused: 'refused',
  'server-error': 'unknown',
  timeout: 'unknown',
  dropped: 'unknown',
};

/** Runs the clients for the duration and returns every sample and the ledger of writes. */
export async function runLoad(options: LoadRunOptions): Promise<LoadRunResult> {
  const urls = options.urls.map((url) => new URL(url));
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients });
  const samples: Sample[] = [];
  const ledger = new WriteLedger();
  const started = performance.now() + (options.warmupMs ?? 0);
  const deadline = started + options.durationMs;
  let lastAnswer = started;
  // Progress lines start with the measured time; the warm-up is announced by the caller.
  let ticker: NodeJS.Timeout | undefined;
  const tickerStart = setTimeout(() => {
    options.measuring?.();
    if (options.progress) ticker = setInterval(() => options.progress!(samples, performance.now() - started), options.progressMs ?? 5000);
  }, options.warmupMs ?? 0);

  const client = async (index: number) => {
    const state = new ClientState(index, options.run, options.seed);
    const bearer = options.keys[index];
    // The latest write's bookmark, sent with every later request: the client reads its own writes on any server.
    let bookmark: string | undefined;
    let turn = index;
    while (performance.now() < deadline && !options.stopped?.()) {
      const operation = nextOperation(state, options.fixtures, options.readsShare);
      const sent = performance.now();
      let outcome: Outcome;
      let status = 0;
      let code: string | undefined;
      let answer: GraphQLAnswer | undefined;
      try {
        const url = urls[turn++ % urls.length]!;
        const reply = await postGraphQL(agent, url, operation.request, bearer, options.timeoutMs, bookmark);
        bookmark = reply.bookmark ?? bookmark;
        status = reply.status;
        ({ outcome, code, answer } = classify(reply.status, reply.body));
      } catch (error) {
        const reason = error instanceof RequestFailure ? error.reason : String(error);
        outcome = reason === 'timeout' ? 'timeout' : 'dropped';
        code = reason;
      }
      const ended = performance.now();
      if (sent >= started) {
        lastAnswer = Math.max(lastAnswer, ended);
        samples.push({
          kind: operation.kind,
          operation: operation.name,
          ms: ended - sent,
          endedAt: ended - started,
          outcome,
          status,
          ...(code ? { code } : {}),
        });
      }
      if (operation.write) ledger.record(operation.write, WRITE_OUTCOME[outcome]);
      if (outcome === 'ok') answered(operation, state, answer);
    }
  };

  try {
    await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  } finally {
    clearTimeout(tickerStart);
    if (ticker) clearInterval(ticker);
    agent.destroy();
  }
  return { samples, ledger, seconds: (lastAnswer - started) / 1000 };
}
