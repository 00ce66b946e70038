import { primeNodes } from '../applicability/resolvers.js';
import { badUserInput } from '../common/errors.js';
import { pageWindow } from '../common/paging.js';
import type { NodeRow } from '../common/queries.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { checkedGapTable, whatIfRemoved } from './coverage.js';
import { filterGapRows, pageOf, summariseGapRows } from './rows.js';

/** The most ids one what-if may remove (as many as `nodes(ids:)` takes). */
const MAX_REMOVE_IDS = 500;

export const gapResolvers: Resolvers = {
  Query: {
    gaps: async (_parent, { aiSystemId, asOf, useAmendedDates, filter, first, after, last, before }, context) => {
      const args = { first, after, last, before };
      pageWindow(args); // refuses bad page arguments before any query runs
      const table = await checkedGapTable(context.db, {
        aiSystemId: aiSystemId ?? null,
        asOf: asOf ?? context.today,
        useAmendedDates: useAmendedDates ?? null,
      });
      primeNodes(context, table.nodes);
      const rows = filterGapRows(table.rows, filter);
      return { ...pageOf(rows, args), summary: summariseGapRows(rows) };
    },
    whatIf: async (_parent, { removeIds, aiSystemId, asOf, useAmendedDates }, context) => {
      if (removeIds.length > MAX_REMOVE_IDS) throw badUserInput(`At most ${MAX_REMOVE_IDS} ids may be removed at a time.`, 'removeIds');
      const result = await whatIfRemoved(context.db, [...new Set(removeIds)], {
        aiSystemId: aiSystemId ?? null,
        asOf: asOf ?? context.today,
        useAmendedDates: useAmendedDates ?? null,
      });
      primeNodes(context, result.nodes);
      return result;
    },
  },
  GapRow: {
    aiSystem: (row, _args, { loaders }) => loaders.nodes.load(row.systemId) as Promise<NodeRow>,
    obligation: (row, _args, { loaders }) => loaders.nodes.load(row.obligationId) as Promise<NodeRow>,
  },
  GapControl: {
    control: (row, _args, { loaders }) => loaders.nodes.load(row.controlId) as Promise<NodeRow>,
    relationship: (row) => row.relationship as never,
  },
  GapChange: {
    aiSystem: (change, _args, { loaders }) => loaders.nodes.load(change.systemId) as Promise<NodeRow>,
    obligation: (change, _args, { loaders }) => loaders.nodes.load(change.obligationId) as Promise<NodeRow>,
  },
  WhatIfSystem: {
    aiSystem: (system, _args, { loaders }) => loaders.nodes.load(system.systemId) as Promise<NodeRow>,
    dropped: async (system, _args, { loaders }) => (await loaders.nodes.loadMany(system.dropped)) as NodeRow[],
  },
  WhatIfResult: {
    removed: async (result, _args, { loaders }) => {
      const nodes = await loaders.nodes.loadMany(result.removeIds);
      return nodes.filter((node): node is NodeRow => node !== null && !(node instanceof Error));
    },
  },
};
