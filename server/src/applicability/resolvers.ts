import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import type { NodeRow } from '../common/queries.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { amendments, clearAmendmentInForce, recordAmendmentInForce } from './amendment.js';
import {
  applicableObligationsOfModels,
  applicableObligationsOfSystems,
  obligationsApplyingBetween,
  type DateBasisOptions,
  type WithNodes,
} from './applicable.js';
import type { Applicability } from './rules.js';

/** Nodes already read by an analytics query go into the request's node cache: no second read. */
export function primeNodes(context: Context, nodes: readonly NodeRow[]): void {
  for (const node of nodes) context.loaders.nodes.prime(node.id, node);
}

type Load = (context: Context, ids: readonly string[], options: DateBasisOptions) => Promise<WithNodes<Map<string, Applicability[]>>>;

// One loader per request, kind and (asOf, useAmendedDates): `applicableObligations` of every system (or
// model) in a response comes from the same few queries.
const loadersOfRequest = new WeakMap<Context, Map<string, DataLoader<string, Applicability[]>>>();

function applicableLoader(
  context: Context,
  kind: 'system' | 'model',
  options: DateBasisOptions,
  load: Load,
): DataLoader<string, Applicability[]> {
  let loaders = loadersOfRequest.get(context);
  if (!loaders) {
    loaders = new Map();
    loadersOfRequest.set(context, loaders);
  }
  const key = `${kind}|${options.asOf}|${options.useAmendedDates}`;
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const { result, nodes } = await load(context, ids, options);
        primeNodes(context, nodes);
        return ids.map((id) => result.get(id) ?? []);
      },
      { maxBatchSize: 1000 },
    );
    loaders.set(key, loader);
  }
  return loader;
}

const loadSystems: Load = (context, ids, options) => applicableObligationsOfSystems(context.db, ids, options);
const loadModels: Load = (context, ids, options) => applicableObligationsOfModels(context.db, ids, options);

export const applicabilityResolvers: Resolvers = {
  Query: {
    obligationsApplyingBetween: async (_parent, { from, to, aiSystemId, useAmendedDates }, context) => {
      const { result, nodes } = await obligationsApplyingBetween(context.db, {
        from,
        to,
        aiSystemId: aiSystemId ?? null,
        useAmendedDates: useAmendedDates ?? null,
      });
      primeNodes(context, nodes);
      return result;
    },
    amendments: (_parent, _args, context) => amendments(context.db),
  },
  Mutation: {
    recordAmendmentInForce: (_parent, { id, inForceSince, officialJournal }, context) =>
      recordAmendmentInForce(context.db, id, { inForceSince, officialJournal, recordedBy: context.caller.actor }),
    clearAmendmentInForce: (_parent, { id }, context) => clearAmendmentInForce(context.db, id),
  },
  AISystem: {
    applicableObligations: (system, { asOf, useAmendedDates }, context) =>
      applicableLoader(context, 'system', { asOf: asOf ?? context.today, useAmendedDates: useAmendedDates ?? null }, loadSystems).load(
        system.id,
      ),
  },
  Model: {
    applicableObligations: (model, { asOf, useAmendedDates }, context) =>
      applicableLoader(context, 'model', { asOf: asOf ?? context.today, useAmendedDates: useAmendedDates ?? null }, loadModels).load(
        model.id,
      ),
  },
  ApplicableObligation: {
    aiSystem: (row, _args, { loaders }) => loaders.nodes.load(row.subjectId) as Promise<NodeRow>,
    obligation: (row, _args, { loaders }) => loaders.nodes.load(row.obligationId) as Promise<NodeRow>,
  },
  ApplicableModelObligation: {
    model: (row, _args, { loaders }) => loaders.nodes.load(row.subjectId) as Promise<NodeRow>,
    obligation: (row, _args, { loaders }) => loaders.nodes.load(row.obligationId) as Promise<NodeRow>,
  },
};
