// Building blocks for classification answers in tests: one answer of each kind, and the answers that
// leave a system in scope with no Art. 5 practice (every scope and Art. 5 question answered no).

export type Answer = { questionId: string; value?: string; values?: string[] };
export const yes = (questionId: string): Answer => ({ questionId, value: 'YES' });
export const no = (questionId: string): Answer => ({ questionId, value: 'NO' });
export const pick = (questionId: string, value: string): Answer => ({ questionId, value });
export const many = (questionId: string, ...values: string[]): Answer => ({ questionId, values });

export const ORDINARY: Answer[] = [
  ...[
    'scope.military',
    'scope.third-country-authority',
    'scope.research-only',
    'scope.pre-market-research',
    'scope.personal-use',
    'scope.open-source',
  ].map(no),
  ...[
    'manipulation',
    'vulnerabilities',
    'social-scoring',
    'crime-prediction',
    'facial-scraping',
    'emotion-workplace',
    'biometric-categorisation',
    'remote-identification',
  ].map((slug) => no(`art5.${slug}`)),
];
