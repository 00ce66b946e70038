import type { GraphExecutor } from '../db/executor.js';
import { evidenceFreshness, type Freshness } from './freshness.js';

export interface EvidenceSummary {
  current: number;
  expiring: number;
  expired: number;
  total: number;
  best: Freshness | null;
}

export const NO_EVIDENCE: EvidenceSummary = { current: 0, expiring: 0, expired: 0, total: 0, best: null };

/** Counts a control's evidence by freshness against `today`. */
function summarise(validUntil: string[], today: string): EvidenceSummary {
  const summary = { ...NO_EVIDENCE };
  for (const date of validUntil) {
    const freshness = evidenceFreshness(date, today);
    if (freshness === 'CURRENT') summary.current += 1;
    else if (freshness === 'EXPIRING') summary.expiring += 1;
    else summary.expired += 1;
  }
  summary.total = validUntil.length;
  summary.best = summary.current > 0 ? 'CURRENT' : summary.expiring > 0 ? 'EXPIRING' : summary.expired > 0 ? 'EXPIRED' : null;
  return summary;
}

/** The evidence summary of each control, in one query; `excluded` evidence counts as gone. */
export async function evidenceSummaries(
  db: GraphExecutor,
  controlIds: string[] | 'all',
  today: string,
  excluded: string[] = [],
): Promise<Map<string, EvidenceSummary>> {
  const rows = await db.read(
    `MATCH (c:Control) WHERE $all OR c.id IN $controlIds
     OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->(c) WHERE NOT e.id IN $excluded
     RETURN c.id AS id, collect(e.validUntil) AS validUntil`,
    { all: controlIds === 'all', controlIds: controlIds === 'all' ? [] : controlIds, excluded },
  );
  return new Map(rows.map((row) => [row.id as string, summarise(row.validUntil as string[], today)]));
}
