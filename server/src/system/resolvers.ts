import type { Resolvers } from '../generated/resolvers-types.js';
import { SERVER_VERSION } from '../version.js';
import { neo4jVersion } from './health.js';

export const systemResolvers: Resolvers = {
  Query: {
    health: async (_parent, _args, { driver, database }) => {
      const version = await neo4jVersion(driver, database);
      return { status: version ? 'OK' : 'DEGRADED', version: SERVER_VERSION, neo4jVersion: version };
    },
  },
};
