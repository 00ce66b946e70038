import type { Resolvers } from '../generated/resolvers-types.js';
import { edgesAmong, edgesAmongRequest } from './edges-among.js';
import { neighborhood, neighborhoodRequest } from './neighborhood.js';
import { nodeDetails, nodeDetailsRequest } from './node-details.js';
import { pathsBetween, pathsRequest } from './paths.js';

export const subgraphResolvers: Resolvers = {
  Query: {
    edgesAmong: (_parent, args, { db }) => edgesAmong(db, edgesAmongRequest(args)),
    neighborhood: (_parent, args, { db }) => neighborhood(db, neighborhoodRequest(args)),
    nodeDetails: (_parent, args, { db }) => nodeDetails(db, nodeDetailsRequest(args)),
    paths: (_parent, args, { db }) => pathsBetween(db, pathsRequest(args)),
  },
};
