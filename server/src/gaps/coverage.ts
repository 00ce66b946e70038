import type { GraphExecutor } from '../db/executor.js';
import type { NodeRow } from '../common/queries.js';
import { notFound } from '../common/errors.js';
import { omnibusRecord } from '../applicability/amendment.js';
import { obligationsWithArticles, systemsWithFacts } from '../applicability/facts.js';
import { applicableObligations, compareText } from '../applicability/rules.js';
import { compareStrongestFirst, coverageOf } from '../crosswalk/composition.js';
import { satisfactionOfControls, type SatisfactionResult } from '../crosswalk/reasoning.js';
import { NO_EVIDENCE, evidenceSummaries, type EvidenceSummary } from '../evidence/summary.js';
import { compareGapRows, diffGapRows, gapRowId, type GapRowResult, type WhatIfSystemResult } from './rows.js';
import { gapStatus, type GapControlResult } from './status.js';

/** Hops of crosswalk reasoning from a control to an obligation (its own link counts as one). */
const GAP_MAX_HOPS = 3;

export interface GapOptions {
  /** One system, or all when null. */
  aiSystemId: string | null;
  asOf: string;
  /** null: follow the amendment record (rules.ts, usesAmendedDates). */
  useAmendedDates: boolean | null;
  /** Nodes treated as absent (what-if). */
  excluded?: string[];
}

export interface GapTable {
  /** Ordered by system name, then obligation code. */
  rows: GapRowResult[];
  /** The systems and obligations read, for the resolvers' node cache. */
  nodes: NodeRow[];
}

/**
 * The gap table: one row per (system, obligation applying on asOf), classified from the controls that
 * govern the system. A bounded number of queries however many systems: systems, obligations, the
 * controls' crosswalk reasoning (two) and their evidence; the rest is computed here.
 */
async function gapTable(db: GraphExecutor, options: GapOptions): Promise<GapTable> {
  const excluded = options.excluded ?? [];
  const [systems, obligations, amendment] = await Promise.all([
    systemsWithFacts(db, options.aiSystemId ? [options.aiSystemId] : 'all', excluded),
    obligationsWithArticles(db, excluded),
    omnibusRecord(db),
  ]);
  const obligationsById = new Map(obligations.map((obligation) => [obligation.facts.id, obligation]));
  const facts = obligations.map((obligation) => obligation.facts);
  const applicable = systems.map((system) => ({
    system,
    applicability: applicableObligations(system.facts, facts, { ...options, amendment }),
  }));

  const controlIds = [...new Set(applicable.filter((entry) => entry.applicability.length > 0).flatMap((entry) => entry.system.controlIds))];
  const [satisfaction, evidence] =
    controlIds.length === 0
      ? [[] as SatisfactionResult[], new Map<string, EvidenceSummary>()]
      : await Promise.all([
          satisfactionOfControls(db, controlIds, { maxHops: GAP_MAX_HOPS, includeIndeterminate: false, excluded, withoutPaths: true }),
          // Freshness on asOf: on a future date, evidence that will have expired by then no longer counts.
          evidenceSummaries(db, controlIds, options.asOf, excluded),
        ]);
  // control → obligation → the strongest derived relationship.
  const reach = new Map<string, Map<string, SatisfactionResult>>();
  for (const result of satisfaction) {
    if (!obligationsById.has(result.targetId)) continue;
    const targets = reach.get(result.controlId) ?? new Map<string, SatisfactionResult>();
    targets.set(result.targetId, result);
    reach.set(result.controlId, targets);
  }

  const rows: GapRowResult[] = [];
  for (const { system, applicability } of applicable) {
    for (const entry of applicability) {
      const obligation = obligationsById.get(entry.obligationId)!;
      const controls: GapControlResult[] = system.controlIds
        .map((controlId) => ({ controlId, result: reach.get(controlId)?.get(entry.obligationId) }))
        .filter((found): found is { controlId: string; result: SatisfactionResult } => found.result !== undefined)
        .sort((a, b) => compareStrongestFirst(a.result, b.result) || compareText(a.controlId, b.controlId))
        .map(({ controlId, result }) => ({
          controlId,
          relationship: result.relationship,
          strength: result.strength,
          coverage: coverageOf(result.relationship),
          direct: result.direct,
          hops: result.hops,
          evidence: evidence.get(controlId) ?? NO_EVIDENCE,
        }));
      rows.push({
        id: gapRowId(system.facts.id, entry.obligationId),
        systemId: system.facts.id,
        systemName: String(system.node.name),
        systemRiskClass: system.facts.riskClass,
        ownerId: system.owner?.id ?? null,
        ownerName: system.owner?.name ?? null,
        obligationId: entry.obligationId,
        obligationCode: obligation.facts.code,
        articleId: obligation.article?.id ?? null,
        articleRef: obligation.article?.ref ?? null,
        articlePosition: obligation.article?.position ?? null,
        status: gapStatus(controls),
        role: entry.role,
        appliesFrom: entry.appliesFrom,
        dateBasis: entry.dateBasis,
        amended: entry.amended,
        legalStatus: entry.legalStatus,
        legalNote: entry.legalNote,
        missingFacts: entry.missingFacts,
        reason: entry.reason,
        controls,
      });
    }
  }
  rows.sort(compareGapRows);
  return { rows, nodes: [...systems.map((system) => system.node), ...obligations.map((obligation) => obligation.node)] };
}

/** `gapTable` for a named system refuses one that does not exist. */
export async function checkedGapTable(db: GraphExecutor, options: GapOptions): Promise<GapTable> {
  const table = await gapTable(db, options);
  if (options.aiSystemId && !table.nodes.some((node) => node.id === options.aiSystemId)) {
    throw notFound(`No AI system with id "${options.aiSystemId}".`, 'aiSystemId');
  }
  return table;
}

export interface WhatIfTable {
  removeIds: string[];
  systems: WhatIfSystemResult[];
  changedRows: number;
  droppedRows: number;
  nodes: NodeRow[];
}

/**
 * The gap table with `removeIds` treated as absent, compared with the table as it is. Reads only:
 * the removal is a parameter of the queries, never a change to the graph.
 */
export async function whatIfRemoved(db: GraphExecutor, removeIds: string[], options: Omit<GapOptions, 'excluded'>): Promise<WhatIfTable> {
  const [before, after] = await Promise.all([checkedGapTable(db, options), gapTable(db, { ...options, excluded: removeIds })]);
  const systems = diffGapRows(before.rows, after.rows, new Set(removeIds));
  return {
    removeIds,
    systems,
    changedRows: systems.reduce((sum, system) => sum + system.changes.length, 0),
    droppedRows: systems.reduce((sum, system) => sum + system.dropped.length, 0),
    nodes: before.nodes,
  };
}
