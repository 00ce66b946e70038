import type { Resolvers } from '../generated/resolvers-types.js';
import { badUserInput } from './errors.js';
import { DateScalar, DateTimeScalar } from './scalars.js';

const MAX_IDS = 500;

export const commonResolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Node: {
    // Every row carries the label it was read with; the GraphQL type has the label's name.
    __resolveType: (node) => ('__label' in node ? node.__label : null),
  },
  Query: {
    node: (_parent, { id }, { loaders }) => loaders.nodes.load(id),
    nodes: (_parent, { ids }, { loaders }) => {
      if (ids.length > MAX_IDS) throw badUserInput(`At most ${MAX_IDS} ids at a time.`, 'ids');
      return loaders.nodes.loadMany(ids).then((nodes) => nodes.map((node) => (node instanceof Error ? null : node)));
    },
  },
};
