import { EVIDENCE, RELATIONS } from '../common/entities.js';
import { listField, oneField, relationField } from '../common/resolve.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { evidenceFreshness } from './freshness.js';

export const evidenceResolvers: Resolvers = {
  Query: {
    evidence: listField(EVIDENCE),
  },
  Evidence: {
    freshness: (parent, _args, { today }) => evidenceFreshness(parent.validUntil as string, today),
    controls: relationField(RELATIONS.evidenceControls),
    owner: oneField(RELATIONS.evidenceOwner),
  },
};
