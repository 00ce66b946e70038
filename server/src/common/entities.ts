import type { NodeLabel, RelationshipType } from '../graph/model.js';

/**
 * How one GraphQL type maps onto the graph: its label, its filters and its orderings. Property names
 * and labels here reach Cypher as text, so they live only in this closed list; every filter value is
 * a parameter.
 */
export interface EntitySpec {
  typename: string;
  label: NodeLabel;
  /** GraphQL order field → node property. */
  orderFields: Record<string, string>;
  defaultOrder: string;
  /** Filter field → Cypher predicate over `n`, given the name of the parameter that holds the value. */
  filters: Record<string, FilterSpec>;
}

export interface FilterSpec {
  predicate: (parameter: string) => string;
  /** Turns the input value into the parameter value (e.g. lower-cases text). */
  value?: (input: unknown) => unknown;
}

const lower = (input: unknown) => String(input).toLowerCase();

/** Case-insensitive "contains" over a few text properties. */
function textFilter(properties: string[]): FilterSpec {
  return {
    predicate: (p) => `(${properties.map((property) => `toLower(coalesce(n.${property}, '')) CONTAINS $${p}`).join(' OR ')})`,
    value: lower,
  };
}
const equals = (property: string): FilterSpec => ({ predicate: (p) => `n.${property} = $${p}` });
const oneOf = (property: string): FilterSpec => ({ predicate: (p) => `n.${property} IN $${p}` });
const contains = (property: string): FilterSpec => ({ predicate: (p) => `$${p} IN n.${property}` });
const related = (pattern: (p: string) => string): FilterSpec => ({ predicate: (p) => `EXISTS { ${pattern(p)} }` });

/** The freshness of evidence as Cypher, against the request's `$today` (30-day window). */
const FRESHNESS_CYPHER = `CASE WHEN n.validUntil < date($today) THEN 'EXPIRED'
  WHEN n.validUntil <= date($today) + duration({days: 30}) THEN 'EXPIRING' ELSE 'CURRENT' END`;

/** The spec of a type named as its label (every one is): order fields, the default order, filters. */
function entity(
  label: NodeLabel,
  defaultOrder: string,
  orderFields: Record<string, string>,
  filters: Record<string, FilterSpec> = {},
): EntitySpec {
  return { typename: label, label, orderFields, defaultOrder, filters };
}

export const FRAMEWORK = entity('Framework', 'id', { ID: 'id' }, { kind: equals('kind') });

export const PROVISION = entity(
  'Provision',
  'position',
  { POSITION: 'position', REF: 'ref', TITLE: 'title', ID: 'id' },
  {
    framework: equals('framework'),
    kind: oneOf('kind'),
    parent: related((p) => `(n)-[:PART_OF]->(:Provision {id: $${p}})`),
    text: textFilter(['ref', 'number', 'title']),
    ids: oneOf('id'),
  },
);

export const OBLIGATION = entity(
  'Obligation',
  'code',
  { CODE: 'code', APPLIES_FROM: 'appliesFrom', RISK_CLASS: 'riskClass', ID: 'id' },
  {
    role: contains('roles'),
    riskClass: oneOf('riskClass'),
    appliesBy: { predicate: (p) => `n.appliesFrom <= date($${p})` },
    appliesFromOrAfter: { predicate: (p) => `n.appliesFrom >= date($${p})` },
    article: related((p) => `(n)-[:DERIVED_FROM]->(:Provision {id: $${p}})`),
    text: textFilter(['code', 'summary']),
  },
);

export const MILESTONE = entity('Milestone', 'date', { DATE: 'date', ID: 'id' });

const LEGISLATIVE_NOTE = entity('LegislativeNote', 'date', { DATE: 'date', ID: 'id' });

export const AI_SYSTEM = entity(
  'AISystem',
  'name',
  {
    NAME: 'name',
    RISK_CLASS: 'riskClass',
    LIFECYCLE_STAGE: 'lifecycleStage',
    PLACED_ON_MARKET: 'placedOnMarket',
    UPDATED_AT: 'updatedAt',
    ID: 'id',
  },
  {
    riskClass: oneOf('riskClass'),
    role: contains('roles'),
    lifecycleStage: oneOf('lifecycleStage'),
    vendor: related(
      (p) =>
        `MATCH (n)-[:SUPPLIED_BY|USES_MODEL]->(x) WHERE (x:Vendor AND x.id = $${p}) OR (x:Model AND EXISTS { (x)-[:SUPPLIED_BY]->(:Vendor {id: $${p}}) })`,
    ),
    model: related((p) => `(n)-[:USES_MODEL]->(:Model {id: $${p}})`),
    owner: related((p) => `(n)<-[:OWNS]-(:Owner {id: $${p}})`),
    flaggedForReview: { predicate: (p) => `coalesce(n.flaggedForReview, false) = $${p}` },
    text: textFilter(['name', 'description', 'intendedPurpose']),
  },
);

export const MODEL = entity(
  'Model',
  'name',
  { NAME: 'name', MODEL_TYPE: 'modelType', UPDATED_AT: 'updatedAt', ID: 'id' },
  {
    vendor: related((p) => `(n)-[:SUPPLIED_BY]->(:Vendor {id: $${p}})`),
    modelType: oneOf('modelType'),
    gpai: { predicate: (p) => `coalesce(n.gpai, false) = $${p}` },
    text: textFilter(['name', 'description', 'version']),
  },
);

export const VENDOR = entity(
  'Vendor',
  'name',
  { NAME: 'name', COUNTRY: 'country', RISK_TIER: 'riskTier', UPDATED_AT: 'updatedAt', ID: 'id' },
  {
    country: equals('country'),
    riskTier: oneOf('riskTier'),
    text: textFilter(['name', 'description']),
  },
);

export const CONTROL = entity(
  'Control',
  'code',
  { CODE: 'code', NAME: 'name', IMPLEMENTATION_STATUS: 'implementationStatus', UPDATED_AT: 'updatedAt', ID: 'id' },
  {
    implementationStatus: oneOf('implementationStatus'),
    category: equals('category'),
    owner: related((p) => `(n)<-[:OWNS]-(:Owner {id: $${p}})`),
    aiSystem: related((p) => `(n)-[:GOVERNS]->(:AISystem {id: $${p}})`),
    satisfies: related((p) => `MATCH (n)-[:SATISFIES]->(t) WHERE t.id = $${p}`),
    text: textFilter(['code', 'name', 'description']),
  },
);

export const EVIDENCE = entity(
  'Evidence',
  'title',
  { TITLE: 'title', COLLECTED_ON: 'collectedOn', VALID_UNTIL: 'validUntil', UPDATED_AT: 'updatedAt', ID: 'id' },
  {
    freshness: { predicate: (p) => `(${FRESHNESS_CYPHER}) IN $${p}` },
    kind: oneOf('kind'),
    control: related((p) => `(n)-[:SUPPORTS]->(:Control {id: $${p}})`),
    owner: related((p) => `(n)<-[:OWNS]-(:Owner {id: $${p}})`),
    validBefore: { predicate: (p) => `n.validUntil < date($${p})` },
    text: textFilter(['title', 'description']),
  },
);

export const OWNER = entity(
  'Owner',
  'name',
  { NAME: 'name', KIND: 'kind', UPDATED_AT: 'updatedAt', ID: 'id' },
  {
    kind: equals('kind'),
    team: related((p) => `(n)-[:MEMBER_OF]->(:Owner {id: $${p}})`),
    text: textFilter(['name', 'email', 'jobTitle']),
  },
);

export const ENTITIES: Record<NodeLabel, EntitySpec> = {
  Framework: FRAMEWORK,
  Provision: PROVISION,
  Obligation: OBLIGATION,
  Milestone: MILESTONE,
  LegislativeNote: LEGISLATIVE_NOTE,
  AISystem: AI_SYSTEM,
  Model: MODEL,
  Vendor: VENDOR,
  Control: CONTROL,
  Evidence: EVIDENCE,
  Owner: OWNER,
};

/** A relationship seen from one end: `out` follows its direction, `in` goes against it. */
export interface RelationSpec {
  key: string;
  parent: NodeLabel;
  type: RelationshipType;
  direction: 'out' | 'in';
  target: EntitySpec;
  /** Instead of the relationship: a predicate tying `n` to the parent `p` (a framework's provisions). */
  via?: string;
}

function relation(parent: NodeLabel, field: string, type: RelationshipType, direction: 'out' | 'in', target: EntitySpec): RelationSpec {
  return { key: `${parent}.${field}`, parent, type, direction, target };
}

/** Every relationship of the model, as a field on both of its ends (graph/README.md). */
export const RELATIONS = {
  frameworkChildren: relation('Framework', 'children', 'PART_OF', 'in', PROVISION),
  // Provisions at any depth carry their framework's id; no relationship needed.
  frameworkProvisions: { ...relation('Framework', 'provisions', 'PART_OF', 'in', PROVISION), via: 'n.framework = p.id' },
  frameworkMilestones: relation('Framework', 'milestones', 'MILESTONE_OF', 'in', MILESTONE),
  frameworkNotes: relation('Framework', 'notes', 'CONCERNS', 'in', LEGISLATIVE_NOTE),
  provisionParent: relation('Provision', 'parent', 'PART_OF', 'out', PROVISION),
  provisionChildren: relation('Provision', 'children', 'PART_OF', 'in', PROVISION),
  provisionObligations: relation('Provision', 'obligations', 'DERIVED_FROM', 'in', OBLIGATION),
  provisionMilestones: relation('Provision', 'milestones', 'CONCERNS', 'in', MILESTONE),
  milestoneProvisions: relation('Milestone', 'provisions', 'CONCERNS', 'out', PROVISION),
  obligationArticle: relation('Obligation', 'article', 'DERIVED_FROM', 'out', PROVISION),
  systemModels: relation('AISystem', 'models', 'USES_MODEL', 'out', MODEL),
  systemVendors: relation('AISystem', 'vendors', 'SUPPLIED_BY', 'out', VENDOR),
  systemControls: relation('AISystem', 'controls', 'GOVERNS', 'in', CONTROL),
  systemOwner: relation('AISystem', 'owner', 'OWNS', 'in', OWNER),
  modelVendor: relation('Model', 'vendor', 'SUPPLIED_BY', 'out', VENDOR),
  modelBase: relation('Model', 'baseModel', 'FINE_TUNED_FROM', 'out', MODEL),
  modelDerived: relation('Model', 'derivedModels', 'FINE_TUNED_FROM', 'in', MODEL),
  modelSystems: relation('Model', 'aiSystems', 'USES_MODEL', 'in', AI_SYSTEM),
  vendorModels: relation('Vendor', 'models', 'SUPPLIED_BY', 'in', MODEL),
  vendorSystems: relation('Vendor', 'aiSystems', 'SUPPLIED_BY', 'in', AI_SYSTEM),
  controlEvidence: relation('Control', 'evidence', 'SUPPORTS', 'in', EVIDENCE),
  controlSystems: relation('Control', 'aiSystems', 'GOVERNS', 'out', AI_SYSTEM),
  controlOwner: relation('Control', 'owner', 'OWNS', 'in', OWNER),
  evidenceControls: relation('Evidence', 'controls', 'SUPPORTS', 'out', CONTROL),
  evidenceOwner: relation('Evidence', 'owner', 'OWNS', 'in', OWNER),
  ownerTeams: relation('Owner', 'teams', 'MEMBER_OF', 'out', OWNER),
  ownerMembers: relation('Owner', 'members', 'MEMBER_OF', 'in', OWNER),
  ownerSystems: relation('Owner', 'aiSystems', 'OWNS', 'out', AI_SYSTEM),
  ownerControls: relation('Owner', 'controls', 'OWNS', 'out', CONTROL),
  ownerEvidence: relation('Owner', 'evidence', 'OWNS', 'out', EVIDENCE),
} satisfies Record<string, RelationSpec>;
