import { CONTROL, RELATIONS } from '../common/entities.js';
import type { EdgeSpec, NodeRow } from '../common/queries.js';
import { edgeField, listField, oneField, relationField } from '../common/resolve.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { nodeMutations, written } from '../common/mutation-resolve.js';
import { CONTROL_WRITES, linkControl, unlinkControl } from './mutations.js';

/** A control's direct links to provisions and obligations, strongest first. */
const CONTROL_SATISFIES: EdgeSpec = {
  key: 'Control.satisfies',
  parent: 'Control',
  type: 'SATISFIES',
  direction: 'out',
  filters: {
    relationship: (p) => `r.relationship IN $${p}`,
    targetKind: (p) => `(($${p} = 'PROVISION' AND o:Provision) OR ($${p} = 'OBLIGATION' AND o:Obligation))`,
  },
  order: 'r.strength DESC, o.id ASC',
};

export const controlResolvers: Resolvers = {
  Query: {
    controls: listField(CONTROL),
  },
  Mutation: {
    ...nodeMutations('Control', CONTROL_WRITES),
    linkControl: (_parent, args, context) => written(context, linkControl(context.db, args)),
    unlinkControl: (_parent, { controlId, targetId }, context) => written(context, unlinkControl(context.db, controlId, targetId)),
  },
  Control: {
    satisfies: edgeField(CONTROL_SATISFIES),
    evidence: relationField(RELATIONS.controlEvidence),
    aiSystems: relationField(RELATIONS.controlSystems),
    owner: oneField(RELATIONS.controlOwner),
  },
  ControlLink: {
    // A link is read from either end: the control is the outgoing side.
    id: (edge) => (edge.outgoing ? `link:${edge.parentId}>${edge.other.id}` : `link:${edge.other.id}>${edge.parentId}`),
    control: (edge, _args, { loaders }) => (edge.outgoing ? (loaders.nodes.load(edge.parentId) as Promise<NodeRow>) : edge.other),
    target: (edge, _args, { loaders }) => (edge.outgoing ? edge.other : (loaders.nodes.load(edge.parentId) as Promise<NodeRow>)),
    relationship: (edge) => edge.properties.relationship as never,
    strength: (edge) => edge.properties.strength as number,
    rationale: (edge) => edge.properties.rationale as string,
    source: (edge) => (edge.properties.source as string | null) ?? null,
    updatedAt: (edge) => (edge.properties.updatedAt as string | null) ?? null,
    createdAt: (edge) => (edge.properties.createdAt as string | null) ?? null,
  },
};
