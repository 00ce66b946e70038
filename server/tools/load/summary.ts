// What `pnpm load` measured: each answer classified, then throughput, latency percentiles and error
// counts for all requests, reads and writes, and per operation. Pure: the CLI feeds it samples.
import { milliseconds, percentile } from '../bench/stats.js';

export type RequestKind = 'read' | 'write';

/**
 * How a request ended. `ok`: HTTP 2xx with data and no errors. `refused`: an error the API gives on
 * purpose (4xx, or 200 with a GraphQL error code such as CONFLICT). `server-error`: HTTP 5xx, or an
 * unexpected error (INTERNAL_SERVER_ERROR) in a 200. `timeout`: no answer within the client's
 * timeout. `dropped`: the connection failed or closed, or the body was not JSON.
 */
export type Outcome = 'ok' | 'refused' | 'server-error' | 'timeout' | 'dropped';

export interface Sample {
  kind: RequestKind;
  operation: string;
  /** From sending the request to the last byte of the answer. */
  ms: number;
  /** When it ended, in ms since the load started. */
  endedAt: number;
  outcome: Outcome;
  status: number;
  /** The first error's extensions.code, `HTTP <status>`, or what failed on the wire. */
  code?: string;
}

export interface GraphQLAnswer {
  data?: unknown;
  errors?: { message?: string; extensions?: { code?: unknown } }[];
}

/** Codes that mean the server failed rather than refused: they count with the 5xx. */
const SERVER_FAULT_CODES = new Set(['INTERNAL_SERVER_ERROR']);

/** Classifies an HTTP answer by its status and body text; returns the parsed body too. */
export function classify(status: number, body: string | undefined): { outcome: Outcome; code?: string; answer?: GraphQLAnswer } {
  let answer: GraphQLAnswer | undefined;
  try {
    answer = body === undefined ? undefined : (JSON.parse(body) as GraphQLAnswer);
  } catch {
    answer = undefined;
  }
  const code = answer?.errors?.[0]?.extensions?.code;
  const named = typeof code === 'string' ? code : undefined;
  if (status >= 500) return { outcome: 'server-error', code: named ?? `HTTP ${status}`, answer };
  if (status >= 400) return { outcome: 'refused', code: named ?? `HTTP ${status}`, answer };
  if (status < 200 || status >= 300) return { outcome: 'dropped', code: `HTTP ${status}` };
  if (!answer) return { outcome: 'dropped', code: 'not JSON' };
  if (answer.errors?.length) {
    const reported = named ?? 'NO_CODE';
    return { outcome: SERVER_FAULT_CODES.has(reported) ? 'server-error' : 'refused', code: reported, answer };
  }
  if (answer.data === undefined || answer.data === null) return { outcome: 'dropped', code: 'no data', answer };
  return { outcome: 'ok', answer };
}

export interface LatencyRow {
  label: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Requests not answered `ok`. */
  failed: number;
}

function row(label: string, samples: readonly Sample[], seconds: number): LatencyRow {
  const times = samples.map((sample) => sample.ms);
  return {
    label,
    requests: samples.length,
    perSecond: seconds > 0 ? samples.length / seconds : 0,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.length ? Math.max(...times) : Number.NaN,
    failed: samples.filter((sample) => sample.outcome !== 'ok').length,
  };
}

export interface LoadSummary {
  seconds: number;
  rows: LatencyRow[];
  operations: LatencyRow[];
  /** Count per outcome other than ok, then per code within it: `refused CONFLICT`, `server-error HTTP 503`. */
  errors: { outcome: Exclude<Outcome, 'ok'>; code: string; kind: RequestKind; count: number }[];
  serverErrors: number;
  /** HTTP answers outside 2xx, whatever their outcome. */
  non2xx: number;
  timeouts: number;
  dropped: number;
}

/** The summary of a run: `seconds` is the measured wall time, from the first request sent to the last answer. */
export function summarise(samples: readonly Sample[], seconds: number): LoadSummary {
  const reads = samples.filter((sample) => sample.kind === 'read');
  const writes = samples.filter((sample) => sample.kind === 'write');
  const byOperation = new Map<string, Sample[]>();
  for (const sample of samples) {
    const list = byOperation.get(sample.operation) ?? [];
    list.push(sample);
    byOperation.set(sample.operation, list);
  }
  const errorCounts = new Map<string, { outcome: Exclude<Outcome, 'ok'>; code: string; kind: RequestKind; count: number }>();
  for (const sample of samples) {
    if (sample.outcome === 'ok') continue;
    const code = sample.code ?? '';
    const key = `${sample.outcome}\u0000${code}\u0000${sample.kind}`;
    const entry = errorCounts.get(key) ?? { outcome: sample.outcome, code, kind: sample.kind, count: 0 };
    entry.count += 1;
    errorCounts.set(key, entry);
  }
  return {
    seconds,
    rows: [row('all', samples, seconds), row('reads', reads, seconds), row('writes', writes, seconds)],
    operations: [...byOperation.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => row(name, list, seconds)),
    errors: [...errorCounts.values()].sort((a, b) => b.count - a.count),
    serverErrors: samples.filter((sample) => sample.outcome === 'server-error').length,
    non2xx: samples.filter((sample) => sample.status !== 0 && (sample.status < 200 || sample.status >= 300)).length,
    timeouts: samples.filter((sample) => sample.outcome === 'timeout').length,
    dropped: samples.filter((sample) => sample.outcome === 'dropped').length,
  };
}

const count = (value: number) => value.toLocaleString('en-US');

/** Markdown rows: throughput and latency. */
export function latencyTable(rows: readonly LatencyRow[], first = 'requests'): string[] {
  return [
    `| ${first} | count | req/s | p50 ms | p95 ms | p99 ms | max ms | not ok |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${count(r.requests)} | ${r.perSecond.toFixed(1)} | ${milliseconds(r.p50)} | ${milliseconds(r.p95)} | ${milliseconds(r.p99)} | ${milliseconds(r.max)} | ${count(r.failed)} |`,
    ),
  ];
}
