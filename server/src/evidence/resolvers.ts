import { EVIDENCE, RELATIONS } from '../common/entities.js';
import { listField, oneField, relationField } from '../common/resolve.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { evidenceFreshness } from './freshness.js';
import { written } from '../common/mutation-resolve.js';
import { attachEvidence, createEvidence, deleteEvidence, detachEvidence, updateEvidence } from './mutations.js';

export const evidenceResolvers: Resolvers = {
  Query: {
    evidence: listField(EVIDENCE),
  },
  Mutation: {
    createEvidence: (_parent, { input }, context) => written(context, createEvidence(context.db, input)),
    updateEvidence: (_parent, { id, input }, context) => written(context, updateEvidence(context.db, id, input)),
    deleteEvidence: (_parent, { id, force }, context) => written(context, deleteEvidence(context.db, id, force ?? false)),
    attachEvidence: (_parent, { evidenceId, controlId }, context) => written(context, attachEvidence(context.db, evidenceId, controlId)),
    detachEvidence: (_parent, { evidenceId, controlId }, context) => written(context, detachEvidence(context.db, evidenceId, controlId)),
  },
  Evidence: {
    freshness: (parent, _args, { today }) => evidenceFreshness(parent.validUntil as string, today),
    controls: relationField(RELATIONS.evidenceControls),
    owner: oneField(RELATIONS.evidenceOwner),
  },
};
