import { OWNER, RELATIONS } from '../common/entities.js';
import { listField, relationField } from '../common/resolve.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const ownerResolvers: Resolvers = {
  Query: {
    owners: listField(OWNER),
  },
  Owner: {
    teams: relationField(RELATIONS.ownerTeams),
    members: relationField(RELATIONS.ownerMembers),
    aiSystems: relationField(RELATIONS.ownerSystems),
    controls: relationField(RELATIONS.ownerControls),
    evidence: relationField(RELATIONS.ownerEvidence),
  },
};
