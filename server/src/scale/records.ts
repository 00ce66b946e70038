// The records the scale generator writes, one type per label and relationship type of graph/README.md,
// each checked (below) to be a data-file record of its label as graph/schemas.ts defines one. schemas.ts
// types a record's label but not its properties, and NODE_SPECS is declared as Record<NodeLabel,
// ElementSpec>, so property names cannot be read from the model at the type level: they are listed here
// until the model can give them, enum values come from model.ts, and the loader checks every record
// against NODE_SCHEMAS at run time (buildGeneratedDataFile).
import type { NodeJson, RelationshipJson } from '../graph/schemas.js';
import type {
  ANNEX_III_AREAS,
  ANNEX_III_POINTS,
  ARTICLE_25_TRIGGERS,
  ARTICLE_6_3_CONDITIONS,
  EVIDENCE_KINDS,
  LIFECYCLE_STAGES,
  MODEL_LICENCES,
  RELATIONSHIPS,
  ROLES,
  SCOPE_EXCLUSIONS,
  SYSTEM_RISK_CLASSES,
  TRANSPARENCY_TRIGGERS,
} from '../graph/model.js';

type OneOf<List extends readonly string[]> = List[number];

export type Role = OneOf<typeof ROLES>;
export type SystemRiskClass = OneOf<typeof SYSTEM_RISK_CLASSES>;
export type AnnexIIIArea = OneOf<typeof ANNEX_III_AREAS>;
export type TransparencyTrigger = OneOf<typeof TRANSPARENCY_TRIGGERS>;
export type LifecycleStage = OneOf<typeof LIFECYCLE_STAGES>;
type EvidenceKind = OneOf<typeof EVIDENCE_KINDS>;
type CrosswalkRelationship = OneOf<typeof RELATIONSHIPS>;
export type ModelType = 'GPAI' | 'PREDICTIVE' | 'CLASSIFIER' | 'RANKING' | 'VISION' | 'SPEECH' | 'RULES';
export type VendorRiskTier = 'LOW' | 'MEDIUM' | 'HIGH';
export type ImplementationStatus = 'IMPLEMENTED' | 'PARTIALLY_IMPLEMENTED' | 'PLANNED';
/** YYYY-MM-DD; the loader turns it into a Neo4j date. */
type Day = string;

/** The properties of each label the generator makes (NODE_SPECS: required, then optional). */
interface NodeProperties {
  Owner: { kind: 'PERSON' | 'TEAM'; name: string; email?: string; jobTitle?: string; description?: string };
  Vendor: { name: string; country?: string; description?: string; contractRef?: string; riskTier?: VendorRiskTier };
  Model: {
    name: string;
    modelType: ModelType;
    version?: string;
    gpai?: boolean;
    systemicRisk?: boolean;
    openWeights?: boolean;
    description?: string;
    licence?: OneOf<typeof MODEL_LICENCES>;
    establishedInUnion?: boolean;
    placedOnMarket?: Day;
  };
  AISystem: {
    name: string;
    roles: Role[];
    riskClass: SystemRiskClass;
    lifecycleStage: LifecycleStage;
    description?: string;
    intendedPurpose?: string;
    highRiskBasis?: 'ANNEX_III' | 'ANNEX_I';
    annexIIIArea?: AnnexIIIArea;
    annexIIIPoint?: OneOf<typeof ANNEX_III_POINTS>;
    annexISection?: 'SECTION_A' | 'SECTION_B';
    article6_3Derogation?: OneOf<typeof ARTICLE_6_3_CONDITIONS>;
    profilesNaturalPersons?: boolean;
    decidesAboutNaturalPersons?: boolean;
    transparencyTriggers?: TransparencyTrigger[];
    article25Triggers?: OneOf<typeof ARTICLE_25_TRIGGERS>[];
    scopeExclusion?: OneOf<typeof SCOPE_EXCLUSIONS>;
    gpaiBased?: boolean;
    flaggedForReview?: boolean;
    reviewReason?: string;
    establishedInUnion?: boolean;
    deployerIsPublicAuthority?: boolean;
    deployerIsPublicServiceBody?: boolean;
    intendedForPublicAuthorities?: boolean;
    annexXComponent?: boolean;
    placedOnMarket?: Day;
    significantlyChanged?: boolean;
    significantChangeOn?: Day;
    withdrawnOn?: Day;
    unitsStillInUse?: boolean;
    classifiedOn?: Day;
  };
  Control: { code: string; name: string; description?: string; category?: string; implementationStatus?: ImplementationStatus };
  Evidence: { title: string; kind: EvidenceKind; collectedOn: Day; validUntil: Day; location?: string; description?: string };
}

/** The properties of each relationship type the generator makes. */
interface RelationshipProperties {
  MEMBER_OF: Record<never, never>;
  OWNS: Record<never, never>;
  SUPPLIED_BY: Record<never, never>;
  FINE_TUNED_FROM: Record<never, never>;
  USES_MODEL: Record<never, never>;
  GOVERNS: Record<never, never>;
  SUPPORTS: Record<never, never>;
  SATISFIES: { relationship: CrosswalkRelationship; strength: number; rationale: string };
}

type GeneratedLabel = keyof NodeProperties;
type GeneratedType = keyof RelationshipProperties;

/** A type error here means a record above is not a data-file record of its label or type. */
type CheckedNodes<Records extends { [Label in GeneratedLabel]: NodeJson<Label> }> = Records;
type CheckedRelationships<Records extends { [Type in GeneratedType]: RelationshipJson<Type> }> = Records;
type NodeRecords = CheckedNodes<{ [Label in GeneratedLabel]: { label: Label; id: string } & NodeProperties[Label] }>;
type RelationshipRecords = CheckedRelationships<{
  [Type in GeneratedType]: { type: Type; from: string; to: string } & RelationshipProperties[Type];
}>;

export type NodeRecord<Label extends GeneratedLabel> = NodeRecords[Label];

/** Any generated node, narrowed by its `label`. */
export type GeneratedNode = NodeRecords[GeneratedLabel];
/** Any generated relationship, narrowed by its `type`. */
export type GeneratedRelationship = RelationshipRecords[GeneratedType];
