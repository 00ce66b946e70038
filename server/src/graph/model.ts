// The graph model of graph/README.md as closed lists. Labels and relationship types cannot be Cypher
// parameters, so every one that reaches a query string comes from these lists, never from input.

import {
  ANNEX_I_SECTION_VALUES,
  ANNEX_III_AREA_VALUES,
  ARTICLE6_3_CONDITION_VALUES,
  ARTICLE25_TRIGGER_VALUES,
  EVIDENCE_KIND_VALUES,
  FRAMEWORK_KIND_VALUES,
  HIGH_RISK_BASIS_VALUES,
  IMPLEMENTATION_STATUS_VALUES,
  LIFECYCLE_STAGE_VALUES,
  MAPPING_RELATIONSHIP_VALUES,
  MILESTONE_KIND_VALUES,
  MODEL_LICENCE_VALUES,
  MODEL_TYPE_VALUES,
  OWNER_KIND_VALUES,
  PROVISION_KIND_VALUES,
  PROVISION_STATUS_VALUES,
  RISK_CLASS_VALUES,
  ROLE_VALUES,
  SCOPE_EXCLUSION_VALUES,
  TRANSPARENCY_TRIGGER_VALUES,
  VENDOR_RISK_TIER_VALUES,
  type RiskClass,
} from '../generated/enums.js';

// The values a property may take are the SDL's enums, generated (server/src/generated/enums.ts):
// a value added to the SDL reaches the model, the API and the explorer at once.
export const RELATIONSHIPS = MAPPING_RELATIONSHIP_VALUES;
export const ROLES = ROLE_VALUES;

/** The risk classes without `excluded`, in the SDL's order. */
function riskClassesWithout<Excluded extends RiskClass>(...excluded: Excluded[]): readonly Exclude<RiskClass, Excluded>[] {
  return RISK_CLASS_VALUES.filter((riskClass): riskClass is Exclude<RiskClass, Excluded> => !(excluded as RiskClass[]).includes(riskClass));
}
// The SDL has one RiskClass, shared by the API's filters, but a system and an obligation take different
// subsets: a system is classified into one of the Act's tiers (MINIMAL when none applies), while an
// obligation attaches to a tier or to GPAI models (ALL: every system), never to MINIMAL, which has none.
export const SYSTEM_RISK_CLASSES = riskClassesWithout('GPAI', 'GPAI_SYSTEMIC_RISK', 'ALL');
export const OBLIGATION_RISK_CLASSES = riskClassesWithout('MINIMAL');
export type SystemRiskClass = (typeof SYSTEM_RISK_CLASSES)[number];
export type ObligationRiskClass = (typeof OBLIGATION_RISK_CLASSES)[number];

// In the Act's order (points 1 to 8): annexIIIAreaOfPoint reads point n as the n-th area.
export const ANNEX_III_AREAS = ANNEX_III_AREA_VALUES;
/** Annex III points and sub-points, as the Act numbers them (point 2 has no sub-points). */
export const ANNEX_III_POINTS = [
  '1(a)',
  '1(b)',
  '1(c)',
  '2',
  '3(a)',
  '3(b)',
  '3(c)',
  '3(d)',
  '4(a)',
  '4(b)',
  '5(a)',
  '5(b)',
  '5(c)',
  '5(d)',
  '6(a)',
  '6(b)',
  '6(c)',
  '6(d)',
  '6(e)',
  '7(a)',
  '7(b)',
  '7(c)',
  '7(d)',
  '8(a)',
  '8(b)',
] as const;
/** The area (Annex III point) an Annex III sub-point belongs to. */
export function annexIIIAreaOfPoint(point: string): (typeof ANNEX_III_AREAS)[number] | null {
  const area = Number.parseInt(point, 10);
  return ANNEX_III_AREAS[area - 1] ?? null;
}
/** Art. 6(3)(a)–(d): the conditions under which an Annex III system is not high-risk. */
export const ARTICLE_6_3_CONDITIONS = ARTICLE6_3_CONDITION_VALUES;
/** Art. 25(1)(a)–(c): how a distributor, importer, deployer or other third party becomes a provider. */
export const ARTICLE_25_TRIGGERS = ARTICLE25_TRIGGER_VALUES;
/** Art. 2 exclusions from the Regulation's scope. */
export const TRANSPARENCY_TRIGGERS = TRANSPARENCY_TRIGGER_VALUES;
export const EVIDENCE_KINDS = EVIDENCE_KIND_VALUES;

export type PropertyType =
  | { type: 'string' }
  | { type: 'strings' }
  | { type: 'int'; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'date' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'enums'; values: readonly string[] };

// Specs keep their literal types (`as const`), so the TypeScript type of a record of a label is
// derived from the same spec that validates it at run time (PropertiesOf below).
const string = { type: 'string' } as const;
const strings = { type: 'strings' } as const;
const int = { type: 'int' } as const;
const boolean = { type: 'boolean' } as const;
const date = { type: 'date' } as const;
const oneOf = <Value extends string>(values: readonly Value[]) => ({ type: 'enum', values }) as const;
const manyOf = <Value extends string>(values: readonly Value[]) => ({ type: 'enums', values }) as const;

export interface ElementSpec {
  required: Record<string, PropertyType>;
  optional: Record<string, PropertyType>;
}

export const NODE_LABELS = [
  'Framework',
  'Provision',
  'Obligation',
  'Milestone',
  'LegislativeNote',
  'Owner',
  'Vendor',
  'Model',
  'AISystem',
  'Control',
  'Evidence',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

const NODE_SPEC_TABLE = {
  Framework: {
    required: { name: string, title: string, kind: oneOf(FRAMEWORK_KIND_VALUES) },
    optional: {
      shortTitle: string,
      designation: string,
      celex: string,
      eli: string,
      officialJournal: string,
      committee: string,
      catalogueUrl: string,
      normativeReference: string,
      structure: string,
      dateOfAct: date,
      entryIntoForce: date,
      publicationDate: string,
      edition: int,
      recitals: int,
      sources: strings,
      source: string,
      caveat: string,
    },
  },
  Provision: {
    required: { framework: string, kind: oneOf(PROVISION_KIND_VALUES), number: string, ref: string, title: string, position: int },
    optional: {
      appliesFrom: date,
      appliesFromNote: string,
      status: oneOf(PROVISION_STATUS_VALUES),
      titleVerifiedBy: strings,
      verifiedBy: strings,
      titleNote: string,
      titleVariantsSeen: strings,
      grouping: boolean,
      source: string,
      caveat: string,
    },
  },
  Obligation: {
    required: {
      code: string,
      summary: string,
      roles: manyOf(ROLES),
      riskClass: oneOf(OBLIGATION_RISK_CLASSES),
      appliesFrom: date,
    },
    optional: {
      paragraph: string,
      appliesFromAnnexIProducts: date,
      amendedAppliesFrom: date,
      amendedAppliesFromAnnexIProducts: date,
      amendmentStatus: string,
      amendmentNote: string,
      note: string,
      scope: string,
      exemption: string,
      legacyModels: string,
      source: string,
      caveat: string,
    },
  },
  Milestone: {
    required: { date, kind: oneOf(MILESTONE_KIND_VALUES), what: string },
    optional: { basis: string, paragraphs: strings, caveat: string, source: string },
  },
  LegislativeNote: {
    required: { code: string, date, status: string },
    optional: { what: string, changes: strings, unchanged: strings, sources: strings, uncertainty: string, source: string },
  },
  Owner: {
    required: { kind: oneOf(OWNER_KIND_VALUES), name: string },
    optional: { email: string, jobTitle: string, description: string },
  },
  Vendor: {
    required: { name: string },
    optional: { country: string, description: string, contractRef: string, riskTier: oneOf(VENDOR_RISK_TIER_VALUES) },
  },
  Model: {
    required: {
      name: string,
      modelType: oneOf(MODEL_TYPE_VALUES),
    },
    optional: {
      version: string,
      gpai: boolean,
      systemicRisk: boolean,
      openWeights: boolean,
      description: string,
      // Art. 53(2), 54(6): the exemption needs a free and open-source licence, not open weights alone.
      licence: oneOf(MODEL_LICENCE_VALUES),
      // Art. 54(1): an authorised representative only for providers established outside the Union.
      establishedInUnion: boolean,
      // Art. 111(3): models placed before 2025-08-02 comply by 2027-08-02.
      placedOnMarket: date,
    },
  },
  AISystem: {
    required: {
      name: string,
      roles: manyOf(ROLES),
      riskClass: oneOf(SYSTEM_RISK_CLASSES),
      lifecycleStage: oneOf(LIFECYCLE_STAGE_VALUES),
    },
    optional: {
      description: string,
      intendedPurpose: string,
      highRiskBasis: oneOf(HIGH_RISK_BASIS_VALUES),
      annexIIIArea: oneOf(ANNEX_III_AREAS),
      annexIIIPoint: oneOf(ANNEX_III_POINTS),
      annexISection: oneOf(ANNEX_I_SECTION_VALUES),
      article6_3Derogation: oneOf(ARTICLE_6_3_CONDITIONS),
      profilesNaturalPersons: boolean,
      decidesAboutNaturalPersons: boolean,
      transparencyTriggers: manyOf(TRANSPARENCY_TRIGGERS),
      article25Triggers: manyOf(ARTICLE_25_TRIGGERS),
      scopeExclusion: oneOf(SCOPE_EXCLUSION_VALUES),
      gpaiBased: boolean,
      flaggedForReview: boolean,
      reviewReason: string,
      establishedInUnion: boolean,
      deployerIsPublicAuthority: boolean,
      deployerIsPublicServiceBody: boolean,
      intendedForPublicAuthorities: boolean,
      annexXComponent: boolean,
      placedOnMarket: date,
      significantlyChanged: boolean,
      significantChangeOn: date,
      withdrawnOn: date,
      unitsStillInUse: boolean,
      classifiedOn: date,
    },
  },
  Control: {
    required: { code: string, name: string },
    optional: {
      description: string,
      category: string,
      implementationStatus: oneOf(IMPLEMENTATION_STATUS_VALUES),
    },
  },
  Evidence: {
    required: { title: string, kind: oneOf(EVIDENCE_KINDS), collectedOn: date, validUntil: date },
    optional: { location: string, description: string },
  },
} satisfies Record<NodeLabel, ElementSpec>;
/** Each label's spec, as the generic code that validates and writes any label reads it. */
export const NODE_SPECS: Record<NodeLabel, ElementSpec> = NODE_SPEC_TABLE;

/** Extra labels a node gets from one of its properties (an Owner is also a Person or a Team). */
export const EXTRA_LABELS: Partial<Record<NodeLabel, { property: string; labels: Record<string, string> }>> = {
  Owner: { property: 'kind', labels: { PERSON: 'Person', TEAM: 'Team' } },
};

const strength = { type: 'int', min: 1, max: 10 } as const;
const crosswalkProperties = {
  required: { relationship: oneOf(RELATIONSHIPS), strength, rationale: string },
  optional: { id: string, sources: strings, source: string, actParagraph: string, caveat: string, strengthBasis: string },
} satisfies ElementSpec;
const noProperties = { required: {}, optional: {} } satisfies ElementSpec;

export interface RelationshipSpec extends ElementSpec {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
}

export const RELATIONSHIP_TYPES = [
  'PART_OF',
  'MAPS_TO',
  'DERIVED_FROM',
  'AMENDED_BY',
  'CONCERNS',
  'MILESTONE_OF',
  'MEMBER_OF',
  'OWNS',
  'SUPPLIED_BY',
  'FINE_TUNED_FROM',
  'USES_MODEL',
  'SATISFIES',
  'GOVERNS',
  'SUPPORTS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

const RELATIONSHIP_SPEC_TABLE = {
  PART_OF: { from: ['Provision'], to: ['Provision', 'Framework'], ...noProperties },
  MAPS_TO: { from: ['Provision'], to: ['Provision'], ...crosswalkProperties },
  DERIVED_FROM: { from: ['Obligation'], to: ['Provision'], ...noProperties },
  AMENDED_BY: { from: ['Obligation'], to: ['LegislativeNote'], ...noProperties },
  CONCERNS: { from: ['Milestone', 'LegislativeNote'], to: ['Provision', 'Framework'], ...noProperties },
  MILESTONE_OF: { from: ['Milestone'], to: ['Framework'], ...noProperties },
  MEMBER_OF: { from: ['Owner'], to: ['Owner'], ...noProperties },
  OWNS: { from: ['Owner'], to: ['AISystem', 'Control', 'Evidence'], ...noProperties },
  SUPPLIED_BY: { from: ['Model', 'AISystem'], to: ['Vendor'], ...noProperties },
  FINE_TUNED_FROM: { from: ['Model'], to: ['Model'], ...noProperties },
  USES_MODEL: { from: ['AISystem'], to: ['Model'], ...noProperties },
  SATISFIES: { from: ['Control'], to: ['Provision', 'Obligation'], ...crosswalkProperties },
  GOVERNS: { from: ['Control'], to: ['AISystem'], ...noProperties },
  SUPPORTS: { from: ['Evidence'], to: ['Control'], ...noProperties },
} satisfies Record<RelationshipType, RelationshipSpec>;
/** Each relationship type's spec, as the generic code reads it. */
export const RELATIONSHIP_SPECS: Record<RelationshipType, RelationshipSpec> = RELATIONSHIP_SPEC_TABLE;

/** The value a property of this spec holds in a data file or a record: dates as `YYYY-MM-DD`. */
type ValueOf<Property extends PropertyType> = Property extends { type: 'string' | 'date' }
  ? string
  : Property extends { type: 'strings' }
    ? string[]
    : Property extends { type: 'int' }
      ? number
      : Property extends { type: 'boolean' }
        ? boolean
        : Property extends { type: 'enum'; values: readonly (infer Value)[] }
          ? Value
          : Property extends { type: 'enums'; values: readonly (infer Value)[] }
            ? Value[]
            : never;

/** The properties of an element of this spec: its required ones and any of its optional ones. */
type PropertiesOf<Spec extends ElementSpec> = { [Name in keyof Spec['required']]: ValueOf<Spec['required'][Name]> } & {
  [Name in keyof Spec['optional']]?: ValueOf<Spec['optional'][Name]>;
};
/** A node of this label as a data file holds it. */
export type NodeRecord<Label extends NodeLabel> = { label: Label; id: string } & PropertiesOf<(typeof NODE_SPEC_TABLE)[Label]>;
/** A relationship of this type as a data file holds it. */
export type RelationshipRecord<Type extends RelationshipType> = { type: Type; from: string; to: string } & PropertiesOf<
  (typeof RELATIONSHIP_SPEC_TABLE)[Type]
>;

const PREFIX_LABELS: Record<string, NodeLabel> = {
  obligation: 'Obligation',
  milestone: 'Milestone',
  note: 'LegislativeNote',
  owner: 'Owner',
  vendor: 'Vendor',
  model: 'Model',
  system: 'AISystem',
  control: 'Control',
  evidence: 'Evidence',
};

/** The label an id belongs to, read from its prefix (graph/README.md, "Conventions"). */
export function labelOfId(id: string): NodeLabel {
  const colon = id.indexOf(':');
  if (colon < 0) return 'Framework';
  return PREFIX_LABELS[id.slice(0, colon)] ?? 'Provision';
}

export function isNodeLabel(value: unknown): value is NodeLabel {
  return typeof value === 'string' && (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}
