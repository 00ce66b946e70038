import type { ClassificationAnswerKind, ClassificationOption } from '../generated/resolvers-types.js';
import { ANNEX_III_AREAS, ARTICLE_25_TRIGGERS, ARTICLE_6_3_CONDITIONS, ROLES, TRANSPARENCY_TRIGGERS } from '../graph/model.js';

// The EU AI Act's risk-classification questionnaire as data: each question in the order the Act asks
// it, the provision it rests on, and when it is shown — in words for people, as a predicate over the
// earlier answers for the engine (classify.ts). Texts are our paraphrase, not the Regulation's wording.

/** The answers accepted so far (only earlier, shown questions): what a question's condition may read. */
export interface Answered {
  /** A YES_NO, ONE_OF or DATE answer. */
  value(questionId: string): string | undefined;
  /** A MANY_OF answer. */
  values(questionId: string): readonly string[] | undefined;
}

export interface Question {
  id: string;
  section: string;
  text: string;
  help?: string;
  article: string;
  kind: ClassificationAnswerKind;
  options: ClassificationOption[];
  /** When the question is shown, in words; absent: always. */
  shownWhen?: string;
  /** The same, for the engine; absent: always. */
  when?: (answers: Answered) => boolean;
}

/** Art. 111(2) and Art. 113: the day the bulk of the Regulation, and the high-risk rules for Annex III, apply. */
export const GENERAL_APPLICATION_DATE = '2026-08-02';
/** Annex III point 2 (critical infrastructure) has no sub-points. */
const CRITICAL_INFRASTRUCTURE_POINT = '2';
/** The option of annex3.area and art6-3.condition that says "none applies". */
const NONE = 'NONE';

const YES_NO: ClassificationOption[] = [
  { value: 'YES', label: 'Yes' },
  { value: 'NO', label: 'No' },
];

const yes = (answers: Answered, id: string) => answers.value(id) === 'YES';
const no = (answers: Answered, id: string) => answers.value(id) === 'NO';

// ---- What the earlier answers decide (shared by the conditions and by classify.ts) ----

/** Art. 2(3), 2(4), 2(6), 2(8): exclusions that take the system out of the Regulation altogether. */
export const FULL_SCOPE_EXCLUSIONS = [
  { questionId: 'scope.military', exclusion: 'MILITARY_DEFENCE_NATIONAL_SECURITY', article: 'Art. 2(3)' },
  { questionId: 'scope.third-country-authority', exclusion: 'THIRD_COUNTRY_PUBLIC_AUTHORITY', article: 'Art. 2(4)' },
  { questionId: 'scope.research-only', exclusion: 'SCIENTIFIC_RESEARCH_ONLY', article: 'Art. 2(6)' },
  { questionId: 'scope.pre-market-research', exclusion: 'RESEARCH_BEFORE_MARKET', article: 'Art. 2(8)' },
] as const;

export function fullExclusion(answers: Answered): (typeof FULL_SCOPE_EXCLUSIONS)[number] | undefined {
  return FULL_SCOPE_EXCLUSIONS.find((exclusion) => yes(answers, exclusion.questionId));
}
const inScope = (answers: Answered) => fullExclusion(answers) === undefined;

/** Art. 5(1)(a)–(h), one question each: slug, point, our paraphrase. */
const PRACTICES: [string, string, string][] = [
  [
    'manipulation',
    '5(1)(a)',
    'Does it use subliminal, purposefully manipulative or deceptive techniques that materially distort behaviour and are likely to cause significant harm?',
  ],
  [
    'vulnerabilities',
    '5(1)(b)',
    "Does it exploit vulnerabilities due to age, disability or a social or economic situation, materially distorting people's behaviour in a way likely to cause significant harm?",
  ],
  [
    'social-scoring',
    '5(1)(c)',
    'Does it evaluate or classify people by social behaviour or personal traits, leading to detrimental treatment in unrelated contexts or out of proportion to that behaviour (social scoring)?',
  ],
  [
    'crime-prediction',
    '5(1)(d)',
    'Does it assess the risk that a person commits a criminal offence based solely on profiling or on personality traits?',
  ],
  [
    'facial-scraping',
    '5(1)(e)',
    'Does it create or expand facial recognition databases by untargeted scraping of facial images from the internet or CCTV footage?',
  ],
  [
    'emotion-workplace',
    '5(1)(f)',
    'Does it infer emotions of people at the workplace or in education institutions, other than for medical or safety reasons?',
  ],
  [
    'biometric-categorisation',
    '5(1)(g)',
    'Does it categorise people by biometric data to deduce their race, political opinions, trade-union membership, religious or philosophical beliefs, sex life or sexual orientation?',
  ],
  [
    'remote-identification',
    '5(1)(h)',
    'Is it used for real-time remote biometric identification in publicly accessible spaces for law enforcement, outside the narrow exceptions of Art. 5(1)(h)?',
  ],
];

/** Question id → the Art. 5(1) point it asks about. */
const PROHIBITED_PRACTICE_QUESTIONS: ReadonlyMap<string, string> = new Map(PRACTICES.map(([slug, point]) => [`art5.${slug}`, point]));

export function prohibitedPractices(answers: Answered): string[] {
  return [...PROHIBITED_PRACTICE_QUESTIONS].filter(([questionId]) => yes(answers, questionId)).map(([, point]) => point);
}
const prohibited = (answers: Answered) => prohibitedPractices(answers).length > 0;

/** Art. 6(1): an Annex I product (or its safety component) that needs third-party conformity assessment. */
export const isAnnexIHighRisk = (answers: Answered) =>
  !prohibited(answers) && yes(answers, 'annex1.product') && yes(answers, 'annex1.third-party');

/** The Annex III area answered (undefined: not answered or none). */
export function annexIIIArea(answers: Answered): string | undefined {
  const area = answers.value('annex3.area');
  return area && area !== NONE ? area : undefined;
}

/** The Annex III point answered (point 2 follows from its area). */
export function annexIIIPoint(answers: Answered): string | undefined {
  const area = annexIIIArea(answers);
  if (!area) return undefined;
  const number = ANNEX_III_AREAS.indexOf(area as (typeof ANNEX_III_AREAS)[number]) + 1;
  return number === 2 ? CRITICAL_INFRASTRUCTURE_POINT : answers.value(`annex3.point-${number}`);
}

/** Art. 6(3): the condition claimed, when one is. */
export function claimedDerogation(answers: Answered): string | undefined {
  const condition = answers.value('art6-3.condition');
  return condition && condition !== NONE ? condition : undefined;
}

/** The derogation holds only when a condition is claimed and the system does not profile natural persons. */
export const derogationHolds = (answers: Answered) =>
  annexIIIArea(answers) !== undefined && claimedDerogation(answers) !== undefined && no(answers, 'art6-3.profiling');

/** Annex III high-risk, once the area, the 6(3) condition and profiling are all answered. */
export const isAnnexIIIHighRisk = (answers: Answered) =>
  !prohibited(answers) &&
  !isAnnexIHighRisk(answers) &&
  annexIIIArea(answers) !== undefined &&
  answers.value('art6-3.condition') !== undefined &&
  answers.value('art6-3.profiling') !== undefined &&
  !derogationHolds(answers);

const isHighRisk = (answers: Answered) => isAnnexIHighRisk(answers) || isAnnexIIIHighRisk(answers);

/** Roles that Art. 25(1) can turn into a provider. */
const ARTICLE_25_ROLES = ['IMPORTER', 'DISTRIBUTOR', 'DEPLOYER'];

/** Art. 25(3): the manufacturer of an Annex I section A product with a high-risk safety component is its provider. */
export const isDeemedProviderAsManufacturer = (answers: Answered) =>
  (answers.values('role.roles') ?? []).includes('PRODUCT_MANUFACTURER') &&
  isAnnexIHighRisk(answers) &&
  answers.value('annex1.section') === 'SECTION_A';

/** The roles the answers give: those chosen, plus PROVIDER by Art. 25(1) or 25(3). */
export function effectiveRoles(answers: Answered): string[] {
  const roles = new Set(answers.values('role.roles') ?? []);
  if ((answers.values('role.art25') ?? []).length > 0 || isDeemedProviderAsManufacturer(answers)) roles.add('PROVIDER');
  return ROLES.filter((role) => roles.has(role));
}

const hasRole = (answers: Answered, role: string) => (answers.values('role.roles') ?? []).includes(role);

// ---- The questions ----

const SCOPE = 'Scope (Art. 2)';
const PROHIBITED = 'Prohibited practices (Art. 5)';
const ANNEX_I = 'Products under Annex I (Art. 6(1))';
const ANNEX_III = 'Uses listed in Annex III (Art. 6(2))';
const DEROGATION = 'Not high-risk after all? (Art. 6(3))';
const TRANSPARENCY = 'Transparency (Art. 50)';
const GPAI = 'General-purpose AI (Art. 51)';
const ROLE = 'Role (Art. 3, 25)';
const ESTABLISHMENT = 'Establishment (Art. 22)';
const PUBLIC = 'Public status (Art. 26, 27, 49, 111)';
const MARKET = 'Market dates (Art. 111)';

function scopeQuestion(id: string, article: string, text: string, help: string, previous: string[]): Question {
  return {
    id,
    section: SCOPE,
    text,
    help,
    article,
    kind: 'YES_NO',
    options: YES_NO,
    ...(previous.length > 0
      ? {
          shownWhen: `Shown when no earlier exclusion applies (${previous.join(', ')} answered NO).`,
          when: (answers: Answered) => previous.every((questionId) => !yes(answers, questionId)),
        }
      : {}),
  };
}

const FULL_EXCLUSION_IDS = FULL_SCOPE_EXCLUSIONS.map((exclusion) => exclusion.questionId);
const IN_SCOPE = `Shown when no exclusion of Art. 2(3), 2(4), 2(6) or 2(8) applies.`;

const practice = ([slug, point, text]: [string, string, string]): Question => ({
  id: `art5.${slug}`,
  section: PROHIBITED,
  text,
  article: `Art. ${point}`,
  kind: 'YES_NO',
  options: YES_NO,
  shownWhen: IN_SCOPE,
  when: inScope,
});

const NOT_PROHIBITED = `${IN_SCOPE.slice(0, -1)} and no Art. 5 practice is answered YES.`;
const notProhibited = (answers: Answered) => inScope(answers) && !prohibited(answers);

/** Annex III points and sub-points: our paraphrase of each. */
const ANNEX_III_USES: { area: (typeof ANNEX_III_AREAS)[number]; title: string; points: [string, string][] }[] = [
  {
    area: 'BIOMETRICS',
    title: 'Biometrics, where Union or national law permits it',
    points: [
      ['1(a)', 'Remote biometric identification (not mere verification that a person is who they claim to be)'],
      ['1(b)', 'Biometric categorisation by sensitive or protected attributes inferred from biometric data'],
      ['1(c)', 'Emotion recognition'],
    ],
  },
  {
    area: 'CRITICAL_INFRASTRUCTURE',
    title:
      'Safety component in managing or operating critical digital infrastructure, road traffic, or the supply of water, gas, heating or electricity',
    points: [],
  },
  {
    area: 'EDUCATION',
    title: 'Education and vocational training',
    points: [
      ['3(a)', 'Deciding on access or admission, or assigning people to institutions or programmes'],
      ['3(b)', 'Evaluating learning outcomes, including to steer the learning process'],
      ['3(c)', 'Assessing the level of education a person will receive or can access'],
      ['3(d)', 'Monitoring and detecting prohibited behaviour of students during tests'],
    ],
  },
  {
    area: 'EMPLOYMENT',
    title: 'Employment, workers management and access to self-employment',
    points: [
      ['4(a)', 'Recruitment or selection: targeted job adverts, filtering applications, evaluating candidates'],
      ['4(b)', 'Decisions on terms of work, promotion or termination, allocating tasks by behaviour or traits, monitoring performance'],
    ],
  },
  {
    area: 'ESSENTIAL_SERVICES',
    title: 'Access to essential private services and essential public services and benefits',
    points: [
      [
        '5(a)',
        'Public authorities assessing eligibility for essential public benefits and services (granting, reducing, revoking, reclaiming)',
      ],
      ['5(b)', 'Assessing the creditworthiness of natural persons or establishing their credit score (not fraud detection)'],
      ['5(c)', 'Risk assessment and pricing for natural persons in life and health insurance'],
      ['5(d)', 'Evaluating and classifying emergency calls, dispatching or prioritising first response, emergency patient triage'],
    ],
  },
  {
    area: 'LAW_ENFORCEMENT',
    title: 'Law enforcement, where Union or national law permits it',
    points: [
      ['6(a)', 'Assessing the risk of a natural person becoming the victim of a criminal offence'],
      ['6(b)', 'Polygraphs and similar tools'],
      ['6(c)', 'Evaluating the reliability of evidence'],
      [
        '6(d)',
        'Assessing the risk of offending or re-offending not solely by profiling, or assessing personality traits or past criminal behaviour',
      ],
      ['6(e)', 'Profiling natural persons in detecting, investigating or prosecuting criminal offences'],
    ],
  },
  {
    area: 'MIGRATION',
    title: 'Migration, asylum and border control management, where Union or national law permits it',
    points: [
      ['7(a)', 'Polygraphs and similar tools'],
      ['7(b)', 'Assessing a security, irregular-migration or health risk posed by a person entering a Member State'],
      ['7(c)', 'Assisting the examination of applications for asylum, visas and residence permits, and related complaints'],
      ['7(d)', 'Detecting, recognising or identifying persons (not verifying travel documents)'],
    ],
  },
  {
    area: 'JUSTICE_AND_DEMOCRACY',
    title: 'Administration of justice and democratic processes',
    points: [
      [
        '8(a)',
        'Assisting a judicial authority, or alternative dispute resolution, in researching and interpreting facts and law and applying the law',
      ],
      ['8(b)', 'Influencing the outcome of an election or referendum or voting behaviour (not tools organising campaigns)'],
    ],
  },
];

const SHOWN_FOR_ANNEX_III = `${NOT_PROHIBITED.slice(0, -1)}, and annex3.area is not NONE.`;
const annexIIIAsked = (answers: Answered) => notProhibited(answers) && !isAnnexIHighRisk(answers) && annexIIIArea(answers) !== undefined;

const pointQuestions: Question[] = ANNEX_III_USES.flatMap(({ area, title, points }, index) =>
  points.length === 0
    ? []
    : [
        {
          id: `annex3.point-${index + 1}`,
          section: ANNEX_III,
          text: `Which use under Annex III point ${index + 1} (${title.toLowerCase()}) is it?`,
          article: `Annex III point ${index + 1}`,
          kind: 'ONE_OF' as const,
          options: points.map(([value, label]) => ({ value, label, article: `Annex III point ${value}` })),
          shownWhen: `Shown when annex3.area is ${area}.`,
          when: (answers: Answered) => annexIIIAsked(answers) && answers.value('annex3.area') === area,
        },
      ],
);

const DEROGATION_LABELS: Record<(typeof ARTICLE_6_3_CONDITIONS)[number], [string, string]> = {
  A_NARROW_PROCEDURAL_TASK: ['It performs a narrow procedural task', 'Art. 6(3)(a)'],
  B_IMPROVES_COMPLETED_HUMAN_ACTIVITY: ['It improves the result of a human activity already completed', 'Art. 6(3)(b)'],
  C_DETECTS_DECISION_PATTERNS: [
    'It detects decision-making patterns or deviations from them, without replacing or influencing the human assessment without proper human review',
    'Art. 6(3)(c)',
  ],
  D_PREPARATORY_TASK: ['It performs a preparatory task to an assessment relevant to an Annex III use', 'Art. 6(3)(d)'],
};

const TRIGGER_LABELS: Record<(typeof TRANSPARENCY_TRIGGERS)[number], [string, string]> = {
  CHATBOT: ['It interacts directly with natural persons', 'Art. 50(1)'],
  GENERATED_CONTENT: ['It generates synthetic audio, image, video or text', 'Art. 50(2)'],
  EMOTION_RECOGNITION: ['It recognises emotions', 'Art. 50(3)'],
  BIOMETRIC_CATEGORISATION: ['It categorises people by biometric data', 'Art. 50(3)'],
  DEEP_FAKE: [
    'It generates or manipulates images, audio or video that are deep fakes, or text published to inform the public',
    'Art. 50(4)',
  ],
};

const ROLE_LABELS: Record<(typeof ROLES)[number], [string, string]> = {
  PROVIDER: [
    'Provider: develops it (or has it developed) and places it on the market or puts it into service under its own name',
    'Art. 3(3)',
  ],
  DEPLOYER: ['Deployer: uses it under its own authority, professionally', 'Art. 3(4)'],
  AUTHORISED_REPRESENTATIVE: ['Authorised representative in the Union of a provider established outside it', 'Art. 3(5)'],
  IMPORTER: ['Importer: places on the Union market a system bearing the name of a provider established outside the Union', 'Art. 3(6)'],
  DISTRIBUTOR: ['Distributor: makes it available on the Union market, being neither provider nor importer', 'Art. 3(7)'],
  PRODUCT_MANUFACTURER: ['Product manufacturer: places it on the market together with its product under its own name', 'Art. 3(8), 25(3)'],
};

const ARTICLE_25_LABELS: Record<(typeof ARTICLE_25_TRIGGERS)[number], [string, string]> = {
  NAME_OR_TRADEMARK: ['We put our name or trademark on a high-risk system already on the market', 'Art. 25(1)(a)'],
  SUBSTANTIAL_MODIFICATION: ['We substantially modified a high-risk system, and it remains high-risk', 'Art. 25(1)(b)'],
  NEW_HIGH_RISK_PURPOSE: ['We changed the intended purpose of a system so that it became high-risk', 'Art. 25(1)(c)'],
};

const labelled = <T extends string>(labels: Record<T, [string, string]>): ClassificationOption[] =>
  (Object.entries(labels) as [T, [string, string]][]).map(([value, [label, article]]) => ({ value, label, article }));

const HIGH_RISK = 'Shown when the answers so far make the system high-risk (Art. 6(1) or 6(2)).';
const ANNEX_III_HIGH_RISK = 'Shown when the answers so far make the system high-risk under Annex III';
const annexIIIHighRiskDeployer = (answers: Answered) => isAnnexIIIHighRisk(answers) && hasRole(answers, 'DEPLOYER');

/** The questionnaire, in the order the Act asks. */
export const QUESTIONS: readonly Question[] = [
  scopeQuestion(
    'scope.military',
    'Art. 2(3)',
    'Is the system placed on the market, put into service or used exclusively for military, defence or national-security purposes?',
    'Only exclusive use counts: a system also used for civilian purposes is in scope for those uses.',
    [],
  ),
  scopeQuestion(
    'scope.third-country-authority',
    'Art. 2(4)',
    'Is it used by a public authority of a third country, or an international organisation, under an international agreement on law-enforcement or judicial cooperation with the Union or a Member State?',
    'The exclusion needs adequate safeguards for fundamental rights in that cooperation.',
    FULL_EXCLUSION_IDS.slice(0, 1),
  ),
  scopeQuestion(
    'scope.research-only',
    'Art. 2(6)',
    'Was the system specifically developed and put into service for the sole purpose of scientific research and development?',
    'A system that is also offered for other uses is not excluded.',
    FULL_EXCLUSION_IDS.slice(0, 2),
  ),
  scopeQuestion(
    'scope.pre-market-research',
    'Art. 2(8)',
    'Is the system only being researched, tested or developed, and not yet placed on the market or put into service?',
    'Testing in real-world conditions is not covered by this exclusion.',
    FULL_EXCLUSION_IDS.slice(0, 3),
  ),
  scopeQuestion(
    'scope.personal-use',
    'Art. 2(10)',
    'Is the system used by natural persons in a purely personal, non-professional activity?',
    'Only the deployer duties of such persons fall away; the provider keeps its duties, so the questionnaire continues.',
    FULL_EXCLUSION_IDS,
  ),
  scopeQuestion(
    'scope.open-source',
    'Art. 2(12)',
    'Is the system released under a free and open-source licence?',
    'This does not exclude high-risk systems, Art. 5 practices or systems under Art. 50; the later answers decide whether it applies.',
    FULL_EXCLUSION_IDS,
  ),

  ...PRACTICES.map(practice),

  {
    id: 'annex1.product',
    section: ANNEX_I,
    text: 'Is the system a product, or a safety component of a product, covered by the Union harmonisation legislation listed in Annex I (e.g. machinery, toys, lifts, radio equipment, medical devices; vehicles, aviation, marine equipment)?',
    article: 'Art. 6(1)(a)',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: NOT_PROHIBITED,
    when: notProhibited,
  },
  {
    id: 'annex1.third-party',
    section: ANNEX_I,
    text: 'Must that product undergo a third-party conformity assessment under that legislation before it is placed on the market or put into service?',
    article: 'Art. 6(1)(b)',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: 'Shown when annex1.product is YES.',
    when: (answers) => notProhibited(answers) && yes(answers, 'annex1.product'),
  },
  {
    id: 'annex1.section',
    section: ANNEX_I,
    text: 'Which section of Annex I lists that legislation?',
    help: 'Section B (e.g. vehicles, aviation, marine equipment, rail) is the old approach: Art. 2(2) limits which provisions apply.',
    article: 'Annex I',
    kind: 'ONE_OF',
    options: [
      {
        value: 'SECTION_A',
        label: 'Section A: new legislative framework (machinery, toys, lifts, radio equipment, medical devices, …)',
        article: 'Annex I, section A',
      },
      {
        value: 'SECTION_B',
        label: 'Section B: other Union harmonisation legislation (vehicles, aviation, marine equipment, rail, …)',
        article: 'Annex I, section B; Art. 2(2)',
      },
    ],
    shownWhen: 'Shown when annex1.third-party is YES.',
    when: isAnnexIHighRisk,
  },

  {
    id: 'annex3.area',
    section: ANNEX_III,
    text: 'Is the system intended to be used in one of the areas listed in Annex III?',
    article: 'Art. 6(2); Annex III',
    kind: 'ONE_OF',
    options: [
      { value: NONE, label: 'None of these areas' },
      ...ANNEX_III_USES.map(({ area, title }, index) => ({ value: area, label: title, article: `Annex III point ${index + 1}` })),
    ],
    shownWhen: `${NOT_PROHIBITED.slice(0, -1)}, and the system is not high-risk under Art. 6(1).`,
    when: (answers) => notProhibited(answers) && !isAnnexIHighRisk(answers),
  },
  ...pointQuestions,
  {
    id: 'art6-3.condition',
    section: DEROGATION,
    text: 'Does the system pose no significant risk of harm because one of these conditions holds (documented before it is placed on the market)?',
    help: 'The provider must document this assessment (Art. 6(4)) and register the system (Art. 49(2)).',
    article: 'Art. 6(3)',
    kind: 'ONE_OF',
    options: [{ value: NONE, label: 'None of these conditions holds' }, ...labelled(DEROGATION_LABELS)],
    shownWhen: SHOWN_FOR_ANNEX_III,
    when: annexIIIAsked,
  },
  {
    id: 'art6-3.profiling',
    section: DEROGATION,
    text: 'Does the system perform profiling of natural persons?',
    help: 'An Annex III system that profiles natural persons is always high-risk, whatever the Art. 6(3) conditions.',
    article: 'Art. 6(3), last subparagraph',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: SHOWN_FOR_ANNEX_III,
    when: annexIIIAsked,
  },

  {
    id: 'art50.triggers',
    section: TRANSPARENCY,
    text: 'Which of these does the system do? (none is a valid answer)',
    article: 'Art. 50',
    kind: 'MANY_OF',
    options: labelled(TRIGGER_LABELS),
    shownWhen: NOT_PROHIBITED,
    when: notProhibited,
  },

  {
    id: 'gpai.model',
    section: GPAI,
    text: 'Is the system a general-purpose AI model the organisation provides, or built on one?',
    article: 'Art. 3(63), 51',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: IN_SCOPE,
    when: inScope,
  },
  {
    id: 'gpai.compute',
    section: GPAI,
    text: 'Was the model trained with more than 10^25 floating-point operations of compute?',
    help: 'Above that threshold the model is presumed to have high-impact capabilities, hence systemic risk.',
    article: 'Art. 51(2)',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: 'Shown when gpai.model is YES.',
    when: (answers) => inScope(answers) && yes(answers, 'gpai.model'),
  },
  {
    id: 'gpai.high-impact',
    section: GPAI,
    text: 'Does the model otherwise have high-impact capabilities, or has the Commission designated it as a model with systemic risk?',
    article: 'Art. 51(1)',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: 'Shown when gpai.compute is NO.',
    when: (answers) => inScope(answers) && yes(answers, 'gpai.model') && no(answers, 'gpai.compute'),
  },

  {
    id: 'role.roles',
    section: ROLE,
    text: 'Which roles does the organisation hold for this system? (at least one)',
    article: 'Art. 3(3)–(8)',
    kind: 'MANY_OF',
    options: labelled(ROLE_LABELS),
    shownWhen: IN_SCOPE,
    when: inScope,
  },
  {
    id: 'role.art25',
    section: ROLE,
    text: 'Has the organisation done any of these? (none is a valid answer) Each makes it the provider of the system.',
    article: 'Art. 25(1)',
    kind: 'MANY_OF',
    options: labelled(ARTICLE_25_LABELS),
    shownWhen: `${HIGH_RISK.slice(0, -1)} and role.roles includes IMPORTER, DISTRIBUTOR or DEPLOYER.`,
    when: (answers) => isHighRisk(answers) && ARTICLE_25_ROLES.some((role) => hasRole(answers, role)),
  },

  {
    id: 'establishment.union',
    section: ESTABLISHMENT,
    text: 'Does the organisation provide the system from an establishment in the Union?',
    help: 'A provider established outside the Union must appoint an authorised representative in it.',
    article: 'Art. 22(1)',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: `${HIGH_RISK.slice(0, -1)} and the organisation is its provider (chosen, or by Art. 25).`,
    when: (answers) => isHighRisk(answers) && effectiveRoles(answers).includes('PROVIDER'),
  },

  {
    id: 'public.authority',
    section: PUBLIC,
    text: 'Is the deployer a public authority or a Union institution, body, office or agency, or does it act on their behalf?',
    article: 'Art. 26(8), 49(3)',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: `${ANNEX_III_HIGH_RISK} and role.roles includes DEPLOYER.`,
    when: annexIIIHighRiskDeployer,
  },
  {
    id: 'public.service-body',
    section: PUBLIC,
    text: 'Is the deployer a body governed by public law, or a private entity providing public services?',
    help: 'Deployers of Annex III points 5(b) and 5(c) carry out a fundamental rights impact assessment in any case.',
    article: 'Art. 27(1)',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: `${ANNEX_III_HIGH_RISK}, not under point 2, and role.roles includes DEPLOYER.`,
    when: (answers) => annexIIIHighRiskDeployer(answers) && annexIIIPoint(answers) !== CRITICAL_INFRASTRUCTURE_POINT,
  },
  {
    id: 'public.intended-for-authorities',
    section: PUBLIC,
    text: 'Is the system intended to be used by public authorities?',
    help: 'Such systems already on the market must comply by 2030-08-02 even without a significant change.',
    article: 'Art. 111(2)',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: HIGH_RISK,
    when: isHighRisk,
  },
  {
    id: 'annexX.component',
    section: PUBLIC,
    text: 'Is the system a component of one of the large-scale IT systems listed in Annex X (e.g. SIS, VIS, Eurodac, EES, ETIAS, ECRIS-TCN)?',
    article: 'Art. 111(1)',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: HIGH_RISK,
    when: isHighRisk,
  },
  {
    id: 'decisions.natural-persons',
    section: PUBLIC,
    text: 'Does the system make decisions, or assist in making decisions, about natural persons?',
    help: 'Deployers must then inform the people concerned that they are subject to the system.',
    article: 'Art. 26(11)',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: `${ANNEX_III_HIGH_RISK}.`,
    when: isAnnexIIIHighRisk,
  },

  {
    id: 'market.placed',
    section: MARKET,
    text: 'Has the system been placed on the market or put into service?',
    article: 'Art. 3(9)–(11), 111',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: IN_SCOPE,
    when: inScope,
  },
  {
    id: 'market.placed-on',
    section: MARKET,
    text: 'On what date was it first placed on the market or put into service?',
    article: 'Art. 111',
    kind: 'DATE',
    options: [],
    shownWhen: 'Shown when market.placed is YES.',
    when: (answers) => inScope(answers) && yes(answers, 'market.placed'),
  },
  {
    id: 'market.significant-change',
    section: MARKET,
    text: `Has the design of the system changed significantly on or after ${GENERAL_APPLICATION_DATE}?`,
    help: 'A high-risk system already on the market before that date is bound by the Regulation only from such a change (public-authority use: by 2030-08-02 regardless).',
    article: 'Art. 111(2)',
    kind: 'YES_NO',
    options: YES_NO,
    shownWhen: `${HIGH_RISK.slice(0, -1)} and market.placed-on is before ${GENERAL_APPLICATION_DATE}.`,
    when: (answers) => isHighRisk(answers) && (answers.value('market.placed-on') ?? '9999-12-31') < GENERAL_APPLICATION_DATE,
  },
  {
    id: 'market.significant-change-on',
    section: MARKET,
    text: 'On what date did that significant change take effect?',
    article: 'Art. 111(2)',
    kind: 'DATE',
    options: [],
    shownWhen: 'Shown when market.significant-change is YES.',
    when: (answers) => isHighRisk(answers) && yes(answers, 'market.significant-change'),
  },
];

export const QUESTIONS_BY_ID: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((question) => [question.id, question]));

/** The sections whose questions decide the risk class: while one of them is open, the class is undecided. */
export const RISK_SECTIONS: ReadonlySet<string> = new Set([SCOPE, PROHIBITED, ANNEX_I, ANNEX_III, DEROGATION, TRANSPARENCY]);
