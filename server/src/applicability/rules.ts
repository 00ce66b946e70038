// Which obligations apply to an AI system or a GPAI model, from when, until when and why: a pure
// function of the facts, the obligation, the date and the recorded status of the Digital Omnibus
// (README, "Applicability"). No database here, so every rule is unit-tested and mutation-tested
// (rules.test.ts, test/analytics/applicability-cases.test.ts).
//
// Two principles run through every rule:
// - A missing fact never gives the favourable answer: the duty applies (or the earlier date is used)
//   and the answer names the fact in `missingFacts` ("fact missing — review").
// - Where the law is unsettled the answer says so (`legalStatus: UNSETTLED` and `legalNote`).

import type { LegalStatus, Role } from '../generated/enums.js';
import { type ANNEX_III_AREAS, type ObligationRiskClass, ROLES, type SystemRiskClass } from '../graph/model.js';

export type { LegalStatus, Role };

/** Roles in the order a reason names them (and the first one is the row's `role`): the SDL's order. */
const ROLE_ORDER: readonly Role[] = ROLES;

/** What applicability needs to know about an AI system; null: the fact is not recorded. */
export interface SystemFacts {
  id: string;
  roles: Role[];
  riskClass: SystemRiskClass;
  highRiskBasis: 'ANNEX_III' | 'ANNEX_I' | null;
  annexIIIArea: (typeof ANNEX_III_AREAS)[number] | null;
  annexIIIPoint: string | null;
  annexISection: 'SECTION_A' | 'SECTION_B' | null;
  article6_3Derogation: string | null;
  profilesNaturalPersons: boolean | null;
  decidesAboutNaturalPersons: boolean | null;
  transparencyTriggers: string[];
  article25Triggers: string[];
  scopeExclusion: string | null;
  gpaiBased: boolean;
  lifecycleStage: string;
  establishedInUnion: boolean | null;
  deployerIsPublicAuthority: boolean | null;
  deployerIsPublicServiceBody: boolean | null;
  intendedForPublicAuthorities: boolean | null;
  annexXComponent: boolean | null;
  placedOnMarket: string | null;
  significantlyChanged: boolean | null;
  significantChangeOn: string | null;
  withdrawnOn: string | null;
  unitsStillInUse: boolean | null;
}

/** A GPAI model the organisation provides (no vendor supplies it). */
export interface ModelFacts {
  id: string;
  name: string;
  gpai: boolean;
  systemicRisk: boolean;
  openWeights: boolean;
  licence: 'FREE_AND_OPEN_SOURCE' | 'OPEN_WEIGHTS_RESTRICTED' | 'PROPRIETARY' | null;
  establishedInUnion: boolean | null;
  placedOnMarket: string | null;
}

/** What applicability needs to know about an obligation (graph/README.md, `Obligation`). */
export interface ObligationFacts {
  id: string;
  code: string;
  roles: Role[];
  riskClass: ObligationRiskClass;
  paragraph: string | null;
  /** The article it derives from, e.g. "Art. 4" (the legal basis when there is no paragraph). */
  articleRef?: string | null;
  appliesFrom: string;
  appliesFromAnnexIProducts: string | null;
  amendedAppliesFrom: string | null;
  amendedAppliesFromAnnexIProducts: string | null;
  amendmentStatus: string | null;
}

/** Whether the Digital Omnibus is recorded in force by an administrator (Mutation.recordAmendmentInForce). */
export interface AmendmentRecord {
  inForce: boolean;
  inForceSince: string | null;
  officialJournal: string | null;
}

/** An obligation that applies to a system (GraphQL `ApplicableObligation`) or a model (`ApplicableModelObligation`). */
export interface Applicability {
  /** The system's or model's id. */
  subjectId: string;
  obligationId: string;
  /** The first of `roles` (ROLE_ORDER). */
  role: Role;
  roles: Role[];
  appliesFrom: string;
  appliesUntil: string | null;
  dateBasis: string;
  amended: boolean;
  legalStatus: LegalStatus;
  legalNote: string | null;
  legalBasis: string;
  missingFacts: string[];
  reason: string;
}

export interface RuleOptions {
  /** true/false: the caller's choice; null or absent: follow the amendment record on the date asked about. */
  useAmendedDates?: boolean | null;
  amendment?: AmendmentRecord | null;
  /** Rules switched off, for the mutation test that shows each rule is needed (never set by the API). */
  disabledRules?: ReadonlySet<RuleId>;
}

/**
 * Every rule by id, with the paragraphs it rests on. The mutation test switches each off in turn and
 * checks that a worked case fails.
 */
export const RULES = {
  'scope-exclusion': 'Art. 2(3), 2(4), 2(6), 2(8), 2(10), 2(12): systems outside the scope',
  'provider-by-art-25-1': 'Art. 25(1): distributors, importers, deployers become providers (name, substantial modification, new purpose)',
  'provider-by-art-25-3': 'Art. 25(3): product manufacturers of Annex I section A products are providers',
  'art-5-importer': 'Art. 5(1): the prohibition on placing on the market binds importers too',
  'art-50-3-biometric-categorisation': 'Art. 50(3): biometric categorisation, beside emotion recognition',
  'annex-i-section-b': 'Art. 2(2): Annex I section B products get only Art. 6(1), 102–109 and 112',
  'annex-iii-only': 'Art. 6(4), 26(8), 26(11), 49: duties of Annex III systems, never of Annex I products',
  'authorised-representative-non-eu': 'Art. 22(1): only providers established outside the Union appoint one',
  'registration-of-use-public-authorities': 'Art. 26(8), 49(3): only public-authority deployers, Annex III other than point 2',
  'inform-natural-persons': 'Art. 26(11): Annex III systems that make or assist decisions about natural persons',
  'fria-scope': 'Art. 27(1): public-law bodies and public-service providers, and Annex III points 5(b) and 5(c)',
  'classification-duty-derogated-only': 'Art. 6(4): documenting the assessment binds providers of derogated Annex III systems only',
  'registration-of-derogated': 'Art. 49(2): providers register Annex III systems assessed as not high-risk',
  'derogation-void-if-profiling': 'Art. 6(3), last subparagraph: profiling of natural persons rules the derogation out',
  'legacy-high-risk': 'Art. 111(2): systems placed before 2026-08-02 are bound only once significantly changed',
  'legacy-public-authorities': 'Art. 111(2): systems intended for public authorities comply by 2030-08-02',
  'annex-x-components': 'Art. 111(1): Annex X components placed before 2027-08-02 comply by 2030-12-31',
  'retired-periods': 'Art. 18, 19, 20, 26(6), 72, 73: duties that outlast withdrawal',
  'gpai-on-models': 'Art. 53–55: GPAI duties attach to the models the organisation provides',
  'open-source-exemption': 'Art. 53(2), 54(6): free and open-source GPAI models without systemic risk',
  'gpai-authorised-representative-non-eu': 'Art. 54(1): only GPAI providers established outside the Union',
  'legacy-gpai': 'Art. 111(3): GPAI models placed before 2025-08-02 comply by 2027-08-02',
  'registration-dates-unsettled': 'Art. 49, 6(4) under the Digital Omnibus: kept at 2026-08-02, unsettled',
  'omnibus-50-2-grace': 'Digital Omnibus, Art. 50(2): systems placed before 2026-08-02 have until 2026-12-02',
  'omnibus-default-basis': 'Amendment record: the default date basis follows whether the Omnibus is recorded in force',
} as const;
export type RuleId = keyof typeof RULES;

// ---------------------------------------------------------------------------------------------
// Constants of the Act

const HIGH_RISK_GENERAL_DATE = '2026-08-02'; // Art. 113, Art. 111(2)'s cut-off
const PUBLIC_AUTHORITY_DEADLINE = '2030-08-02'; // Art. 111(2)
const ANNEX_X_CUT_OFF = '2027-08-02'; // Art. 111(1)
const ANNEX_X_DEADLINE = '2030-12-31'; // Art. 111(1)
const GPAI_CUT_OFF = '2025-08-02'; // Art. 111(3)
const GPAI_LEGACY_DEADLINE = '2027-08-02'; // Art. 111(3)
const OMNIBUS_50_2_GRACE = '2026-12-02'; // Digital Omnibus on AI, Art. 50(2) for systems placed before 2026-08-02

/** Obligations the rules single out, by their reference code (graph/data/reference/obligations.json). */
const CODES = {
  prohibitionProvider: 'OBL-PROV-PROH-PRACTICES',
  authorisedRepresentative: 'OBL-PROV-HR-AUTHREP',
  registrationOfUse: 'OBL-DEP-HR-PUBREG',
  informNaturalPersons: 'OBL-DEP-HR-INFORM',
  fria: 'OBL-DEP-HR-FRIA',
  friaNotify: 'OBL-DEP-HR-FRIA-NOTIFY',
  classification: 'OBL-PROV-HR-CLASSIFY',
  registration: 'OBL-PROV-HR-REGISTER',
  documentationKeeping: 'OBL-PROV-HR-DOCKEEP',
  logKeepingProvider: 'OBL-PROV-HR-LOGKEEP',
  logKeepingDeployer: 'OBL-DEP-HR-LOGS',
  correctiveAction: 'OBL-PROV-HR-CORRECT',
  postMarketMonitoring: 'OBL-PROV-HR-PMM',
  incidentReporting: 'OBL-PROV-HR-INCIDENT',
  gpaiTechnicalDocumentation: 'OBL-PROV-GPAI-TECHDOC',
  gpaiDownstreamInformation: 'OBL-PROV-GPAI-DOWNSTREAM',
  gpaiAuthorisedRepresentative: 'OBL-PROV-GPAI-AUTHREP',
} as const;

/** Art. 50: which triggers bring each paragraph's duty. */
const TRANSPARENCY_TRIGGERS_OF_PARAGRAPH: Record<string, readonly string[]> = {
  '50(1)': ['CHATBOT'],
  '50(2)': ['GENERATED_CONTENT'],
  '50(3)': ['EMOTION_RECOGNITION', 'BIOMETRIC_CATEGORISATION'],
  '50(4)': ['DEEP_FAKE'],
};

/** Art. 113's dates for the original `appliesFrom`; any other date is the general one. */
const ART_113_POINT: Record<string, string> = {
  '2025-02-02': 'Art. 113(a)',
  '2025-08-02': 'Art. 113(b)',
  '2027-08-02': 'Art. 113(c)',
};

/** Art. 25(1): the point of each trigger. */
const ARTICLE_25_POINT: Record<string, string> = { NAME_OR_TRADEMARK: 'a', SUBSTANTIAL_MODIFICATION: 'b', NEW_HIGH_RISK_PURPOSE: 'c' };

const RETIRED_UNTIL_UNITS_WITHDRAWN = new Set<string>([CODES.correctiveAction, CODES.postMarketMonitoring, CODES.incidentReporting]);
const REGISTRATION_CODES = new Set<string>([CODES.registration, CODES.registrationOfUse, CODES.classification]);
const OPEN_SOURCE_EXEMPT_CODES = new Set<string>([
  CODES.gpaiTechnicalDocumentation,
  CODES.gpaiDownstreamInformation,
  CODES.gpaiAuthorisedRepresentative,
]);

const OMNIBUS_NOT_IN_FORCE_NOTE =
  'Digital Omnibus on AI: adopted by the Council on 2026-06-29; its publication in the Official Journal is not verified here, so it is not recorded in force.';
const REGISTRATION_UNSETTLED_NOTE =
  'Whether the Digital Omnibus deferral of Annex III duties covers registration (Art. 49) and the Art. 6(4) assessment is not verified in our sources: Crosswalk keeps 2026-08-02 for all of them, consistently, until it is.';
const CUT_OFF_UNSETTLED_NOTE =
  'Placed on the market after 2026-08-02 but before the Digital Omnibus date: whether the Omnibus also moves the Art. 111(2) cut-off is not settled in our sources, so the system is treated as bound from the amended date.';

/** Orders text as Cypher's ORDER BY does (by code unit), not by locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function addYears(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

function addMonths(date: string, months: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCMonth(at.getUTCMonth() + months);
  return at.toISOString().slice(0, 10);
}

/** The amendment is in force on `asOf` by the administrator's record. */
function amendmentInForceOn(amendment: AmendmentRecord | null | undefined, asOf: string): boolean {
  return Boolean(amendment?.inForce && amendment.inForceSince && amendment.inForceSince <= asOf);
}

/** The date basis an answer uses: the caller's choice, else the amendment record on `asOf`. */
export function usesAmendedDates(options: RuleOptions, asOf: string): boolean {
  if (options.useAmendedDates !== undefined && options.useAmendedDates !== null) return options.useAmendedDates;
  if (options.disabledRules?.has('omnibus-default-basis')) return false;
  return amendmentInForceOn(options.amendment, asOf);
}

function inForceNote(amendment: AmendmentRecord): string {
  return `Digital Omnibus on AI, recorded in force since ${amendment.inForceSince}${amendment.officialJournal ? ` (${amendment.officialJournal})` : ''}.`;
}

// ---------------------------------------------------------------------------------------------
// One row under construction

class Row {
  readonly missing = new Set<string>();
  readonly basis: string[] = [];
  legalStatus: LegalStatus = 'IN_FORCE';
  legalNote: string | null = null;
  appliesUntil: string | null = null;
  extraRoleNote: string | null = null;

  need(fact: string): void {
    this.missing.add(fact);
  }

  rest(paragraph: string): void {
    if (!this.basis.includes(paragraph)) this.basis.push(paragraph);
  }

  unsettled(note: string): void {
    this.legalStatus = 'UNSETTLED';
    this.legalNote = note;
  }
}

interface Context {
  on: (rule: RuleId) => boolean;
  amendedBasis: boolean;
  explicitOriginal: boolean;
  amendment: AmendmentRecord | null;
  asOf: string;
}

function contextOf(options: RuleOptions, asOf: string): Context {
  return {
    on: (rule) => !options.disabledRules?.has(rule),
    amendedBasis: usesAmendedDates(options, asOf),
    explicitOriginal: options.useAmendedDates === false,
    amendment: options.amendment ?? null,
    asOf,
  };
}

function articleOf(obligation: ObligationFacts): string {
  if (obligation.paragraph) return `Art. ${obligation.paragraph.replace('; ', ', Art. ')}`;
  return obligation.articleRef ?? obligation.code;
}

// ---------------------------------------------------------------------------------------------
// AI systems

/** How the system stands for the high-risk rules, after the Art. 6(3) derogation and its profiling override. */
interface HighRiskStanding {
  /** Classed HIGH_RISK, or a derogation that profiling (unknown) may void. */
  highRisk: boolean;
  /** Carries an Art. 6(3) derogation (not classed HIGH_RISK). */
  derogated: boolean;
  /** The derogation stands only if the system does not profile natural persons, which is not recorded. */
  derogationInDoubt: boolean;
  annexI: boolean;
}

function standingOf(system: SystemFacts, context: Context): HighRiskStanding {
  const derogated = system.riskClass !== 'HIGH_RISK' && system.article6_3Derogation !== null;
  const derogationInDoubt = derogated && system.profilesNaturalPersons === null && context.on('derogation-void-if-profiling');
  return {
    highRisk: system.riskClass === 'HIGH_RISK' || derogationInDoubt,
    derogated,
    derogationInDoubt,
    annexI: system.riskClass === 'HIGH_RISK' && system.highRiskBasis === 'ANNEX_I',
  };
}

/** Roles the organisation holds for the system, with those the Act gives it (Art. 25). */
function effectiveRoles(system: SystemFacts, standing: HighRiskStanding, row: Row, context: Context): Role[] {
  const roles = new Set<Role>(system.roles);
  if (system.scopeExclusion === 'PERSONAL_NON_PROFESSIONAL' && context.on('scope-exclusion')) roles.delete('DEPLOYER');
  if (roles.has('PROVIDER') || !standing.highRisk) return [...roles];
  const valueChain = (['IMPORTER', 'DISTRIBUTOR', 'DEPLOYER'] as const).some((role) => roles.has(role));
  if (valueChain && system.article25Triggers.length > 0 && context.on('provider-by-art-25-1')) {
    roles.add('PROVIDER');
    const points = system.article25Triggers.map((trigger) => `Art. 25(1)(${ARTICLE_25_POINT[trigger] ?? '?'}) ${trigger}`);
    row.extraRoleNote = `PROVIDER under ${points.join(', ')}`;
    row.rest('Art. 25(1)');
  } else if (roles.has('PRODUCT_MANUFACTURER') && standing.annexI && context.on('provider-by-art-25-3')) {
    if (system.annexISection !== 'SECTION_B') {
      if (system.annexISection === null) row.need('annexISection');
      roles.add('PROVIDER');
      row.extraRoleNote = 'PROVIDER under Art. 25(3) (product manufacturer of an Annex I section A product)';
      row.rest('Art. 25(3)');
    }
  }
  return [...roles];
}

/** Art. 2: outside the Regulation's scope (null: in scope, or the exclusion does not hold here). */
function excludedFromScope(system: SystemFacts, context: Context): boolean {
  if (!system.scopeExclusion || !context.on('scope-exclusion')) return false;
  if (system.scopeExclusion === 'PERSONAL_NON_PROFESSIONAL') return false; // removes the deployer role only
  if (system.scopeExclusion === 'FREE_OPEN_SOURCE_SYSTEM') {
    // Art. 2(12): not for high-risk systems, Art. 5 practices or systems under Art. 50.
    return !(system.riskClass === 'HIGH_RISK' || system.riskClass === 'PROHIBITED' || system.transparencyTriggers.length > 0);
  }
  return true;
}

/** Who a high-risk obligation targets in the system, as the middle of the reason; null: not this system. */
function highRiskTarget(
  system: SystemFacts,
  obligation: ObligationFacts,
  standing: HighRiskStanding,
  row: Row,
  context: Context,
): string | null {
  const code = obligation.code;
  const area = system.annexIIIArea;
  const point = system.annexIIIPoint ? `point ${system.annexIIIPoint}` : area ? area : null;

  // Art. 6(4): documenting the "not high-risk" assessment binds derogated Annex III systems only.
  if (code === CODES.classification) {
    if (!context.on('classification-duty-derogated-only')) {
      return system.riskClass === 'HIGH_RISK' && system.highRiskBasis !== 'ANNEX_I' ? 'a HIGH_RISK system (Annex III)' : null;
    }
    if (!standing.derogated) return null;
    row.rest('Art. 6(3)');
    return `an Annex III system${point ? ` (${point})` : ''} assessed as not high-risk under Art. 6(3)(${derogationLetter(system)})`;
  }
  // Art. 49(2): registration also binds derogated systems, although they are not classed high-risk.
  if (code === CODES.registration && standing.derogated && !standing.derogationInDoubt) {
    if (!context.on('registration-of-derogated')) return null;
    row.rest('Art. 49(2)');
    return `an Annex III system${point ? ` (${point})` : ''} assessed as not high-risk under Art. 6(3) (registration under Art. 49(2))`;
  }
  if (!standing.highRisk) return null;
  if (standing.derogationInDoubt) {
    row.need('profilesNaturalPersons');
    row.rest('Art. 6(3)');
  }

  let annexI = standing.annexI;
  if (system.riskClass === 'HIGH_RISK' && system.highRiskBasis === null) row.need('highRiskBasis'); // treated as Annex III
  if (annexI) {
    if (system.annexISection === 'SECTION_B' && context.on('annex-i-section-b')) return null;
    if (system.annexISection === null && context.on('annex-i-section-b')) row.need('annexISection');
    // Obligations with no Art. 113(c) date concern Annex III systems only.
    if (!obligation.appliesFromAnnexIProducts && context.on('annex-iii-only')) return null;
    if (!obligation.appliesFromAnnexIProducts && !context.on('annex-iii-only')) annexI = false;
  }
  const base = annexI ? 'a HIGH_RISK system (Annex I product)' : `a HIGH_RISK system (Annex III${point ? ` ${point}` : ''})`;

  switch (code) {
    case CODES.authorisedRepresentative:
      if (!context.on('authorised-representative-non-eu')) return base;
      if (system.establishedInUnion === true) return null;
      if (system.establishedInUnion === null) row.need('establishedInUnion');
      return `${base} provided from outside the Union`;
    case CODES.registrationOfUse: {
      if (!context.on('registration-of-use-public-authorities')) return base;
      if (area === 'CRITICAL_INFRASTRUCTURE' || system.annexIIIPoint === '2') return null; // registered nationally, 49(5)
      if (area === null && system.annexIIIPoint === null) row.need('annexIIIArea');
      if (system.deployerIsPublicAuthority === false) return null;
      if (system.deployerIsPublicAuthority === null) row.need('deployerIsPublicAuthority');
      return `${base} deployed by a public authority or Union body`;
    }
    case CODES.informNaturalPersons:
      if (!context.on('inform-natural-persons')) return base;
      if (system.decidesAboutNaturalPersons === false) return null;
      if (system.decidesAboutNaturalPersons === null) row.need('decidesAboutNaturalPersons');
      return `${base} making or assisting decisions about natural persons`;
    case CODES.fria:
    case CODES.friaNotify:
      return friaTarget(system, base, row, context);
    default:
      return base;
  }
}

function derogationLetter(system: SystemFacts): string {
  return (system.article6_3Derogation ?? '?').charAt(0).toLowerCase();
}

/** Art. 27(1): Annex III except point 2; public-law bodies and public-service providers; points 5(b), 5(c). */
function friaTarget(system: SystemFacts, base: string, row: Row, context: Context): string | null {
  if (!context.on('fria-scope')) return base;
  // Art. 27(1) names high-risk systems "referred to in Article 6(2)": Annex III, never Annex I products.
  if (system.highRiskBasis === 'ANNEX_I') return null;
  if (system.annexIIIArea === 'CRITICAL_INFRASTRUCTURE' || system.annexIIIPoint === '2') return null;
  if (system.annexIIIPoint === '5(b)' || system.annexIIIPoint === '5(c)') {
    return `${base}: deployers of Annex III point ${system.annexIIIPoint} systems`;
  }
  const pointCouldDecide = system.annexIIIPoint === null && (system.annexIIIArea === 'ESSENTIAL_SERVICES' || system.annexIIIArea === null);
  if (system.deployerIsPublicServiceBody === true)
    return `${base} deployed by a body governed by public law or a provider of public services`;
  if (system.deployerIsPublicServiceBody === false) {
    if (!pointCouldDecide) return null;
    row.need('annexIIIPoint');
    return `${base}, whose Annex III point may be 5(b) or 5(c)`;
  }
  row.need('deployerIsPublicServiceBody');
  if (pointCouldDecide) row.need('annexIIIPoint');
  return `${base}, whose deployer may be a public-law body or provide public services`;
}

function transparencyTarget(system: SystemFacts, obligation: ObligationFacts, context: Context): string | null {
  let triggers = TRANSPARENCY_TRIGGERS_OF_PARAGRAPH[obligation.paragraph ?? ''];
  if (!triggers) {
    // A transparency duty of no known paragraph: any Art. 50 trigger brings it.
    return system.transparencyTriggers.length > 0 ? `a system with Art. 50 triggers ${system.transparencyTriggers.join(', ')}` : null;
  }
  if (!context.on('art-50-3-biometric-categorisation')) triggers = triggers.filter((trigger) => trigger !== 'BIOMETRIC_CATEGORISATION');
  const held = system.transparencyTriggers.filter((trigger) => triggers.includes(trigger));
  return held.length > 0 ? `a system with the Art. ${obligation.paragraph} trigger ${held.join(', ')}` : null;
}

/** Who the obligation targets in the system; null: not this system. */
function systemTarget(
  system: SystemFacts,
  obligation: ObligationFacts,
  standing: HighRiskStanding,
  row: Row,
  context: Context,
): string | null {
  switch (obligation.riskClass) {
    case 'ALL':
      return 'an AI system of any risk class';
    case 'PROHIBITED':
      return system.riskClass === 'PROHIBITED' ? 'a system classified PROHIBITED (Art. 5 practice)' : null;
    case 'HIGH_RISK':
      return highRiskTarget(system, obligation, standing, row, context);
    case 'TRANSPARENCY':
      return transparencyTarget(system, obligation, context);
    case 'GPAI':
    case 'GPAI_SYSTEMIC_RISK':
      // GPAI duties belong to the model's provider (modelApplicabilityOf), not to every system built on one.
      if (context.on('gpai-on-models')) return null;
      return system.gpaiBased ? 'a system built on a GPAI model' : null;
    default:
      return null;
  }
}

/** The obligation's own date for the system: original (Art. 113) or the Digital Omnibus's. */
function baseDate(
  obligation: ObligationFacts,
  annexI: boolean,
  row: Row,
  context: Context,
): { appliesFrom: string; dateBasis: string; amended: boolean; amendedAlternative: string | null } {
  const registration = REGISTRATION_CODES.has(obligation.code) && context.on('registration-dates-unsettled');
  const original =
    annexI && obligation.appliesFromAnnexIProducts
      ? { appliesFrom: obligation.appliesFromAnnexIProducts, dateBasis: 'Art. 113(c)' }
      : { appliesFrom: obligation.appliesFrom, dateBasis: ART_113_POINT[obligation.appliesFrom] ?? 'Art. 113' };
  const amendedDate = registration
    ? null
    : annexI && obligation.appliesFromAnnexIProducts
      ? obligation.amendedAppliesFromAnnexIProducts
      : obligation.amendedAppliesFrom;
  if (registration && context.amendedBasis) row.unsettled(REGISTRATION_UNSETTLED_NOTE);
  if (context.amendedBasis && amendedDate) {
    const what = obligation.riskClass === 'HIGH_RISK' ? (annexI ? 'Annex I products date' : 'Annex III date') : 'date';
    return { appliesFrom: amendedDate, dateBasis: `Digital Omnibus on AI, ${what}`, amended: true, amendedAlternative: amendedDate };
  }
  return { ...original, amended: false, amendedAlternative: amendedDate };
}

/** The date an obligation applies from for this system (Art. 111 and 113, the Omnibus), or null: never. */
function systemDate(
  system: SystemFacts,
  obligation: ObligationFacts,
  standing: HighRiskStanding,
  row: Row,
  context: Context,
): { appliesFrom: string; dateBasis: string; amended: boolean } | null {
  const annexI = standing.annexI && Boolean(obligation.appliesFromAnnexIProducts);
  const base = baseDate(obligation, annexI, row, context);
  let { appliesFrom, dateBasis, amended } = base;
  const placed = system.placedOnMarket;

  if (
    obligation.riskClass === 'TRANSPARENCY' &&
    obligation.paragraph === '50(2)' &&
    context.amendedBasis &&
    context.on('omnibus-50-2-grace')
  ) {
    if (placed === null) row.need('placedOnMarket');
    else if (placed < HIGH_RISK_GENERAL_DATE) {
      appliesFrom = OMNIBUS_50_2_GRACE;
      dateBasis = 'Digital Omnibus on AI, Art. 50(2) for systems placed before 2026-08-02';
      amended = true;
    }
  }

  const highRiskRow = obligation.riskClass === 'HIGH_RISK' && standing.highRisk && obligation.code !== CODES.classification;
  const annexX = system.annexXComponent === true && placed !== null && placed < ANNEX_X_CUT_OFF && context.on('annex-x-components');
  if (annexX && (highRiskRow || obligation.riskClass === 'TRANSPARENCY')) {
    row.rest('Art. 111(1)');
    return { appliesFrom: ANNEX_X_DEADLINE, dateBasis: 'Art. 111(1) (Annex X component placed before 2027-08-02)', amended: false };
  }
  if (!highRiskRow) return { appliesFrom, dateBasis, amended };

  if (placed === null) {
    if (system.lifecycleStage === 'DEPLOYED' || system.lifecycleStage === 'RETIRED') row.need('placedOnMarket');
    return { appliesFrom, dateBasis, amended };
  }
  if (placed >= HIGH_RISK_GENERAL_DATE) {
    if (context.amendedBasis && amended && placed < appliesFrom && context.on('legacy-high-risk')) row.unsettled(CUT_OFF_UNSETTLED_NOTE);
    return { appliesFrom, dateBasis, amended };
  }
  if (!context.on('legacy-high-risk')) return { appliesFrom, dateBasis, amended };

  // Art. 111(2): placed on the market or put into service before 2026-08-02.
  row.rest('Art. 111(2)');
  const publicDeadline = context.on('legacy-public-authorities') && system.intendedForPublicAuthorities !== false;
  if (system.significantlyChanged === false) {
    if (!publicDeadline) return null;
    if (system.intendedForPublicAuthorities === null) row.need('intendedForPublicAuthorities');
    return { appliesFrom: PUBLIC_AUTHORITY_DEADLINE, dateBasis: 'Art. 111(2) (intended for use by public authorities)', amended: false };
  }
  if (system.significantlyChanged === null) {
    row.need('significantlyChanged');
    return { appliesFrom, dateBasis, amended };
  }
  if (system.significantChangeOn === null) row.need('significantChangeOn');
  else if (system.significantChangeOn > appliesFrom) {
    appliesFrom = system.significantChangeOn;
    dateBasis = 'Art. 111(2) (significant change in design)';
    amended = false;
  }
  if (publicDeadline && appliesFrom > PUBLIC_AUTHORITY_DEADLINE) {
    if (system.intendedForPublicAuthorities === null) row.need('intendedForPublicAuthorities');
    return { appliesFrom: PUBLIC_AUTHORITY_DEADLINE, dateBasis: 'Art. 111(2) (intended for use by public authorities)', amended: false };
  }
  return { appliesFrom, dateBasis, amended };
}

/** Retired systems keep the duties that outlast withdrawal, within their periods; false: none applies. */
function retiredPeriod(system: SystemFacts, obligation: ObligationFacts, standing: HighRiskStanding, row: Row, context: Context): boolean {
  if (system.lifecycleStage !== 'RETIRED') return true;
  if (!context.on('retired-periods') || obligation.riskClass !== 'HIGH_RISK' || !standing.highRisk) return false;
  switch (obligation.code) {
    case CODES.documentationKeeping: // Art. 18(1): ten years after placing on the market
      if (system.placedOnMarket === null) row.need('placedOnMarket');
      else row.appliesUntil = addYears(system.placedOnMarket, 10);
      row.rest('Art. 18(1)');
      return true;
    case CODES.logKeepingProvider: // Art. 19(1), 26(6): at least six months
    case CODES.logKeepingDeployer:
      if (system.withdrawnOn === null) row.need('withdrawnOn');
      else row.appliesUntil = addMonths(system.withdrawnOn, 6);
      return true;
    default:
      if (!RETIRED_UNTIL_UNITS_WITHDRAWN.has(obligation.code)) return false;
      // Art. 20, 72, 73: while units placed on the market are still in use by others.
      if (system.unitsStillInUse === false) return false;
      if (system.unitsStillInUse === null) row.need('unitsStillInUse');
      return true;
  }
}

function statusOf(row: Row, obligation: ObligationFacts, date: { amended: boolean }, amendedAlternative: boolean, context: Context): void {
  if (row.legalStatus === 'UNSETTLED') return;
  const recorded = amendmentInForceOn(context.amendment, context.asOf);
  if (date.amended) {
    if (recorded && context.amendment) {
      row.legalStatus = 'IN_FORCE';
      row.legalNote = inForceNote(context.amendment);
    } else {
      row.legalStatus = 'AMENDMENT_NOT_IN_FORCE';
      row.legalNote = obligation.amendmentStatus
        ? `${obligation.amendmentStatus}. ${OMNIBUS_NOT_IN_FORCE_NOTE}`
        : OMNIBUS_NOT_IN_FORCE_NOTE;
    }
  } else if (recorded && context.explicitOriginal && amendedAlternative && context.amendment) {
    row.legalStatus = 'SUPERSEDED';
    row.legalNote = `Original date asked for; ${inForceNote(context.amendment)}`;
  }
}

function reasonOf(roles: Role[], whom: string, date: { appliesFrom: string; dateBasis: string }, row: Row): string {
  const parts = [`${roles.join(' and ')} of ${whom}`];
  if (row.extraRoleNote) parts.push(row.extraRoleNote);
  parts.push(`applies from ${date.appliesFrom} (${date.dateBasis})`);
  if (row.appliesUntil) parts.push(`until ${row.appliesUntil}`);
  if (row.legalStatus === 'UNSETTLED' && row.legalNote) parts.push(`unsettled: ${row.legalNote}`);
  if (row.missing.size > 0) parts.push(`fact missing — review: ${[...row.missing].join(', ')}`);
  return parts.join('; ');
}

/**
 * Whether an obligation concerns a system at all (on whatever date), and if so from when, until when
 * and why. `asOf` decides the default date basis (the amendment record on that day).
 */
export function applicabilityOf(
  system: SystemFacts,
  obligation: ObligationFacts,
  options: RuleOptions & { asOf: string },
): Applicability | null {
  const context = contextOf(options, options.asOf);
  if (excludedFromScope(system, context)) return null;
  const row = new Row();
  row.rest(articleOf(obligation));
  const standing = standingOf(system, context);
  const held = effectiveRoles(system, standing, row, context);
  const targeted = new Set(obligation.roles);
  if (obligation.code === CODES.prohibitionProvider && context.on('art-5-importer')) targeted.add('IMPORTER');
  const roles = ROLE_ORDER.filter((role) => targeted.has(role) && held.includes(role));
  if (roles.length === 0) return null;
  const whom = systemTarget(system, obligation, standing, row, context);
  if (!whom) return null;
  const date = systemDate(system, obligation, standing, row, context);
  // Would the amendment's dates give this row another date? Then an original date asked for is superseded.
  const amendedDate = systemDate(system, obligation, standing, new Row(), { ...context, amendedBasis: true });
  const amendedAlternative = amendedDate !== null && date !== null && amendedDate.amended && amendedDate.appliesFrom !== date.appliesFrom;
  if (!date) return null;
  if (!retiredPeriod(system, obligation, standing, row, context)) return null;
  if (row.appliesUntil !== null && row.appliesUntil < date.appliesFrom) return null;
  statusOf(row, obligation, date, amendedAlternative, context);
  return {
    subjectId: system.id,
    obligationId: obligation.id,
    role: roles[0]!,
    roles,
    ...date,
    appliesUntil: row.appliesUntil,
    legalStatus: row.legalStatus,
    legalNote: row.legalNote,
    legalBasis: row.basis.join(', '),
    missingFacts: [...row.missing],
    reason: reasonOf(roles, whom, date, row),
  };
}

/** Applies on `asOf`: begun, and not yet ended. */
function inEffectOn(applicability: Applicability, asOf: string): boolean {
  return applicability.appliesFrom <= asOf && (applicability.appliesUntil === null || asOf <= applicability.appliesUntil);
}

/** Every obligation applying to the system on `asOf`, by date then code. */
export const applicableObligations = (
  system: SystemFacts,
  obligations: readonly ObligationFacts[],
  options: RuleOptions & { asOf: string },
) => applicableTo(applicabilityOf, system, obligations, options);

/** Every obligation `applicability` says applies to the subject on `asOf`, by date then code. */
function applicableTo<Subject>(
  applicability: (subject: Subject, obligation: ObligationFacts, options: RuleOptions & { asOf: string }) => Applicability | null,
  subject: Subject,
  obligations: readonly ObligationFacts[],
  options: RuleOptions & { asOf: string },
): Applicability[] {
  return sortByDateAndCode(
    obligations.map((obligation) => ({ obligation, applicability: applicability(subject, obligation, options) })),
    options.asOf,
  );
}

function sortByDateAndCode(entries: { obligation: ObligationFacts; applicability: Applicability | null }[], asOf: string): Applicability[] {
  return entries
    .filter(
      (entry): entry is { obligation: ObligationFacts; applicability: Applicability } =>
        entry.applicability !== null && inEffectOn(entry.applicability, asOf),
    )
    .sort(
      (a, b) => compareText(a.applicability.appliesFrom, b.applicability.appliesFrom) || compareText(a.obligation.code, b.obligation.code),
    )
    .map((entry) => entry.applicability);
}

/** The obligations whose date for the system falls in [from, to], both inclusive (default basis: the record on `to`). */
export function obligationsStartingBetween(
  system: SystemFacts,
  obligations: readonly ObligationFacts[],
  options: RuleOptions & { from: string; to: string },
): Applicability[] {
  return obligations
    .map((obligation) => applicabilityOf(system, obligation, { ...options, asOf: options.to }))
    .filter(
      (applicability): applicability is Applicability =>
        applicability !== null && applicability.appliesFrom >= options.from && applicability.appliesFrom <= options.to,
    );
}

// ---------------------------------------------------------------------------------------------
// GPAI models the organisation provides

/** Whether a GPAI obligation (Art. 52–55) concerns a model the organisation provides, from when and why. */
export function modelApplicabilityOf(
  model: ModelFacts,
  obligation: ObligationFacts,
  options: RuleOptions & { asOf: string },
): Applicability | null {
  const context = contextOf(options, options.asOf);
  if (!context.on('gpai-on-models')) return null;
  if (!model.gpai || !obligation.roles.includes('PROVIDER')) return null;
  if (obligation.riskClass !== 'GPAI' && obligation.riskClass !== 'GPAI_SYSTEMIC_RISK') return null;
  if (obligation.riskClass === 'GPAI_SYSTEMIC_RISK' && !model.systemicRisk) return null;
  const row = new Row();
  row.rest(articleOf(obligation));
  let whom = `a GPAI model it provides${model.systemicRisk ? ' with systemic risk' : ''}`;

  if (OPEN_SOURCE_EXEMPT_CODES.has(obligation.code) && context.on('open-source-exemption') && !model.systemicRisk && model.openWeights) {
    // Art. 53(2), 54(6): a free and open-source licence with public parameters exempts, unless systemic risk.
    if (model.licence === 'FREE_AND_OPEN_SOURCE') return null;
    if (model.licence === null) row.need('licence');
    row.rest(obligation.code === CODES.gpaiAuthorisedRepresentative ? 'Art. 54(6)' : 'Art. 53(2)');
    whom +=
      model.licence === null
        ? ' with open weights, licence not recorded'
        : ' with open weights under a licence that is not free and open-source';
  }
  if (obligation.code === CODES.gpaiAuthorisedRepresentative && context.on('gpai-authorised-representative-non-eu')) {
    if (model.establishedInUnion === true) return null;
    if (model.establishedInUnion === null) row.need('establishedInUnion');
    whom += ', provided from outside the Union';
  }

  let appliesFrom = obligation.appliesFrom;
  let dateBasis = ART_113_POINT[appliesFrom] ?? 'Art. 113';
  if (context.on('legacy-gpai')) {
    if (model.placedOnMarket === null) row.need('placedOnMarket');
    else if (model.placedOnMarket < GPAI_CUT_OFF) {
      appliesFrom = GPAI_LEGACY_DEADLINE;
      dateBasis = 'Art. 111(3) (placed on the market before 2025-08-02)';
      row.rest('Art. 111(3)');
    }
  }
  const date = { appliesFrom, dateBasis, amended: false };
  return {
    subjectId: model.id,
    obligationId: obligation.id,
    role: 'PROVIDER',
    roles: ['PROVIDER'],
    ...date,
    appliesUntil: null,
    legalStatus: 'IN_FORCE',
    legalNote: null,
    legalBasis: row.basis.join(', '),
    missingFacts: [...row.missing],
    reason: reasonOf(['PROVIDER'], whom, date, row),
  };
}

/** Every GPAI obligation applying to the model on `asOf`, by date then code. */
export const applicableModelObligations = (
  model: ModelFacts,
  obligations: readonly ObligationFacts[],
  options: RuleOptions & { asOf: string },
) => applicableTo(modelApplicabilityOf, model, obligations, options);
