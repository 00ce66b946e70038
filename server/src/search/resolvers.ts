import type { Resolvers } from '../generated/resolvers-types.js';
import { searchNodes, searchRequest } from './queries.js';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_parent, args, { db }) => searchNodes(db, searchRequest(args)),
  },
};
