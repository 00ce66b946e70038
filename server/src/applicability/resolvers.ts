import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import type { NodeRow } from '../common/queries.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { applicableObligationsOfSystems, obligationsApplyingBetween } from './applicable.js';
import type { Applicability } from './rules.js';

/** Nodes already read by an analytics query go into the request's node cache: no second read. */
export function primeNodes(context: Context, nodes: readonly NodeRow[]): void {
  for (const node of nodes) context.loaders.nodes.prime(node.id, node);
}

// One loader per request and (asOf, useAmendedDates): `applicableObligations` of every system in a
// response comes from the same two queries.
const loadersOfRequest = new WeakMap<Context, Map<string, DataLoader<string, Applicability[]>>>();

function applicableLoader(context: Context, asOf: string, useAmendedDates: boolean): DataLoader<string, Applicability[]> {
  let loaders = loadersOfRequest.get(context);
  if (!loaders) {
    loaders = new Map();
    loadersOfRequest.set(context, loaders);
  }
  const key = `${asOf}|${useAmendedDates}`;
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const { result, nodes } = await applicableObligationsOfSystems(context.db, ids, { asOf, useAmendedDates });
        primeNodes(context, nodes);
        return ids.map((id) => result.get(id) ?? []);
      },
      { maxBatchSize: 1000 },
    );
    loaders.set(key, loader);
  }
  return loader;
}

export const applicabilityResolvers: Resolvers = {
  Query: {
    obligationsApplyingBetween: async (_parent, { from, to, aiSystemId, useAmendedDates }, context) => {
      const { result, nodes } = await obligationsApplyingBetween(context.db, {
        from,
        to,
        aiSystemId: aiSystemId ?? null,
        useAmendedDates: useAmendedDates ?? false,
      });
      primeNodes(context, nodes);
      return result;
    },
  },
  AISystem: {
    applicableObligations: (system, { asOf, useAmendedDates }, context) =>
      applicableLoader(context, asOf ?? context.today, useAmendedDates ?? false).load(system.id),
  },
  ApplicableObligation: {
    aiSystem: (row, _args, { loaders }) => loaders.nodes.load(row.systemId) as Promise<NodeRow>,
    obligation: (row, _args, { loaders }) => loaders.nodes.load(row.obligationId) as Promise<NodeRow>,
  },
};
