import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeRow, NodeConnection, NodeConnectionEdge, EdgeRow, EdgeConnection, EdgeConnectionEdge } from '../common/queries.js';
import type { SatisfactionResult, ControlCoverageResult } from '../crosswalk/reasoning.js';
import type { Applicability } from '../applicability/rules.js';
import type { AmendmentRow } from '../applicability/amendment.js';
import type { GapRowResult, GapEdgeResult, GapConnectionResult, GapChangeResult, WhatIfSystemResult } from '../gaps/rows.js';
import type { GapControlResult } from '../gaps/status.js';
import type { WhatIfTable } from '../gaps/coverage.js';
import type { ImpactResult, ImpactedNodeResult } from '../impact/analysis.js';
import type { GraphNode as GraphNodeModel, GraphEdge as GraphEdgeModel, GraphPath as GraphPathModel, Subgraph as SubgraphModel } from '../subgraph/graph-elements.js';
import type { ApiKeyRecord, ApiKeyConnection as ApiKeyConnectionModel, ApiKeyConnectionEdge, CreatedApiKeyResult } from '../auth/keys.js';
import type { AuditEventRow, AuditEventConnection as AuditEventConnectionModel, AuditEventConnectionEdge } from '../audit/queries.js';
import type { AuditChange as AuditChangeModel } from '../audit/record.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO-8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** A point in time, ISO-8601 with offset. */
  DateTime: { input: string; output: string; }
  /** A JSON object, as stored: a node's labels, properties and relationships at one moment. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** An AI system the organisation builds or uses. */
export type AiSystem = Node & {
  __typename?: 'AISystem';
  annexIIIArea?: Maybe<AnnexIiiArea>;
  /**
   * The Annex III point and sub-point, as the Act numbers them: 1(a)–1(c), 2, 3(a)–3(d), 4(a)–4(b),
   * 5(a)–5(d), 6(a)–6(e), 7(a)–7(d), 8(a)–8(b). FRIA (Art. 27(1)) turns on 5(b) and 5(c).
   */
  annexIIIPoint?: Maybe<Scalars['String']['output']>;
  /** For ANNEX_I systems: section A or B of Annex I. */
  annexISection?: Maybe<AnnexISection>;
  /** Art. 111(1): the system is a component of a large-scale IT system listed in Annex X. */
  annexXComponent?: Maybe<Scalars['Boolean']['output']>;
  /**
   * The obligations that apply to this system on `asOf` (default today). useAmendedDates left out: the
   * Digital Omnibus dates when an administrator has recorded it in force on `asOf`, else the original ones.
   * GPAI model duties are on Model.applicableObligations.
   */
  applicableObligations: Array<ApplicableObligation>;
  /** Art. 6(3): the condition under which the provider assessed this Annex III system as not high-risk. */
  article6_3Derogation?: Maybe<Article6_3Condition>;
  /** Art. 25(1)(a)–(c): how the organisation became the provider of this system. */
  article25Triggers: Array<Article25Trigger>;
  /** Saved classification assessments, newest first. */
  classificationAssessments: Array<ClassificationAssessment>;
  /** The date of the classification assessment that last set these facts (saveClassification). */
  classifiedOn?: Maybe<Scalars['Date']['output']>;
  /** Controls that govern this system. */
  controls: ControlConnection;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Art. 26(11): the system makes or assists decisions about natural persons. */
  decidesAboutNaturalPersons?: Maybe<Scalars['Boolean']['output']>;
  /** Art. 26(8), 49(3): the deployer is a public authority or Union institution, body, office or agency, or acts on their behalf. */
  deployerIsPublicAuthority?: Maybe<Scalars['Boolean']['output']>;
  /** Art. 27(1): the deployer is a body governed by public law or a private entity providing public services. */
  deployerIsPublicServiceBody?: Maybe<Scalars['Boolean']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Art. 22(1): whether the organisation provides this system from an establishment in the Union (null: unknown). */
  establishedInUnion?: Maybe<Scalars['Boolean']['output']>;
  flaggedForReview: Scalars['Boolean']['output'];
  gpaiBased: Scalars['Boolean']['output'];
  highRiskBasis?: Maybe<HighRiskBasis>;
  id: Scalars['ID']['output'];
  /** Art. 111(2): the system is intended to be used by public authorities. */
  intendedForPublicAuthorities?: Maybe<Scalars['Boolean']['output']>;
  intendedPurpose?: Maybe<Scalars['String']['output']>;
  lifecycleStage: LifecycleStage;
  models: ModelConnection;
  name: Scalars['String']['output'];
  owner?: Maybe<Owner>;
  /** When the system was placed on the market or put into service (Art. 111). */
  placedOnMarket?: Maybe<Scalars['Date']['output']>;
  /** Art. 6(3), last subparagraph: an Annex III system that profiles natural persons is always high-risk. */
  profilesNaturalPersons?: Maybe<Scalars['Boolean']['output']>;
  reviewReason?: Maybe<Scalars['String']['output']>;
  riskClass: RiskClass;
  roles: Array<Role>;
  /** Art. 2: why the system is outside the Regulation's scope, if it is. */
  scopeExclusion?: Maybe<ScopeExclusion>;
  /** Art. 111(2): the date of that significant change in design. */
  significantChangeOn?: Maybe<Scalars['Date']['output']>;
  /** Art. 111(2): whether the system's design changed significantly on or after 2026-08-02 (null: unknown). */
  significantlyChanged?: Maybe<Scalars['Boolean']['output']>;
  transparencyTriggers: Array<TransparencyTrigger>;
  /** Whether units of a withdrawn system are still in use by others (Art. 20, 72, 73 continue while they are). */
  unitsStillInUse?: Maybe<Scalars['Boolean']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  vendors: VendorConnection;
  /** When a RETIRED system was withdrawn from the market or service (Art. 19, 26(6) log periods run from it). */
  withdrawnOn?: Maybe<Scalars['Date']['output']>;
};


/** An AI system the organisation builds or uses. */
export type AiSystemApplicableObligationsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  useAmendedDates?: InputMaybe<Scalars['Boolean']['input']>;
};


/** An AI system the organisation builds or uses. */
export type AiSystemControlsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ControlOrder>;
};


/** An AI system the organisation builds or uses. */
export type AiSystemModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ModelOrder>;
};


/** An AI system the organisation builds or uses. */
export type AiSystemVendorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<VendorOrder>;
};

export type AiSystemConnection = {
  __typename?: 'AISystemConnection';
  edges: Array<AiSystemEdge>;
  nodes: Array<AiSystem>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AiSystemEdge = {
  __typename?: 'AISystemEdge';
  cursor: Scalars['String']['output'];
  node: AiSystem;
};

export type AiSystemFilter = {
  flaggedForReview?: InputMaybe<Scalars['Boolean']['input']>;
  lifecycleStage?: InputMaybe<Array<LifecycleStage>>;
  /** Systems using this model. */
  model?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  riskClass?: InputMaybe<Array<RiskClass>>;
  /** Systems for which the organisation holds this role. */
  role?: InputMaybe<Role>;
  /** Case-insensitive part of the name, description or intended purpose. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Systems bought from this vendor, or using a model it supplies. */
  vendor?: InputMaybe<Scalars['ID']['input']>;
};

export type AiSystemOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: AiSystemOrderField;
};

export type AiSystemOrderField =
  | 'ID'
  | 'LIFECYCLE_STAGE'
  | 'NAME'
  | 'PLACED_ON_MARKET'
  | 'RISK_CLASS'
  | 'UPDATED_AT';

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

/**
 * Whether an amending act is in force, as recorded by an administrator. The default date basis of every
 * answer (useAmendedDates left out) follows this record: original dates until the amendment is recorded
 * in force, its dates from the day it is in force.
 */
export type Amendment = Node & {
  __typename?: 'Amendment';
  id: Scalars['ID']['output'];
  inForce: Scalars['Boolean']['output'];
  inForceSince?: Maybe<Scalars['Date']['output']>;
  name: Scalars['String']['output'];
  /** The Official Journal reference, e.g. OJ L, 2026/1234, 20.7.2026. */
  officialJournal?: Maybe<Scalars['String']['output']>;
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** Where the legislative procedure stands according to the reference data. */
  status: Scalars['String']['output'];
};

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

/** A stored API key: its hash and salt are never shown, and the key itself only once, on creation. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** Neither revoked nor expired. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Who created it (the creator's actor name). */
  createdBy: Scalars['String']['output'];
  /** After this instant the key is refused; null: it does not expire. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** apikey:<12 hex characters>, the same characters as in the key after cwk_. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** When it was revoked; a revoked key is refused and kept so the audit trail stays explained. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: AccessRole;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  nodes: Array<ApiKey>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

/** A GPAI-model obligation (Art. 52–55) that applies to a model the organisation provides, and why. */
export type ApplicableModelObligation = {
  __typename?: 'ApplicableModelObligation';
  amended: Scalars['Boolean']['output'];
  appliesFrom: Scalars['Date']['output'];
  dateBasis: Scalars['String']['output'];
  legalBasis: Scalars['String']['output'];
  legalNote?: Maybe<Scalars['String']['output']>;
  legalStatus: LegalStatus;
  missingFacts: Array<Scalars['String']['output']>;
  model: Model;
  obligation: Obligation;
  reason: Scalars['String']['output'];
  role: Role;
};

/** An obligation that applies to an AI system, and why. */
export type ApplicableObligation = {
  __typename?: 'ApplicableObligation';
  aiSystem: AiSystem;
  /** True when the date is a Digital Omnibus date. */
  amended: Scalars['Boolean']['output'];
  /** The date it applies from for this system (original, Annex I, transitional under Art. 111, or amended). */
  appliesFrom: Scalars['Date']['output'];
  /** The last day it applies, for duties that outlast a system's withdrawal (Art. 18, 19, 26(6)); null: open-ended. */
  appliesUntil?: Maybe<Scalars['Date']['output']>;
  /** Where the date comes from, e.g. Art. 113(c) for Annex I products, Art. 111(2), or the Digital Omnibus. */
  dateBasis: Scalars['String']['output'];
  /** The paragraphs the rule rests on, e.g. Art. 26(8), Art. 49(3). */
  legalBasis: Scalars['String']['output'];
  /** Why the law is unsettled or the amendment's status (with its Official Journal reference when recorded). */
  legalNote?: Maybe<Scalars['String']['output']>;
  /** How settled the law behind this answer is. */
  legalStatus: LegalStatus;
  /**
   * Facts of the system (or its models) that are not recorded and would change this answer: the duty is
   * assumed until they are given ("fact missing — review").
   */
  missingFacts: Array<Scalars['String']['output']>;
  obligation: Obligation;
  /** Why it applies: role, risk class and its basis (Annex III point, Annex I product, Art. 50 trigger…), dates, missing facts. */
  reason: Scalars['String']['output'];
  /** The role of the organisation for the system that the obligation targets. */
  role: Role;
  /** Every role the organisation holds for the system that the obligation targets (role is the first). */
  roles: Array<Role>;
};

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

export type AuditChange = {
  __typename?: 'AuditChange';
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** labels, properties and relationships ({type, direction, id, properties}) before the mutation. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** The node's kind (its label in the graph). */
  kind: Scalars['String']['output'];
  nodeId: Scalars['ID']['output'];
};

/**
 * One mutation as the audit trail keeps it (append-only: no mutation changes or deletes an event).
 * Written in the mutation's own transaction, so a failed mutation leaves none.
 */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** Who: the key's name, the token's subject, or the admin key. */
  actor: Scalars['String']['output'];
  actorKind: CallerKind;
  /** When the mutation committed (its transaction's time). */
  at: Scalars['DateTime']['output'];
  /** Each changed node before and after (null before: created; null after: deleted). */
  changes: Array<AuditChange>;
  /** audit:<uuid> */
  id: Scalars['ID']['output'];
  /** The stored key used, for API keys. */
  keyId?: Maybe<Scalars['ID']['output']>;
  /** Every node the mutation changed, and every node at the other end of a relationship it added or removed. */
  nodeIds: Array<Scalars['ID']['output']>;
  /** The mutation field, e.g. updateControl. */
  operation: Scalars['String']['output'];
  /** The role the caller acted with. */
  role: AccessRole;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventFilter = {
  /** Exactly this actor. */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Events at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Events that changed this node or a relationship of it. */
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  /** Events of this mutation. */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** Events before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

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

export type ClassificationAnswer = {
  __typename?: 'ClassificationAnswer';
  questionId: Scalars['ID']['output'];
  value?: Maybe<Scalars['String']['output']>;
  values?: Maybe<Array<Scalars['String']['output']>>;
};

export type ClassificationAnswerInput = {
  questionId: Scalars['ID']['input'];
  /** YES/NO, an option's value, or a date. */
  value?: InputMaybe<Scalars['String']['input']>;
  /** For MANY_OF questions. */
  values?: InputMaybe<Array<Scalars['String']['input']>>;
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

/** A saved classification of an AI system: dated, attributed, kept as history when a later one is saved. */
export type ClassificationAssessment = Node & {
  __typename?: 'ClassificationAssessment';
  aiSystem: AiSystem;
  answers: Array<ClassificationAnswer>;
  assessedAt: Scalars['DateTime']['output'];
  /** Who saved it (the caller's name). */
  assessedBy: Scalars['String']['output'];
  /** True for the system's newest assessment. */
  current: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  result: ClassificationResult;
};

export type ClassificationOption = {
  __typename?: 'ClassificationOption';
  /** The provision the option stands for, e.g. Annex III point 5(b). */
  article?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/**
 * One question of the risk-classification questionnaire, in the order the Act asks them: scope (Art. 2),
 * prohibited practices (Art. 5), Annex I (Art. 6(1)), Annex III, Art. 6(3), Art. 50, GPAI (Art. 51),
 * role (Art. 3, 25), establishment, public status, market dates (Art. 111).
 */
export type ClassificationQuestion = {
  __typename?: 'ClassificationQuestion';
  /** The provision the question asks about, e.g. Art. 5(1)(c). */
  article: Scalars['String']['output'];
  help?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. scope.military, art5.social-scoring, annex3.point, art6-3.condition. */
  id: Scalars['ID']['output'];
  kind: ClassificationAnswerKind;
  options: Array<ClassificationOption>;
  /** The step of the questionnaire, e.g. Scope (Art. 2). */
  section: Scalars['String']['output'];
  /** When the question is shown, in words (null: always), e.g. Shown when annex3.area is ESSENTIAL_SERVICES. */
  shownWhen?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

/** The outcome of the questionnaire for the answers given so far. */
export type ClassificationResult = {
  __typename?: 'ClassificationResult';
  annexIIIArea?: Maybe<AnnexIiiArea>;
  annexIIIPoint?: Maybe<Scalars['String']['output']>;
  annexISection?: Maybe<AnnexISection>;
  annexXComponent?: Maybe<Scalars['Boolean']['output']>;
  /** The Art. 6(3) condition when an Annex III system is assessed as not high-risk. */
  article6_3Derogation?: Maybe<Article6_3Condition>;
  article25Triggers: Array<Article25Trigger>;
  /** True when every shown question is answered. */
  complete: Scalars['Boolean']['output'];
  decidesAboutNaturalPersons?: Maybe<Scalars['Boolean']['output']>;
  deployerIsPublicAuthority?: Maybe<Scalars['Boolean']['output']>;
  deployerIsPublicServiceBody?: Maybe<Scalars['Boolean']['output']>;
  establishedInUnion?: Maybe<Scalars['Boolean']['output']>;
  /** The system is a GPAI model the organisation provides, or built on one. */
  gpai: Scalars['Boolean']['output'];
  highRiskBasis?: Maybe<HighRiskBasis>;
  intendedForPublicAuthorities?: Maybe<Scalars['Boolean']['output']>;
  /** Shown questions not yet answered, in order. */
  openQuestions: Array<Scalars['ID']['output']>;
  outOfScope?: Maybe<ScopeExclusion>;
  placedOnMarket?: Maybe<Scalars['Date']['output']>;
  profilesNaturalPersons?: Maybe<Scalars['Boolean']['output']>;
  /** Art. 5(1) points answered yes, e.g. 5(1)(c). */
  prohibitedPractices: Array<Scalars['String']['output']>;
  /**
   * Null while the answers do not yet decide it, or when an exclusion of Art. 2(3), (4), (6) or (8) puts
   * the system outside the scope (outOfScope). Art. 2(10) and 2(12) keep the class: 2(10) lifts only the
   * deployer's duties, and 2(12) does not reach high-risk, Art. 5 or Art. 50 systems.
   */
  riskClass?: Maybe<RiskClass>;
  roles: Array<Role>;
  significantChangeOn?: Maybe<Scalars['Date']['output']>;
  significantlyChanged?: Maybe<Scalars['Boolean']['output']>;
  /** The decisive steps, in questionnaire order. */
  steps: Array<ClassificationStep>;
  /** Art. 51: systemic risk (high-impact capabilities, presumed above 10^25 FLOP of training compute). */
  systemicRisk: Scalars['Boolean']['output'];
  transparencyTriggers: Array<TransparencyTrigger>;
};

/** A decisive step: the answer to a question, the provision it rests on and what it does to the outcome. */
export type ClassificationStep = {
  __typename?: 'ClassificationStep';
  answer: Scalars['String']['output'];
  article: Scalars['String']['output'];
  effect: Scalars['String']['output'];
  question: Scalars['String']['output'];
  questionId: Scalars['ID']['output'];
};

/** One of the organisation's controls: a policy, process or technical measure. */
export type Control = Node & {
  __typename?: 'Control';
  /** AI systems this control governs. */
  aiSystems: AiSystemConnection;
  category?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: EvidenceConnection;
  id: Scalars['ID']['output'];
  implementationStatus?: Maybe<ImplementationStatus>;
  name: Scalars['String']['output'];
  owner?: Maybe<Owner>;
  /** The provisions and obligations this control is linked to directly. */
  satisfies: ControlLinkConnection;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** One of the organisation's controls: a policy, process or technical measure. */
export type ControlAiSystemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AiSystemOrder>;
};


/** One of the organisation's controls: a policy, process or technical measure. */
export type ControlEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EvidenceOrder>;
};


/** One of the organisation's controls: a policy, process or technical measure. */
export type ControlSatisfiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ControlLinkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ControlConnection = {
  __typename?: 'ControlConnection';
  edges: Array<ControlEdge>;
  nodes: Array<Control>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A control that satisfies a provision or obligation, how, and how current its evidence is. */
export type ControlCoverage = {
  __typename?: 'ControlCoverage';
  control: Control;
  evidence: EvidenceSummary;
  satisfaction: Satisfaction;
};

export type ControlEdge = {
  __typename?: 'ControlEdge';
  cursor: Scalars['String']['output'];
  node: Control;
};

export type ControlFilter = {
  /** Controls that govern this AI system. */
  aiSystem?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  implementationStatus?: InputMaybe<Array<ImplementationStatus>>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Controls linked directly to this provision or obligation. */
  satisfies?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive part of the code, name or description. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A control's direct link to a provision or an obligation it satisfies, typed like a crosswalk mapping. */
export type ControlLink = {
  __typename?: 'ControlLink';
  control: Control;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  rationale: Scalars['String']['output'];
  relationship: MappingRelationship;
  source?: Maybe<Scalars['String']['output']>;
  strength: Scalars['Int']['output'];
  /** A Provision or an Obligation. */
  target: Node;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ControlLinkConnection = {
  __typename?: 'ControlLinkConnection';
  edges: Array<ControlLinkEdge>;
  nodes: Array<ControlLink>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ControlLinkEdge = {
  __typename?: 'ControlLinkEdge';
  cursor: Scalars['String']['output'];
  node: ControlLink;
};

export type ControlLinkFilter = {
  relationship?: InputMaybe<Array<MappingRelationship>>;
  /** PROVISION or OBLIGATION. */
  targetKind?: InputMaybe<NodeKind>;
};

export type ControlOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: ControlOrderField;
};

export type ControlOrderField =
  | 'CODE'
  | 'ID'
  | 'IMPLEMENTATION_STATUS'
  | 'NAME'
  | 'UPDATED_AT';

/** FULL when the derived relationship is EQUAL or SUPERSET_OF; PARTIAL for SUBSET_OF and INTERSECTS_WITH. */
export type Coverage =
  | 'FULL'
  | 'NONE'
  | 'PARTIAL';

/**
 * A new AI system. `id` is optional (generated as system:<slug of the name> when absent). highRiskBasis
 * is for HIGH_RISK systems only; annexIIIArea and annexIIIPoint for ANNEX_III ones or for systems assessed
 * as not high-risk under Art. 6(3) (article6_3Derogation), which cannot profile natural persons. Facts
 * left out stay unknown, and applicability then assumes the duty ("fact missing — review").
 */
export type CreateAiSystemInput = {
  annexIIIArea?: InputMaybe<AnnexIiiArea>;
  annexIIIPoint?: InputMaybe<Scalars['String']['input']>;
  annexISection?: InputMaybe<AnnexISection>;
  annexXComponent?: InputMaybe<Scalars['Boolean']['input']>;
  article6_3Derogation?: InputMaybe<Article6_3Condition>;
  article25Triggers?: InputMaybe<Array<Article25Trigger>>;
  decidesAboutNaturalPersons?: InputMaybe<Scalars['Boolean']['input']>;
  deployerIsPublicAuthority?: InputMaybe<Scalars['Boolean']['input']>;
  deployerIsPublicServiceBody?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  establishedInUnion?: InputMaybe<Scalars['Boolean']['input']>;
  flaggedForReview?: InputMaybe<Scalars['Boolean']['input']>;
  gpaiBased?: InputMaybe<Scalars['Boolean']['input']>;
  highRiskBasis?: InputMaybe<HighRiskBasis>;
  id?: InputMaybe<Scalars['ID']['input']>;
  intendedForPublicAuthorities?: InputMaybe<Scalars['Boolean']['input']>;
  intendedPurpose?: InputMaybe<Scalars['String']['input']>;
  lifecycleStage: LifecycleStage;
  name: Scalars['String']['input'];
  placedOnMarket?: InputMaybe<Scalars['Date']['input']>;
  profilesNaturalPersons?: InputMaybe<Scalars['Boolean']['input']>;
  reviewReason?: InputMaybe<Scalars['String']['input']>;
  /** PROHIBITED, HIGH_RISK, TRANSPARENCY or MINIMAL. */
  riskClass: RiskClass;
  /** At least one. */
  roles: Array<Role>;
  scopeExclusion?: InputMaybe<ScopeExclusion>;
  significantChangeOn?: InputMaybe<Scalars['Date']['input']>;
  significantlyChanged?: InputMaybe<Scalars['Boolean']['input']>;
  transparencyTriggers?: InputMaybe<Array<TransparencyTrigger>>;
  unitsStillInUse?: InputMaybe<Scalars['Boolean']['input']>;
  withdrawnOn?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateApiKeyInput = {
  /** When the key stops working (in the future); leave out for a key that does not expire. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the key is for; the audit trail names its caller by it (1–100 characters). */
  name: Scalars['String']['input'];
  role: AccessRole;
};

/** A new control. `code` is unique (letters, digits, . _ -); `id` is optional (control:<code>). */
export type CreateControlInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  implementationStatus?: InputMaybe<ImplementationStatus>;
  name: Scalars['String']['input'];
};

/** A new evidence item; `id` is optional (evidence:<slug of the title>). validUntil is not before collectedOn. */
export type CreateEvidenceInput = {
  collectedOn: Scalars['Date']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: EvidenceKind;
  location?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  validUntil: Scalars['Date']['input'];
};

/** A new model; `id` is optional (model:<slug of the name>). */
export type CreateModelInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  establishedInUnion?: InputMaybe<Scalars['Boolean']['input']>;
  gpai?: InputMaybe<Scalars['Boolean']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  licence?: InputMaybe<ModelLicence>;
  modelType: ModelType;
  name: Scalars['String']['input'];
  openWeights?: InputMaybe<Scalars['Boolean']['input']>;
  placedOnMarket?: InputMaybe<Scalars['Date']['input']>;
  systemicRisk?: InputMaybe<Scalars['Boolean']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};

/** A new person or team; `id` is optional (owner:<slug of the name>). */
export type CreateOwnerInput = {
  /** Teams. */
  description?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  /** People. */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  kind: OwnerKind;
  name: Scalars['String']['input'];
};

/** A new vendor; `id` is optional (vendor:<slug of the name>). */
export type CreateVendorInput = {
  contractRef?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166 alpha-2, e.g. NL. */
  country?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  riskTier?: InputMaybe<VendorRiskTier>;
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The key to send as Authorization: Bearer <key>. Shown this once: only a salted hash is stored. */
  key: Scalars['String']['output'];
};

/** What a delete removed. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  deletedId: Scalars['ID']['output'];
  /** How many relationships went with the node. */
  detachedRelationships: Scalars['Int']['output'];
};

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

/**
 * Every `extensions.code` an error of this API carries (README, "API errors"). The HTTP status of each is
 * decided once, in server/src/common/error-codes.ts; most field errors leave the answer at 200 with the
 * other fields' data.
 */
export type ErrorCode =
  /** The HTTP request itself is malformed: not JSON, wrong content type, missing or mistyped parameters (400, 415). */
  | 'BAD_REQUEST'
  /** A value is refused; `extensions.field` names it. Variables that do not fit their types: 400 (200 under application/json). */
  | 'BAD_USER_INPUT'
  /** More operations in a batch than CROSSWALK_MAX_BATCH_SIZE (400). */
  | 'BATCH_TOO_LARGE'
  /** An id or control code is already taken, or a node others depend on is to be deleted (`extensions.dependents`). */
  | 'CONFLICT'
  /** The graph database cannot be reached right now: HTTP 503 with Retry-After. */
  | 'DATABASE_UNAVAILABLE'
  /** The caller's role may not use the field (`extensions.requiredRoles`), or a token maps to no role (HTTP 403). */
  | 'FORBIDDEN'
  /** The GraphQL document does not parse (400; 200 when the client asks for application/json). */
  | 'GRAPHQL_PARSE_FAILED'
  /** The document asks for fields, types or arguments the schema does not have (400; 200 under application/json). */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** The identity provider's keys could not be fetched to check a token: HTTP 503 with Retry-After. */
  | 'IDENTITY_PROVIDER_UNAVAILABLE'
  /** An unexpected error; the server log has the details (500 when nothing else answered). */
  | 'INTERNAL_SERVER_ERROR'
  /** Introspection is turned off (CROSSWALK_INTROSPECTION) (400; 200 under application/json). */
  | 'INTROSPECTION_DISABLED'
  /** An id given does not exist. */
  | 'NOT_FOUND'
  /** operationName names no operation of the document (400; 200 under application/json). */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** A body larger than CROSSWALK_MAX_BODY_BYTES (413). */
  | 'PAYLOAD_TOO_LARGE'
  /** A read took longer than CROSSWALK_QUERY_TIMEOUT_MS and was stopped. */
  | 'QUERY_TIMEOUT'
  /** Estimated cost above CROSSWALK_MAX_COST (400; 200 under application/json). */
  | 'QUERY_TOO_COMPLEX'
  /** Nested deeper than CROSSWALK_MAX_DEPTH (400; 200 under application/json). */
  | 'QUERY_TOO_DEEP'
  /** Too many requests from this caller: HTTP 429 with Retry-After and `extensions.retryAfterSeconds`. */
  | 'RATE_LIMITED'
  /** More aliases than CROSSWALK_MAX_ALIASES (400; 200 under application/json). */
  | 'TOO_MANY_ALIASES'
  /** More tokens than CROSSWALK_MAX_TOKENS (400; 200 under application/json). */
  | 'TOO_MANY_TOKENS'
  /** No valid credentials: HTTP 401 before anything runs, or, for a request without a key, on a field that needs a role. */
  | 'UNAUTHENTICATED';

/** An artefact that proves a control works: a policy, a test report, a log extract… */
export type Evidence = Node & {
  __typename?: 'Evidence';
  collectedOn: Scalars['Date']['output'];
  /** Controls it supports. */
  controls: ControlConnection;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Against today: EXPIRED after validUntil, EXPIRING within 30 days of it, else CURRENT. */
  freshness: Freshness;
  id: Scalars['ID']['output'];
  kind: EvidenceKind;
  /** Where the artefact lives. */
  location?: Maybe<Scalars['String']['output']>;
  owner?: Maybe<Owner>;
  title: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  validUntil: Scalars['Date']['output'];
};


/** An artefact that proves a control works: a policy, a test report, a log extract… */
export type EvidenceControlsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ControlOrder>;
};

export type EvidenceConnection = {
  __typename?: 'EvidenceConnection';
  edges: Array<EvidenceEdge>;
  nodes: Array<Evidence>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EvidenceEdge = {
  __typename?: 'EvidenceEdge';
  cursor: Scalars['String']['output'];
  node: Evidence;
};

export type EvidenceFilter = {
  /** Evidence supporting this control. */
  control?: InputMaybe<Scalars['ID']['input']>;
  freshness?: InputMaybe<Array<Freshness>>;
  kind?: InputMaybe<Array<EvidenceKind>>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive part of the title or description. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Evidence valid until before this date. */
  validBefore?: InputMaybe<Scalars['Date']['input']>;
};

export type EvidenceKind =
  | 'AUDIT_REPORT'
  | 'CONTRACT'
  | 'DECLARATION'
  | 'IMPACT_ASSESSMENT'
  | 'LOG_EXTRACT'
  | 'MODEL_CARD'
  | 'MONITORING_REPORT'
  | 'POLICY'
  | 'PROCEDURE'
  | 'REGISTRATION'
  | 'RISK_ASSESSMENT'
  | 'TEST_REPORT'
  | 'TRAINING_RECORD';

export type EvidenceOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: EvidenceOrderField;
};

export type EvidenceOrderField =
  | 'COLLECTED_ON'
  | 'ID'
  | 'TITLE'
  | 'UPDATED_AT'
  | 'VALID_UNTIL';

/** How current a control's evidence is. */
export type EvidenceSummary = {
  __typename?: 'EvidenceSummary';
  /** The freshest item's freshness; null when there is no evidence. */
  best?: Maybe<Freshness>;
  current: Scalars['Int']['output'];
  expired: Scalars['Int']['output'];
  expiring: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** A body of rules: the EU AI Act or ISO/IEC 42001. */
export type Framework = Node & {
  __typename?: 'Framework';
  catalogueUrl?: Maybe<Scalars['String']['output']>;
  caveat?: Maybe<Scalars['String']['output']>;
  celex?: Maybe<Scalars['String']['output']>;
  /** The top-level parts (chapters and annexes; clauses and annexes). */
  children: ProvisionConnection;
  committee?: Maybe<Scalars['String']['output']>;
  dateOfAct?: Maybe<Scalars['Date']['output']>;
  designation?: Maybe<Scalars['String']['output']>;
  edition?: Maybe<Scalars['Int']['output']>;
  eli?: Maybe<Scalars['String']['output']>;
  entryIntoForce?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind: FrameworkKind;
  milestones: MilestoneConnection;
  name: Scalars['String']['output'];
  normativeReference?: Maybe<Scalars['String']['output']>;
  notes: LegislativeNoteConnection;
  officialJournal?: Maybe<Scalars['String']['output']>;
  /** Every provision of the framework, at any depth. */
  provisions: ProvisionConnection;
  /** As published: a day for the Act, a month (2023-12) for ISO. */
  publicationDate?: Maybe<Scalars['String']['output']>;
  recitals?: Maybe<Scalars['Int']['output']>;
  shortTitle?: Maybe<Scalars['String']['output']>;
  sources: Array<Scalars['String']['output']>;
  structure?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};


/** A body of rules: the EU AI Act or ISO/IEC 42001. */
export type FrameworkChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProvisionOrder>;
};


/** A body of rules: the EU AI Act or ISO/IEC 42001. */
export type FrameworkMilestonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MilestoneOrder>;
};


/** A body of rules: the EU AI Act or ISO/IEC 42001. */
export type FrameworkNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A body of rules: the EU AI Act or ISO/IEC 42001. */
export type FrameworkProvisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProvisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProvisionOrder>;
};

export type FrameworkConnection = {
  __typename?: 'FrameworkConnection';
  edges: Array<FrameworkEdge>;
  nodes: Array<Framework>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FrameworkEdge = {
  __typename?: 'FrameworkEdge';
  cursor: Scalars['String']['output'];
  node: Framework;
};

export type FrameworkFilter = {
  kind?: InputMaybe<FrameworkKind>;
};

export type FrameworkKind =
  | 'REGULATION'
  | 'STANDARD';

/** Whether evidence is still valid today: EXPIRING when it runs out within 30 days. */
export type Freshness =
  | 'CURRENT'
  | 'EXPIRED'
  | 'EXPIRING';

/** A row whose status would change. */
export type GapChange = {
  __typename?: 'GapChange';
  after: GapStatus;
  aiSystem: AiSystem;
  before: GapStatus;
  obligation: Obligation;
};

export type GapConnection = {
  __typename?: 'GapConnection';
  edges: Array<GapEdge>;
  nodes: Array<GapRow>;
  pageInfo: PageInfo;
  /** Counts over every row the filter keeps, not just this page. */
  summary: GapSummary;
  totalCount: Scalars['Int']['output'];
};

/** A control involved in a gap row. */
export type GapControl = {
  __typename?: 'GapControl';
  control: Control;
  coverage: Coverage;
  direct: Scalars['Boolean']['output'];
  evidence: EvidenceSummary;
  relationship: DerivedRelationship;
  strength: Scalars['Int']['output'];
};

export type GapEdge = {
  __typename?: 'GapEdge';
  cursor: Scalars['String']['output'];
  node: GapRow;
};

export type GapFilter = {
  /** Obligations derived from this article. */
  article?: InputMaybe<Scalars['ID']['input']>;
  /** Systems owned by this owner. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  riskClass?: InputMaybe<Array<RiskClass>>;
  status?: InputMaybe<Array<GapStatus>>;
};

/** One row per (AI system, applicable obligation): flat, for tables and BI tools. */
export type GapRow = {
  __typename?: 'GapRow';
  aiSystem: AiSystem;
  appliesFrom: Scalars['Date']['output'];
  /** Governing controls that reach the obligation, full coverage and strongest first. */
  controls: Array<GapControl>;
  /** Where the date comes from (Art. 113, its points, Art. 111, or the Digital Omnibus). */
  dateBasis: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  legalNote?: Maybe<Scalars['String']['output']>;
  /** How settled the law behind the row's applicability is (see ApplicableObligation). */
  legalStatus: LegalStatus;
  /** Facts not recorded that would change whether or when the obligation applies (assumed to apply). */
  missingFacts: Array<Scalars['String']['output']>;
  obligation: Obligation;
  reason: Scalars['String']['output'];
  /** The role the obligation targets (the first, when the organisation holds several). */
  role: Role;
  status: GapStatus;
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

export type GapSummary = {
  __typename?: 'GapSummary';
  byArticle: Array<GapSummaryRow>;
  byOwner: Array<GapSummaryRow>;
  byRiskClass: Array<GapSummaryRow>;
  bySystem: Array<GapSummaryRow>;
  total: GapSummaryRow;
};

export type GapSummaryRow = {
  __typename?: 'GapSummaryRow';
  /** covered / total (0 when total is 0). */
  coverageRatio: Scalars['Float']['output'];
  covered: Scalars['Int']['output'];
  /** System, article, risk class or owner id (or ALL). */
  key: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  partial: Scalars['Int']['output'];
  staleEvidence: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  uncovered: Scalars['Int']['output'];
};

/** An edge of a subgraph or path, ready for Cytoscape: source and target are node ids. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  id: Scalars['ID']['output'];
  /** MAPS_TO and SATISFIES: how the source's content relates to the target's. */
  relationship?: Maybe<MappingRelationship>;
  source: Scalars['ID']['output'];
  strength?: Maybe<Scalars['Int']['output']>;
  target: Scalars['ID']['output'];
  /** The relationship type in the graph: MAPS_TO, SATISFIES, PART_OF, DERIVED_FROM, USES_MODEL… */
  type: Scalars['String']['output'];
};

/** A node of a subgraph or path, ready for Cytoscape. */
export type GraphNode = {
  __typename?: 'GraphNode';
  id: Scalars['ID']['output'];
  kind: NodeKind;
  /** What to show: a provision's ref and title, a control's code and name, a system's name… */
  label: Scalars['String']['output'];
};

/** A chain of nodes and edges, in order from its start. */
export type GraphPath = {
  __typename?: 'GraphPath';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
};

export type Health = {
  __typename?: 'Health';
  /** Version of the Neo4j server behind the API, when it answered. */
  neo4jVersion?: Maybe<Scalars['String']['output']>;
  /** OK when the graph database answered, DEGRADED when it did not. */
  status: HealthStatus;
  /** Version of the Crosswalk server. */
  version: Scalars['String']['output'];
};

export type HealthStatus =
  | 'DEGRADED'
  | 'OK';

export type HighRiskBasis =
  | 'ANNEX_I'
  | 'ANNEX_III';

/** What a change to a vendor, model, control or evidence item touches. */
export type Impact = {
  __typename?: 'Impact';
  aiSystems: Array<ImpactedNode>;
  /** Controls to re-review. */
  controls: Array<ImpactedNode>;
  counts: ImpactCounts;
  /** Evidence to re-review. */
  evidence: Array<ImpactedNode>;
  /** Obligations of the affected systems whose coverage depends on what changed. */
  obligations: Array<ImpactedNode>;
  of: Node;
  /** Owners to notify. */
  owners: Array<ImpactedNode>;
  /** True when a list stopped at `limit`: its count is larger than its length. */
  truncated: Scalars['Boolean']['output'];
};

/** How many nodes each list of an impact holds in full (a list itself stops at `limit`). */
export type ImpactCounts = {
  __typename?: 'ImpactCounts';
  aiSystems: Scalars['Int']['output'];
  controls: Scalars['Int']['output'];
  evidence: Scalars['Int']['output'];
  obligations: Scalars['Int']['output'];
  owners: Scalars['Int']['output'];
};

/** A node affected by a change, with a path from the changed node explaining why. */
export type ImpactedNode = {
  __typename?: 'ImpactedNode';
  /** Obligations only: FULL or PARTIAL, from `relationship`. */
  coverage?: Maybe<Coverage>;
  node: Node;
  /** The shortest path from the changed node (among equally short ones, the first by the ids along it); for obligations, the path of the strongest coverage. */
  path: GraphPath;
  /** Obligations only: how the covering control relates to the obligation along `path` (crosswalk reasoning); null for other nodes. */
  relationship?: Maybe<DerivedRelationship>;
  /** Obligations only: the weakest strength along `path`. */
  strength?: Maybe<Scalars['Int']['output']>;
};

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

/** A legislative step that changes the Act, such as the Digital Omnibus on AI. */
export type LegislativeNote = Node & {
  __typename?: 'LegislativeNote';
  changes: Array<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  sources: Array<Scalars['String']['output']>;
  status: Scalars['String']['output'];
  uncertainty?: Maybe<Scalars['String']['output']>;
  unchanged: Array<Scalars['String']['output']>;
  what?: Maybe<Scalars['String']['output']>;
};

export type LegislativeNoteConnection = {
  __typename?: 'LegislativeNoteConnection';
  edges: Array<LegislativeNoteEdge>;
  nodes: Array<LegislativeNote>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LegislativeNoteEdge = {
  __typename?: 'LegislativeNoteEdge';
  cursor: Scalars['String']['output'];
  node: LegislativeNote;
};

export type LifecycleStage =
  | 'DEPLOYED'
  | 'DESIGN'
  | 'DEVELOPMENT'
  | 'RETIRED'
  | 'VALIDATION';

/** A crosswalk mapping: how the `from` provision's content relates to the `to` provision's. */
export type Mapping = {
  __typename?: 'Mapping';
  actParagraph?: Maybe<Scalars['String']['output']>;
  caveat?: Maybe<Scalars['String']['output']>;
  direction: MappingDirection;
  from: Provision;
  id: Scalars['ID']['output'];
  /** The provision at the other end. */
  provision: Provision;
  rationale: Scalars['String']['output'];
  relationship: MappingRelationship;
  /** The relationship read from the provision the list belongs to (SUBSET_OF and SUPERSET_OF swap on INCOMING). */
  relationshipFromHere: MappingRelationship;
  /** The sources joined in one line. */
  source: Scalars['String']['output'];
  sources: Array<Scalars['String']['output']>;
  strength: Scalars['Int']['output'];
  strengthBasis?: Maybe<Scalars['String']['output']>;
  to: Provision;
};

export type MappingConnection = {
  __typename?: 'MappingConnection';
  edges: Array<MappingEdge>;
  nodes: Array<Mapping>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Whether a mapping leaves this provision (OUTGOING: this provision is its subject) or arrives at it. */
export type MappingDirection =
  | 'INCOMING'
  | 'OUTGOING';

export type MappingEdge = {
  __typename?: 'MappingEdge';
  cursor: Scalars['String']['output'];
  node: Mapping;
};

export type MappingFilter = {
  direction?: InputMaybe<MappingDirection>;
  minStrength?: InputMaybe<Scalars['Int']['input']>;
  relationship?: InputMaybe<Array<MappingRelationship>>;
};

/** NIST IR 8477 set-theory relationship of one element's content to another's. */
export type MappingRelationship =
  | 'EQUAL'
  | 'INTERSECTS_WITH'
  | 'NOT_RELATED'
  | 'SUBSET_OF'
  | 'SUPERSET_OF';

/** A dated step of the Act (application, transitional or other). */
export type Milestone = Node & {
  __typename?: 'Milestone';
  basis?: Maybe<Scalars['String']['output']>;
  caveat?: Maybe<Scalars['String']['output']>;
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: MilestoneKind;
  paragraphs: Array<Scalars['String']['output']>;
  provisions: ProvisionConnection;
  source?: Maybe<Scalars['String']['output']>;
  what: Scalars['String']['output'];
};


/** A dated step of the Act (application, transitional or other). */
export type MilestoneProvisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProvisionOrder>;
};

export type MilestoneConnection = {
  __typename?: 'MilestoneConnection';
  edges: Array<MilestoneEdge>;
  nodes: Array<Milestone>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MilestoneEdge = {
  __typename?: 'MilestoneEdge';
  cursor: Scalars['String']['output'];
  node: Milestone;
};

export type MilestoneKind =
  | 'APPLICATION'
  | 'OTHER'
  | 'TRANSITIONAL';

export type MilestoneOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: MilestoneOrderField;
};

export type MilestoneOrderField =
  | 'DATE'
  | 'ID';

/** A model an AI system uses: bought in, open, or built in-house. */
export type Model = Node & {
  __typename?: 'Model';
  aiSystems: AiSystemConnection;
  /** GPAI duties (Art. 52–55) of a GPAI model the organisation provides (no vendor supplies it), on `asOf`. */
  applicableObligations: Array<ApplicableModelObligation>;
  /** The model this one was fine-tuned from. */
  baseModel?: Maybe<Model>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Models fine-tuned from this one. */
  derivedModels: ModelConnection;
  description?: Maybe<Scalars['String']['output']>;
  /** Art. 54(1): whether the organisation provides this model from an establishment in the Union (null: unknown). */
  establishedInUnion?: Maybe<Scalars['Boolean']['output']>;
  gpai: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The model's licence (null: unknown). Open weights alone are not a free and open-source licence. */
  licence?: Maybe<ModelLicence>;
  modelType: ModelType;
  name: Scalars['String']['output'];
  /** The parameters, including the weights, are public (with a free and open-source licence: Art. 53(2)). */
  openWeights: Scalars['Boolean']['output'];
  /** Art. 111(3): when the model was placed on the market. */
  placedOnMarket?: Maybe<Scalars['Date']['output']>;
  systemicRisk: Scalars['Boolean']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  vendor?: Maybe<Vendor>;
  version?: Maybe<Scalars['String']['output']>;
};


/** A model an AI system uses: bought in, open, or built in-house. */
export type ModelAiSystemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AiSystemOrder>;
};


/** A model an AI system uses: bought in, open, or built in-house. */
export type ModelApplicableObligationsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  useAmendedDates?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A model an AI system uses: bought in, open, or built in-house. */
export type ModelDerivedModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ModelOrder>;
};

export type ModelConnection = {
  __typename?: 'ModelConnection';
  edges: Array<ModelEdge>;
  nodes: Array<Model>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ModelEdge = {
  __typename?: 'ModelEdge';
  cursor: Scalars['String']['output'];
  node: Model;
};

export type ModelFilter = {
  gpai?: InputMaybe<Scalars['Boolean']['input']>;
  modelType?: InputMaybe<Array<ModelType>>;
  text?: InputMaybe<Scalars['String']['input']>;
  vendor?: InputMaybe<Scalars['ID']['input']>;
};

/** A model's licence (Art. 53(2), 54(6)): open weights alone are not a free and open-source licence. */
export type ModelLicence =
  | 'FREE_AND_OPEN_SOURCE'
  | 'OPEN_WEIGHTS_RESTRICTED'
  | 'PROPRIETARY';

export type ModelOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: ModelOrderField;
};

export type ModelOrderField =
  | 'ID'
  | 'MODEL_TYPE'
  | 'NAME'
  | 'UPDATED_AT';

export type ModelType =
  | 'CLASSIFIER'
  | 'GPAI'
  | 'PREDICTIVE'
  | 'RANKING'
  | 'RULES'
  | 'SPEECH'
  | 'VISION';

/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Makes the person a member of the team; returns the person. */
  addTeamMember: Owner;
  /** The evidence supports the control (nothing changes if it already does). */
  attachEvidence: Evidence;
  /** Withdraws that record (ADMIN): answers go back to the original dates by default. */
  clearAmendmentInForce: Amendment;
  createAISystem: AiSystem;
  /** Creates an API key (ADMIN only); the answer holds the plain key, shown this once. */
  createApiKey: CreatedApiKey;
  createControl: Control;
  createEvidence: Evidence;
  createModel: Model;
  createOwner: Owner;
  createVendor: Vendor;
  /** Refused (CONFLICT, with `extensions.dependents`) while controls govern the system, unless `force`. */
  deleteAISystem: DeletePayload;
  /**
   * Refused (CONFLICT) while evidence supports the control, it is linked to provisions or obligations,
   * or it governs AI systems, unless `force`.
   */
  deleteControl: DeletePayload;
  /** Nothing depends on evidence: it is deleted with its links. */
  deleteEvidence: DeletePayload;
  /** Refused (CONFLICT) while AI systems use the model or models are fine-tuned from it, unless `force`. */
  deleteModel: DeletePayload;
  /** Refused (CONFLICT) while the owner owns systems, controls or evidence, or a team has members, unless `force`. */
  deleteOwner: DeletePayload;
  /** Refused (CONFLICT) while models or AI systems are supplied by the vendor, unless `force`. */
  deleteVendor: DeletePayload;
  /** The evidence no longer supports the control. */
  detachEvidence: Evidence;
  /**
   * Links a control to a provision or obligation it satisfies (how its content relates to the
   * target's, strength 1–10, why). Linking again updates the link.
   */
  linkControl: ControlLink;
  /**
   * Records that an amending act is in force since a date, with its Official Journal reference (ADMIN).
   * From then on answers use its dates by default.
   */
  recordAmendmentInForce: Amendment;
  /** Takes the person out of the team; returns the person. */
  removeTeamMember: Owner;
  /** Revokes a key at once (ADMIN only); revoking a revoked key changes nothing. */
  revokeApiKey: ApiKey;
  /**
   * Saves the answers on the system as a new assessment (the earlier ones stay as history) and sets the
   * system's facts from the outcome, in one transaction. Refused (BAD_USER_INPUT) while the answers are
   * incomplete or contradict each other.
   */
  saveClassification: ClassificationAssessment;
  /** The model this one was fine-tuned from; null: none. A model cannot be its own ancestor. */
  setBaseModel: Model;
  /** The vendor that supplies the model; null: built in-house. */
  setModelVendor: Model;
  /**
   * Makes `ownerId` the one owner of an AI system, control or evidence item (replacing any other);
   * null leaves it without an owner. Returns that node.
   */
  setOwner: Node;
  /** Replaces the controls that govern the system with exactly these. */
  setSystemControls: AiSystem;
  /** Replaces the models the system uses with exactly these. */
  setSystemModels: AiSystem;
  /** Replaces the vendors the system is bought from with exactly these. */
  setSystemVendors: AiSystem;
  /** Removes the link; false when there was none. */
  unlinkControl: Scalars['Boolean']['output'];
  updateAISystem: AiSystem;
  updateControl: Control;
  updateEvidence: Evidence;
  updateModel: Model;
  updateOwner: Owner;
  updateVendor: Vendor;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationAddTeamMemberArgs = {
  personId: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationAttachEvidenceArgs = {
  controlId: Scalars['ID']['input'];
  evidenceId: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationClearAmendmentInForceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationCreateAiSystemArgs = {
  input: CreateAiSystemInput;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationCreateControlArgs = {
  input: CreateControlInput;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationCreateEvidenceArgs = {
  input: CreateEvidenceInput;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationCreateModelArgs = {
  input: CreateModelInput;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationCreateOwnerArgs = {
  input: CreateOwnerInput;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationCreateVendorArgs = {
  input: CreateVendorInput;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationDeleteAiSystemArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationDeleteControlArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationDeleteEvidenceArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationDeleteModelArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationDeleteOwnerArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationDeleteVendorArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationDetachEvidenceArgs = {
  controlId: Scalars['ID']['input'];
  evidenceId: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationLinkControlArgs = {
  controlId: Scalars['ID']['input'];
  rationale: Scalars['String']['input'];
  relationship: MappingRelationship;
  strength: Scalars['Int']['input'];
  targetId: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationRecordAmendmentInForceArgs = {
  id: Scalars['ID']['input'];
  inForceSince: Scalars['Date']['input'];
  officialJournal: Scalars['String']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationRemoveTeamMemberArgs = {
  personId: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationSaveClassificationArgs = {
  aiSystemId: Scalars['ID']['input'];
  answers: Array<ClassificationAnswerInput>;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationSetBaseModelArgs = {
  baseModelId?: InputMaybe<Scalars['ID']['input']>;
  modelId: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationSetModelVendorArgs = {
  modelId: Scalars['ID']['input'];
  vendorId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationSetOwnerArgs = {
  nodeId: Scalars['ID']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationSetSystemControlsArgs = {
  controlIds: Array<Scalars['ID']['input']>;
  systemId: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationSetSystemModelsArgs = {
  modelIds: Array<Scalars['ID']['input']>;
  systemId: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationSetSystemVendorsArgs = {
  systemId: Scalars['ID']['input'];
  vendorIds: Array<Scalars['ID']['input']>;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationUnlinkControlArgs = {
  controlId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationUpdateAiSystemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAiSystemInput;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationUpdateControlArgs = {
  id: Scalars['ID']['input'];
  input: UpdateControlInput;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationUpdateEvidenceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEvidenceInput;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationUpdateModelArgs = {
  id: Scalars['ID']['input'];
  input: UpdateModelInput;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationUpdateOwnerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOwnerInput;
};


/**
 * Writes to the organisation's data (AI systems, models, vendors, owners, controls, evidence). The AI
 * Act and ISO/IEC 42001 are read-only. Each mutation is one transaction: on any error
 * (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT, with the offending argument or input field
 * in `extensions.field`) nothing is written. Every write stamps `updatedAt` on the nodes it changes.
 */
export type MutationUpdateVendorArgs = {
  id: Scalars['ID']['input'];
  input: UpdateVendorInput;
};

/** Every object in the graph has a stable, readable id (graph/README.md lists the formats). */
export type Node = {
  id: Scalars['ID']['output'];
};

/** Everything stored on one node, for a details panel: its properties and its relationships as links. */
export type NodeDetails = {
  __typename?: 'NodeDetails';
  node: GraphNode;
  /** Every property the node stores, none omitted, ordered by key. */
  properties: Array<NodeProperty>;
  /** How many relationships the node has in all, whatever the limit. */
  relationshipCount: Scalars['Int']['output'];
  /** Relationships of any type and either direction, ordered by type, then the other node's id; at most `relationshipLimit` of them. */
  relationships: Array<NodeRelationship>;
  /** True when relationships stopped at relationshipLimit. */
  truncated: Scalars['Boolean']['output'];
};

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

/** One stored property of a node, as text. */
export type NodeProperty = {
  __typename?: 'NodeProperty';
  key: Scalars['String']['output'];
  /** A scalar's value as text: strings as stored, numbers as written, booleans as true/false, dates and date-times as ISO-8601. Null for a list. */
  value?: Maybe<Scalars['String']['output']>;
  /** A list's items as text, in stored order. Null for a scalar. */
  values?: Maybe<Array<Scalars['String']['output']>>;
};

/** One relationship of a node: the edge as in `neighborhood`, its direction from the node, and the node at the other end. */
export type NodeRelationship = {
  __typename?: 'NodeRelationship';
  direction: NodeRelationshipDirection;
  edge: GraphEdge;
  other: GraphNode;
};

/** Which way a relationship points, seen from the node whose details are asked for. */
export type NodeRelationshipDirection =
  /** From the other node to this one. */
  | 'INCOMING'
  /** From this node to the other. */
  | 'OUTGOING';

/** A duty the AI Act places on a role for a risk class, derived from an article. */
export type Obligation = Node & {
  __typename?: 'Obligation';
  /** Digital Omnibus date for Annex III systems, beside the original; see amendmentStatus. */
  amendedAppliesFrom?: Maybe<Scalars['Date']['output']>;
  /** Digital Omnibus date for Annex I products. */
  amendedAppliesFromAnnexIProducts?: Maybe<Scalars['Date']['output']>;
  /** An Omnibus change that moves no date. */
  amendmentNote?: Maybe<Scalars['String']['output']>;
  /** Legal status of the amended dates. */
  amendmentStatus?: Maybe<Scalars['String']['output']>;
  /** Date under Regulation (EU) 2024/1689 as published (Art. 113). */
  appliesFrom: Scalars['Date']['output'];
  /** Art. 113(c) date for high-risk systems that are Annex I products. */
  appliesFromAnnexIProducts?: Maybe<Scalars['Date']['output']>;
  /** The article it is derived from. */
  article: Provision;
  caveat?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  exemption?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  legacyModels?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  paragraph?: Maybe<Scalars['String']['output']>;
  riskClass: RiskClass;
  /** The first of its roles (most obligations have one). */
  role: Role;
  roles: Array<Role>;
  /** The organisation's controls linked to this obligation. */
  satisfiedBy: ControlLinkConnection;
  scope?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
};


/** A duty the AI Act places on a role for a risk class, derived from an article. */
export type ObligationSatisfiedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ObligationConnection = {
  __typename?: 'ObligationConnection';
  edges: Array<ObligationEdge>;
  nodes: Array<Obligation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ObligationEdge = {
  __typename?: 'ObligationEdge';
  cursor: Scalars['String']['output'];
  node: Obligation;
};

export type ObligationFilter = {
  /** Obligations that apply on or before this date (appliesFrom <= appliesBy). */
  appliesBy?: InputMaybe<Scalars['Date']['input']>;
  /** Obligations that start to apply on or after this date. */
  appliesFromOrAfter?: InputMaybe<Scalars['Date']['input']>;
  /** Article id, e.g. eu-ai-act:art-26. */
  article?: InputMaybe<Scalars['ID']['input']>;
  riskClass?: InputMaybe<Array<RiskClass>>;
  /** Obligations of this role (the Art. 25 value-chain duty has several). */
  role?: InputMaybe<Role>;
  /** Case-insensitive part of the code or summary. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ObligationOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: ObligationOrderField;
};

export type ObligationOrderField =
  | 'APPLIES_FROM'
  | 'CODE'
  | 'ID'
  | 'RISK_CLASS';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** A person or a team accountable for AI systems, controls and evidence. */
export type Owner = Node & {
  __typename?: 'Owner';
  aiSystems: AiSystemConnection;
  controls: ControlConnection;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  evidence: EvidenceConnection;
  id: Scalars['ID']['output'];
  jobTitle?: Maybe<Scalars['String']['output']>;
  kind: OwnerKind;
  /** Members of this team. */
  members: OwnerConnection;
  name: Scalars['String']['output'];
  /** Teams this person belongs to. */
  teams: OwnerConnection;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A person or a team accountable for AI systems, controls and evidence. */
export type OwnerAiSystemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AiSystemOrder>;
};


/** A person or a team accountable for AI systems, controls and evidence. */
export type OwnerControlsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ControlOrder>;
};


/** A person or a team accountable for AI systems, controls and evidence. */
export type OwnerEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EvidenceOrder>;
};


/** A person or a team accountable for AI systems, controls and evidence. */
export type OwnerMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OwnerOrder>;
};


/** A person or a team accountable for AI systems, controls and evidence. */
export type OwnerTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OwnerOrder>;
};

export type OwnerConnection = {
  __typename?: 'OwnerConnection';
  edges: Array<OwnerEdge>;
  nodes: Array<Owner>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OwnerEdge = {
  __typename?: 'OwnerEdge';
  cursor: Scalars['String']['output'];
  node: Owner;
};

export type OwnerFilter = {
  kind?: InputMaybe<OwnerKind>;
  /** Members of this team. */
  team?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive part of the name, email or job title. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type OwnerKind =
  | 'PERSON'
  | 'TEAM';

export type OwnerOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: OwnerOrderField;
};

export type OwnerOrderField =
  | 'ID'
  | 'KIND'
  | 'NAME'
  | 'UPDATED_AT';

/** Relay page information. Cursors are opaque and stay valid while the data does not change. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A numbered part of a framework: a chapter, section, article or annex of the Act; a clause, Annex A topic, objective or control of ISO/IEC 42001. */
export type Provision = Node & {
  __typename?: 'Provision';
  /** Articles: the date from which it applies (Art. 113). */
  appliesFrom?: Maybe<Scalars['Date']['output']>;
  appliesFromNote?: Maybe<Scalars['String']['output']>;
  caveat?: Maybe<Scalars['String']['output']>;
  children: ProvisionConnection;
  framework: Framework;
  grouping: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ProvisionKind;
  /** Crosswalk mappings to and from other provisions. */
  mappings: MappingConnection;
  milestones: MilestoneConnection;
  number: Scalars['String']['output'];
  /** Obligations derived from this article. */
  obligations: ObligationConnection;
  /** The enclosing provision; null at the top of the framework. */
  parent?: Maybe<Provision>;
  /** Document order within the framework. */
  position: Scalars['Int']['output'];
  /** How analysts cite it: Art. 9, Annex III, 6.1.2, A.6.2.4. */
  ref: Scalars['String']['output'];
  /** The organisation's controls linked to this provision. */
  satisfiedBy: ControlLinkConnection;
  source?: Maybe<Scalars['String']['output']>;
  status?: Maybe<ProvisionStatus>;
  title: Scalars['String']['output'];
  titleNote?: Maybe<Scalars['String']['output']>;
  titleVariantsSeen: Array<Scalars['String']['output']>;
  titleVerifiedBy: Array<Scalars['String']['output']>;
  verifiedBy: Array<Scalars['String']['output']>;
};


/** A numbered part of a framework: a chapter, section, article or annex of the Act; a clause, Annex A topic, objective or control of ISO/IEC 42001. */
export type ProvisionChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProvisionOrder>;
};


/** A numbered part of a framework: a chapter, section, article or annex of the Act; a clause, Annex A topic, objective or control of ISO/IEC 42001. */
export type ProvisionMappingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MappingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A numbered part of a framework: a chapter, section, article or annex of the Act; a clause, Annex A topic, objective or control of ISO/IEC 42001. */
export type ProvisionMilestonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MilestoneOrder>;
};


/** A numbered part of a framework: a chapter, section, article or annex of the Act; a clause, Annex A topic, objective or control of ISO/IEC 42001. */
export type ProvisionObligationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ObligationOrder>;
};


/** A numbered part of a framework: a chapter, section, article or annex of the Act; a clause, Annex A topic, objective or control of ISO/IEC 42001. */
export type ProvisionSatisfiedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ProvisionConnection = {
  __typename?: 'ProvisionConnection';
  edges: Array<ProvisionEdge>;
  nodes: Array<Provision>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProvisionEdge = {
  __typename?: 'ProvisionEdge';
  cursor: Scalars['String']['output'];
  node: Provision;
};

export type ProvisionFilter = {
  /** Framework id: eu-ai-act or iso42001. */
  framework?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<Array<ProvisionKind>>;
  /** Direct children of this provision. */
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive part of the ref, number or title. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ProvisionKind =
  | 'ANNEX'
  | 'ANNEX_A_CONTROL'
  | 'ANNEX_A_OBJECTIVE'
  | 'ANNEX_A_TOPIC'
  | 'ARTICLE'
  | 'CHAPTER'
  | 'CLAUSE'
  | 'SECTION';

export type ProvisionOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: ProvisionOrderField;
};

export type ProvisionOrderField =
  | 'ID'
  | 'POSITION'
  | 'REF'
  | 'TITLE';

export type ProvisionStatus =
  | 'INFORMATIVE'
  | 'NORMATIVE';

export type Query = {
  __typename?: 'Query';
  aiSystems: AiSystemConnection;
  /** Amending acts and whether they are recorded in force (the Digital Omnibus on AI). */
  amendments: Array<Amendment>;
  /** API keys, newest first (ADMIN only). */
  apiKeys: ApiKeyConnection;
  /** The audit trail, newest first (AUDITOR and ADMIN only). */
  auditEvents: AuditEventConnection;
  /** The questionnaire, in order. */
  classificationQuestions: Array<ClassificationQuestion>;
  /** The outcome for these answers (nothing is written). */
  classify: ClassificationResult;
  controls: ControlConnection;
  /** The controls that satisfy a provision or an obligation, with the same reasoning, strongest first. */
  controlsFor: Array<ControlCoverage>;
  /** Every relationship whose two ends are among these ids (at most 2500; unknown ids are ignored), by id: the edges a canvas built from several answers lacks. */
  edgesAmong: Array<GraphEdge>;
  evidence: EvidenceConnection;
  frameworks: FrameworkConnection;
  /** Coverage of every applicable obligation, per AI system (all systems when aiSystemId is absent). */
  gaps: GapConnection;
  /** Whether the API and its database answer; for monitors and smoke tests. */
  health: Health;
  /**
   * What a change to a vendor, a model, a control or an evidence item touches (README, "Impact and
   * subgraphs"): AI systems within `maxDepth` edges (1–8), the obligations their controls cover, the
   * controls and evidence to re-review and the owners to notify, each with a path, nearest first. Each
   * list holds at most `limit` nodes (1–5000); `counts` are always complete.
   */
  impact: Impact;
  milestones: MilestoneConnection;
  models: ModelConnection;
  /** The nodes within `depth` hops of a node (at most `limit` nodes), and the edges among them. */
  neighborhood: Subgraph;
  /** Any node by id; null when there is none. */
  node?: Maybe<Node>;
  /** Every stored property of a node and its relationships (at most `relationshipLimit`, 1 to 1000); null when there is no node with this id. */
  nodeDetails?: Maybe<NodeDetails>;
  /** Nodes by id, in the order asked; null where there is none. */
  nodes: Array<Maybe<Node>>;
  obligations: ObligationConnection;
  /** Obligations that start to apply to the organisation's systems between two dates (inclusive). */
  obligationsApplyingBetween: Array<ApplicableObligation>;
  owners: OwnerConnection;
  /** Shortest-first paths between two nodes, up to `maxLength` edges, at most `limit` paths, merged into one subgraph. */
  paths: Subgraph;
  provisions: ProvisionConnection;
  /** Every provision and obligation a control satisfies, directly and through chains of crosswalk mappings. */
  satisfaction: Array<Satisfaction>;
  /**
   * Finds nodes by what people type: words in refs, titles, names, summaries, codes and descriptions
   * (phrase first, then all words, then any; words of four letters or more also within one typo), and
   * references matched exactly ("Art 27", "article 27" and "Art. 27" find Art. 27; "A.6.2.4"; "GOV-01";
   * any id). Any text is safe: it is never query syntax. Best first.
   */
  search: Array<SearchHit>;
  vendors: VendorConnection;
  /** Who is calling: every authenticated caller may ask. */
  viewer: Viewer;
  /** The coverage difference if these nodes disappeared; computed without writing anything. */
  whatIf: WhatIfResult;
};


export type QueryAiSystemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AiSystemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AiSystemOrder>;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClassifyArgs = {
  answers: Array<ClassificationAnswerInput>;
};


export type QueryControlsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ControlFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ControlOrder>;
};


export type QueryControlsForArgs = {
  id: Scalars['ID']['input'];
  includeIndeterminate?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEdgesAmongArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EvidenceOrder>;
};


export type QueryFrameworksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FrameworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  aiSystemId?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GapFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  useAmendedDates?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryImpactArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  of: Scalars['ID']['input'];
};


export type QueryMilestonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MilestoneOrder>;
};


export type QueryModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ModelFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ModelOrder>;
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodeDetailsArgs = {
  id: Scalars['ID']['input'];
  relationshipLimit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryObligationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ObligationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ObligationOrder>;
};


export type QueryObligationsApplyingBetweenArgs = {
  aiSystemId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  useAmendedDates?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOwnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OwnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OwnerOrder>;
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryProvisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProvisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProvisionOrder>;
};


export type QuerySatisfactionArgs = {
  controlId: Scalars['ID']['input'];
  includeIndeterminate?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  text: Scalars['String']['input'];
};


export type QueryVendorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VendorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<VendorOrder>;
};


export type QueryWhatIfArgs = {
  aiSystemId?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  removeIds: Array<Scalars['ID']['input']>;
  useAmendedDates?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A path explaining a derived relationship, with the relationship and strength it yields. */
export type ReasoningPath = {
  __typename?: 'ReasoningPath';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** The composed relationship along this path. */
  relationship: DerivedRelationship;
  /** The weakest edge's strength (structural edges, PART_OF and DERIVED_FROM, count as 10). */
  strength: Scalars['Int']['output'];
};

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

/** What a control satisfies: a provision or obligation, directly or through the crosswalk. */
export type Satisfaction = {
  __typename?: 'Satisfaction';
  control: Control;
  coverage: Coverage;
  /** True when the control links to the target itself. */
  direct: Scalars['Boolean']['output'];
  /** Edges on the shortest path giving the reported result. */
  hops: Scalars['Int']['output'];
  /** Every path found (strongest first, at most 20). */
  paths: Array<ReasoningPath>;
  /** The strongest result over all paths. */
  relationship: DerivedRelationship;
  strength: Scalars['Int']['output'];
  /** A Provision or an Obligation. */
  target: Node;
};

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

/** A node a search found, with how well it matched. */
export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  /**
   * 1 for a ref, code or id equal to a reference the text names (Art. 27, A.6.2.4, GOV-01); 0.9 for a
   * provision under such a reference (A.6.2 → A.6.2.2); full-text matches up to 0.8, relative to the
   * best full-text match of the same search.
   */
  score: Scalars['Float']['output'];
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when the limit cut the result short. */
  truncated: Scalars['Boolean']['output'];
};

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

/** Changes to an AI system: absent fields stay as they are, null clears an optional one. */
export type UpdateAiSystemInput = {
  annexIIIArea?: InputMaybe<AnnexIiiArea>;
  annexIIIPoint?: InputMaybe<Scalars['String']['input']>;
  annexISection?: InputMaybe<AnnexISection>;
  annexXComponent?: InputMaybe<Scalars['Boolean']['input']>;
  article6_3Derogation?: InputMaybe<Article6_3Condition>;
  article25Triggers?: InputMaybe<Array<Article25Trigger>>;
  decidesAboutNaturalPersons?: InputMaybe<Scalars['Boolean']['input']>;
  deployerIsPublicAuthority?: InputMaybe<Scalars['Boolean']['input']>;
  deployerIsPublicServiceBody?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  establishedInUnion?: InputMaybe<Scalars['Boolean']['input']>;
  flaggedForReview?: InputMaybe<Scalars['Boolean']['input']>;
  gpaiBased?: InputMaybe<Scalars['Boolean']['input']>;
  highRiskBasis?: InputMaybe<HighRiskBasis>;
  intendedForPublicAuthorities?: InputMaybe<Scalars['Boolean']['input']>;
  intendedPurpose?: InputMaybe<Scalars['String']['input']>;
  lifecycleStage?: InputMaybe<LifecycleStage>;
  name?: InputMaybe<Scalars['String']['input']>;
  placedOnMarket?: InputMaybe<Scalars['Date']['input']>;
  profilesNaturalPersons?: InputMaybe<Scalars['Boolean']['input']>;
  reviewReason?: InputMaybe<Scalars['String']['input']>;
  riskClass?: InputMaybe<RiskClass>;
  roles?: InputMaybe<Array<Role>>;
  scopeExclusion?: InputMaybe<ScopeExclusion>;
  significantChangeOn?: InputMaybe<Scalars['Date']['input']>;
  significantlyChanged?: InputMaybe<Scalars['Boolean']['input']>;
  transparencyTriggers?: InputMaybe<Array<TransparencyTrigger>>;
  unitsStillInUse?: InputMaybe<Scalars['Boolean']['input']>;
  withdrawnOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Changes to a control: absent fields stay as they are, null clears an optional one. The id never changes. */
export type UpdateControlInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  implementationStatus?: InputMaybe<ImplementationStatus>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an evidence item: absent fields stay as they are, null clears an optional one. */
export type UpdateEvidenceInput = {
  collectedOn?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<EvidenceKind>;
  location?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** Changes to a model: absent fields stay as they are, null clears an optional one. */
export type UpdateModelInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  establishedInUnion?: InputMaybe<Scalars['Boolean']['input']>;
  gpai?: InputMaybe<Scalars['Boolean']['input']>;
  licence?: InputMaybe<ModelLicence>;
  modelType?: InputMaybe<ModelType>;
  name?: InputMaybe<Scalars['String']['input']>;
  openWeights?: InputMaybe<Scalars['Boolean']['input']>;
  placedOnMarket?: InputMaybe<Scalars['Date']['input']>;
  systemicRisk?: InputMaybe<Scalars['Boolean']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes to an owner: absent fields stay as they are, null clears an optional one. `kind` changes
 * only while the owner has no team memberships or members.
 */
export type UpdateOwnerInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OwnerKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a vendor: absent fields stay as they are, null clears an optional one. */
export type UpdateVendorInput = {
  contractRef?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  riskTier?: InputMaybe<VendorRiskTier>;
};

/** A supplier of models or AI systems. */
export type Vendor = Node & {
  __typename?: 'Vendor';
  /** AI systems bought from this vendor. */
  aiSystems: AiSystemConnection;
  contractRef?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  models: ModelConnection;
  name: Scalars['String']['output'];
  riskTier?: Maybe<VendorRiskTier>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A supplier of models or AI systems. */
export type VendorAiSystemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AiSystemOrder>;
};


/** A supplier of models or AI systems. */
export type VendorModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ModelOrder>;
};

export type VendorConnection = {
  __typename?: 'VendorConnection';
  edges: Array<VendorEdge>;
  nodes: Array<Vendor>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VendorEdge = {
  __typename?: 'VendorEdge';
  cursor: Scalars['String']['output'];
  node: Vendor;
};

export type VendorFilter = {
  country?: InputMaybe<Scalars['String']['input']>;
  riskTier?: InputMaybe<Array<VendorRiskTier>>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type VendorOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: VendorOrderField;
};

export type VendorOrderField =
  | 'COUNTRY'
  | 'ID'
  | 'NAME'
  | 'RISK_TIER'
  | 'UPDATED_AT';

export type VendorRiskTier =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** The caller of this request. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Who: the key's name, the token's subject, or anonymous. */
  actor: Scalars['String']['output'];
  kind: CallerKind;
  role: AccessRole;
};

export type WhatIfResult = {
  __typename?: 'WhatIfResult';
  changedRows: Scalars['Int']['output'];
  /** Rows that would disappear (see WhatIfSystem.dropped). */
  droppedRows: Scalars['Int']['output'];
  /** The nodes supposed removed (ids not found are ignored). */
  removed: Array<Node>;
  /** Systems with at least one row changing status or dropped. */
  systems: Array<WhatIfSystem>;
};

export type WhatIfSystem = {
  __typename?: 'WhatIfSystem';
  after: GapSummaryRow;
  aiSystem: AiSystem;
  before: GapSummaryRow;
  changes: Array<GapChange>;
  /** Obligations that would no longer apply to it (the system, the obligation or its own GPAI model removed); not status changes. */
  dropped: Array<Obligation>;
  /** True when the system itself is among the removed nodes (all its rows are dropped). */
  removed: Scalars['Boolean']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( NodeRow )
    | ( AmendmentRow )
    | ( Omit<ClassificationAssessment, 'aiSystem'> & { aiSystem: _RefType['AISystem'] } )
    | ( NodeRow )
    | ( NodeRow )
    | ( NodeRow )
    | ( NodeRow )
    | ( NodeRow )
    | ( NodeRow )
    | ( NodeRow )
    | ( NodeRow )
    | ( NodeRow )
    | ( NodeRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AISystem: ResolverTypeWrapper<NodeRow>;
  AISystemConnection: ResolverTypeWrapper<NodeConnection>;
  AISystemEdge: ResolverTypeWrapper<NodeConnectionEdge>;
  AISystemFilter: AiSystemFilter;
  AISystemOrder: AiSystemOrder;
  AISystemOrderField: AiSystemOrderField;
  AccessRole: AccessRole;
  Amendment: ResolverTypeWrapper<AmendmentRow>;
  AnnexIIIArea: AnnexIiiArea;
  AnnexISection: AnnexISection;
  ApiKey: ResolverTypeWrapper<ApiKeyRecord>;
  ApiKeyConnection: ResolverTypeWrapper<ApiKeyConnectionModel>;
  ApiKeyEdge: ResolverTypeWrapper<ApiKeyConnectionEdge>;
  ApplicableModelObligation: ResolverTypeWrapper<Applicability>;
  ApplicableObligation: ResolverTypeWrapper<Applicability>;
  Article6_3Condition: Article6_3Condition;
  Article25Trigger: Article25Trigger;
  AuditChange: ResolverTypeWrapper<AuditChangeModel>;
  AuditEvent: ResolverTypeWrapper<AuditEventRow>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnectionModel>;
  AuditEventEdge: ResolverTypeWrapper<AuditEventConnectionEdge>;
  AuditEventFilter: AuditEventFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CallerKind: CallerKind;
  ClassificationAnswer: ResolverTypeWrapper<ClassificationAnswer>;
  ClassificationAnswerInput: ClassificationAnswerInput;
  ClassificationAnswerKind: ClassificationAnswerKind;
  ClassificationAssessment: ResolverTypeWrapper<Omit<ClassificationAssessment, 'aiSystem'> & { aiSystem: ResolversTypes['AISystem'] }>;
  ClassificationOption: ResolverTypeWrapper<ClassificationOption>;
  ClassificationQuestion: ResolverTypeWrapper<ClassificationQuestion>;
  ClassificationResult: ResolverTypeWrapper<ClassificationResult>;
  ClassificationStep: ResolverTypeWrapper<ClassificationStep>;
  Control: ResolverTypeWrapper<NodeRow>;
  ControlConnection: ResolverTypeWrapper<NodeConnection>;
  ControlCoverage: ResolverTypeWrapper<ControlCoverageResult>;
  ControlEdge: ResolverTypeWrapper<NodeConnectionEdge>;
  ControlFilter: ControlFilter;
  ControlLink: ResolverTypeWrapper<EdgeRow>;
  ControlLinkConnection: ResolverTypeWrapper<EdgeConnection>;
  ControlLinkEdge: ResolverTypeWrapper<EdgeConnectionEdge>;
  ControlLinkFilter: ControlLinkFilter;
  ControlOrder: ControlOrder;
  ControlOrderField: ControlOrderField;
  Coverage: Coverage;
  CreateAISystemInput: CreateAiSystemInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateControlInput: CreateControlInput;
  CreateEvidenceInput: CreateEvidenceInput;
  CreateModelInput: CreateModelInput;
  CreateOwnerInput: CreateOwnerInput;
  CreateVendorInput: CreateVendorInput;
  CreatedApiKey: ResolverTypeWrapper<CreatedApiKeyResult>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  DerivedRelationship: DerivedRelationship;
  ErrorCode: ErrorCode;
  Evidence: ResolverTypeWrapper<NodeRow>;
  EvidenceConnection: ResolverTypeWrapper<NodeConnection>;
  EvidenceEdge: ResolverTypeWrapper<NodeConnectionEdge>;
  EvidenceFilter: EvidenceFilter;
  EvidenceKind: EvidenceKind;
  EvidenceOrder: EvidenceOrder;
  EvidenceOrderField: EvidenceOrderField;
  EvidenceSummary: ResolverTypeWrapper<EvidenceSummary>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Framework: ResolverTypeWrapper<NodeRow>;
  FrameworkConnection: ResolverTypeWrapper<NodeConnection>;
  FrameworkEdge: ResolverTypeWrapper<NodeConnectionEdge>;
  FrameworkFilter: FrameworkFilter;
  FrameworkKind: FrameworkKind;
  Freshness: Freshness;
  GapChange: ResolverTypeWrapper<GapChangeResult>;
  GapConnection: ResolverTypeWrapper<GapConnectionResult>;
  GapControl: ResolverTypeWrapper<GapControlResult>;
  GapEdge: ResolverTypeWrapper<GapEdgeResult>;
  GapFilter: GapFilter;
  GapRow: ResolverTypeWrapper<GapRowResult>;
  GapStatus: GapStatus;
  GapSummary: ResolverTypeWrapper<GapSummary>;
  GapSummaryRow: ResolverTypeWrapper<GapSummaryRow>;
  GraphEdge: ResolverTypeWrapper<GraphEdgeModel>;
  GraphNode: ResolverTypeWrapper<GraphNodeModel>;
  GraphPath: ResolverTypeWrapper<GraphPathModel>;
  Health: ResolverTypeWrapper<Health>;
  HealthStatus: HealthStatus;
  HighRiskBasis: HighRiskBasis;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Impact: ResolverTypeWrapper<ImpactResult>;
  ImpactCounts: ResolverTypeWrapper<ImpactCounts>;
  ImpactedNode: ResolverTypeWrapper<ImpactedNodeResult>;
  ImplementationStatus: ImplementationStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  LegalStatus: LegalStatus;
  LegislativeNote: ResolverTypeWrapper<NodeRow>;
  LegislativeNoteConnection: ResolverTypeWrapper<NodeConnection>;
  LegislativeNoteEdge: ResolverTypeWrapper<NodeConnectionEdge>;
  LifecycleStage: LifecycleStage;
  Mapping: ResolverTypeWrapper<EdgeRow>;
  MappingConnection: ResolverTypeWrapper<EdgeConnection>;
  MappingDirection: MappingDirection;
  MappingEdge: ResolverTypeWrapper<EdgeConnectionEdge>;
  MappingFilter: MappingFilter;
  MappingRelationship: MappingRelationship;
  Milestone: ResolverTypeWrapper<NodeRow>;
  MilestoneConnection: ResolverTypeWrapper<NodeConnection>;
  MilestoneEdge: ResolverTypeWrapper<NodeConnectionEdge>;
  MilestoneKind: MilestoneKind;
  MilestoneOrder: MilestoneOrder;
  MilestoneOrderField: MilestoneOrderField;
  Model: ResolverTypeWrapper<NodeRow>;
  ModelConnection: ResolverTypeWrapper<NodeConnection>;
  ModelEdge: ResolverTypeWrapper<NodeConnectionEdge>;
  ModelFilter: ModelFilter;
  ModelLicence: ModelLicence;
  ModelOrder: ModelOrder;
  ModelOrderField: ModelOrderField;
  ModelType: ModelType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NodeDetails: ResolverTypeWrapper<Omit<NodeDetails, 'node' | 'relationships'> & { node: ResolversTypes['GraphNode'], relationships: Array<ResolversTypes['NodeRelationship']> }>;
  NodeKind: NodeKind;
  NodeProperty: ResolverTypeWrapper<NodeProperty>;
  NodeRelationship: ResolverTypeWrapper<Omit<NodeRelationship, 'edge' | 'other'> & { edge: ResolversTypes['GraphEdge'], other: ResolversTypes['GraphNode'] }>;
  NodeRelationshipDirection: NodeRelationshipDirection;
  Obligation: ResolverTypeWrapper<NodeRow>;
  ObligationConnection: ResolverTypeWrapper<NodeConnection>;
  ObligationEdge: ResolverTypeWrapper<NodeConnectionEdge>;
  ObligationFilter: ObligationFilter;
  ObligationOrder: ObligationOrder;
  ObligationOrderField: ObligationOrderField;
  OrderDirection: OrderDirection;
  Owner: ResolverTypeWrapper<NodeRow>;
  OwnerConnection: ResolverTypeWrapper<NodeConnection>;
  OwnerEdge: ResolverTypeWrapper<NodeConnectionEdge>;
  OwnerFilter: OwnerFilter;
  OwnerKind: OwnerKind;
  OwnerOrder: OwnerOrder;
  OwnerOrderField: OwnerOrderField;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provision: ResolverTypeWrapper<NodeRow>;
  ProvisionConnection: ResolverTypeWrapper<NodeConnection>;
  ProvisionEdge: ResolverTypeWrapper<NodeConnectionEdge>;
  ProvisionFilter: ProvisionFilter;
  ProvisionKind: ProvisionKind;
  ProvisionOrder: ProvisionOrder;
  ProvisionOrderField: ProvisionOrderField;
  ProvisionStatus: ProvisionStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReasoningPath: ResolverTypeWrapper<Omit<ReasoningPath, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['GraphEdge']>, nodes: Array<ResolversTypes['GraphNode']> }>;
  RiskClass: RiskClass;
  Role: Role;
  Satisfaction: ResolverTypeWrapper<SatisfactionResult>;
  ScopeExclusion: ScopeExclusion;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Node'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  TransparencyTrigger: TransparencyTrigger;
  UpdateAISystemInput: UpdateAiSystemInput;
  UpdateControlInput: UpdateControlInput;
  UpdateEvidenceInput: UpdateEvidenceInput;
  UpdateModelInput: UpdateModelInput;
  UpdateOwnerInput: UpdateOwnerInput;
  UpdateVendorInput: UpdateVendorInput;
  Vendor: ResolverTypeWrapper<NodeRow>;
  VendorConnection: ResolverTypeWrapper<NodeConnection>;
  VendorEdge: ResolverTypeWrapper<NodeConnectionEdge>;
  VendorFilter: VendorFilter;
  VendorOrder: VendorOrder;
  VendorOrderField: VendorOrderField;
  VendorRiskTier: VendorRiskTier;
  Viewer: ResolverTypeWrapper<Viewer>;
  WhatIfResult: ResolverTypeWrapper<WhatIfTable>;
  WhatIfSystem: ResolverTypeWrapper<WhatIfSystemResult>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AISystem: NodeRow;
  AISystemConnection: NodeConnection;
  AISystemEdge: NodeConnectionEdge;
  AISystemFilter: AiSystemFilter;
  AISystemOrder: AiSystemOrder;
  Amendment: AmendmentRow;
  ApiKey: ApiKeyRecord;
  ApiKeyConnection: ApiKeyConnectionModel;
  ApiKeyEdge: ApiKeyConnectionEdge;
  ApplicableModelObligation: Applicability;
  ApplicableObligation: Applicability;
  AuditChange: AuditChangeModel;
  AuditEvent: AuditEventRow;
  AuditEventConnection: AuditEventConnectionModel;
  AuditEventEdge: AuditEventConnectionEdge;
  AuditEventFilter: AuditEventFilter;
  Boolean: Scalars['Boolean']['output'];
  ClassificationAnswer: ClassificationAnswer;
  ClassificationAnswerInput: ClassificationAnswerInput;
  ClassificationAssessment: Omit<ClassificationAssessment, 'aiSystem'> & { aiSystem: ResolversParentTypes['AISystem'] };
  ClassificationOption: ClassificationOption;
  ClassificationQuestion: ClassificationQuestion;
  ClassificationResult: ClassificationResult;
  ClassificationStep: ClassificationStep;
  Control: NodeRow;
  ControlConnection: NodeConnection;
  ControlCoverage: ControlCoverageResult;
  ControlEdge: NodeConnectionEdge;
  ControlFilter: ControlFilter;
  ControlLink: EdgeRow;
  ControlLinkConnection: EdgeConnection;
  ControlLinkEdge: EdgeConnectionEdge;
  ControlLinkFilter: ControlLinkFilter;
  ControlOrder: ControlOrder;
  CreateAISystemInput: CreateAiSystemInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateControlInput: CreateControlInput;
  CreateEvidenceInput: CreateEvidenceInput;
  CreateModelInput: CreateModelInput;
  CreateOwnerInput: CreateOwnerInput;
  CreateVendorInput: CreateVendorInput;
  CreatedApiKey: CreatedApiKeyResult;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeletePayload: DeletePayload;
  Evidence: NodeRow;
  EvidenceConnection: NodeConnection;
  EvidenceEdge: NodeConnectionEdge;
  EvidenceFilter: EvidenceFilter;
  EvidenceOrder: EvidenceOrder;
  EvidenceSummary: EvidenceSummary;
  Float: Scalars['Float']['output'];
  Framework: NodeRow;
  FrameworkConnection: NodeConnection;
  FrameworkEdge: NodeConnectionEdge;
  FrameworkFilter: FrameworkFilter;
  GapChange: GapChangeResult;
  GapConnection: GapConnectionResult;
  GapControl: GapControlResult;
  GapEdge: GapEdgeResult;
  GapFilter: GapFilter;
  GapRow: GapRowResult;
  GapSummary: GapSummary;
  GapSummaryRow: GapSummaryRow;
  GraphEdge: GraphEdgeModel;
  GraphNode: GraphNodeModel;
  GraphPath: GraphPathModel;
  Health: Health;
  ID: Scalars['ID']['output'];
  Impact: ImpactResult;
  ImpactCounts: ImpactCounts;
  ImpactedNode: ImpactedNodeResult;
  Int: Scalars['Int']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  LegislativeNote: NodeRow;
  LegislativeNoteConnection: NodeConnection;
  LegislativeNoteEdge: NodeConnectionEdge;
  Mapping: EdgeRow;
  MappingConnection: EdgeConnection;
  MappingEdge: EdgeConnectionEdge;
  MappingFilter: MappingFilter;
  Milestone: NodeRow;
  MilestoneConnection: NodeConnection;
  MilestoneEdge: NodeConnectionEdge;
  MilestoneOrder: MilestoneOrder;
  Model: NodeRow;
  ModelConnection: NodeConnection;
  ModelEdge: NodeConnectionEdge;
  ModelFilter: ModelFilter;
  ModelOrder: ModelOrder;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NodeDetails: Omit<NodeDetails, 'node' | 'relationships'> & { node: ResolversParentTypes['GraphNode'], relationships: Array<ResolversParentTypes['NodeRelationship']> };
  NodeProperty: NodeProperty;
  NodeRelationship: Omit<NodeRelationship, 'edge' | 'other'> & { edge: ResolversParentTypes['GraphEdge'], other: ResolversParentTypes['GraphNode'] };
  Obligation: NodeRow;
  ObligationConnection: NodeConnection;
  ObligationEdge: NodeConnectionEdge;
  ObligationFilter: ObligationFilter;
  ObligationOrder: ObligationOrder;
  Owner: NodeRow;
  OwnerConnection: NodeConnection;
  OwnerEdge: NodeConnectionEdge;
  OwnerFilter: OwnerFilter;
  OwnerOrder: OwnerOrder;
  PageInfo: PageInfo;
  Provision: NodeRow;
  ProvisionConnection: NodeConnection;
  ProvisionEdge: NodeConnectionEdge;
  ProvisionFilter: ProvisionFilter;
  ProvisionOrder: ProvisionOrder;
  Query: Record<PropertyKey, never>;
  ReasoningPath: Omit<ReasoningPath, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['GraphEdge']>, nodes: Array<ResolversParentTypes['GraphNode']> };
  Satisfaction: SatisfactionResult;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Node'] };
  String: Scalars['String']['output'];
  Subgraph: SubgraphModel;
  UpdateAISystemInput: UpdateAiSystemInput;
  UpdateControlInput: UpdateControlInput;
  UpdateEvidenceInput: UpdateEvidenceInput;
  UpdateModelInput: UpdateModelInput;
  UpdateOwnerInput: UpdateOwnerInput;
  UpdateVendorInput: UpdateVendorInput;
  Vendor: NodeRow;
  VendorConnection: NodeConnection;
  VendorEdge: NodeConnectionEdge;
  VendorFilter: VendorFilter;
  VendorOrder: VendorOrder;
  Viewer: Viewer;
  WhatIfResult: WhatIfTable;
  WhatIfSystem: WhatIfSystemResult;
}>;

export type AiSystemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AISystem'] = ResolversParentTypes['AISystem']> = ResolversObject<{
  annexIIIArea?: Resolver<Maybe<ResolversTypes['AnnexIIIArea']>, ParentType, ContextType>;
  annexIIIPoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  annexISection?: Resolver<Maybe<ResolversTypes['AnnexISection']>, ParentType, ContextType>;
  annexXComponent?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  applicableObligations?: Resolver<Array<ResolversTypes['ApplicableObligation']>, ParentType, ContextType, Partial<AiSystemApplicableObligationsArgs>>;
  article6_3Derogation?: Resolver<Maybe<ResolversTypes['Article6_3Condition']>, ParentType, ContextType>;
  article25Triggers?: Resolver<Array<ResolversTypes['Article25Trigger']>, ParentType, ContextType>;
  classificationAssessments?: Resolver<Array<ResolversTypes['ClassificationAssessment']>, ParentType, ContextType>;
  classifiedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  controls?: Resolver<ResolversTypes['ControlConnection'], ParentType, ContextType, Partial<AiSystemControlsArgs>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidesAboutNaturalPersons?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  deployerIsPublicAuthority?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  deployerIsPublicServiceBody?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  establishedInUnion?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  flaggedForReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gpaiBased?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  highRiskBasis?: Resolver<Maybe<ResolversTypes['HighRiskBasis']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intendedForPublicAuthorities?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  intendedPurpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lifecycleStage?: Resolver<ResolversTypes['LifecycleStage'], ParentType, ContextType>;
  models?: Resolver<ResolversTypes['ModelConnection'], ParentType, ContextType, Partial<AiSystemModelsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Owner']>, ParentType, ContextType>;
  placedOnMarket?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  profilesNaturalPersons?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reviewReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  riskClass?: Resolver<ResolversTypes['RiskClass'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  scopeExclusion?: Resolver<Maybe<ResolversTypes['ScopeExclusion']>, ParentType, ContextType>;
  significantChangeOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  significantlyChanged?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  transparencyTriggers?: Resolver<Array<ResolversTypes['TransparencyTrigger']>, ParentType, ContextType>;
  unitsStillInUse?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  vendors?: Resolver<ResolversTypes['VendorConnection'], ParentType, ContextType, Partial<AiSystemVendorsArgs>>;
  withdrawnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AiSystemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AISystemConnection'] = ResolversParentTypes['AISystemConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AISystemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AISystem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AiSystemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AISystemEdge'] = ResolversParentTypes['AISystemEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AISystem'], ParentType, ContextType>;
}>;

export type AmendmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Amendment'] = ResolversParentTypes['Amendment']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inForceSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officialJournal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccessRole'], ParentType, ContextType>;
}>;

export type ApiKeyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApiKeyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
}>;

export type ApplicableModelObligationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicableModelObligation'] = ResolversParentTypes['ApplicableModelObligation']> = ResolversObject<{
  amended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  appliesFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dateBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalStatus?: Resolver<ResolversTypes['LegalStatus'], ParentType, ContextType>;
  missingFacts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['Model'], ParentType, ContextType>;
  obligation?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type ApplicableObligationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicableObligation'] = ResolversParentTypes['ApplicableObligation']> = ResolversObject<{
  aiSystem?: Resolver<ResolversTypes['AISystem'], ParentType, ContextType>;
  amended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  appliesFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  appliesUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dateBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalStatus?: Resolver<ResolversTypes['LegalStatus'], ParentType, ContextType>;
  missingFacts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  obligation?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
}>;

export type AuditChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['CallerKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccessRole'], ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type ClassificationAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClassificationAnswer'] = ResolversParentTypes['ClassificationAnswer']> = ResolversObject<{
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  values?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
}>;

export type ClassificationAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClassificationAssessment'] = ResolversParentTypes['ClassificationAssessment']> = ResolversObject<{
  aiSystem?: Resolver<ResolversTypes['AISystem'], ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['ClassificationAnswer']>, ParentType, ContextType>;
  assessedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  assessedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['ClassificationResult'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClassificationOptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClassificationOption'] = ResolversParentTypes['ClassificationOption']> = ResolversObject<{
  article?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClassificationQuestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClassificationQuestion'] = ResolversParentTypes['ClassificationQuestion']> = ResolversObject<{
  article?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  help?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClassificationAnswerKind'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['ClassificationOption']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shownWhen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClassificationResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClassificationResult'] = ResolversParentTypes['ClassificationResult']> = ResolversObject<{
  annexIIIArea?: Resolver<Maybe<ResolversTypes['AnnexIIIArea']>, ParentType, ContextType>;
  annexIIIPoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  annexISection?: Resolver<Maybe<ResolversTypes['AnnexISection']>, ParentType, ContextType>;
  annexXComponent?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  article6_3Derogation?: Resolver<Maybe<ResolversTypes['Article6_3Condition']>, ParentType, ContextType>;
  article25Triggers?: Resolver<Array<ResolversTypes['Article25Trigger']>, ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidesAboutNaturalPersons?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  deployerIsPublicAuthority?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  deployerIsPublicServiceBody?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  establishedInUnion?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  gpai?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  highRiskBasis?: Resolver<Maybe<ResolversTypes['HighRiskBasis']>, ParentType, ContextType>;
  intendedForPublicAuthorities?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  openQuestions?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  outOfScope?: Resolver<Maybe<ResolversTypes['ScopeExclusion']>, ParentType, ContextType>;
  placedOnMarket?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  profilesNaturalPersons?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  prohibitedPractices?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  riskClass?: Resolver<Maybe<ResolversTypes['RiskClass']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  significantChangeOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  significantlyChanged?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ClassificationStep']>, ParentType, ContextType>;
  systemicRisk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  transparencyTriggers?: Resolver<Array<ResolversTypes['TransparencyTrigger']>, ParentType, ContextType>;
}>;

export type ClassificationStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClassificationStep'] = ResolversParentTypes['ClassificationStep']> = ResolversObject<{
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  article?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effect?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ControlResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Control'] = ResolversParentTypes['Control']> = ResolversObject<{
  aiSystems?: Resolver<ResolversTypes['AISystemConnection'], ParentType, ContextType, Partial<ControlAiSystemsArgs>>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, Partial<ControlEvidenceArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementationStatus?: Resolver<Maybe<ResolversTypes['ImplementationStatus']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Owner']>, ParentType, ContextType>;
  satisfies?: Resolver<ResolversTypes['ControlLinkConnection'], ParentType, ContextType, Partial<ControlSatisfiesArgs>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ControlConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlConnection'] = ResolversParentTypes['ControlConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ControlEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Control']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ControlCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlCoverage'] = ResolversParentTypes['ControlCoverage']> = ResolversObject<{
  control?: Resolver<ResolversTypes['Control'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceSummary'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['Satisfaction'], ParentType, ContextType>;
}>;

export type ControlEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlEdge'] = ResolversParentTypes['ControlEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Control'], ParentType, ContextType>;
}>;

export type ControlLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlLink'] = ResolversParentTypes['ControlLink']> = ResolversObject<{
  control?: Resolver<ResolversTypes['Control'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['MappingRelationship'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ControlLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlLinkConnection'] = ResolversParentTypes['ControlLinkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ControlLinkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ControlLink']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ControlLinkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlLinkEdge'] = ResolversParentTypes['ControlLinkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ControlLink'], ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = ResolversObject<{
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  detachedRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  collectedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  controls?: Resolver<ResolversTypes['ControlConnection'], ParentType, ContextType, Partial<EvidenceControlsArgs>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EvidenceKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Owner']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvidenceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceConnection'] = ResolversParentTypes['EvidenceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EvidenceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EvidenceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceEdge'] = ResolversParentTypes['EvidenceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
}>;

export type EvidenceSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceSummary'] = ResolversParentTypes['EvidenceSummary']> = ResolversObject<{
  best?: Resolver<Maybe<ResolversTypes['Freshness']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiring?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FrameworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Framework'] = ResolversParentTypes['Framework']> = ResolversObject<{
  catalogueUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caveat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  celex?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['ProvisionConnection'], ParentType, ContextType, Partial<FrameworkChildrenArgs>>;
  committee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateOfAct?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  designation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  eli?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entryIntoForce?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FrameworkKind'], ParentType, ContextType>;
  milestones?: Resolver<ResolversTypes['MilestoneConnection'], ParentType, ContextType, Partial<FrameworkMilestonesArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  normativeReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['LegislativeNoteConnection'], ParentType, ContextType, Partial<FrameworkNotesArgs>>;
  officialJournal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provisions?: Resolver<ResolversTypes['ProvisionConnection'], ParentType, ContextType, Partial<FrameworkProvisionsArgs>>;
  publicationDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recitals?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shortTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  structure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FrameworkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FrameworkConnection'] = ResolversParentTypes['FrameworkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FrameworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Framework']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FrameworkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FrameworkEdge'] = ResolversParentTypes['FrameworkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Framework'], ParentType, ContextType>;
}>;

export type GapChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapChange'] = ResolversParentTypes['GapChange']> = ResolversObject<{
  after?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
  aiSystem?: Resolver<ResolversTypes['AISystem'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
  obligation?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType>;
}>;

export type GapConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapConnection'] = ResolversParentTypes['GapConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GapEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GapRow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['GapSummary'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GapControlResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapControl'] = ResolversParentTypes['GapControl']> = ResolversObject<{
  control?: Resolver<ResolversTypes['Control'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceSummary'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['DerivedRelationship'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GapEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapEdge'] = ResolversParentTypes['GapEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GapRow'], ParentType, ContextType>;
}>;

export type GapRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapRow'] = ResolversParentTypes['GapRow']> = ResolversObject<{
  aiSystem?: Resolver<ResolversTypes['AISystem'], ParentType, ContextType>;
  appliesFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  controls?: Resolver<Array<ResolversTypes['GapControl']>, ParentType, ContextType>;
  dateBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalStatus?: Resolver<ResolversTypes['LegalStatus'], ParentType, ContextType>;
  missingFacts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  obligation?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
}>;

export type GapSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapSummary'] = ResolversParentTypes['GapSummary']> = ResolversObject<{
  byArticle?: Resolver<Array<ResolversTypes['GapSummaryRow']>, ParentType, ContextType>;
  byOwner?: Resolver<Array<ResolversTypes['GapSummaryRow']>, ParentType, ContextType>;
  byRiskClass?: Resolver<Array<ResolversTypes['GapSummaryRow']>, ParentType, ContextType>;
  bySystem?: Resolver<Array<ResolversTypes['GapSummaryRow']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['GapSummaryRow'], ParentType, ContextType>;
}>;

export type GapSummaryRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapSummaryRow'] = ResolversParentTypes['GapSummaryRow']> = ResolversObject<{
  coverageRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staleEvidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uncovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['MappingRelationship']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  strength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GraphPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphPath'] = ResolversParentTypes['GraphPath']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
}>;

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = ResolversObject<{
  neo4jVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImpactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Impact'] = ResolversParentTypes['Impact']> = ResolversObject<{
  aiSystems?: Resolver<Array<ResolversTypes['ImpactedNode']>, ParentType, ContextType>;
  controls?: Resolver<Array<ResolversTypes['ImpactedNode']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['ImpactCounts'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['ImpactedNode']>, ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['ImpactedNode']>, ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['ImpactedNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ImpactCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactCounts'] = ResolversParentTypes['ImpactCounts']> = ResolversObject<{
  aiSystems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  controls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  obligations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImpactedNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactedNode'] = ResolversParentTypes['ImpactedNode']> = ResolversObject<{
  coverage?: Resolver<Maybe<ResolversTypes['Coverage']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['GraphPath'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['DerivedRelationship']>, ParentType, ContextType>;
  strength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type LegislativeNoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegislativeNote'] = ResolversParentTypes['LegislativeNote']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uncertainty?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unchanged?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  what?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LegislativeNoteConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegislativeNoteConnection'] = ResolversParentTypes['LegislativeNoteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LegislativeNoteEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LegislativeNote']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LegislativeNoteEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegislativeNoteEdge'] = ResolversParentTypes['LegislativeNoteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LegislativeNote'], ParentType, ContextType>;
}>;

export type MappingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mapping'] = ResolversParentTypes['Mapping']> = ResolversObject<{
  actParagraph?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caveat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['MappingDirection'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provision?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['MappingRelationship'], ParentType, ContextType>;
  relationshipFromHere?: Resolver<ResolversTypes['MappingRelationship'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strengthBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
}>;

export type MappingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MappingConnection'] = ResolversParentTypes['MappingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MappingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Mapping']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MappingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MappingEdge'] = ResolversParentTypes['MappingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Mapping'], ParentType, ContextType>;
}>;

export type MilestoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = ResolversObject<{
  basis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caveat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MilestoneKind'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  provisions?: Resolver<ResolversTypes['ProvisionConnection'], ParentType, ContextType, Partial<MilestoneProvisionsArgs>>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MilestoneConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MilestoneConnection'] = ResolversParentTypes['MilestoneConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MilestoneEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MilestoneEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MilestoneEdge'] = ResolversParentTypes['MilestoneEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType>;
}>;

export type ModelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Model'] = ResolversParentTypes['Model']> = ResolversObject<{
  aiSystems?: Resolver<ResolversTypes['AISystemConnection'], ParentType, ContextType, Partial<ModelAiSystemsArgs>>;
  applicableObligations?: Resolver<Array<ResolversTypes['ApplicableModelObligation']>, ParentType, ContextType, Partial<ModelApplicableObligationsArgs>>;
  baseModel?: Resolver<Maybe<ResolversTypes['Model']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  derivedModels?: Resolver<ResolversTypes['ModelConnection'], ParentType, ContextType, Partial<ModelDerivedModelsArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  establishedInUnion?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  gpai?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['ModelLicence']>, ParentType, ContextType>;
  modelType?: Resolver<ResolversTypes['ModelType'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openWeights?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  placedOnMarket?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  systemicRisk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  vendor?: Resolver<Maybe<ResolversTypes['Vendor']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ModelConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModelConnection'] = ResolversParentTypes['ModelConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ModelEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModelEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModelEdge'] = ResolversParentTypes['ModelEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Model'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addTeamMember?: Resolver<ResolversTypes['Owner'], ParentType, ContextType, RequireFields<MutationAddTeamMemberArgs, 'personId' | 'teamId'>>;
  attachEvidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType, RequireFields<MutationAttachEvidenceArgs, 'controlId' | 'evidenceId'>>;
  clearAmendmentInForce?: Resolver<ResolversTypes['Amendment'], ParentType, ContextType, RequireFields<MutationClearAmendmentInForceArgs, 'id'>>;
  createAISystem?: Resolver<ResolversTypes['AISystem'], ParentType, ContextType, RequireFields<MutationCreateAiSystemArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createControl?: Resolver<ResolversTypes['Control'], ParentType, ContextType, RequireFields<MutationCreateControlArgs, 'input'>>;
  createEvidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType, RequireFields<MutationCreateEvidenceArgs, 'input'>>;
  createModel?: Resolver<ResolversTypes['Model'], ParentType, ContextType, RequireFields<MutationCreateModelArgs, 'input'>>;
  createOwner?: Resolver<ResolversTypes['Owner'], ParentType, ContextType, RequireFields<MutationCreateOwnerArgs, 'input'>>;
  createVendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType, RequireFields<MutationCreateVendorArgs, 'input'>>;
  deleteAISystem?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteAiSystemArgs, 'force' | 'id'>>;
  deleteControl?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteControlArgs, 'force' | 'id'>>;
  deleteEvidence?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteEvidenceArgs, 'force' | 'id'>>;
  deleteModel?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteModelArgs, 'force' | 'id'>>;
  deleteOwner?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteOwnerArgs, 'force' | 'id'>>;
  deleteVendor?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteVendorArgs, 'force' | 'id'>>;
  detachEvidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType, RequireFields<MutationDetachEvidenceArgs, 'controlId' | 'evidenceId'>>;
  linkControl?: Resolver<ResolversTypes['ControlLink'], ParentType, ContextType, RequireFields<MutationLinkControlArgs, 'controlId' | 'rationale' | 'relationship' | 'strength' | 'targetId'>>;
  recordAmendmentInForce?: Resolver<ResolversTypes['Amendment'], ParentType, ContextType, RequireFields<MutationRecordAmendmentInForceArgs, 'id' | 'inForceSince' | 'officialJournal'>>;
  removeTeamMember?: Resolver<ResolversTypes['Owner'], ParentType, ContextType, RequireFields<MutationRemoveTeamMemberArgs, 'personId' | 'teamId'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  saveClassification?: Resolver<ResolversTypes['ClassificationAssessment'], ParentType, ContextType, RequireFields<MutationSaveClassificationArgs, 'aiSystemId' | 'answers'>>;
  setBaseModel?: Resolver<ResolversTypes['Model'], ParentType, ContextType, RequireFields<MutationSetBaseModelArgs, 'modelId'>>;
  setModelVendor?: Resolver<ResolversTypes['Model'], ParentType, ContextType, RequireFields<MutationSetModelVendorArgs, 'modelId'>>;
  setOwner?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationSetOwnerArgs, 'nodeId'>>;
  setSystemControls?: Resolver<ResolversTypes['AISystem'], ParentType, ContextType, RequireFields<MutationSetSystemControlsArgs, 'controlIds' | 'systemId'>>;
  setSystemModels?: Resolver<ResolversTypes['AISystem'], ParentType, ContextType, RequireFields<MutationSetSystemModelsArgs, 'modelIds' | 'systemId'>>;
  setSystemVendors?: Resolver<ResolversTypes['AISystem'], ParentType, ContextType, RequireFields<MutationSetSystemVendorsArgs, 'systemId' | 'vendorIds'>>;
  unlinkControl?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnlinkControlArgs, 'controlId' | 'targetId'>>;
  updateAISystem?: Resolver<ResolversTypes['AISystem'], ParentType, ContextType, RequireFields<MutationUpdateAiSystemArgs, 'id' | 'input'>>;
  updateControl?: Resolver<ResolversTypes['Control'], ParentType, ContextType, RequireFields<MutationUpdateControlArgs, 'id' | 'input'>>;
  updateEvidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType, RequireFields<MutationUpdateEvidenceArgs, 'id' | 'input'>>;
  updateModel?: Resolver<ResolversTypes['Model'], ParentType, ContextType, RequireFields<MutationUpdateModelArgs, 'id' | 'input'>>;
  updateOwner?: Resolver<ResolversTypes['Owner'], ParentType, ContextType, RequireFields<MutationUpdateOwnerArgs, 'id' | 'input'>>;
  updateVendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType, RequireFields<MutationUpdateVendorArgs, 'id' | 'input'>>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AISystem' | 'Amendment' | 'ClassificationAssessment' | 'Control' | 'Evidence' | 'Framework' | 'LegislativeNote' | 'Milestone' | 'Model' | 'Obligation' | 'Owner' | 'Provision' | 'Vendor', ParentType, ContextType>;
}>;

export type NodeDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeDetails'] = ResolversParentTypes['NodeDetails']> = ResolversObject<{
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  properties?: Resolver<Array<ResolversTypes['NodeProperty']>, ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['NodeRelationship']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type NodePropertyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeProperty'] = ResolversParentTypes['NodeProperty']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  values?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
}>;

export type NodeRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeRelationship'] = ResolversParentTypes['NodeRelationship']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['NodeRelationshipDirection'], ParentType, ContextType>;
  edge?: Resolver<ResolversTypes['GraphEdge'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
}>;

export type ObligationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Obligation'] = ResolversParentTypes['Obligation']> = ResolversObject<{
  amendedAppliesFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  amendedAppliesFromAnnexIProducts?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  amendmentNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amendmentStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  appliesFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  appliesFromAnnexIProducts?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  caveat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exemption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legacyModels?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paragraph?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  riskClass?: Resolver<ResolversTypes['RiskClass'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  satisfiedBy?: Resolver<ResolversTypes['ControlLinkConnection'], ParentType, ContextType, Partial<ObligationSatisfiedByArgs>>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ObligationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationConnection'] = ResolversParentTypes['ObligationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ObligationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Obligation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ObligationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationEdge'] = ResolversParentTypes['ObligationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType>;
}>;

export type OwnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Owner'] = ResolversParentTypes['Owner']> = ResolversObject<{
  aiSystems?: Resolver<ResolversTypes['AISystemConnection'], ParentType, ContextType, Partial<OwnerAiSystemsArgs>>;
  controls?: Resolver<ResolversTypes['ControlConnection'], ParentType, ContextType, Partial<OwnerControlsArgs>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, Partial<OwnerEvidenceArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OwnerKind'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['OwnerConnection'], ParentType, ContextType, Partial<OwnerMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teams?: Resolver<ResolversTypes['OwnerConnection'], ParentType, ContextType, Partial<OwnerTeamsArgs>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OwnerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnerConnection'] = ResolversParentTypes['OwnerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OwnerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Owner']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OwnerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnerEdge'] = ResolversParentTypes['OwnerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Owner'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProvisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provision'] = ResolversParentTypes['Provision']> = ResolversObject<{
  appliesFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  appliesFromNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caveat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['ProvisionConnection'], ParentType, ContextType, Partial<ProvisionChildrenArgs>>;
  framework?: Resolver<ResolversTypes['Framework'], ParentType, ContextType>;
  grouping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvisionKind'], ParentType, ContextType>;
  mappings?: Resolver<ResolversTypes['MappingConnection'], ParentType, ContextType, Partial<ProvisionMappingsArgs>>;
  milestones?: Resolver<ResolversTypes['MilestoneConnection'], ParentType, ContextType, Partial<ProvisionMilestonesArgs>>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligations?: Resolver<ResolversTypes['ObligationConnection'], ParentType, ContextType, Partial<ProvisionObligationsArgs>>;
  parent?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  satisfiedBy?: Resolver<ResolversTypes['ControlLinkConnection'], ParentType, ContextType, Partial<ProvisionSatisfiedByArgs>>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ProvisionStatus']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  titleVariantsSeen?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  titleVerifiedBy?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  verifiedBy?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProvisionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvisionConnection'] = ResolversParentTypes['ProvisionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProvisionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProvisionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvisionEdge'] = ResolversParentTypes['ProvisionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  aiSystems?: Resolver<ResolversTypes['AISystemConnection'], ParentType, ContextType, Partial<QueryAiSystemsArgs>>;
  amendments?: Resolver<Array<ResolversTypes['Amendment']>, ParentType, ContextType>;
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, Partial<QueryApiKeysArgs>>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAuditEventsArgs>>;
  classificationQuestions?: Resolver<Array<ResolversTypes['ClassificationQuestion']>, ParentType, ContextType>;
  classify?: Resolver<ResolversTypes['ClassificationResult'], ParentType, ContextType, RequireFields<QueryClassifyArgs, 'answers'>>;
  controls?: Resolver<ResolversTypes['ControlConnection'], ParentType, ContextType, Partial<QueryControlsArgs>>;
  controlsFor?: Resolver<Array<ResolversTypes['ControlCoverage']>, ParentType, ContextType, RequireFields<QueryControlsForArgs, 'id' | 'includeIndeterminate' | 'maxHops'>>;
  edgesAmong?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType, RequireFields<QueryEdgesAmongArgs, 'ids'>>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, Partial<QueryEvidenceArgs>>;
  frameworks?: Resolver<ResolversTypes['FrameworkConnection'], ParentType, ContextType, Partial<QueryFrameworksArgs>>;
  gaps?: Resolver<ResolversTypes['GapConnection'], ParentType, ContextType, Partial<QueryGapsArgs>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['Impact'], ParentType, ContextType, RequireFields<QueryImpactArgs, 'limit' | 'maxDepth' | 'of'>>;
  milestones?: Resolver<ResolversTypes['MilestoneConnection'], ParentType, ContextType, Partial<QueryMilestonesArgs>>;
  models?: Resolver<ResolversTypes['ModelConnection'], ParentType, ContextType, Partial<QueryModelsArgs>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodeDetails?: Resolver<Maybe<ResolversTypes['NodeDetails']>, ParentType, ContextType, RequireFields<QueryNodeDetailsArgs, 'id' | 'relationshipLimit'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  obligations?: Resolver<ResolversTypes['ObligationConnection'], ParentType, ContextType, Partial<QueryObligationsArgs>>;
  obligationsApplyingBetween?: Resolver<Array<ResolversTypes['ApplicableObligation']>, ParentType, ContextType, RequireFields<QueryObligationsApplyingBetweenArgs, 'from' | 'to'>>;
  owners?: Resolver<ResolversTypes['OwnerConnection'], ParentType, ContextType, Partial<QueryOwnersArgs>>;
  paths?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxLength' | 'to'>>;
  provisions?: Resolver<ResolversTypes['ProvisionConnection'], ParentType, ContextType, Partial<QueryProvisionsArgs>>;
  satisfaction?: Resolver<Array<ResolversTypes['Satisfaction']>, ParentType, ContextType, RequireFields<QuerySatisfactionArgs, 'controlId' | 'includeIndeterminate' | 'maxHops'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  vendors?: Resolver<ResolversTypes['VendorConnection'], ParentType, ContextType, Partial<QueryVendorsArgs>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  whatIf?: Resolver<ResolversTypes['WhatIfResult'], ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'removeIds'>>;
}>;

export type ReasoningPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReasoningPath'] = ResolversParentTypes['ReasoningPath']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['DerivedRelationship'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SatisfactionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Satisfaction'] = ResolversParentTypes['Satisfaction']> = ResolversObject<{
  control?: Resolver<ResolversTypes['Control'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['ReasoningPath']>, ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['DerivedRelationship'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type VendorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vendor'] = ResolversParentTypes['Vendor']> = ResolversObject<{
  aiSystems?: Resolver<ResolversTypes['AISystemConnection'], ParentType, ContextType, Partial<VendorAiSystemsArgs>>;
  contractRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  models?: Resolver<ResolversTypes['ModelConnection'], ParentType, ContextType, Partial<VendorModelsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  riskTier?: Resolver<Maybe<ResolversTypes['VendorRiskTier']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VendorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorConnection'] = ResolversParentTypes['VendorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VendorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Vendor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VendorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorEdge'] = ResolversParentTypes['VendorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CallerKind'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccessRole'], ParentType, ContextType>;
}>;

export type WhatIfResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhatIfResult'] = ResolversParentTypes['WhatIfResult']> = ResolversObject<{
  changedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  droppedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removed?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  systems?: Resolver<Array<ResolversTypes['WhatIfSystem']>, ParentType, ContextType>;
}>;

export type WhatIfSystemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhatIfSystem'] = ResolversParentTypes['WhatIfSystem']> = ResolversObject<{
  after?: Resolver<ResolversTypes['GapSummaryRow'], ParentType, ContextType>;
  aiSystem?: Resolver<ResolversTypes['AISystem'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['GapSummaryRow'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['GapChange']>, ParentType, ContextType>;
  dropped?: Resolver<Array<ResolversTypes['Obligation']>, ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AISystem?: AiSystemResolvers<ContextType>;
  AISystemConnection?: AiSystemConnectionResolvers<ContextType>;
  AISystemEdge?: AiSystemEdgeResolvers<ContextType>;
  Amendment?: AmendmentResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApplicableModelObligation?: ApplicableModelObligationResolvers<ContextType>;
  ApplicableObligation?: ApplicableObligationResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  ClassificationAnswer?: ClassificationAnswerResolvers<ContextType>;
  ClassificationAssessment?: ClassificationAssessmentResolvers<ContextType>;
  ClassificationOption?: ClassificationOptionResolvers<ContextType>;
  ClassificationQuestion?: ClassificationQuestionResolvers<ContextType>;
  ClassificationResult?: ClassificationResultResolvers<ContextType>;
  ClassificationStep?: ClassificationStepResolvers<ContextType>;
  Control?: ControlResolvers<ContextType>;
  ControlConnection?: ControlConnectionResolvers<ContextType>;
  ControlCoverage?: ControlCoverageResolvers<ContextType>;
  ControlEdge?: ControlEdgeResolvers<ContextType>;
  ControlLink?: ControlLinkResolvers<ContextType>;
  ControlLinkConnection?: ControlLinkConnectionResolvers<ContextType>;
  ControlLinkEdge?: ControlLinkEdgeResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceConnection?: EvidenceConnectionResolvers<ContextType>;
  EvidenceEdge?: EvidenceEdgeResolvers<ContextType>;
  EvidenceSummary?: EvidenceSummaryResolvers<ContextType>;
  Framework?: FrameworkResolvers<ContextType>;
  FrameworkConnection?: FrameworkConnectionResolvers<ContextType>;
  FrameworkEdge?: FrameworkEdgeResolvers<ContextType>;
  GapChange?: GapChangeResolvers<ContextType>;
  GapConnection?: GapConnectionResolvers<ContextType>;
  GapControl?: GapControlResolvers<ContextType>;
  GapEdge?: GapEdgeResolvers<ContextType>;
  GapRow?: GapRowResolvers<ContextType>;
  GapSummary?: GapSummaryResolvers<ContextType>;
  GapSummaryRow?: GapSummaryRowResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Impact?: ImpactResolvers<ContextType>;
  ImpactCounts?: ImpactCountsResolvers<ContextType>;
  ImpactedNode?: ImpactedNodeResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  LegislativeNote?: LegislativeNoteResolvers<ContextType>;
  LegislativeNoteConnection?: LegislativeNoteConnectionResolvers<ContextType>;
  LegislativeNoteEdge?: LegislativeNoteEdgeResolvers<ContextType>;
  Mapping?: MappingResolvers<ContextType>;
  MappingConnection?: MappingConnectionResolvers<ContextType>;
  MappingEdge?: MappingEdgeResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  MilestoneConnection?: MilestoneConnectionResolvers<ContextType>;
  MilestoneEdge?: MilestoneEdgeResolvers<ContextType>;
  Model?: ModelResolvers<ContextType>;
  ModelConnection?: ModelConnectionResolvers<ContextType>;
  ModelEdge?: ModelEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeDetails?: NodeDetailsResolvers<ContextType>;
  NodeProperty?: NodePropertyResolvers<ContextType>;
  NodeRelationship?: NodeRelationshipResolvers<ContextType>;
  Obligation?: ObligationResolvers<ContextType>;
  ObligationConnection?: ObligationConnectionResolvers<ContextType>;
  ObligationEdge?: ObligationEdgeResolvers<ContextType>;
  Owner?: OwnerResolvers<ContextType>;
  OwnerConnection?: OwnerConnectionResolvers<ContextType>;
  OwnerEdge?: OwnerEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  ProvisionConnection?: ProvisionConnectionResolvers<ContextType>;
  ProvisionEdge?: ProvisionEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReasoningPath?: ReasoningPathResolvers<ContextType>;
  Satisfaction?: SatisfactionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Vendor?: VendorResolvers<ContextType>;
  VendorConnection?: VendorConnectionResolvers<ContextType>;
  VendorEdge?: VendorEdgeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WhatIfResult?: WhatIfResultResolvers<ContextType>;
  WhatIfSystem?: WhatIfSystemResolvers<ContextType>;
}>;

