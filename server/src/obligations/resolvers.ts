import { OBLIGATION, RELATIONS } from '../common/entities.js';
import type { EdgeSpec, NodeRow } from '../common/queries.js';
import { edgeField, listField, listOrEmpty, oneField } from '../common/resolve.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** The organisation's controls linked to an obligation. */
const OBLIGATION_SATISFIED_BY: EdgeSpec = {
  key: 'Obligation.satisfiedBy',
  parent: 'Obligation',
  type: 'SATISFIES',
  direction: 'in',
  filters: {},
  order: 'r.strength DESC, o.code ASC, o.id ASC',
};

export const obligationResolvers: Resolvers = {
  Query: {
    obligations: listField(OBLIGATION),
  },
  Obligation: {
    article: (parent, args, context) => oneField(RELATIONS.obligationArticle)(parent, args, context) as Promise<NodeRow>,
    role: (parent) => ((parent.roles as string[])[0] ?? 'PROVIDER') as never,
    roles: listOrEmpty<never>('roles'),
    satisfiedBy: edgeField(OBLIGATION_SATISFIED_BY),
  },
};
