import { EVIDENCE, RELATIONS } from '../common/entities.js';
import { listField, oneField, relationField } from '../common/resolve.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { evidenceFreshness } from './freshness.js';
import { nodeMutations, written } from '../common/mutation-resolve.js';
import { EVIDENCE_WRITES, attachEvidence, detachEvidence } from './mutations.js';

export const evidenceResolvers: Resolvers = {
  Query: {
    evidence: listField(EVIDENCE),
  },
  Mutation: {
    ...nodeMutations('Evidence', EVIDENCE_WRITES),
    attachEvidence: (_parent, { evidenceId, controlId }, context) => written(context, attachEvidence(context.db, evidenceId, controlId)),
    detachEvidence: (_parent, { evidenceId, controlId }, context) => written(context, detachEvidence(context.db, evidenceId, controlId)),
  },
  Evidence: {
    freshness: (parent, _args, { today }) => evidenceFreshness(parent.validUntil as string, today),
    controls: relationField(RELATIONS.evidenceControls),
    owner: oneField(RELATIONS.evidenceOwner),
  },
};
