// The words and weights the synthetic organisation is made of: business units, names, vendors, model
// types, purposes by risk class, control categories, and the weights of each draw. Changing any of them
// changes every generated graph.
import type {
  AnnexIIIArea,
  ImplementationStatus,
  LifecycleStage,
  ModelType,
  Role,
  SystemRiskClass,
  TransparencyTrigger,
  VendorRiskTier,
} from './records.js';

/** Choices with their weights, for Random.weighted. */
type Weights<T> = readonly (readonly [T, number])[];

export const UNITS = [
  'Retail Credit',
  'Life & Health',
  'Motor Claims',
  'Wealth Management',
  'Group HR',
  'Customer Service',
  'Financial Crime',
  'Group IT',
  'Marketing',
  'Procurement',
  'Model Risk',
  'Data Office',
  'Commercial Lending',
  'Mortgages',
  'Payments',
  'Reinsurance',
  'Actuarial',
  'Corporate Security',
  'Legal & Compliance',
  'Property Insurance',
];
export const FIRST_NAMES = [
  'Anna',
  'Bram',
  'Chloé',
  'Daan',
  'Eva',
  'Finn',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Klara',
  'Lars',
  'Mila',
  'Noah',
  'Olga',
  'Pieter',
  'Rosa',
  'Sven',
  'Tess',
  'Umar',
  'Vera',
  'Willem',
  'Yara',
  'Zoë',
];
export const LAST_NAMES = [
  'Bakker',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Hansen',
  'Jansen',
  'Kowalski',
  'Lambert',
  'Meyer',
  'Nowak',
  'Oliveira',
  'Peeters',
  'Rossi',
  'Schmidt',
  'Visser',
  'Weber',
];
export const JOB_TITLES = [
  'Product Owner',
  'Model Risk Analyst',
  'Data Scientist',
  'Compliance Officer',
  'Engineering Manager',
  'Privacy Officer',
  'Risk Manager',
  'Solution Architect',
  'Operations Lead',
  'Internal Auditor',
];
export const VENDOR_STEMS = [
  'Aurora',
  'Borealis',
  'Cobalt',
  'Delta',
  'Ember',
  'Fjord',
  'Granite',
  'Helix',
  'Iris',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Meridian',
  'Nimbus',
  'Onyx',
  'Polaris',
  'Quartz',
  'Sable',
  'Tundra',
  'Vertex',
];
export const VENDOR_KINDS = ['Analytics', 'AI', 'Vision', 'Labs', 'Systems', 'Data', 'Voice', 'Robotics', 'Insights', 'Cloud'];
export const VENDOR_FORMS = ['GmbH', 'B.V.', 'SAS', 'Ltd', 'AB', 'S.p.A.', 'Inc.', 'Oy'];
export const COUNTRIES = ['NL', 'DE', 'FR', 'BE', 'IE', 'SE', 'FI', 'IT', 'ES', 'US', 'GB', 'CH', 'DK', 'PL'];
export const MODEL_TYPES: Weights<ModelType> = [
  ['GPAI', 10],
  ['PREDICTIVE', 25],
  ['CLASSIFIER', 25],
  ['RANKING', 10],
  ['VISION', 12],
  ['SPEECH', 8],
  ['RULES', 10],
] as const;
export const MODEL_WORDS: Record<ModelType, string> = {
  GPAI: 'language model',
  PREDICTIVE: 'forecaster',
  CLASSIFIER: 'classifier',
  RANKING: 'ranker',
  VISION: 'vision model',
  SPEECH: 'speech model',
  RULES: 'rule engine',
};
export const PURPOSES: Record<string, string[]> = {
  ESSENTIAL_SERVICES: ['credit scoring', 'life insurance pricing', 'affordability check', 'health cover underwriting'],
  EMPLOYMENT: ['CV screening', 'interview scheduling and ranking', 'promotion analytics'],
  BIOMETRICS: ['customer face verification', 'voice biometrics'],
  CRITICAL_INFRASTRUCTURE: ['data centre load control', 'payment network safety monitor'],
  EDUCATION: ['staff certification proctoring', 'training assessment scoring'],
  LAW_ENFORCEMENT: ['fraud referral to police', 'suspicious activity evidence scoring'],
  MIGRATION: ['visa document checks for staff'],
  JUSTICE_AND_DEMOCRACY: ['claims dispute outcome prediction', 'legal case triage'],
  ANNEX_I: ['medical device triage', 'machinery safety component'],
  CHATBOT: ['customer chatbot', 'broker helpdesk assistant'],
  GENERATED_CONTENT: ['letter drafting assistant', 'marketing copy generator'],
  DEEP_FAKE: ['synthetic video studio'],
  EMOTION_RECOGNITION: ['call sentiment monitor'],
  PROHIBITED: ['workplace emotion analytics', 'customer social scoring pilot', 'subliminal upsell nudging'],
  MINIMAL: ['spam filter', 'contact volume forecast', 'mailroom classifier', 'code assistant', 'document translation', 'IT ticket routing'],
};
export const ANNEX_III_AREA_WEIGHTS: Weights<AnnexIIIArea> = [
  ['ESSENTIAL_SERVICES', 30],
  ['EMPLOYMENT', 20],
  ['BIOMETRICS', 10],
  ['CRITICAL_INFRASTRUCTURE', 8],
  ['EDUCATION', 8],
  ['LAW_ENFORCEMENT', 8],
  ['MIGRATION', 4],
  ['JUSTICE_AND_DEMOCRACY', 12],
];
export const CATEGORIES = [
  'Governance',
  'Risk management',
  'Data governance',
  'Documentation',
  'Human oversight',
  'Logging',
  'Testing',
  'Supplier management',
  'Monitoring',
  'Transparency',
  'Training',
  'Quality management',
  'Registration',
  'Security',
];
export const CONTROL_ACTIONS = ['review', 'assessment', 'procedure', 'checklist', 'sign-off', 'register', 'standard', 'monitoring'];
export const RELATIONSHIP_STRENGTHS = {
  EQUAL: [8, 10],
  SUBSET_OF: [5, 8],
  SUPERSET_OF: [5, 8],
  INTERSECTS_WITH: [3, 6],
  NOT_RELATED: [1, 2],
} as const;
export const RATIONALES: Record<keyof typeof RELATIONSHIP_STRENGTHS, string> = {
  EQUAL: 'does what the requirement asks, no more and no less',
  SUBSET_OF: 'covers part of what the requirement asks',
  SUPERSET_OF: 'covers all of the requirement and more',
  INTERSECTS_WITH: 'overlaps the requirement in part',
  NOT_RELATED: 'was mapped by a workshop but does not address the requirement',
};

export const VENDOR_RISK_TIERS: Weights<VendorRiskTier> = [
  ['LOW', 50],
  ['MEDIUM', 35],
  ['HIGH', 15],
];
export const SYSTEM_RISK_CLASS_WEIGHTS: Weights<SystemRiskClass> = [
  ['HIGH_RISK', 25],
  ['TRANSPARENCY', 20],
  ['MINIMAL', 54],
  ['PROHIBITED', 1],
];
export const TRANSPARENCY_TRIGGER_WEIGHTS: Weights<TransparencyTrigger> = [
  ['CHATBOT', 45],
  ['GENERATED_CONTENT', 40],
  ['EMOTION_RECOGNITION', 10],
  ['DEEP_FAKE', 5],
];
export const SYSTEM_ROLES: Weights<Role[]> = [
  [['PROVIDER'], 25],
  [['DEPLOYER'], 40],
  [['PROVIDER', 'DEPLOYER'], 28],
  [['IMPORTER'], 3],
  [['DISTRIBUTOR'], 2],
  [['IMPORTER', 'DEPLOYER'], 2],
];
export const LIFECYCLE_STAGE_WEIGHTS: Weights<LifecycleStage> = [
  ['DESIGN', 8],
  ['DEVELOPMENT', 14],
  ['VALIDATION', 10],
  ['DEPLOYED', 58],
  ['RETIRED', 10],
];
/** How many models a system uses. */
export const MODELS_PER_SYSTEM: Weights<number> = [
  [1, 50],
  [2, 35],
  [3, 15],
];
export const IMPLEMENTATION_STATUSES: Weights<ImplementationStatus> = [
  ['IMPLEMENTED', 65],
  ['PARTIALLY_IMPLEMENTED', 20],
  ['PLANNED', 15],
];
/** How many ISO elements or obligations a control satisfies. */
export const TARGETS_PER_CONTROL: Weights<number> = [
  [1, 25],
  [2, 35],
  [3, 25],
  [4, 15],
];
export const SATISFIES_RELATIONSHIPS: Weights<keyof typeof RELATIONSHIP_STRENGTHS> = [
  ['EQUAL', 15],
  ['SUBSET_OF', 35],
  ['SUPERSET_OF', 15],
  ['INTERSECTS_WITH', 30],
  ['NOT_RELATED', 5],
];
/** How long an evidence item stays valid, in days. */
export const VALIDITY_DAYS: Weights<number> = [
  [365, 60],
  [730, 25],
  [180, 15],
];

/** How well a control is evidenced: it decides how fresh the control's evidence items are. */
export type EvidenceProfile = 'healthy' | 'stale' | 'expiring' | 'none';
export type Freshness = 'current' | 'expiring' | 'expired';
/** The profile of a control that is not merely planned-and-unevidenced. */
export const EVIDENCE_PROFILES: Weights<EvidenceProfile> = [
  ['healthy', 75],
  ['stale', 14],
  ['expiring', 8],
  ['none', 3],
];
export const FRESHNESS_WHEN_EXPIRING: Weights<Freshness> = [
  ['expiring', 40],
  ['expired', 60],
];
export const FRESHNESS_WHEN_HEALTHY: Weights<Freshness> = [
  ['current', 70],
  ['expiring', 10],
  ['expired', 20],
];
