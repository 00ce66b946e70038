import { OWNER, RELATIONS } from '../common/entities.js';
import { listField, relationField } from '../common/resolve.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { nodeMutations, written } from '../common/mutation-resolve.js';
import { OWNER_WRITES, addTeamMember, removeTeamMember, setOwner } from './mutations.js';

export const ownerResolvers: Resolvers = {
  Query: {
    owners: listField(OWNER),
  },
  Mutation: {
    ...nodeMutations('Owner', OWNER_WRITES),
    addTeamMember: (_parent, { personId, teamId }, context) => written(context, addTeamMember(context.db, personId, teamId)),
    removeTeamMember: (_parent, { personId, teamId }, context) => written(context, removeTeamMember(context.db, personId, teamId)),
    // Declared in common/mutation.graphql (it returns any owned Node); ownership is the owners' domain.
    setOwner: (_parent, { nodeId, ownerId }, context) => written(context, setOwner(context.db, nodeId, ownerId)),
  },
  Owner: {
    teams: relationField(RELATIONS.ownerTeams),
    members: relationField(RELATIONS.ownerMembers),
    aiSystems: relationField(RELATIONS.ownerSystems),
    controls: relationField(RELATIONS.ownerControls),
    evidence: relationField(RELATIONS.ownerEvidence),
  },
};
