// The flags of `pnpm load`.
import { parseArgs } from 'node:util';

export const LOAD_USAGE = `usage: pnpm load [--duration 60] [--clients 50] [--reads-share 0.8] [--keep] [--warmup 30]
                 [--timeout-seconds 30] [--seed 1] [--servers 1] [--out FILE] | --clear

Holds --clients concurrent clients for --duration seconds on a mixed workload against a Crosswalk
server started as \`npm start\` runs it, on the bench's Neo4j (as \`pnpm bench\`: data in
graph/neo4j-local/.data/bench, Bolt port NEO4J_BENCH_BOLT_PORT or 7690, or NEO4J_BENCH_URI), with
the demo and the generated organisation (generated first when missing).
  --duration N         seconds of measured load (default 60)
  --warmup N           seconds of the same load before, not measured (default 30; its writes are checked)
  --clients N          concurrent clients, each with an EDITOR key of its own (default 50)
  --reads-share X      share of reads, 0 to 1 (default 0.8); the rest are writes
  --keep               keep what the run wrote (default: removed at the end)
  --timeout-seconds N  a request without an answer by then counts as a timeout (default 30)
  --seed N             the clients' random streams (default 1)
  --servers N          Crosswalk servers against the one Neo4j, 1 to 8 (default 1); each client sends to
                       them in turn with its latest write's crosswalk-bookmark, so its reads check
                       read-your-writes across servers
  --out FILE           also write the markdown report to FILE
  --clear              remove the nodes of every earlier run (kept with --keep or interrupted) and stop
Exit code 1 when any answer was a 5xx or an unexpected error, a connection dropped, or an
acknowledged write is missing from the graph afterwards.`;

export interface LoadSettings {
  durationMs: number;
  warmupMs: number;
  clients: number;
  readsShare: number;
  keep: boolean;
  timeoutMs: number;
  seed: number;
  servers: number;
  out?: string;
  clear: boolean;
  help: boolean;
}

/** Parses the flags; throws with a message naming the flag on a bad value. */
export function parseLoadArgs(argv: string[]): LoadSettings {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      clients: { type: 'string' },
      'reads-share': { type: 'string' },
      keep: { type: 'boolean', default: false },
      'timeout-seconds': { type: 'string' },
      seed: { type: 'string' },
      servers: { type: 'string' },
      out: { type: 'string' },
      clear: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const number = (name: string, fallback: number, valid: (value: number) => boolean, rule: string) => {
    const text = (values as Record<string, string | boolean | undefined>)[name];
    if (text === undefined) return fallback;
    const parsed = Number(text);
    if (!valid(parsed)) throw new Error(`--${name} must be ${rule}, got "${String(text)}"`);
    return parsed;
  };
  const whole =
    (minimum: number, maximum = Number.MAX_SAFE_INTEGER) =>
    (value: number) =>
      Number.isSafeInteger(value) && value >= minimum && value <= maximum;
  return {
    durationMs: number('duration', 60, whole(1, 3600), 'a whole number of seconds from 1 to 3600') * 1000,
    warmupMs: number('warmup', 30, whole(0, 600), 'a whole number of seconds from 0 to 600') * 1000,
    clients: number('clients', 50, whole(1, 1000), 'a whole number from 1 to 1000'),
    readsShare: number('reads-share', 0.8, (value) => Number.isFinite(value) && value >= 0 && value <= 1, 'a number from 0 to 1'),
    keep: values.keep === true,
    timeoutMs: number('timeout-seconds', 30, whole(1, 600), 'a whole number of seconds from 1 to 600') * 1000,
    seed: number('seed', 1, whole(0), 'a whole number from 0'),
    servers: number('servers', 1, whole(1, 8), 'a whole number from 1 to 8'),
    ...(typeof values.out === 'string' ? { out: values.out } : {}),
    clear: values.clear === true,
    help: values.help === true,
  };
}
