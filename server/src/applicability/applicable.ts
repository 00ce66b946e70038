import type { GraphExecutor } from '../db/executor.js';
import type { NodeRow } from '../common/queries.js';
import { badUserInput, notFound } from '../common/errors.js';
import { omnibusRecord } from './amendment.js';
import { obligationsWithArticles, providedGpaiModels, systemsWithFacts } from './facts.js';
import { applicableModelObligations, applicableObligations, compareText, obligationsStartingBetween, type Applicability } from './rules.js';

/** The longest span `obligationsApplyingBetween` accepts: the Act's dates run 2025–2031. */
const MAX_SPAN_YEARS = 20;

/** Answers plus the nodes read on the way, so resolvers can serve `aiSystem`/`obligation` without a query. */
export interface WithNodes<T> {
  result: T;
  nodes: NodeRow[];
}

/** `useAmendedDates` as the caller gave it: null follows the amendment record. */
export interface DateBasisOptions {
  asOf: string;
  useAmendedDates: boolean | null;
}

/** The obligations applying on `asOf` to each of these systems: three queries for any number of them. */
export async function applicableObligationsOfSystems(
  db: GraphExecutor,
  systemIds: readonly string[],
  options: DateBasisOptions,
): Promise<WithNodes<Map<string, Applicability[]>>> {
  const [systems, obligations, amendment] = await Promise.all([
    systemsWithFacts(db, [...systemIds]),
    obligationsWithArticles(db),
    omnibusRecord(db),
  ]);
  const facts = obligations.map((obligation) => obligation.facts);
  const result = new Map(systems.map((system) => [system.node.id, applicableObligations(system.facts, facts, { ...options, amendment })]));
  return { result, nodes: [...systems.map((system) => system.node), ...obligations.map((obligation) => obligation.node)] };
}

/** The GPAI obligations applying on `asOf` to each of these models (none for models the organisation does not provide). */
export async function applicableObligationsOfModels(
  db: GraphExecutor,
  modelIds: readonly string[],
  options: DateBasisOptions,
): Promise<WithNodes<Map<string, Applicability[]>>> {
  const [models, obligations, amendment] = await Promise.all([
    providedGpaiModels(db, modelIds),
    obligationsWithArticles(db),
    omnibusRecord(db),
  ]);
  const facts = obligations.map((obligation) => obligation.facts);
  const result = new Map(models.map((model) => [model.node.id, applicableModelObligations(model.facts, facts, { ...options, amendment })]));
  return { result, nodes: [...models.map((model) => model.node), ...obligations.map((obligation) => obligation.node)] };
}

function checkRange(from: string, to: string): void {
  if (from > to) throw badUserInput(`"to" (${to}) is before "from" (${from}).`, 'to');
  const limit = new Date(`${from}T00:00:00Z`);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_SPAN_YEARS);
  if (to > limit.toISOString().slice(0, 10)) {
    throw badUserInput(
      `The range may span at most ${MAX_SPAN_YEARS} years; "to" must be on or before ${limit.toISOString().slice(0, 10)}.`,
      'to',
    );
  }
}

/**
 * What starts to apply in [from, to]: every (system, obligation) whose date for that system falls in
 * the range, for all systems or one; by date, then system name, then obligation code.
 */
export async function obligationsApplyingBetween(
  db: GraphExecutor,
  options: { from: string; to: string; aiSystemId: string | null; useAmendedDates: boolean | null },
): Promise<WithNodes<Applicability[]>> {
  checkRange(options.from, options.to);
  const [systems, obligations, amendment] = await Promise.all([
    systemsWithFacts(db, options.aiSystemId ? [options.aiSystemId] : 'all'),
    obligationsWithArticles(db),
    omnibusRecord(db),
  ]);
  if (options.aiSystemId && systems.length === 0) throw notFound(`No AI system with id "${options.aiSystemId}".`, 'aiSystemId');
  const facts = obligations.map((obligation) => obligation.facts);
  const names = new Map(systems.map((system) => [system.node.id, String(system.node.name)]));
  const codes = new Map(facts.map((obligation) => [obligation.id, obligation.code]));
  const result = systems
    .flatMap((system) => obligationsStartingBetween(system.facts, facts, { ...options, amendment }))
    .sort(
      (a, b) =>
        compareText(a.appliesFrom, b.appliesFrom) ||
        compareText(names.get(a.subjectId)!, names.get(b.subjectId)!) ||
        compareText(a.subjectId, b.subjectId) ||
        compareText(codes.get(a.obligationId)!, codes.get(b.obligationId)!),
    );
  return { result, nodes: [...systems.map((system) => system.node), ...obligations.map((obligation) => obligation.node)] };
}
