import type { NodeRow } from '../common/queries.js';
import { coverageOf } from '../crosswalk/composition.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { impactOf, impactRequest } from './impact.js';

export const impactResolvers: Resolvers = {
  Query: {
    impact: (_parent, args, { db }) => impactOf(db, impactRequest(args)),
  },
  Impact: {
    // Nodes are loaded only when asked for, in one batched query for the whole response.
    of: (impact, _args, { loaders }) => loaders.nodes.load(impact.ofId) as Promise<NodeRow>,
  },
  ImpactedNode: {
    node: (item, _args, { loaders }) => loaders.nodes.load(item.id) as Promise<NodeRow>,
    coverage: (item) => (item.relationship ? coverageOf(item.relationship) : null),
  },
};
