import type { CombinedError } from 'urql';
import type {
  AnnexIiiArea,
  AnnexISection,
  Article6_3Condition,
  Article25Trigger,
  ClassificationAnswerInput,
  ClassificationOutcomeFieldsFragment,
  HighRiskBasis,
  Role,
  ScopeExclusion,
  TransparencyTrigger,
} from '../gql/graphql.js';
import { riskClassWithArticle } from '../common/risk-class.js';
import type { Question } from './answers.js';

// The outcome in an analyst's words: the class, the provision it rests on, and each decisive step as
// "question → answer — Art. x — effect".

export type Outcome = ClassificationOutcomeFieldsFragment;
export type Step = Outcome['steps'][number];

const SCOPE_EXCLUSION_WORDS: Record<ScopeExclusion, string> = {
  MILITARY_DEFENCE_NATIONAL_SECURITY: 'Art. 2(3): military, defence or national security only',
  THIRD_COUNTRY_PUBLIC_AUTHORITY: 'Art. 2(4): third-country public authority under international cooperation',
  SCIENTIFIC_RESEARCH_ONLY: 'Art. 2(6): scientific research and development only',
  RESEARCH_BEFORE_MARKET: 'Art. 2(8): research, testing or development before the market',
  PERSONAL_NON_PROFESSIONAL: 'Art. 2(10): personal, non-professional use',
  FREE_OPEN_SOURCE_SYSTEM: 'Art. 2(12): free and open-source system',
};

const ANNEX_III_AREA_WORDS: Record<AnnexIiiArea, string> = {
  BIOMETRICS: 'biometrics',
  CRITICAL_INFRASTRUCTURE: 'critical infrastructure',
  EDUCATION: 'education and vocational training',
  EMPLOYMENT: 'employment and workers management',
  ESSENTIAL_SERVICES: 'essential private and public services',
  LAW_ENFORCEMENT: 'law enforcement',
  MIGRATION: 'migration, asylum and border control',
  JUSTICE_AND_DEMOCRACY: 'administration of justice and democratic processes',
};

const DEROGATION_WORDS: Record<Article6_3Condition, string> = {
  A_NARROW_PROCEDURAL_TASK: 'Art. 6(3)(a): a narrow procedural task',
  B_IMPROVES_COMPLETED_HUMAN_ACTIVITY: 'Art. 6(3)(b): improves a completed human activity',
  C_DETECTS_DECISION_PATTERNS: 'Art. 6(3)(c): detects decision patterns without replacing the human assessment',
  D_PREPARATORY_TASK: 'Art. 6(3)(d): a preparatory task',
};

const TRIGGER_WORDS: Record<TransparencyTrigger, string> = {
  CHATBOT: 'Art. 50(1): interacts with people',
  GENERATED_CONTENT: 'Art. 50(2): generates synthetic content',
  EMOTION_RECOGNITION: 'Art. 50(3): emotion recognition',
  BIOMETRIC_CATEGORISATION: 'Art. 50(3): biometric categorisation',
  DEEP_FAKE: 'Art. 50(4): deep fakes',
};

const ARTICLE_25_WORDS: Record<Article25Trigger, string> = {
  NAME_OR_TRADEMARK: 'Art. 25(1)(a): own name or trademark',
  SUBSTANTIAL_MODIFICATION: 'Art. 25(1)(b): substantial modification',
  NEW_HIGH_RISK_PURPOSE: 'Art. 25(1)(c): new high-risk purpose',
};

const ROLE_WORDS: Record<Role, string> = {
  PROVIDER: 'Provider',
  DEPLOYER: 'Deployer',
  IMPORTER: 'Importer',
  DISTRIBUTOR: 'Distributor',
  AUTHORISED_REPRESENTATIVE: 'Authorised representative',
  PRODUCT_MANUFACTURER: 'Product manufacturer',
};

const ANNEX_I_SECTION_WORDS: Record<AnnexISection, string> = { SECTION_A: 'section A', SECTION_B: 'section B' };

/** The risk class in words, or why there is none yet. */
export function riskClassText(outcome: Pick<Outcome, 'riskClass' | 'outOfScope'>): string {
  if (outcome.outOfScope) return `Outside the Act's scope (${SCOPE_EXCLUSION_WORDS[outcome.outOfScope]})`;
  return outcome.riskClass ? riskClassWithArticle(outcome.riskClass) : 'Not decided yet';
}

/** What a high-risk class rests on, e.g. "Annex III point 5(b) (essential private and public services)". */
export function basisText(outcome: Pick<Outcome, 'highRiskBasis' | 'annexIIIPoint' | 'annexIIIArea' | 'annexISection'>): string | null {
  const basis: HighRiskBasis | null = outcome.highRiskBasis;
  if (basis === 'ANNEX_III') {
    const point = outcome.annexIIIPoint ? `Annex III point ${outcome.annexIIIPoint}` : 'Annex III';
    return outcome.annexIIIArea ? `${point} (${ANNEX_III_AREA_WORDS[outcome.annexIIIArea]})` : point;
  }
  if (basis === 'ANNEX_I') return outcome.annexISection ? `Annex I, ${ANNEX_I_SECTION_WORDS[outcome.annexISection]}` : 'Annex I';
  if (outcome.annexIIIPoint) return `Annex III point ${outcome.annexIIIPoint}`;
  return null;
}

/** A decisive step in one line: "question → answer — Art. x — effect". */
export function stepText(step: Pick<Step, 'question' | 'answer' | 'article' | 'effect'>): string {
  return `${step.question} → ${step.answer} — ${step.article} — ${step.effect}`;
}

export interface OutcomeRow {
  label: string;
  text: string;
}

/** The outcome panel's lines, leaving out what does not apply. */
export function outcomeRows(outcome: Outcome): OutcomeRow[] {
  const rows: OutcomeRow[] = [{ label: 'Risk class', text: riskClassText(outcome) }];
  const basis = basisText(outcome);
  if (basis) rows.push({ label: 'Basis', text: basis });
  if (outcome.article6_3Derogation) rows.push({ label: 'Derogation', text: DEROGATION_WORDS[outcome.article6_3Derogation] });
  if (outcome.prohibitedPractices.length > 0)
    rows.push({ label: 'Prohibited practices', text: outcome.prohibitedPractices.map((point) => `Art. ${point}`).join(', ') });
  rows.push({
    label: 'Art. 50 triggers',
    text:
      outcome.transparencyTriggers.length === 0 ? 'None' : outcome.transparencyTriggers.map((trigger) => TRIGGER_WORDS[trigger]).join('; '),
  });
  if (outcome.gpai)
    rows.push({ label: 'GPAI', text: outcome.systemicRisk ? 'GPAI model with systemic risk (Art. 51)' : 'GPAI model or built on one' });
  rows.push({
    label: 'Roles',
    text: outcome.roles.length === 0 ? 'Not decided yet' : outcome.roles.map((role) => ROLE_WORDS[role]).join(', '),
  });
  if (outcome.article25Triggers.length > 0)
    rows.push({ label: 'Provider through', text: outcome.article25Triggers.map((trigger) => ARTICLE_25_WORDS[trigger]).join('; ') });
  return rows;
}

export interface ErrorDetail {
  message: string;
  /** The input field the API names (extensions.field), e.g. "answers[2].value". */
  field: string | null;
  /** The question that field points at, when it is one of the answers sent. */
  question: Question | null;
}

/** Each GraphQL error with its field and, for an answer, the question it concerns. */
export function errorDetails(
  error: CombinedError,
  input: readonly ClassificationAnswerInput[],
  questions: readonly Question[],
): ErrorDetail[] {
  return error.graphQLErrors.map((item) => {
    const field = typeof item.extensions?.field === 'string' ? item.extensions.field : null;
    const match = field ? /answers(?:\[(\d+)\]|\.(\d+))/.exec(field) : null;
    const index = match ? (match[1] ?? match[2]) : undefined;
    const questionId = index !== undefined ? input[Number(index)]?.questionId : undefined;
    return { message: item.message, field, question: questions.find((question) => question.id === questionId) ?? null };
  });
}

/** When an assessment was saved, for people: "7 Dec 2026, 23:46 UTC" (UTC, so screens and tests agree). */
export function assessedAtText(dateTime: string): string {
  const date = new Date(dateTime);
  if (Number.isNaN(date.getTime())) return dateTime;
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `${day}, ${date.toISOString().slice(11, 16)} UTC`;
}
