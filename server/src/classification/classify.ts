import { badUserInput } from '../common/errors.js';
import { isIsoDate } from '../common/scalars.js';
import type {
  ClassificationAnswer,
  ClassificationResult,
  ClassificationStep,
  RiskClass,
  Role,
  ScopeExclusion,
  TransparencyTrigger,
  Article25Trigger,
  AnnexIiiArea,
  AnnexISection,
  Article6_3Condition,
} from '../generated/resolvers-types.js';
import {
  GENERAL_APPLICATION_DATE,
  QUESTIONS,
  QUESTIONS_BY_ID,
  RISK_SECTIONS,
  annexIIIArea,
  annexIIIPoint,
  claimedDerogation,
  derogationHolds,
  effectiveRoles,
  fullExclusion,
  isAnnexIHighRisk,
  isAnnexIIIHighRisk,
  isDeemedProviderAsManufacturer,
  prohibitedPractices,
  type Answered,
  type Question,
} from './questions.js';

// The classification engine: pure, no database. It walks the questionnaire in order, accepts an
// answer only for a question its earlier answers show, and derives the outcome with the decisive
// steps. Input that cannot be an answer is refused as BAD_USER_INPUT naming it (`answers.3.value`).

export interface AnswerInput {
  questionId: string;
  value?: string | null;
  values?: readonly string[] | null;
}

export type Classification = Omit<ClassificationResult, '__typename'> & { steps: ClassificationStep[] };

/** More answers than questions cannot be a questionnaire. */
const MAX_ANSWERS = QUESTIONS.length * 2;

class AnswerBook implements Answered {
  private readonly accepted = new Map<string, ClassificationAnswer>();
  value(questionId: string) {
    return this.accepted.get(questionId)?.value ?? undefined;
  }
  values(questionId: string) {
    return this.accepted.get(questionId)?.values ?? undefined;
  }
  has(questionId: string) {
    return this.accepted.has(questionId);
  }
  accept(answer: ClassificationAnswer) {
    this.accepted.set(answer.questionId, answer);
  }
}

/** One answer checked against its question's kind and options: the answer as stored. */
function checkedAnswer(question: Question, input: AnswerInput, field: string): ClassificationAnswer {
  const value = input.value ?? null;
  const values = input.values ?? null;
  if (question.kind === 'MANY_OF') {
    if (value !== null) throw badUserInput(`${question.id} takes \`values\` (any of its options), not \`value\`.`, `${field}.value`);
    if (values === null)
      throw badUserInput(`${question.id} needs \`values\`: a list of its options (an empty list answers "none").`, `${field}.values`);
    const allowed = question.options.map((option) => option.value);
    values.forEach((item, index) => {
      if (!allowed.includes(item))
        throw badUserInput(`${question.id} takes ${allowed.join(', ')}; got ${JSON.stringify(item)}.`, `${field}.values.${index}`);
    });
    return { questionId: question.id, value: null, values: allowed.filter((option) => values.includes(option)) };
  }
  if (values !== null) throw badUserInput(`${question.id} takes one \`value\`, not \`values\`.`, `${field}.values`);
  if (value === null) throw badUserInput(`${question.id} needs a \`value\`.`, `${field}.value`);
  if (question.kind === 'DATE') {
    if (!isIsoDate(value))
      throw badUserInput(`${question.id} takes a calendar date YYYY-MM-DD; got ${JSON.stringify(value)}.`, `${field}.value`);
  } else {
    const allowed = question.options.map((option) => option.value);
    if (!allowed.includes(value))
      throw badUserInput(`${question.id} takes ${allowed.join(', ')}; got ${JSON.stringify(value)}.`, `${field}.value`);
  }
  return { questionId: question.id, value, values: null };
}

/** Contradictions between an accepted answer and the earlier ones. */
function checkConsistent(question: Question, answer: ClassificationAnswer, book: AnswerBook, field: string): void {
  if (question.id === 'role.roles' && answer.values!.length === 0) {
    throw badUserInput('Choose at least one role the organisation holds for the system (Art. 3(3)–(8)).', `${field}.values`);
  }
  if (question.id === 'market.significant-change-on') {
    const date = answer.value!;
    if (date < GENERAL_APPLICATION_DATE) {
      throw badUserInput(
        `Art. 111(2) counts only significant changes on or after ${GENERAL_APPLICATION_DATE}; ${date} is earlier. Answer market.significant-change NO if there was none since.`,
        `${field}.value`,
      );
    }
    const placed = book.value('market.placed-on');
    if (placed && date < placed)
      throw badUserInput(`The change (${date}) cannot precede placing on the market (${placed}).`, `${field}.value`);
  }
}

const shownTo = (question: Question, book: Answered) => !question.when || question.when(book);

const readable = (answer: ClassificationAnswer) => answer.value ?? (answer.values!.length > 0 ? answer.values!.join(', ') : 'none');

/** What an accepted answer does to the outcome, or null when it decides nothing. */
function effectOf(question: Question, answer: ClassificationAnswer, book: Answered): { article?: string; effect: string }[] {
  const { id } = question;
  const isYes = answer.value === 'YES';
  const optionArticle = (value: string) => question.options.find((option) => option.value === value)?.article ?? question.article;
  if (id.startsWith('scope.')) {
    if (!isYes) return [];
    if (id === 'scope.personal-use')
      return [
        {
          effect:
            'The deployer duties of natural persons using it for purely personal, non-professional purposes do not apply; provider duties stay.',
        },
      ];
    if (id === 'scope.open-source')
      return [{ effect: 'Excluded from the Regulation unless it turns out high-risk, an Art. 5 practice or under Art. 50.' }];
    return [{ effect: 'Outside the Regulation\u2019s scope: no further questions.' }];
  }
  if (id.startsWith('annex3.point-')) return [{ effect: `Annex III point ${answer.value}.`, article: optionArticle(answer.value!) }];
  if (id.startsWith('art5.'))
    return isYes ? [{ effect: 'Prohibited practice: the system may not be placed on the market, put into service or used.' }] : [];
  switch (id) {
    case 'annex1.third-party':
      return isYes ? [{ effect: 'High-risk under Art. 6(1) (basis ANNEX_I).' }] : [];
    case 'annex1.section':
      return [
        answer.value === 'SECTION_B'
          ? { effect: 'Annex I section B: Art. 2(2) limits the high-risk requirements that apply.', article: optionArticle(answer.value) }
          : {
              effect: 'Annex I section A: the high-risk requirements apply in full, from the Annex I date.',
              article: optionArticle(answer.value!),
            },
      ];
    case 'annex3.area':
      return answer.value === 'NONE'
        ? []
        : [
            {
              effect: `Listed in Annex III (${answer.value}): high-risk under Art. 6(2) unless Art. 6(3) applies.`,
              article: optionArticle(answer.value!),
            },
          ];
    case 'art6-3.condition':
      return answer.value === 'NONE' ? [{ effect: 'No Art. 6(3) condition: the Annex III system is high-risk.' }] : [];
    case 'art6-3.profiling': {
      const claimed = claimedDerogation(book);
      if (isYes && claimed) {
        return [{ effect: `Derogation ${claimed} refused: an Annex III system that profiles natural persons is always high-risk.` }];
      }
      if (!isYes && claimed) {
        const conditionArticle = QUESTIONS_BY_ID.get('art6-3.condition')!.options.find((option) => option.value === claimed)?.article;
        return [
          {
            effect: `Not high-risk: Art. 6(3) condition ${claimed} holds and the system does not profile natural persons (document it: Art. 6(4); register it: Art. 49(2)).`,
            article: conditionArticle ?? 'Art. 6(3)',
          },
        ];
      }
      return isYes ? [{ effect: 'Profiles natural persons.' }] : [];
    }
    case 'art50.triggers':
      return answer.values!.map((trigger) => ({ effect: `Transparency duty (${trigger}).`, article: optionArticle(trigger) }));
    case 'gpai.model':
      return isYes ? [{ effect: 'General-purpose AI: the model\u2019s provider carries the Art. 53 duties.' }] : [];
    case 'gpai.compute':
      return isYes ? [{ effect: 'Presumed to have high-impact capabilities: GPAI model with systemic risk (Art. 55 duties).' }] : [];
    case 'gpai.high-impact':
      return isYes ? [{ effect: 'GPAI model with systemic risk (Art. 55 duties).' }] : [];
    case 'role.roles': {
      const steps = answer.values!.map((role) => ({ effect: `The organisation is ${role}.`, article: optionArticle(role) }));
      return steps;
    }
    case 'role.art25':
      return answer.values!.map((trigger) => ({
        effect: `The organisation becomes the provider of this high-risk system (${trigger}).`,
        article: optionArticle(trigger),
      }));
    case 'establishment.union':
      return isYes
        ? []
        : [{ effect: 'Provider established outside the Union: it must appoint an authorised representative in the Union.' }];
    case 'public.authority':
      return isYes ? [{ effect: 'Public-authority deployer: it registers its use in the EU database.' }] : [];
    case 'public.service-body':
      return isYes
        ? [{ effect: 'Public-law body or private provider of public services: fundamental rights impact assessment before use.' }]
        : [];
    case 'public.intended-for-authorities':
      return isYes
        ? [{ effect: 'Intended for public authorities: a system already on the market complies by 2030-08-02 at the latest.' }]
        : [];
    case 'annexX.component':
      return isYes ? [{ effect: 'Annex X component: if placed on the market before 2027-08-02, it complies by 2030-12-31.' }] : [];
    case 'decisions.natural-persons':
      return isYes ? [{ effect: 'Deployers inform the natural persons subject to its decisions.' }] : [];
    case 'market.placed-on':
      return answer.value! < GENERAL_APPLICATION_DATE
        ? [{ effect: `Placed on the market before ${GENERAL_APPLICATION_DATE}: Art. 111 transitional rules apply.` }]
        : [];
    case 'market.significant-change':
      return [
        {
          effect: isYes
            ? 'Significantly changed: the high-risk duties apply from the change.'
            : 'Not significantly changed: the high-risk duties do not yet apply (except for public-authority use, by 2030-08-02).',
        },
      ];
    default:
      return [];
  }
}

function step(question: Question, answer: ClassificationAnswer, effect: { article?: string; effect: string }): ClassificationStep {
  return {
    questionId: question.id,
    question: question.text,
    answer: readable(answer),
    article: effect.article ?? question.article,
    effect: effect.effect,
  };
}

const yesNo = (book: Answered, questionId: string): boolean | null => {
  const value = book.value(questionId);
  return value === undefined ? null : value === 'YES';
};

/**
 * The outcome of the questionnaire for these answers, given in any order. `field` is the argument's
 * name in error paths (`answers.3.value`).
 */
export function classify(inputs: readonly AnswerInput[], field = 'answers'): Classification {
  if (inputs.length > MAX_ANSWERS)
    throw badUserInput(`At most ${MAX_ANSWERS} answers; the questionnaire has ${QUESTIONS.length} questions.`, field);
  const byQuestion = new Map<string, { index: number; input: AnswerInput }>();
  inputs.forEach((input, index) => {
    if (!QUESTIONS_BY_ID.has(input.questionId)) {
      throw badUserInput(
        `There is no question "${input.questionId}"; Query.classificationQuestions lists them.`,
        `${field}.${index}.questionId`,
      );
    }
    if (byQuestion.has(input.questionId)) {
      throw badUserInput(
        `${input.questionId} is answered twice (also at ${field}.${byQuestion.get(input.questionId)!.index}).`,
        `${field}.${index}.questionId`,
      );
    }
    byQuestion.set(input.questionId, { index, input });
  });

  const book = new AnswerBook();
  const steps: ClassificationStep[] = [];
  const openQuestions: string[] = [];
  let riskQuestionOpen = false;
  for (const question of QUESTIONS) {
    const given = byQuestion.get(question.id);
    const shown = shownTo(question, book);
    if (!given) {
      if (shown) {
        openQuestions.push(question.id);
        if (RISK_SECTIONS.has(question.section)) riskQuestionOpen = true;
      }
      continue;
    }
    const answerField = `${field}.${given.index}`;
    if (!shown) {
      throw badUserInput(
        `${question.id} is not asked for these answers (${question.shownWhen ?? 'always shown'}); leave it out.`,
        `${answerField}.questionId`,
      );
    }
    const answer = checkedAnswer(question, given.input, answerField);
    checkConsistent(question, answer, book, answerField);
    book.accept(answer);
    for (const effect of effectOf(question, answer, book)) steps.push(step(question, answer, effect));
    if (question.id === 'role.roles' && isDeemedProviderAsManufacturer(book) && !answer.values!.includes('PROVIDER')) {
      steps.push(
        step(question, answer, {
          article: 'Art. 25(3)',
          effect: 'Manufacturer of an Annex I section A product with a high-risk AI safety component: deemed its provider.',
        }),
      );
    }
  }
  return outcome(book, steps, openQuestions, riskQuestionOpen);
}

function outcome(book: AnswerBook, steps: ClassificationStep[], openQuestions: string[], riskQuestionOpen: boolean): Classification {
  const excluded = fullExclusion(book);
  const practices = prohibitedPractices(book);
  const annexI = isAnnexIHighRisk(book);
  const annexIII = isAnnexIIIHighRisk(book);
  const derogated = derogationHolds(book);
  const triggers = (book.values('art50.triggers') ?? []) as TransparencyTrigger[];
  const gpai = book.value('gpai.model') === 'YES';

  let riskClass: RiskClass | null = null;
  let outOfScope: ScopeExclusion | null = excluded?.exclusion ?? null;
  if (!excluded) {
    if (practices.length > 0) riskClass = 'PROHIBITED';
    else if (annexI || annexIII) riskClass = 'HIGH_RISK';
    else if (!riskQuestionOpen) riskClass = triggers.length > 0 ? 'TRANSPARENCY' : 'MINIMAL';
    const openSource = book.value('scope.open-source') === 'YES';
    if (openSource && riskClass !== null) {
      const question = QUESTIONS_BY_ID.get('scope.open-source')!;
      const answer = { questionId: question.id, value: 'YES', values: null };
      if (riskClass === 'MINIMAL') {
        outOfScope = 'FREE_OPEN_SOURCE_SYSTEM';
        riskClass = null;
        steps.push(
          step(question, answer, {
            effect: 'Free and open-source, and neither high-risk, prohibited nor under Art. 50: outside the Regulation\u2019s scope.',
          }),
        );
      } else {
        steps.push(step(question, answer, { effect: `The open-source exclusion does not apply to a ${riskClass} system.` }));
      }
    }
    if (outOfScope === null && book.value('scope.personal-use') === 'YES') outOfScope = 'PERSONAL_NON_PROFESSIONAL';
  }

  const annexIIIFacts = annexIII || derogated;
  const systemicRisk = gpai && (book.value('gpai.compute') === 'YES' || book.value('gpai.high-impact') === 'YES');
  return {
    riskClass,
    outOfScope,
    highRiskBasis: annexI ? 'ANNEX_I' : annexIII ? 'ANNEX_III' : null,
    annexISection: annexI ? ((book.value('annex1.section') as AnnexISection | undefined) ?? null) : null,
    annexIIIArea: annexIIIFacts ? ((annexIIIArea(book) as AnnexIiiArea | undefined) ?? null) : null,
    annexIIIPoint: annexIIIFacts ? (annexIIIPoint(book) ?? null) : null,
    article6_3Derogation: derogated ? (claimedDerogation(book) as Article6_3Condition) : null,
    profilesNaturalPersons: yesNo(book, 'art6-3.profiling'),
    decidesAboutNaturalPersons: yesNo(book, 'decisions.natural-persons'),
    prohibitedPractices: practices,
    transparencyTriggers: triggers,
    gpai,
    systemicRisk,
    roles: effectiveRoles(book) as Role[],
    article25Triggers: (book.values('role.art25') ?? []) as Article25Trigger[],
    establishedInUnion: yesNo(book, 'establishment.union'),
    deployerIsPublicAuthority: yesNo(book, 'public.authority'),
    deployerIsPublicServiceBody: yesNo(book, 'public.service-body'),
    intendedForPublicAuthorities: yesNo(book, 'public.intended-for-authorities'),
    annexXComponent: yesNo(book, 'annexX.component'),
    placedOnMarket: book.value('market.placed-on') ?? null,
    significantlyChanged: yesNo(book, 'market.significant-change'),
    significantChangeOn: book.value('market.significant-change-on') ?? null,
    steps,
    openQuestions,
    complete: openQuestions.length === 0,
  };
}
