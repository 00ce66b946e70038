import { FRAMEWORK, MILESTONE, PROVISION, RELATIONS } from '../common/entities.js';
import { booleanOrFalse, edgeField, listField, listOrEmpty, oneField, relationField } from '../common/resolve.js';
import type { NodeRow } from '../common/queries.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { PROVISION_MAPPINGS, PROVISION_SATISFIED_BY } from './edges.js';

const INVERSE = { SUBSET_OF: 'SUPERSET_OF', SUPERSET_OF: 'SUBSET_OF' } as Record<string, string>;

export const frameworkResolvers: Resolvers = {
  Query: {
    frameworks: listField(FRAMEWORK),
    provisions: listField(PROVISION),
    milestones: listField(MILESTONE),
  },
  Framework: {
    sources: listOrEmpty('sources'),
    provisions: relationField(RELATIONS.frameworkProvisions),
    children: relationField(RELATIONS.frameworkChildren),
    milestones: relationField(RELATIONS.frameworkMilestones),
    notes: relationField(RELATIONS.frameworkNotes),
  },
  Provision: {
    framework: (parent, _args, { loaders }) => loaders.nodes.load(parent.framework as string) as Promise<NodeRow>,
    parent: oneField(RELATIONS.provisionParent),
    children: relationField(RELATIONS.provisionChildren),
    obligations: relationField(RELATIONS.provisionObligations),
    milestones: relationField(RELATIONS.provisionMilestones),
    mappings: edgeField(PROVISION_MAPPINGS),
    satisfiedBy: edgeField(PROVISION_SATISFIED_BY),
    titleVerifiedBy: listOrEmpty('titleVerifiedBy'),
    verifiedBy: listOrEmpty('verifiedBy'),
    titleVariantsSeen: listOrEmpty('titleVariantsSeen'),
    grouping: booleanOrFalse('grouping'),
  },
  Mapping: {
    id: (edge) => edge.properties.id as string,
    relationship: (edge) => edge.properties.relationship as never,
    relationshipFromHere: (edge) => {
      const relationship = edge.properties.relationship as string;
      return (edge.outgoing ? relationship : (INVERSE[relationship] ?? relationship)) as never;
    },
    direction: (edge) => (edge.outgoing ? 'OUTGOING' : 'INCOMING'),
    strength: (edge) => edge.properties.strength as number,
    rationale: (edge) => edge.properties.rationale as string,
    sources: (edge) => (edge.properties.sources as string[] | null) ?? [],
    source: (edge) => ((edge.properties.sources as string[] | null) ?? []).join('; '),
    actParagraph: (edge) => (edge.properties.actParagraph as string | null) ?? null,
    caveat: (edge) => (edge.properties.caveat as string | null) ?? null,
    strengthBasis: (edge) => (edge.properties.strengthBasis as string | null) ?? null,
    provision: (edge) => edge.other,
    from: (edge, _args, { loaders }) => (edge.outgoing ? (loaders.nodes.load(edge.parentId) as Promise<NodeRow>) : edge.other),
    to: (edge, _args, { loaders }) => (edge.outgoing ? edge.other : (loaders.nodes.load(edge.parentId) as Promise<NodeRow>)),
  },
  Milestone: {
    paragraphs: listOrEmpty('paragraphs'),
    provisions: relationField(RELATIONS.milestoneProvisions),
  },
  LegislativeNote: {
    changes: listOrEmpty('changes'),
    unchanged: listOrEmpty('unchanged'),
    sources: listOrEmpty('sources'),
  },
};
