import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type SessionMode } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import type { Caller } from '../auth/roles.js';
import {
  INSERT_AUDIT_EVENT,
  auditEventProperties,
  snapshotQuery,
  toSnapshot,
  type AuditChange,
  type NodeSnapshot,
} from '../audit/record.js';
import { commitOutcomeUnknown, databaseUnavailable, isDatabaseUnavailable } from './unavailable.js';
import { toPlain } from './values.js';

export interface ExecutorOptions {
  database: string;
  /** Neo4j transaction timeout; a query running longer is stopped by the database. */
  transactionTimeoutMs: number;
  /** Whose request this is: every write then records an audit event in its transaction. */
  caller?: Caller;
  /** Bookmarks the request sent back (db/bookmarks.ts): its transactions start after those writes. */
  bookmarks?: readonly string[];
}

/** Rows as plain JavaScript: Neo4j integers, dates and maps converted once, here. */
export type Row = Record<string, unknown>;

/**
 * Neo4j's errors as the API's typed errors; anything unexpected stays an internal error. `timing`,
 * when given, tells a real timeout from a transaction the database terminated early as it shut down
 * (Neo4j 5 reports both as TransactionTimedOut).
 */
export function toGraphQLError(error: unknown, timing?: { elapsedMs: number; timeoutMs: number }): unknown {
  if (error instanceof GraphQLError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  if (code.includes('TransactionTimedOut') && timing && timing.elapsedMs < timing.timeoutMs) return databaseUnavailable();
  if (code.includes('TransactionTimedOut')) {
    return new GraphQLError('The query took longer than the transaction timeout allows; ask for less (smaller pages, fewer levels).', {
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphQLError('A node with the same id (or, for a control, the same code) already exists.', {
      extensions: { code: 'CONFLICT' },
    });
  }
  return error;
}

/**
 * The per-request gateway to Neo4j: one session per unit of work, reads as read transactions (a
 * cluster may route them to followers), writes as one write transaction, every query parameterised
 * and counted, so tests can check that a request's round trips stay bounded.
 */
export class GraphExecutor {
  queryCount = 0;
  /** The mutation being resolved (set by the API's policy layer); the audit event's operation. */
  operation: string | null = null;
  /** The bookmarks of this request's last committed write, for its answer's header. */
  lastWriteBookmarks: string[] = [];

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  /**
   * A session on the driver's bookmark manager (this server reads its own writes) and the request's
   * bookmarks (another server's writes): reads go to readers, writes to the leader in a cluster.
   */
  private session(defaultAccessMode: SessionMode) {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      ...(this.options.bookmarks?.length ? { bookmarks: [...this.options.bookmarks] } : {}),
    });
  }

  async read(query: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    this.queryCount += 1;
    const session = this.session(neo4j.session.READ);
    const started = Date.now();
    try {
      const result = await session.executeRead((tx) => tx.run(query, parameters), {
        timeout: this.options.transactionTimeoutMs,
      });
      return result.records.map(recordToRow);
    } catch (error) {
      throw toGraphQLError(error, { elapsedMs: Date.now() - started, timeoutMs: this.options.transactionTimeoutMs });
    } finally {
      // The outcome is already settled; a close failing on a lost connection must not replace it.
      await session.close().catch(() => undefined);
    }
  }

  /**
   * Reads, then gives each row the type `parse` establishes (with the readers of db/fields.ts): the
   * one place a row's shape is stated, checked as it is read.
   */
  async readAs<T>(query: string, parameters: Record<string, unknown>, parse: (row: Row) => T): Promise<T[]> {
    return (await this.read(query, parameters)).map(parse);
  }

  /**
   * Runs `work` in one write transaction: all of it commits, or none of it. The driver runs `work`
   * again after a transient failure; when that second run is refused as a conflict or a missing node,
   * the first run's commit may have gone through with its answer lost, so the client hears exactly that.
   */
  async write<T>(work: (tx: CountingTransaction) => Promise<T>): Promise<T> {
    const session = this.session(neo4j.session.WRITE);
    const started = Date.now();
    let runs = 0;
    try {
      const result = await session.executeWrite(
        async (tx) => {
          runs += 1;
          // A fresh transaction object per run: a retried run snapshots from scratch.
          const counting = new CountingTransaction(tx, this);
          const result = await work(counting);
          if (this.options.caller) await counting.recordAuditEvent(this.options.caller, this.operation ?? 'unnamed write');
          return result;
        },
        { timeout: this.options.transactionTimeoutMs },
      );
      this.lastWriteBookmarks = session.lastBookmarks();
      return result;
    } catch (error) {
      const mapped = toGraphQLError(error, { elapsedMs: Date.now() - started, timeoutMs: this.options.transactionTimeoutMs });
      const refusal = mapped instanceof GraphQLError ? mapped.extensions.code : undefined;
      if (runs > 1 && (refusal === 'CONFLICT' || refusal === 'NOT_FOUND')) throw commitOutcomeUnknown();
      throw mapped;
    } finally {
      // The outcome is already settled; a close failing on a lost connection must not replace it.
      await session.close().catch(() => undefined);
    }
  }
}

/** A write transaction that counts its queries into the request's executor and keeps what it touched. */
export class CountingTransaction {
  /** Nodes this write touches, by id: their label and how they were before it. */
  private readonly touched = new Map<string, { label: string; before: NodeSnapshot | null }>();

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly executor: GraphExecutor,
  ) {}

  /**
   * Notes that this write is about to change (or create, or delete) the node: its state now is the
   * audit event's "before". Call it before the first change to the node; later calls do nothing.
   * `label` comes from the model's closed list (or ApiKey), never from user text.
   */
  async touch(label: string, id: string): Promise<void> {
    if (this.touched.has(id)) return;
    const rows = await this.run(snapshotQuery(label), { id });
    this.touched.set(id, { label, before: toSnapshot(rows[0]?.snapshot) });
  }

  /** Writes the audit event of this transaction: every touched node before and after. */
  async recordAuditEvent(caller: Caller, operation: string): Promise<void> {
    const changes: AuditChange[] = [];
    for (const [nodeId, { label, before }] of this.touched) {
      const rows = await this.run(snapshotQuery(label), { id: nodeId });
      changes.push({ nodeId, label, before, after: toSnapshot(rows[0]?.snapshot) });
    }
    await this.run(INSERT_AUDIT_EVENT, { event: auditEventProperties(caller, operation, changes) });
  }

  async run(query: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    this.executor.queryCount += 1;
    const result = await this.tx.run(query, parameters);
    return result.records.map(recordToRow);
  }
}

function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}
