// Which obligations apply to an AI system, from when, and why: a pure function of the system, the
// obligation and the date (README, "Applicability and gaps"). No database here, so every rule is
// unit-tested case by case (rules.test.ts).

export type Role = 'PROVIDER' | 'DEPLOYER' | 'IMPORTER' | 'DISTRIBUTOR';
export type SystemRiskClass = 'PROHIBITED' | 'HIGH_RISK' | 'TRANSPARENCY' | 'MINIMAL';
export type ObligationRiskClass = 'ALL' | 'PROHIBITED' | 'HIGH_RISK' | 'TRANSPARENCY' | 'GPAI' | 'GPAI_SYSTEMIC_RISK';

/** Roles in the order a reason names them (and the first one is the row's `role`). */
export const ROLE_ORDER: readonly Role[] = ['PROVIDER', 'DEPLOYER', 'IMPORTER', 'DISTRIBUTOR'];

/** A GPAI model the organisation provides itself: used by the system, `gpai`, supplied by no vendor. */
export interface OwnGpaiModel {
  id: string;
  name: string;
  systemicRisk: boolean;
  openWeights: boolean;
}

/** What applicability needs to know about an AI system. */
export interface SystemFacts {
  id: string;
  roles: Role[];
  riskClass: SystemRiskClass;
  highRiskBasis: 'ANNEX_III' | 'ANNEX_I' | null;
  annexIIIArea: string | null;
  transparencyTriggers: string[];
  publicAuthority: boolean;
  lifecycleStage: string;
  ownGpaiModels: OwnGpaiModel[];
}

/** What applicability needs to know about an obligation (graph/README.md, `Obligation`). */
export interface ObligationFacts {
  id: string;
  code: string;
  roles: Role[];
  riskClass: ObligationRiskClass;
  paragraph: string | null;
  appliesFrom: string;
  appliesFromAnnexIProducts: string | null;
  amendedAppliesFrom: string | null;
  amendedAppliesFromAnnexIProducts: string | null;
}

/** An obligation that applies to a system: the GraphQL `ApplicableObligation`. */
export interface Applicability {
  systemId: string;
  obligationId: string;
  /** The first of `roles` (PROVIDER, DEPLOYER, IMPORTER, DISTRIBUTOR order). */
  role: Role;
  /** Every role the organisation holds for the system that the obligation targets. */
  roles: Role[];
  appliesFrom: string;
  dateBasis: string;
  amended: boolean;
  reason: string;
}

export interface DateOptions {
  /** Use the Digital Omnibus dates where the obligation has them. */
  useAmendedDates: boolean;
}

/** Orders text as Cypher's ORDER BY does (by code unit), not by locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Art. 50: which trigger each paragraph's duty follows. */
export const TRANSPARENCY_TRIGGER_OF_PARAGRAPH: Record<string, string> = {
  '50(1)': 'CHATBOT',
  '50(2)': 'GENERATED_CONTENT',
  '50(3)': 'EMOTION_RECOGNITION',
  '50(4)': 'DEEP_FAKE',
};

/** Art. 53(2): open-source models without systemic risk are exempt from 53(1)(a) and (b). */
const OPEN_SOURCE_EXEMPT_PARAGRAPHS = new Set(['53(1)(a)', '53(1)(b)']);

/** Art. 113's dates for the original `appliesFrom`; any other date is the general one. */
const ART_113_POINT: Record<string, string> = {
  '2025-02-02': 'Art. 113(a)',
  '2025-08-02': 'Art. 113(b)',
  '2027-08-02': 'Art. 113(c)',
};

/** The article number a paragraph belongs to: `27` for `27(1)-(2)`, `26` for `26(8); 49(3)`. */
function articleOf(paragraph: string | null): string | null {
  return /^(\d+)/.exec(paragraph ?? '')?.[1] ?? null;
}

/** Who the obligation targets in the system, as the middle of the reason; null: not this system. */
function target(system: SystemFacts, obligation: ObligationFacts): string | null {
  switch (obligation.riskClass) {
    case 'ALL':
      return 'an AI system of any risk class';
    case 'PROHIBITED':
      return system.riskClass === 'PROHIBITED' ? 'a system classified PROHIBITED (Art. 5 practice)' : null;
    case 'HIGH_RISK':
      return system.riskClass === 'HIGH_RISK' ? highRiskTarget(system, obligation) : null;
    case 'TRANSPARENCY':
      return transparencyTarget(system, obligation);
    case 'GPAI':
    case 'GPAI_SYSTEMIC_RISK':
      return gpaiTarget(system, obligation);
    default:
      return null;
  }
}

function highRiskTarget(system: SystemFacts, obligation: ObligationFacts): string | null {
  const annexI = system.highRiskBasis === 'ANNEX_I';
  // An obligation with no Art. 113(c) date concerns Annex III systems only (Art. 6(4), Art. 49(1)).
  if (annexI && !obligation.appliesFromAnnexIProducts) return null;
  const basis = annexI ? 'Annex I product' : `Annex III${system.annexIIIArea ? `: ${system.annexIIIArea}` : ''}`;
  const base = `a HIGH_RISK system (${basis})`;
  const article = articleOf(obligation.paragraph);
  if (article === '27') {
    // Art. 27(1): Annex III systems except point 2, for public bodies and for points 5(b), (c).
    if (annexI || system.annexIIIArea === 'CRITICAL_INFRASTRUCTURE') return null;
    if (system.publicAuthority) return `${base} used by a public authority (Art. 27(1))`;
    if (system.annexIIIArea === 'ESSENTIAL_SERVICES') return `${base} in essential services, Annex III point 5 (Art. 27(1))`;
    return null;
  }
  if (obligation.paragraph?.includes('26(8)')) {
    return system.publicAuthority ? `${base} used by a public authority (Art. 26(8))` : null;
  }
  return base;
}

function transparencyTarget(system: SystemFacts, obligation: ObligationFacts): string | null {
  const trigger = TRANSPARENCY_TRIGGER_OF_PARAGRAPH[obligation.paragraph ?? ''];
  if (!trigger) {
    // A transparency duty of no known paragraph: any Art. 50 trigger brings it.
    return system.transparencyTriggers.length > 0 ? `a system with Art. 50 triggers ${system.transparencyTriggers.join(', ')}` : null;
  }
  return system.transparencyTriggers.includes(trigger) ? `a system with the Art. ${obligation.paragraph} trigger ${trigger}` : null;
}

function gpaiTarget(system: SystemFacts, obligation: ObligationFacts): string | null {
  const systemic = obligation.riskClass === 'GPAI_SYSTEMIC_RISK';
  let models = system.ownGpaiModels.filter((model) => !systemic || model.systemicRisk);
  if (OPEN_SOURCE_EXEMPT_PARAGRAPHS.has(obligation.paragraph ?? '')) {
    models = models.filter((model) => !model.openWeights || model.systemicRisk);
  }
  if (models.length === 0) return null;
  const names = models.map((model) => model.name).join(', ');
  return `a system built on its own GPAI model${models.length > 1 ? 's' : ''}${systemic ? ' with systemic risk' : ''} (${names})`;
}

/** The date an obligation applies from for this system, where the date comes from, and if amended. */
export function effectiveDate(
  system: SystemFacts,
  obligation: ObligationFacts,
  { useAmendedDates }: DateOptions,
): { appliesFrom: string; dateBasis: string; amended: boolean } {
  if (obligation.riskClass === 'HIGH_RISK' && system.highRiskBasis === 'ANNEX_I' && obligation.appliesFromAnnexIProducts) {
    if (useAmendedDates && obligation.amendedAppliesFromAnnexIProducts) {
      return { appliesFrom: obligation.amendedAppliesFromAnnexIProducts, dateBasis: 'Digital Omnibus on AI, Annex I products date', amended: true };
    }
    return { appliesFrom: obligation.appliesFromAnnexIProducts, dateBasis: 'Art. 113(c)', amended: false };
  }
  if (useAmendedDates && obligation.amendedAppliesFrom) {
    const what = obligation.riskClass === 'HIGH_RISK' ? 'Annex III date' : 'date';
    return { appliesFrom: obligation.amendedAppliesFrom, dateBasis: `Digital Omnibus on AI, ${what}`, amended: true };
  }
  return { appliesFrom: obligation.appliesFrom, dateBasis: ART_113_POINT[obligation.appliesFrom] ?? 'Art. 113', amended: false };
}

/**
 * Whether an obligation concerns a system at all (on whatever date), and if so from when and why.
 * Retired systems have none: they are no longer on the market or in service.
 */
export function applicabilityOf(system: SystemFacts, obligation: ObligationFacts, options: DateOptions): Applicability | null {
  if (system.lifecycleStage === 'RETIRED') return null;
  const roles = ROLE_ORDER.filter((role) => obligation.roles.includes(role) && system.roles.includes(role));
  if (roles.length === 0) return null;
  const whom = target(system, obligation);
  if (!whom) return null;
  const date = effectiveDate(system, obligation, options);
  return {
    systemId: system.id,
    obligationId: obligation.id,
    role: roles[0]!,
    roles,
    ...date,
    reason: `${roles.join(' and ')} of ${whom}; applies from ${date.appliesFrom} (${date.dateBasis})`,
  };
}

/** Every obligation applying to the system on `asOf` (its date on or before it), by date then code. */
export function applicableObligations(
  system: SystemFacts,
  obligations: readonly ObligationFacts[],
  options: DateOptions & { asOf: string },
): Applicability[] {
  return obligations
    .map((obligation) => ({ obligation, applicability: applicabilityOf(system, obligation, options) }))
    .filter((entry): entry is { obligation: ObligationFacts; applicability: Applicability } =>
      entry.applicability !== null && entry.applicability.appliesFrom <= options.asOf,
    )
    .sort((a, b) => compareText(a.applicability.appliesFrom, b.applicability.appliesFrom) || compareText(a.obligation.code, b.obligation.code))
    .map((entry) => entry.applicability);
}

/** The obligations whose date for the system falls in [from, to], both inclusive. */
export function obligationsStartingBetween(
  system: SystemFacts,
  obligations: readonly ObligationFacts[],
  options: DateOptions & { from: string; to: string },
): Applicability[] {
  return obligations
    .map((obligation) => applicabilityOf(system, obligation, options))
    .filter((applicability): applicability is Applicability =>
      applicability !== null && applicability.appliesFrom >= options.from && applicability.appliesFrom <= options.to,
    );
}
