/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * What a caller may do (README, "Keys and roles"): VIEWER reads everything but keys and the audit trail;
 * EDITOR also writes the organisation's side; AUDITOR reads everything including the audit trail and
 * writes nothing; ADMIN does everything, keys included. (Role is the AI Act's roles of an organisation.)
 */
export type AccessRole =
  | 'ADMIN'
  | 'AUDITOR'
  | 'EDITOR'
  | 'VIEWER';

/** Annex III points 1–8. */
export type AnnexIiiArea =
  | 'BIOMETRICS'
  | 'CRITICAL_INFRASTRUCTURE'
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'ESSENTIAL_SERVICES'
  | 'JUSTICE_AND_DEMOCRACY'
  | 'LAW_ENFORCEMENT'
  | 'MIGRATION';

/** Annex I: section A (new legislative framework) or section B (old approach: Art. 2(2) limits what applies). */
export type AnnexISection =
  | 'SECTION_A'
  | 'SECTION_B';

/** Art. 6(3)(a)–(d): the condition under which the provider assessed an Annex III system as not high-risk. */
export type Article6_3Condition =
  /** (a) performs a narrow procedural task */
  | 'A_NARROW_PROCEDURAL_TASK'
  /** (b) improves the result of a previously completed human activity */
  | 'B_IMPROVES_COMPLETED_HUMAN_ACTIVITY'
  /** (c) detects decision-making patterns or deviations, without replacing or influencing the human assessment */
  | 'C_DETECTS_DECISION_PATTERNS'
  /** (d) performs a preparatory task to an assessment relevant to an Annex III use */
  | 'D_PREPARATORY_TASK';

/** Art. 25(1)(a)–(c): how a distributor, importer, deployer or other third party becomes a provider. */
export type Article25Trigger =
  /** (a) puts its name or trademark on a high-risk system already on the market */
  | 'NAME_OR_TRADEMARK'
  /** (c) modifies the intended purpose of a system so that it becomes high-risk */
  | 'NEW_HIGH_RISK_PURPOSE'
  /** (b) makes a substantial modification to a high-risk system that keeps it high-risk */
  | 'SUBSTANTIAL_MODIFICATION';

/** How the caller of a request proved who it is. */
export type CallerKind =
  /** The key given to the server at start (CROSSWALK_ADMIN_KEY). */
  | 'ADMIN_KEY'
  /** No credentials, from this machine, where the server allows anonymous reading. */
  | 'ANONYMOUS'
  /** An API key created with createApiKey. */
  | 'API_KEY'
  /** A bearer token from the organisation's identity provider (OpenID Connect). */
  | 'OIDC'
  /** The server itself: the first start creating the first admin key. */
  | 'SYSTEM';

export type ClassificationAnswerInput = {
  questionId: string | number;
  /** YES/NO, an option's value, or a date. */
  value?: string | null | undefined;
  /** For MANY_OF questions. */
  values?: Array<string> | null | undefined;
};

/** How a classification question is answered. */
export type ClassificationAnswerKind =
  /** value: a date, YYYY-MM-DD */
  | 'DATE'
  /** values: any of the options (none is a valid answer) */
  | 'MANY_OF'
  /** value: one of the options */
  | 'ONE_OF'
  /** value YES or NO */
  | 'YES_NO';

/** FULL when the derived relationship is EQUAL or SUPERSET_OF; PARTIAL for SUBSET_OF and INTERSECTS_WITH. */
export type Coverage =
  | 'FULL'
  | 'NONE'
  | 'PARTIAL';

/**
 * A relationship derived along a path by composing NIST IR 8477 relationships (README, "Crosswalk
 * reasoning"). NIST IR 8477 defines the relationships as set relations; it defines no composition:
 * the composition table is Crosswalk's own rule built on those set definitions. A derived
 * INTERSECTS_WITH means "overlaps at least" (a conservative reading: the two may be equal or nested).
 * INDETERMINATE: the path says nothing certain about the overlap.
 */
export type DerivedRelationship =
  | 'EQUAL'
  | 'INDETERMINATE'
  | 'INTERSECTS_WITH'
  | 'SUBSET_OF'
  | 'SUPERSET_OF';

/** Whether evidence is still valid today: EXPIRING when it runs out within 30 days. */
export type Freshness =
  | 'CURRENT'
  | 'EXPIRED'
  | 'EXPIRING';

export type GapFilter = {
  /** Obligations derived from this article. */
  article?: string | number | null | undefined;
  /** Systems owned by this owner. */
  owner?: string | number | null | undefined;
  riskClass?: Array<RiskClass> | null | undefined;
  status?: Array<GapStatus> | null | undefined;
};

/**
 * COVERED: a governing control fully covers the obligation and has current evidence. STALE_EVIDENCE:
 * fully covered, but every evidence item of the covering controls is expired (or there is none).
 * PARTIAL: only partial coverage. UNCOVERED: no governing control reaches it.
 */
export type GapStatus =
  | 'COVERED'
  | 'PARTIAL'
  | 'STALE_EVIDENCE'
  | 'UNCOVERED';

export type HighRiskBasis =
  | 'ANNEX_I'
  | 'ANNEX_III';

export type ImplementationStatus =
  | 'IMPLEMENTED'
  | 'PARTIALLY_IMPLEMENTED'
  | 'PLANNED';

/**
 * How settled the law behind an answer is. IN_FORCE: Regulation (EU) 2024/1689 as in force (with the
 * Digital Omnibus where an administrator has recorded it in force). AMENDMENT_NOT_IN_FORCE: the date comes
 * from the Digital Omnibus, which is not recorded as in force (adopted; Official Journal publication not
 * verified). SUPERSEDED: an original date asked for (useAmendedDates: false) that the amendment, recorded
 * in force, has replaced. UNSETTLED: the law is unclear for this case; `legalNote` says why and what
 * Crosswalk assumed.
 */
export type LegalStatus =
  | 'AMENDMENT_NOT_IN_FORCE'
  | 'IN_FORCE'
  | 'SUPERSEDED'
  | 'UNSETTLED';

/** NIST IR 8477 set-theory relationship of one element's content to another's. */
export type MappingRelationship =
  | 'EQUAL'
  | 'INTERSECTS_WITH'
  | 'NOT_RELATED'
  | 'SUBSET_OF'
  | 'SUPERSET_OF';

/** The kinds of node, for search and for clients that branch on them. */
export type NodeKind =
  | 'AI_SYSTEM'
  | 'CONTROL'
  | 'EVIDENCE'
  | 'FRAMEWORK'
  | 'LEGISLATIVE_NOTE'
  | 'MILESTONE'
  | 'MODEL'
  | 'OBLIGATION'
  | 'OWNER'
  | 'PROVISION'
  | 'VENDOR';

/** Which way a relationship points, seen from the node whose details are asked for. */
export type NodeRelationshipDirection =
  /** From the other node to this one. */
  | 'INCOMING'
  /** From this node to the other. */
  | 'OUTGOING';

export type ProvisionKind =
  | 'ANNEX'
  | 'ANNEX_A_CONTROL'
  | 'ANNEX_A_OBJECTIVE'
  | 'ANNEX_A_TOPIC'
  | 'ARTICLE'
  | 'CHAPTER'
  | 'CLAUSE'
  | 'SECTION';

/**
 * Risk classes of the AI Act. AI systems are PROHIBITED, HIGH_RISK, TRANSPARENCY or MINIMAL; obligations
 * also target GPAI models (GPAI, GPAI_SYSTEMIC_RISK) or every system (ALL, e.g. AI literacy).
 */
export type RiskClass =
  | 'ALL'
  | 'GPAI'
  | 'GPAI_SYSTEMIC_RISK'
  | 'HIGH_RISK'
  | 'MINIMAL'
  | 'PROHIBITED'
  | 'TRANSPARENCY';

/**
 * A role an organisation holds for an AI system (AI Act Art. 3(3)–(7); the product manufacturer of
 * Art. 25(3)). AUTHORISED_REPRESENTATIVE: mandated by a provider established outside the Union
 * (Art. 22(3), 54(3)); PRODUCT_MANUFACTURER: places an Annex I product with the AI system under its own
 * name (Art. 25(3)).
 */
export type Role =
  | 'AUTHORISED_REPRESENTATIVE'
  | 'DEPLOYER'
  | 'DISTRIBUTOR'
  | 'IMPORTER'
  | 'PRODUCT_MANUFACTURER'
  | 'PROVIDER';

/** Art. 2: the system is outside the Regulation's scope. */
export type ScopeExclusion =
  /** Art. 2(12): released under free and open-source licences, unless high-risk, an Art. 5 practice or under Art. 50 */
  | 'FREE_OPEN_SOURCE_SYSTEM'
  /** Art. 2(3): exclusively military, defence or national-security purposes */
  | 'MILITARY_DEFENCE_NATIONAL_SECURITY'
  /** Art. 2(10): used by a natural person in a purely personal, non-professional activity (deployer duties) */
  | 'PERSONAL_NON_PROFESSIONAL'
  /** Art. 2(8): research, testing or development before being placed on the market or put into service (not real-world testing) */
  | 'RESEARCH_BEFORE_MARKET'
  /** Art. 2(6): developed and put into service for the sole purpose of scientific research and development */
  | 'SCIENTIFIC_RESEARCH_ONLY'
  /** Art. 2(4): public authorities of third countries or international organisations under international cooperation */
  | 'THIRD_COUNTRY_PUBLIC_AUTHORITY';

/**
 * What makes Art. 50 transparency duties apply: CHATBOT 50(1), GENERATED_CONTENT 50(2),
 * EMOTION_RECOGNITION and BIOMETRIC_CATEGORISATION 50(3), DEEP_FAKE 50(4).
 */
export type TransparencyTrigger =
  | 'BIOMETRIC_CATEGORISATION'
  | 'CHATBOT'
  | 'DEEP_FAKE'
  | 'EMOTION_RECOGNITION'
  | 'GENERATED_CONTENT';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { actor: string, role: AccessRole, kind: CallerKind } };

export type ClassificationOutcomeFieldsFragment = { riskClass: RiskClass | null, outOfScope: ScopeExclusion | null, highRiskBasis: HighRiskBasis | null, annexISection: AnnexISection | null, annexIIIArea: AnnexIiiArea | null, annexIIIPoint: string | null, article6_3Derogation: Article6_3Condition | null, prohibitedPractices: Array<string>, transparencyTriggers: Array<TransparencyTrigger>, gpai: boolean, systemicRisk: boolean, roles: Array<Role>, article25Triggers: Array<Article25Trigger>, openQuestions: Array<string>, complete: boolean, steps: Array<{ questionId: string, question: string, answer: string, article: string, effect: string }> };

export type ClassificationAssessmentFieldsFragment = { id: string, assessedAt: string, assessedBy: string, current: boolean, answers: Array<{ questionId: string, value: string | null, values: Array<string> | null }>, result: { riskClass: RiskClass | null, outOfScope: ScopeExclusion | null, highRiskBasis: HighRiskBasis | null, annexISection: AnnexISection | null, annexIIIArea: AnnexIiiArea | null, annexIIIPoint: string | null, article6_3Derogation: Article6_3Condition | null, prohibitedPractices: Array<string>, transparencyTriggers: Array<TransparencyTrigger>, gpai: boolean, systemicRisk: boolean, roles: Array<Role>, article25Triggers: Array<Article25Trigger>, openQuestions: Array<string>, complete: boolean, steps: Array<{ questionId: string, question: string, answer: string, article: string, effect: string }> } };

export type ClassificationQuestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClassificationQuestionsQuery = { classificationQuestions: Array<{ id: string, section: string, text: string, help: string | null, article: string, kind: ClassificationAnswerKind, shownWhen: string | null, options: Array<{ value: string, label: string, article: string | null }> }> };

export type ClassifySystemQueryVariables = Exact<{
  id: string | number;
}>;


export type ClassifySystemQuery = { node:
    | { __typename: 'AISystem', name: string, riskClass: RiskClass, roles: Array<Role>, id: string, classificationAssessments: Array<{ id: string, assessedAt: string, assessedBy: string, current: boolean, answers: Array<{ questionId: string, value: string | null, values: Array<string> | null }>, result: { riskClass: RiskClass | null, outOfScope: ScopeExclusion | null, highRiskBasis: HighRiskBasis | null, annexISection: AnnexISection | null, annexIIIArea: AnnexIiiArea | null, annexIIIPoint: string | null, article6_3Derogation: Article6_3Condition | null, prohibitedPractices: Array<string>, transparencyTriggers: Array<TransparencyTrigger>, gpai: boolean, systemicRisk: boolean, roles: Array<Role>, article25Triggers: Array<Article25Trigger>, openQuestions: Array<string>, complete: boolean, steps: Array<{ questionId: string, question: string, answer: string, article: string, effect: string }> } }> }
    | { __typename: 'Amendment', id: string }
    | { __typename: 'ClassificationAssessment', id: string }
    | { __typename: 'Control', id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'LegislativeNote', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'Model', id: string }
    | { __typename: 'Obligation', id: string }
    | { __typename: 'Owner', id: string }
    | { __typename: 'Provision', id: string }
    | { __typename: 'Vendor', id: string }
   | null };

export type ClassifyQueryVariables = Exact<{
  answers: Array<ClassificationAnswerInput> | ClassificationAnswerInput;
}>;


export type ClassifyQuery = { classify: { riskClass: RiskClass | null, outOfScope: ScopeExclusion | null, highRiskBasis: HighRiskBasis | null, annexISection: AnnexISection | null, annexIIIArea: AnnexIiiArea | null, annexIIIPoint: string | null, article6_3Derogation: Article6_3Condition | null, prohibitedPractices: Array<string>, transparencyTriggers: Array<TransparencyTrigger>, gpai: boolean, systemicRisk: boolean, roles: Array<Role>, article25Triggers: Array<Article25Trigger>, openQuestions: Array<string>, complete: boolean, steps: Array<{ questionId: string, question: string, answer: string, article: string, effect: string }> } };

export type SaveClassificationMutationVariables = Exact<{
  aiSystemId: string | number;
  answers: Array<ClassificationAnswerInput> | ClassificationAnswerInput;
}>;


export type SaveClassificationMutation = { saveClassification: { id: string, assessedAt: string, assessedBy: string, current: boolean, aiSystem: { id: string, riskClass: RiskClass, roles: Array<Role>, annexIIIPoint: string | null, classifiedOn: string | null, classificationAssessments: Array<{ id: string, current: boolean }> }, answers: Array<{ questionId: string, value: string | null, values: Array<string> | null }>, result: { riskClass: RiskClass | null, outOfScope: ScopeExclusion | null, highRiskBasis: HighRiskBasis | null, annexISection: AnnexISection | null, annexIIIArea: AnnexIiiArea | null, annexIIIPoint: string | null, article6_3Derogation: Article6_3Condition | null, prohibitedPractices: Array<string>, transparencyTriggers: Array<TransparencyTrigger>, gpai: boolean, systemicRisk: boolean, roles: Array<Role>, article25Triggers: Array<Article25Trigger>, openQuestions: Array<string>, complete: boolean, steps: Array<{ questionId: string, question: string, answer: string, article: string, effect: string }> } } };

export type ClassifySystemsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ClassifySystemsQuery = { aiSystems: { totalCount: number, nodes: Array<{ id: string, name: string, riskClass: RiskClass }> } };

export type SearchNodesQueryVariables = Exact<{
  text: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchNodesQuery = { search: Array<{ score: number, node:
      | { __typename: 'AISystem', name: string, id: string }
      | { __typename: 'Amendment', id: string }
      | { __typename: 'ClassificationAssessment', id: string }
      | { __typename: 'Control', code: string, name: string, id: string }
      | { __typename: 'Evidence', title: string, id: string }
      | { __typename: 'Framework', name: string, id: string }
      | { __typename: 'LegislativeNote', code: string, id: string }
      | { __typename: 'Milestone', what: string, id: string }
      | { __typename: 'Model', name: string, id: string }
      | { __typename: 'Obligation', code: string, id: string }
      | { __typename: 'Owner', name: string, id: string }
      | { __typename: 'Provision', ref: string, title: string, id: string }
      | { __typename: 'Vendor', name: string, id: string }
     }> };

export type CrosswalkReasoningFragment = { relationship: DerivedRelationship, strength: number, coverage: Coverage, direct: boolean, hops: number, paths: Array<{ relationship: DerivedRelationship, strength: number, nodes: Array<{ id: string, kind: NodeKind, label: string }>, edges: Array<{ id: string, source: string, target: string, type: string, relationship: MappingRelationship | null, strength: number | null }> }> };

type CrosswalkTargetFields_AiSystem_Fragment = { __typename: 'AISystem', name: string, id: string };

type CrosswalkTargetFields_Amendment_Fragment = { __typename: 'Amendment', id: string };

type CrosswalkTargetFields_ClassificationAssessment_Fragment = { __typename: 'ClassificationAssessment', id: string };

type CrosswalkTargetFields_Control_Fragment = { __typename: 'Control', code: string, name: string, id: string };

type CrosswalkTargetFields_Evidence_Fragment = { __typename: 'Evidence', title: string, id: string };

type CrosswalkTargetFields_Framework_Fragment = { __typename: 'Framework', name: string, id: string };

type CrosswalkTargetFields_LegislativeNote_Fragment = { __typename: 'LegislativeNote', code: string, id: string };

type CrosswalkTargetFields_Milestone_Fragment = { __typename: 'Milestone', what: string, id: string };

type CrosswalkTargetFields_Model_Fragment = { __typename: 'Model', name: string, id: string };

type CrosswalkTargetFields_Obligation_Fragment = { __typename: 'Obligation', summary: string, code: string, id: string };

type CrosswalkTargetFields_Owner_Fragment = { __typename: 'Owner', name: string, id: string };

type CrosswalkTargetFields_Provision_Fragment = { __typename: 'Provision', ref: string, title: string, id: string };

type CrosswalkTargetFields_Vendor_Fragment = { __typename: 'Vendor', name: string, id: string };

export type CrosswalkTargetFieldsFragment =
  | CrosswalkTargetFields_AiSystem_Fragment
  | CrosswalkTargetFields_Amendment_Fragment
  | CrosswalkTargetFields_ClassificationAssessment_Fragment
  | CrosswalkTargetFields_Control_Fragment
  | CrosswalkTargetFields_Evidence_Fragment
  | CrosswalkTargetFields_Framework_Fragment
  | CrosswalkTargetFields_LegislativeNote_Fragment
  | CrosswalkTargetFields_Milestone_Fragment
  | CrosswalkTargetFields_Model_Fragment
  | CrosswalkTargetFields_Obligation_Fragment
  | CrosswalkTargetFields_Owner_Fragment
  | CrosswalkTargetFields_Provision_Fragment
  | CrosswalkTargetFields_Vendor_Fragment
;

export type CrosswalkControlSatisfactionQueryVariables = Exact<{
  controlId: string | number;
  maxHops?: number | null | undefined;
  includeIndeterminate?: boolean | null | undefined;
}>;


export type CrosswalkControlSatisfactionQuery = { subject:
    | { __typename: 'AISystem', id: string }
    | { __typename: 'Amendment', id: string }
    | { __typename: 'ClassificationAssessment', id: string }
    | { __typename: 'Control', code: string, name: string, description: string | null, implementationStatus: ImplementationStatus | null, id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'LegislativeNote', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'Model', id: string }
    | { __typename: 'Obligation', id: string }
    | { __typename: 'Owner', id: string }
    | { __typename: 'Provision', id: string }
    | { __typename: 'Vendor', id: string }
   | null, satisfaction: Array<{ relationship: DerivedRelationship, strength: number, coverage: Coverage, direct: boolean, hops: number, target:
      | { __typename: 'AISystem', name: string, id: string }
      | { __typename: 'Amendment', id: string }
      | { __typename: 'ClassificationAssessment', id: string }
      | { __typename: 'Control', code: string, name: string, id: string }
      | { __typename: 'Evidence', title: string, id: string }
      | { __typename: 'Framework', name: string, id: string }
      | { __typename: 'LegislativeNote', code: string, id: string }
      | { __typename: 'Milestone', what: string, id: string }
      | { __typename: 'Model', name: string, id: string }
      | { __typename: 'Obligation', summary: string, code: string, id: string }
      | { __typename: 'Owner', name: string, id: string }
      | { __typename: 'Provision', ref: string, title: string, id: string }
      | { __typename: 'Vendor', name: string, id: string }
    , paths: Array<{ relationship: DerivedRelationship, strength: number, nodes: Array<{ id: string, kind: NodeKind, label: string }>, edges: Array<{ id: string, source: string, target: string, type: string, relationship: MappingRelationship | null, strength: number | null }> }> }> };

export type CrosswalkTargetControlsQueryVariables = Exact<{
  id: string | number;
  maxHops?: number | null | undefined;
  includeIndeterminate?: boolean | null | undefined;
}>;


export type CrosswalkTargetControlsQuery = { subject:
    | { __typename: 'AISystem', name: string, id: string }
    | { __typename: 'Amendment', id: string }
    | { __typename: 'ClassificationAssessment', id: string }
    | { __typename: 'Control', code: string, name: string, id: string }
    | { __typename: 'Evidence', title: string, id: string }
    | { __typename: 'Framework', name: string, id: string }
    | { __typename: 'LegislativeNote', code: string, id: string }
    | { __typename: 'Milestone', what: string, id: string }
    | { __typename: 'Model', name: string, id: string }
    | { __typename: 'Obligation', summary: string, code: string, id: string }
    | { __typename: 'Owner', name: string, id: string }
    | { __typename: 'Provision', ref: string, title: string, id: string }
    | { __typename: 'Vendor', name: string, id: string }
   | null, controlsFor: Array<{ control: { __typename: 'Control', id: string, code: string, name: string, implementationStatus: ImplementationStatus | null }, satisfaction: { relationship: DerivedRelationship, strength: number, coverage: Coverage, direct: boolean, hops: number, paths: Array<{ relationship: DerivedRelationship, strength: number, nodes: Array<{ id: string, kind: NodeKind, label: string }>, edges: Array<{ id: string, source: string, target: string, type: string, relationship: MappingRelationship | null, strength: number | null }> }> }, evidence: { current: number, expiring: number, expired: number, total: number, best: Freshness | null } }> };

export type ExploreSeedsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExploreSeedsQuery = { nodes: Array<
    | { __typename: 'AISystem', name: string, id: string }
    | { __typename: 'Amendment', id: string }
    | { __typename: 'ClassificationAssessment', id: string }
    | { __typename: 'Control', code: string, name: string, id: string }
    | { __typename: 'Evidence', title: string, id: string }
    | { __typename: 'Framework', name: string, id: string }
    | { __typename: 'LegislativeNote', code: string, id: string }
    | { __typename: 'Milestone', what: string, id: string }
    | { __typename: 'Model', name: string, id: string }
    | { __typename: 'Obligation', code: string, id: string }
    | { __typename: 'Owner', name: string, id: string }
    | { __typename: 'Provision', ref: string, title: string, id: string }
    | { __typename: 'Vendor', name: string, id: string }
   | null> };

export type ExploreNeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  limit: number;
}>;


export type ExploreNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, kind: NodeKind, label: string }>, edges: Array<{ id: string, source: string, target: string, type: string, relationship: MappingRelationship | null, strength: number | null }> } };

export type ExploreEdgesAmongQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExploreEdgesAmongQuery = { edgesAmong: Array<{ id: string, source: string, target: string, type: string, relationship: MappingRelationship | null, strength: number | null }> };

export type ExploreNodeDetailsQueryVariables = Exact<{
  id: string | number;
  relationshipLimit: number;
}>;


export type ExploreNodeDetailsQuery = { nodeDetails: { relationshipCount: number, truncated: boolean, node: { id: string, kind: NodeKind, label: string }, properties: Array<{ key: string, value: string | null, values: Array<string> | null }>, relationships: Array<{ direction: NodeRelationshipDirection, edge: { id: string, source: string, target: string, type: string, relationship: MappingRelationship | null, strength: number | null }, other: { id: string, kind: NodeKind, label: string } }> } | null };

export type ExploreEdgeRationaleQueryVariables = Exact<{
  source: string | number;
}>;


export type ExploreEdgeRationaleQuery = { node:
    | { __typename: 'AISystem', id: string }
    | { __typename: 'Amendment', id: string }
    | { __typename: 'ClassificationAssessment', id: string }
    | { __typename: 'Control', id: string, satisfies: { nodes: Array<{ id: string, rationale: string, source: string | null, target:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'LegislativeNote', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'Model', id: string }
    | { __typename: 'Obligation', id: string }
    | { __typename: 'Owner', id: string }
    | { __typename: 'Provision', id: string, mappings: { nodes: Array<{ id: string, rationale: string, sources: Array<string>, caveat: string | null, strengthBasis: string | null, actParagraph: string | null, to: { id: string } }> } }
    | { __typename: 'Vendor', id: string }
   | null };

export type GapStatusCountsFragment = { covered: number, partial: number, staleEvidence: number, uncovered: number, total: number };

export type GapCountFieldsFragment = { key: string, label: string, coverageRatio: number, covered: number, partial: number, staleEvidence: number, uncovered: number, total: number };

export type GapRowsQueryVariables = Exact<{
  aiSystemId?: string | number | null | undefined;
  asOf?: string | null | undefined;
  filter?: GapFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withSummary: boolean;
}>;


export type GapRowsQuery = { gaps: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, summary?: { total: { key: string, label: string, coverageRatio: number, covered: number, partial: number, staleEvidence: number, uncovered: number, total: number }, bySystem: Array<{ key: string, label: string, coverageRatio: number, covered: number, partial: number, staleEvidence: number, uncovered: number, total: number }> }, nodes: Array<{ id: string, status: GapStatus, role: Role, appliesFrom: string, dateBasis: string, legalStatus: LegalStatus, legalNote: string | null, missingFacts: Array<string>, reason: string, aiSystem: { id: string, name: string, riskClass: RiskClass, owner: { id: string, name: string } | null }, obligation: { id: string, code: string, summary: string, article: { id: string, ref: string, title: string } }, controls: Array<{ relationship: DerivedRelationship, strength: number, coverage: Coverage, direct: boolean, control: { id: string, code: string, name: string }, evidence: { current: number, expiring: number, expired: number, total: number, best: Freshness | null } }> }> } };

export type GapSystemsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GapSystemsQuery = { aiSystems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, riskClass: RiskClass, owner: { id: string, name: string } | null }> } };

export type UpcomingObligationsQueryVariables = Exact<{
  from: string;
  to: string;
  aiSystemId?: string | number | null | undefined;
}>;


export type UpcomingObligationsQuery = { obligationsApplyingBetween: Array<{ appliesFrom: string, dateBasis: string, role: Role, aiSystem: { id: string, name: string, riskClass: RiskClass, owner: { id: string } | null }, obligation: { id: string, code: string, summary: string } }> };

export type GraphNodeFieldsFragment = { id: string, kind: NodeKind, label: string };

export type GraphEdgeFieldsFragment = { id: string, source: string, target: string, type: string, relationship: MappingRelationship | null, strength: number | null };

type NodeLabelFields_AiSystem_Fragment = { __typename: 'AISystem', name: string, id: string };

type NodeLabelFields_Amendment_Fragment = { __typename: 'Amendment', id: string };

type NodeLabelFields_ClassificationAssessment_Fragment = { __typename: 'ClassificationAssessment', id: string };

type NodeLabelFields_Control_Fragment = { __typename: 'Control', code: string, name: string, id: string };

type NodeLabelFields_Evidence_Fragment = { __typename: 'Evidence', title: string, id: string };

type NodeLabelFields_Framework_Fragment = { __typename: 'Framework', name: string, id: string };

type NodeLabelFields_LegislativeNote_Fragment = { __typename: 'LegislativeNote', code: string, id: string };

type NodeLabelFields_Milestone_Fragment = { __typename: 'Milestone', what: string, id: string };

type NodeLabelFields_Model_Fragment = { __typename: 'Model', name: string, id: string };

type NodeLabelFields_Obligation_Fragment = { __typename: 'Obligation', code: string, id: string };

type NodeLabelFields_Owner_Fragment = { __typename: 'Owner', name: string, id: string };

type NodeLabelFields_Provision_Fragment = { __typename: 'Provision', ref: string, title: string, id: string };

type NodeLabelFields_Vendor_Fragment = { __typename: 'Vendor', name: string, id: string };

export type NodeLabelFieldsFragment =
  | NodeLabelFields_AiSystem_Fragment
  | NodeLabelFields_Amendment_Fragment
  | NodeLabelFields_ClassificationAssessment_Fragment
  | NodeLabelFields_Control_Fragment
  | NodeLabelFields_Evidence_Fragment
  | NodeLabelFields_Framework_Fragment
  | NodeLabelFields_LegislativeNote_Fragment
  | NodeLabelFields_Milestone_Fragment
  | NodeLabelFields_Model_Fragment
  | NodeLabelFields_Obligation_Fragment
  | NodeLabelFields_Owner_Fragment
  | NodeLabelFields_Provision_Fragment
  | NodeLabelFields_Vendor_Fragment
;

export type EvidenceSummaryFieldsFragment = { current: number, expiring: number, expired: number, total: number, best: Freshness | null };

export type HomeExamplesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type HomeExamplesQuery = { nodes: Array<
    | { __typename: 'AISystem', name: string, id: string }
    | { __typename: 'Amendment', id: string }
    | { __typename: 'ClassificationAssessment', id: string }
    | { __typename: 'Control', code: string, name: string, id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'LegislativeNote', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'Model', id: string }
    | { __typename: 'Obligation', id: string }
    | { __typename: 'Owner', id: string }
    | { __typename: 'Provision', id: string }
    | { __typename: 'Vendor', name: string, id: string }
   | null> };

export type HomeSystemGapsQueryVariables = Exact<{
  aiSystemId: string | number;
}>;


export type HomeSystemGapsQuery = { gaps: { summary: { total: { covered: number, partial: number, staleEvidence: number, uncovered: number, total: number } } } };

export type ImpactOfQueryVariables = Exact<{
  of: string | number;
  maxDepth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ImpactOfQuery = { impact: { truncated: boolean, of:
      | { __typename: 'AISystem', id: string }
      | { __typename: 'Amendment', id: string }
      | { __typename: 'ClassificationAssessment', id: string }
      | { __typename: 'Control', code: string, name: string, id: string }
      | { __typename: 'Evidence', title: string, id: string }
      | { __typename: 'Framework', id: string }
      | { __typename: 'LegislativeNote', id: string }
      | { __typename: 'Milestone', id: string }
      | { __typename: 'Model', name: string, id: string }
      | { __typename: 'Obligation', id: string }
      | { __typename: 'Owner', id: string }
      | { __typename: 'Provision', id: string }
      | { __typename: 'Vendor', name: string, id: string }
    , counts: { aiSystems: number, obligations: number, controls: number, evidence: number, owners: number }, aiSystems: Array<{ relationship: DerivedRelationship | null, coverage: Coverage | null, strength: number | null, node:
        | { __typename: 'AISystem', riskClass: RiskClass, id: string }
        | { __typename: 'Amendment', id: string }
        | { __typename: 'ClassificationAssessment', id: string }
        | { __typename: 'Control', id: string }
        | { __typename: 'Evidence', id: string }
        | { __typename: 'Framework', id: string }
        | { __typename: 'LegislativeNote', id: string }
        | { __typename: 'Milestone', id: string }
        | { __typename: 'Model', id: string }
        | { __typename: 'Obligation', summary: string, id: string }
        | { __typename: 'Owner', id: string }
        | { __typename: 'Provision', id: string }
        | { __typename: 'Vendor', id: string }
      , path: { nodes: Array<{ id: string, kind: NodeKind, label: string }>, edges: Array<{ id: string, source: string, target: string, type: string, relationship: MappingRelationship | null, strength: number | null }> } }>, obligations: Array<{ relationship: DerivedRelationship | null, coverage: Coverage | null, strength: number | null, node:
        | { __typename: 'AISystem', riskClass: RiskClass, id: string }
        | { __typename: 'Amendment', id: string }
        | { __typename: 'ClassificationAssessment', id: string }
        | { __typename: 'Control', id: string }
        | { __typename: 'Evidence', id: string }
        | { __typename: 'Framework', id: string }
        | { __typename: 'LegislativeNote', id: string }
        | { __typename: 'Milestone', id: string }
        | { __typename: 'Model', id: string }
        | { __typename: 'Obligation', summary: string, id: string }
        | { __typename: 'Owner', id: string }
        | { __typename: 'Provision', id: string }
        | { __typename: 'Vendor', id: string }
      , path: { nodes: Array<{ id: string, kind: NodeKind, label: string }>, edges: Array<{ id: string, source: string, target: string, type: string, relationship: MappingRelationship | null, strength: number | null }> } }>, controls: Array<{ relationship: DerivedRelationship | null, coverage: Coverage | null, strength: number | null, node:
        | { __typename: 'AISystem', riskClass: RiskClass, id: string }
        | { __typename: 'Amendment', id: string }
        | { __typename: 'ClassificationAssessment', id: string }
        | { __typename: 'Control', id: string }
        | { __typename: 'Evidence', id: string }
        | { __typename: 'Framework', id: string }
        | { __typename: 'LegislativeNote', id: string }
        | { __typename: 'Milestone', id: string }
        | { __typename: 'Model', id: string }
        | { __typename: 'Obligation', summary: string, id: string }
        | { __typename: 'Owner', id: string }
        | { __typename: 'Provision', id: string }
        | { __typename: 'Vendor', id: string }
      , path: { nodes: Array<{ id: string, kind: NodeKind, label: string }>, edges: Array<{ id: string, source: string, target: string, type: string, relationship: MappingRelationship | null, strength: number | null }> } }>, evidence: Array<{ relationship: DerivedRelationship | null, coverage: Coverage | null, strength: number | null, node:
        | { __typename: 'AISystem', riskClass: RiskClass, id: string }
        | { __typename: 'Amendment', id: string }
        | { __typename: 'ClassificationAssessment', id: string }
        | { __typename: 'Control', id: string }
        | { __typename: 'Evidence', id: string }
        | { __typename: 'Framework', id: string }
        | { __typename: 'LegislativeNote', id: string }
        | { __typename: 'Milestone', id: string }
        | { __typename: 'Model', id: string }
        | { __typename: 'Obligation', summary: string, id: string }
        | { __typename: 'Owner', id: string }
        | { __typename: 'Provision', id: string }
        | { __typename: 'Vendor', id: string }
      , path: { nodes: Array<{ id: string, kind: NodeKind, label: string }>, edges: Array<{ id: string, source: string, target: string, type: string, relationship: MappingRelationship | null, strength: number | null }> } }>, owners: Array<{ relationship: DerivedRelationship | null, coverage: Coverage | null, strength: number | null, node:
        | { __typename: 'AISystem', riskClass: RiskClass, id: string }
        | { __typename: 'Amendment', id: string }
        | { __typename: 'ClassificationAssessment', id: string }
        | { __typename: 'Control', id: string }
        | { __typename: 'Evidence', id: string }
        | { __typename: 'Framework', id: string }
        | { __typename: 'LegislativeNote', id: string }
        | { __typename: 'Milestone', id: string }
        | { __typename: 'Model', id: string }
        | { __typename: 'Obligation', summary: string, id: string }
        | { __typename: 'Owner', id: string }
        | { __typename: 'Provision', id: string }
        | { __typename: 'Vendor', id: string }
      , path: { nodes: Array<{ id: string, kind: NodeKind, label: string }>, edges: Array<{ id: string, source: string, target: string, type: string, relationship: MappingRelationship | null, strength: number | null }> } }> } };

export type ImpactItemFragment = { relationship: DerivedRelationship | null, coverage: Coverage | null, strength: number | null, node:
    | { __typename: 'AISystem', riskClass: RiskClass, id: string }
    | { __typename: 'Amendment', id: string }
    | { __typename: 'ClassificationAssessment', id: string }
    | { __typename: 'Control', id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'LegislativeNote', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'Model', id: string }
    | { __typename: 'Obligation', summary: string, id: string }
    | { __typename: 'Owner', id: string }
    | { __typename: 'Provision', id: string }
    | { __typename: 'Vendor', id: string }
  , path: { nodes: Array<{ id: string, kind: NodeKind, label: string }>, edges: Array<{ id: string, source: string, target: string, type: string, relationship: MappingRelationship | null, strength: number | null }> } };

export type WhatIfRemovedQueryVariables = Exact<{
  removeIds: Array<string | number> | string | number;
}>;


export type WhatIfRemovedQuery = { whatIf: { changedRows: number, droppedRows: number, removed: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    >, systems: Array<{ removed: boolean, aiSystem: { id: string, name: string, riskClass: RiskClass }, changes: Array<{ before: GapStatus, after: GapStatus, obligation: { id: string, code: string, summary: string } }>, dropped: Array<{ id: string, code: string, summary: string }>, before: { covered: number, partial: number, staleEvidence: number, uncovered: number, total: number }, after: { covered: number, partial: number, staleEvidence: number, uncovered: number, total: number } }> } };

export type MatrixProvisionFieldsFragment = { id: string, ref: string, title: string, kind: ProvisionKind, position: number, grouping: boolean, parent: { id: string } | null };

export type MatrixActProvisionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  mappings: number;
}>;


export type MatrixActProvisionsQuery = { provisions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, ref: string, title: string, kind: ProvisionKind, position: number, grouping: boolean, mappings: { totalCount: number, nodes: Array<{ id: string, relationship: MappingRelationship, strength: number, rationale: string, sources: Array<string>, source: string, actParagraph: string | null, caveat: string | null, strengthBasis: string | null, from: { id: string }, to: { id: string } }> }, parent: { id: string } | null }> } };

export type MatrixMappingFieldsFragment = { id: string, relationship: MappingRelationship, strength: number, rationale: string, sources: Array<string>, source: string, actParagraph: string | null, caveat: string | null, strengthBasis: string | null, from: { id: string }, to: { id: string } };

export type MatrixMoreMappingsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type MatrixMoreMappingsQuery = { node:
    | { mappings: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, relationship: MappingRelationship, strength: number, rationale: string, sources: Array<string>, source: string, actParagraph: string | null, caveat: string | null, strengthBasis: string | null, from: { id: string }, to: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type MatrixIsoProvisionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MatrixIsoProvisionsQuery = { provisions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, ref: string, title: string, kind: ProvisionKind, position: number, grouping: boolean, parent: { id: string } | null }> } };

export const ClassificationOutcomeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"outOfScope"}},{"kind":"Field","name":{"kind":"Name","value":"highRiskBasis"}},{"kind":"Field","name":{"kind":"Name","value":"annexISection"}},{"kind":"Field","name":{"kind":"Name","value":"annexIIIArea"}},{"kind":"Field","name":{"kind":"Name","value":"annexIIIPoint"}},{"kind":"Field","name":{"kind":"Name","value":"article6_3Derogation"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitedPractices"}},{"kind":"Field","name":{"kind":"Name","value":"transparencyTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"gpai"}},{"kind":"Field","name":{"kind":"Name","value":"systemicRisk"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"article25Triggers"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<ClassificationOutcomeFieldsFragment, unknown>;
export const ClassificationAssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationOutcomeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"outOfScope"}},{"kind":"Field","name":{"kind":"Name","value":"highRiskBasis"}},{"kind":"Field","name":{"kind":"Name","value":"annexISection"}},{"kind":"Field","name":{"kind":"Name","value":"annexIIIArea"}},{"kind":"Field","name":{"kind":"Name","value":"annexIIIPoint"}},{"kind":"Field","name":{"kind":"Name","value":"article6_3Derogation"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitedPractices"}},{"kind":"Field","name":{"kind":"Name","value":"transparencyTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"gpai"}},{"kind":"Field","name":{"kind":"Name","value":"systemicRisk"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"article25Triggers"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<ClassificationAssessmentFieldsFragment, unknown>;
export const GraphNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<GraphNodeFieldsFragment, unknown>;
export const GraphEdgeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]} as unknown as DocumentNode<GraphEdgeFieldsFragment, unknown>;
export const CrosswalkReasoningFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrosswalkReasoning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Satisfaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]} as unknown as DocumentNode<CrosswalkReasoningFragment, unknown>;
export const NodeLabelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Control"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AISystem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Owner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegislativeNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<NodeLabelFieldsFragment, unknown>;
export const CrosswalkTargetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrosswalkTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabelFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Control"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AISystem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Owner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegislativeNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CrosswalkTargetFieldsFragment, unknown>;
export const GapStatusCountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapStatusCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GapSummaryRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"staleEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<GapStatusCountsFragment, unknown>;
export const GapCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GapSummaryRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapStatusCounts"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapStatusCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GapSummaryRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"staleEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<GapCountFieldsFragment, unknown>;
export const EvidenceSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"best"}}]}}]} as unknown as DocumentNode<EvidenceSummaryFieldsFragment, unknown>;
export const ImpactItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactedNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AISystem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskClass"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]} as unknown as DocumentNode<ImpactItemFragment, unknown>;
export const MatrixProvisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatrixProvisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixProvisionFieldsFragment, unknown>;
export const MatrixMappingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatrixMappingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"actParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"caveat"}},{"kind":"Field","name":{"kind":"Name","value":"strengthBasis"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixMappingFieldsFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ClassificationQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassificationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classificationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shownWhen"}}]}}]}}]} as unknown as DocumentNode<ClassificationQuestionsQuery, ClassificationQuestionsQueryVariables>;
export const ClassifySystemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassifySystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AISystem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"classificationAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationAssessmentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"outOfScope"}},{"kind":"Field","name":{"kind":"Name","value":"highRiskBasis"}},{"kind":"Field","name":{"kind":"Name","value":"annexISection"}},{"kind":"Field","name":{"kind":"Name","value":"annexIIIArea"}},{"kind":"Field","name":{"kind":"Name","value":"annexIIIPoint"}},{"kind":"Field","name":{"kind":"Name","value":"article6_3Derogation"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitedPractices"}},{"kind":"Field","name":{"kind":"Name","value":"transparencyTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"gpai"}},{"kind":"Field","name":{"kind":"Name","value":"systemicRisk"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"article25Triggers"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationOutcomeFields"}}]}}]}}]} as unknown as DocumentNode<ClassifySystemQuery, ClassifySystemQueryVariables>;
export const ClassifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Classify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationAnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classify"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationOutcomeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"outOfScope"}},{"kind":"Field","name":{"kind":"Name","value":"highRiskBasis"}},{"kind":"Field","name":{"kind":"Name","value":"annexISection"}},{"kind":"Field","name":{"kind":"Name","value":"annexIIIArea"}},{"kind":"Field","name":{"kind":"Name","value":"annexIIIPoint"}},{"kind":"Field","name":{"kind":"Name","value":"article6_3Derogation"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitedPractices"}},{"kind":"Field","name":{"kind":"Name","value":"transparencyTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"gpai"}},{"kind":"Field","name":{"kind":"Name","value":"systemicRisk"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"article25Triggers"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<ClassifyQuery, ClassifyQueryVariables>;
export const SaveClassificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveClassification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aiSystemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationAnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveClassification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"aiSystemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aiSystemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationAssessmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"aiSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"annexIIIPoint"}},{"kind":"Field","name":{"kind":"Name","value":"classifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"classificationAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"outOfScope"}},{"kind":"Field","name":{"kind":"Name","value":"highRiskBasis"}},{"kind":"Field","name":{"kind":"Name","value":"annexISection"}},{"kind":"Field","name":{"kind":"Name","value":"annexIIIArea"}},{"kind":"Field","name":{"kind":"Name","value":"annexIIIPoint"}},{"kind":"Field","name":{"kind":"Name","value":"article6_3Derogation"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitedPractices"}},{"kind":"Field","name":{"kind":"Name","value":"transparencyTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"gpai"}},{"kind":"Field","name":{"kind":"Name","value":"systemicRisk"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"article25Triggers"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationOutcomeFields"}}]}}]}}]} as unknown as DocumentNode<SaveClassificationMutation, SaveClassificationMutationVariables>;
export const ClassifySystemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassifySystems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aiSystems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"riskClass"}}]}}]}}]}}]} as unknown as DocumentNode<ClassifySystemsQuery, ClassifySystemsQueryVariables>;
export const SearchNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabelFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Control"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AISystem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Owner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegislativeNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SearchNodesQuery, SearchNodesQueryVariables>;
export const CrosswalkControlSatisfactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosswalkControlSatisfaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controlId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeIndeterminate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"subject"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controlId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Control"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"implementationStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controlId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controlId"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeIndeterminate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeIndeterminate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrosswalkTargetFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrosswalkReasoning"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Control"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AISystem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Owner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegislativeNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrosswalkTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabelFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrosswalkReasoning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Satisfaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}}]}}]}}]} as unknown as DocumentNode<CrosswalkControlSatisfactionQuery, CrosswalkControlSatisfactionQueryVariables>;
export const CrosswalkTargetControlsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosswalkTargetControls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeIndeterminate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"subject"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrosswalkTargetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlsFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeIndeterminate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeIndeterminate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"control"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"implementationStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrosswalkReasoning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Control"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AISystem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Owner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegislativeNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrosswalkTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabelFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrosswalkReasoning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Satisfaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"best"}}]}}]} as unknown as DocumentNode<CrosswalkTargetControlsQuery, CrosswalkTargetControlsQueryVariables>;
export const ExploreSeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreSeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Control"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AISystem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Owner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegislativeNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ExploreSeedsQuery, ExploreSeedsQueryVariables>;
export const ExploreNeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreNeighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]} as unknown as DocumentNode<ExploreNeighborhoodQuery, ExploreNeighborhoodQueryVariables>;
export const ExploreEdgesAmongDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreEdgesAmong"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edgesAmong"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]} as unknown as DocumentNode<ExploreEdgesAmongQuery, ExploreEdgesAmongQueryVariables>;
export const ExploreNodeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreNodeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationshipLimit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationshipLimit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationshipLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]} as unknown as DocumentNode<ExploreNodeDetailsQuery, ExploreNodeDetailsQueryVariables>;
export const ExploreEdgeRationaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreEdgeRationale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mappings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"caveat"}},{"kind":"Field","name":{"kind":"Name","value":"strengthBasis"}},{"kind":"Field","name":{"kind":"Name","value":"actParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Control"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExploreEdgeRationaleQuery, ExploreEdgeRationaleQueryVariables>;
export const GapRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aiSystemId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GapFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withSummary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"aiSystemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aiSystemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSummary"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"appliesFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateBasis"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"legalNote"}},{"kind":"Field","name":{"kind":"Name","value":"missingFacts"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"aiSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"controls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"control"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceSummaryFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapStatusCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GapSummaryRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"staleEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GapSummaryRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapStatusCounts"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"best"}}]}}]} as unknown as DocumentNode<GapRowsQuery, GapRowsQueryVariables>;
export const GapSystemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapSystems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aiSystems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GapSystemsQuery, GapSystemsQueryVariables>;
export const UpcomingObligationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpcomingObligations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aiSystemId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligationsApplyingBetween"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"aiSystemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aiSystemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appliesFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateBasis"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"aiSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<UpcomingObligationsQuery, UpcomingObligationsQueryVariables>;
export const HomeExamplesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeExamples"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Control"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AISystem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HomeExamplesQuery, HomeExamplesQueryVariables>;
export const HomeSystemGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeSystemGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aiSystemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"aiSystemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aiSystemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapStatusCounts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapStatusCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GapSummaryRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"staleEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<HomeSystemGapsQuery, HomeSystemGapsQueryVariables>;
export const ImpactOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Control"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aiSystems"}},{"kind":"Field","name":{"kind":"Name","value":"obligations"}},{"kind":"Field","name":{"kind":"Name","value":"controls"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"owners"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"aiSystems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactedNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AISystem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskClass"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}}]}}]}}]} as unknown as DocumentNode<ImpactOfQuery, ImpactOfQueryVariables>;
export const WhatIfRemovedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIfRemoved"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"removeIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"removeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"removeIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedRows"}},{"kind":"Field","name":{"kind":"Name","value":"droppedRows"}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aiSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"riskClass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapStatusCounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapStatusCounts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapStatusCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GapSummaryRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"staleEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<WhatIfRemovedQuery, WhatIfRemovedQueryVariables>;
export const MatrixActProvisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixActProvisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mappings"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"framework"},"value":{"kind":"StringValue","value":"eu-ai-act","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatrixProvisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"mappings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mappings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatrixMappingFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatrixProvisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatrixMappingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"actParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"caveat"}},{"kind":"Field","name":{"kind":"Name","value":"strengthBasis"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixActProvisionsQuery, MatrixActProvisionsQueryVariables>;
export const MatrixMoreMappingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixMoreMappings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mappings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatrixMappingFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatrixMappingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"actParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"caveat"}},{"kind":"Field","name":{"kind":"Name","value":"strengthBasis"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixMoreMappingsQuery, MatrixMoreMappingsQueryVariables>;
export const MatrixIsoProvisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixIsoProvisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"framework"},"value":{"kind":"StringValue","value":"iso42001","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatrixProvisionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatrixProvisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixIsoProvisionsQuery, MatrixIsoProvisionsQueryVariables>;