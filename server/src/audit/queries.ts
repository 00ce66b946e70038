import neo4j from 'neo4j-driver';
import type { Connection } from '../common/paging.js';
import type { GraphExecutor } from '../db/executor.js';
import type { AuditChange } from './record.js';

/** An event as the API returns it: `changes` parsed back from the stored JSON. */
export interface AuditEventRow {
  id: string;
  at: string;
  actor: string;
  actorKind: string;
  role: string;
  keyId: string | null;
  operation: string;
  nodeIds: string[];
  changes: AuditChange[];
}

export interface AuditEventQuery {
  actor?: string | null;
  nodeId?: string | null;
  from?: string | null;
  to?: string | null;
  operation?: string | null;
}

/** Events matching the filter, newest first: one page (`skip`, `limit`) and how many match in all. */
export async function findAuditEvents(
  db: GraphExecutor,
  filter: AuditEventQuery,
  skip: number,
  limit: number,
): Promise<{ events: AuditEventRow[]; total: number }> {
  // Every condition is a parameter; a null parameter leaves its condition out.
  const matching = `MATCH (e:AuditEvent)
     WHERE ($actor IS NULL OR e.actor = $actor)
       AND ($operation IS NULL OR e.operation = $operation)
       AND ($nodeId IS NULL OR $nodeId IN e.nodeIds)
       AND ($from IS NULL OR e.at >= datetime($from))
       AND ($to IS NULL OR e.at < datetime($to))`;
  const rows = await db.read(
    `CALL () { ${matching} RETURN count(e) AS total }
     CALL () {
       ${matching}
       WITH e ORDER BY e.at DESC, e.id DESC SKIP $skip LIMIT $limit
       RETURN collect(e {.*}) AS events
     }
     RETURN total, events`,
    {
      actor: filter.actor ?? null,
      operation: filter.operation ?? null,
      nodeId: filter.nodeId ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      skip: neo4j.int(skip),
      limit: neo4j.int(limit),
    },
  );
  const events = ((rows[0]?.events as Record<string, unknown>[] | undefined) ?? []).map((event) => ({
    ...(event as Omit<AuditEventRow, 'changes' | 'keyId'>),
    keyId: (event.keyId as string | null | undefined) ?? null,
    changes: JSON.parse(typeof event.changes === 'string' ? event.changes : '[]') as AuditChange[],
  }));
  return { events, total: (rows[0]?.total as number | undefined) ?? 0 };
}

export type AuditEventConnection = Connection<AuditEventRow>;
export type AuditEventConnectionEdge = AuditEventConnection['edges'][number];
