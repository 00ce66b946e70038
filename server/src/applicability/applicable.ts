import type { GraphExecutor } from '../db/executor.js';
import type { NodeRow } from '../common/queries.js';
import { badUserInput, notFound } from '../common/errors.js';
import { obligationsWithArticles, systemsWithFacts } from './facts.js';
import { applicableObligations, compareText, obligationsStartingBetween, type Applicability } from './rules.js';

/** The longest span `obligationsApplyingBetween` accepts: the Act's dates run 2025–2031. */
export const MAX_SPAN_YEARS = 20;

/** Answers plus the nodes read on the way, so resolvers can serve `aiSystem`/`obligation` without a query. */
export interface WithNodes<T> {
  result: T;
  nodes: NodeRow[];
}

/** The obligations applying on `asOf` to each of these systems: two queries for any number of them. */
export async function applicableObligationsOfSystems(
  db: GraphExecutor,
  systemIds: readonly string[],
  options: { asOf: string; useAmendedDates: boolean },
): Promise<WithNodes<Map<string, Applicability[]>>> {
  const [systems, obligations] = await Promise.all([systemsWithFacts(db, [...systemIds]), obligationsWithArticles(db)]);
  const facts = obligations.map((obligation) => obligation.facts);
  const result = new Map(systems.map((system) => [system.node.id, applicableObligations(system.facts, facts, options)]));
  return { result, nodes: [...systems.map((system) => system.node), ...obligations.map((obligation) => obligation.node)] };
}

function checkRange(from: string, to: string): void {
  if (from > to) throw badUserInput(`"to" (${to}) is before "from" (${from}).`, 'to');
  const limit = new Date(`${from}T00:00:00Z`);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_SPAN_YEARS);
  if (to > limit.toISOString().slice(0, 10)) {
    throw badUserInput(`The range may span at most ${MAX_SPAN_YEARS} years; "to" must be on or before ${limit.toISOString().slice(0, 10)}.`, 'to');
  }
}

/**
 * What starts to apply in [from, to]: every (system, obligation) whose date for that system falls in
 * the range, for all systems or one; by date, then system name, then obligation code.
 */
export async function obligationsApplyingBetween(
  db: GraphExecutor,
  options: { from: string; to: string; aiSystemId: string | null; useAmendedDates: boolean },
): Promise<WithNodes<Applicability[]>> {
  checkRange(options.from, options.to);
  const [systems, obligations] = await Promise.all([
    systemsWithFacts(db, options.aiSystemId ? [options.aiSystemId] : 'all'),
    obligationsWithArticles(db),
  ]);
  if (options.aiSystemId && systems.length === 0) throw notFound(`No AI system with id "${options.aiSystemId}".`, 'aiSystemId');
  const facts = obligations.map((obligation) => obligation.facts);
  const names = new Map(systems.map((system) => [system.node.id, String(system.node.name)]));
  const codes = new Map(facts.map((obligation) => [obligation.id, obligation.code]));
  const result = systems
    .flatMap((system) => obligationsStartingBetween(system.facts, facts, options))
    .sort(
      (a, b) =>
        compareText(a.appliesFrom, b.appliesFrom) ||
        compareText(names.get(a.systemId)!, names.get(b.systemId)!) ||
        compareText(a.systemId, b.systemId) ||
        compareText(codes.get(a.obligationId)!, codes.get(b.obligationId)!),
    );
  return { result, nodes: [...systems.map((system) => system.node), ...obligations.map((obligation) => obligation.node)] };
}
