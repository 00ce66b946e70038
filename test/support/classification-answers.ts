// Building blocks for classification answers in tests: one answer of each kind, the scope and Art. 5
// questions, and the answer sets several tests share.

export type Answer = { questionId: string; value?: string; values?: string[] };
export const yes = (questionId: string): Answer => ({ questionId, value: 'YES' });
export const no = (questionId: string): Answer => ({ questionId, value: 'NO' });
export const pick = (questionId: string, value: string): Answer => ({ questionId, value });
export const many = (questionId: string, ...values: string[]): Answer => ({ questionId, values });

const SCOPE_QUESTIONS = [
  'scope.military',
  'scope.third-country-authority',
  'scope.research-only',
  'scope.pre-market-research',
  'scope.personal-use',
  'scope.open-source',
];
const PRACTICE_QUESTIONS = [
  'art5.manipulation',
  'art5.vulnerabilities',
  'art5.social-scoring',
  'art5.crime-prediction',
  'art5.facial-scraping',
  'art5.emotion-workplace',
  'art5.biometric-categorisation',
  'art5.remote-identification',
];

/** Art. 2: no exclusion, except the ones named YES. */
export const scope = (...yeses: string[]) => SCOPE_QUESTIONS.map((id) => (yeses.includes(id) ? yes(id) : no(id)));
/** Art. 5: no practice, except the ones named YES. */
export const practices = (...yeses: string[]) => PRACTICE_QUESTIONS.map((id) => (yeses.includes(id) ? yes(id) : no(id)));
/** In scope, no prohibited practice (every scope and Art. 5 question answered no). */
export const ORDINARY: Answer[] = [...scope(), ...practices()];

/** A deployer's chatbot-only helper: in scope, not Annex I or III, the Art. 50 chatbot trigger. */
export const CHATBOT: Answer[] = [
  ...ORDINARY,
  no('annex1.product'),
  pick('annex3.area', 'NONE'),
  many('art50.triggers', 'CHATBOT'),
  no('gpai.model'),
  many('role.roles', 'DEPLOYER'),
  no('market.placed'),
];
