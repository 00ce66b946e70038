// What `pnpm bench` and its server processes say to each other over the IPC channel of `fork`.

export type BenchServerMode = 'crosswalk' | 'neo4j-graphql';

export type BenchRequest =
  /** High-water mark of the process's resident memory (RSS), in bytes. */
  | { type: 'memory' }
  /** Start recording every Cypher query the server runs (Crosswalk only). */
  | { type: 'capture-start' }
  /** Stop recording; keep what was recorded under `key` (when given), for `replay`. */
  | { type: 'capture-stop'; key?: string }
  /** Run the Cypher recorded under `key` once, directly over the driver, with the same concurrency. */
  | { type: 'replay'; key: string };

export interface CaptureSummary {
  queries: number;
  /** Longest chain of queries that had to wait for each other. */
  rounds: number;
  /** Time during which at least one of the request's transactions was running, in ms. */
  inFlightMs: number;
}

export type BenchReply =
  | { type: 'memory'; maxRssBytes: number }
  | { type: 'capture-start' }
  | ({ type: 'capture-stop' } & CaptureSummary)
  | { type: 'replay'; milliseconds: number };

export interface Envelope<T> {
  id: number;
  message: T;
}

export interface ReplyEnvelope {
  id: number;
  reply?: BenchReply;
  error?: string;
}

/** The first message of a server process: it listens on this port. */
export interface ReadyMessage {
  ready: true;
  port: number;
}
