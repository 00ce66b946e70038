import type { GapStatus } from '../gql/graphql.js';
import type { WhatIf } from './queries.js';

// A what-if answer (`whatIf(removeIds)`: coverage as it would be without some nodes) → table rows.

/** Status names in words: a badge shows the word beside the colour. */
export const GAP_STATUS_LABEL: Record<GapStatus, string> = {
  COVERED: 'Covered',
  PARTIAL: 'Partial',
  STALE_EVIDENCE: 'Stale evidence',
  UNCOVERED: 'Uncovered',
};

type WhatIfSystem = WhatIf['systems'][number];
type StatusCounts = WhatIfSystem['before'];

/** One (system, obligation) row whose status would change. */
export interface WhatIfChangeRow extends WhatIfDroppedRow {
  before: GapStatus;
  after: GapStatus;
}

/** A system's coverage counts before and after. */
export interface WhatIfSystemRow {
  id: string;
  system: string;
  /** The system itself is among the removed nodes. */
  removed: boolean;
  before: StatusCounts;
  after: StatusCounts;
  changes: number;
  dropped: number;
}

/** An obligation that would no longer apply to a system at all. */
export interface WhatIfDroppedRow {
  key: string;
  systemId: string;
  system: string;
  obligationId: string;
  obligation: string;
  summary: string;
}

export function whatIfChangeRows(whatIf: WhatIf): WhatIfChangeRow[] {
  return whatIf.systems.flatMap((system) =>
    system.changes.map((change) => ({
      key: `${system.aiSystem.id}|${change.obligation.id}`,
      systemId: system.aiSystem.id,
      system: system.aiSystem.name,
      obligationId: change.obligation.id,
      obligation: change.obligation.code,
      summary: change.obligation.summary,
      before: change.before,
      after: change.after,
    })),
  );
}

export function whatIfSystemRows(whatIf: WhatIf): WhatIfSystemRow[] {
  return whatIf.systems.map((system) => ({
    id: system.aiSystem.id,
    system: system.aiSystem.name,
    removed: system.removed,
    before: system.before,
    after: system.after,
    changes: system.changes.length,
    dropped: system.dropped.length,
  }));
}

export function whatIfDroppedRows(whatIf: WhatIf): WhatIfDroppedRow[] {
  return whatIf.systems.flatMap((system) =>
    system.dropped.map((obligation) => ({
      key: `${system.aiSystem.id}|${obligation.id}`,
      systemId: system.aiSystem.id,
      system: system.aiSystem.name,
      obligationId: obligation.id,
      obligation: obligation.code,
      summary: obligation.summary,
    })),
  );
}

/** "3 → 1", or "3" when the count stays the same. */
export function countChange(before: number, after: number): string {
  return before === after ? String(before) : `${before} → ${after}`;
}

/** The one-line answer: how much would change, for how many systems. */
export function whatIfSentence(whatIf: WhatIf, subject: string): string {
  const systems = whatIf.systems.length;
  if (whatIf.changedRows === 0 && whatIf.droppedRows === 0)
    return `Without ${subject}, no obligation of any AI system would change status.`;
  const parts = [
    whatIf.changedRows > 0
      ? `${whatIf.changedRows} ${whatIf.changedRows === 1 ? 'obligation would change' : 'obligations would change'} status`
      : null,
    whatIf.droppedRows > 0 ? `${whatIf.droppedRows} would no longer apply` : null,
  ].filter((part): part is string => part !== null);
  return `Without ${subject}, ${parts.join(' and ')}, across ${systems} AI ${systems === 1 ? 'system' : 'systems'}.`;
}
