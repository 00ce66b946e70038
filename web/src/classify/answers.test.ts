import { describe, expect, it } from 'vitest';
import {
  answerInput,
  answerNone,
  answerText,
  clearAnswer,
  fromSaved,
  sameAnswers,
  setValue,
  toggleOption,
  type Question,
} from './answers.js';

const yesNo: Question = {
  id: 'annex1.product',
  section: 'Annex I',
  text: 'Annex I product?',
  article: 'Art. 6(1)(a)',
  kind: 'YES_NO',
  options: [],
};
const triggers: Question = {
  id: 'art50.triggers',
  section: 'Transparency',
  text: 'Which of these?',
  article: 'Art. 50',
  kind: 'MANY_OF',
  options: [
    { value: 'CHATBOT', label: 'Talks with people', article: 'Art. 50(1)' },
    { value: 'GENERATED_CONTENT', label: 'Generates content', article: 'Art. 50(2)' },
    { value: 'DEEP_FAKE', label: 'Deep fakes', article: 'Art. 50(4)' },
  ],
};
const placedOn: Question = {
  id: 'market.placed-on',
  section: 'Market',
  text: 'Placed on?',
  article: 'Art. 111',
  kind: 'DATE',
  options: [],
};
const questions = [yesNo, triggers, placedOn];

describe('answer editing', () => {
  it('sets and replaces a single value, and a cleared date removes the answer', () => {
    let answers = setValue({}, 'annex1.product', 'YES');
    answers = setValue(answers, 'annex1.product', 'NO');
    expect(answers).toEqual({ 'annex1.product': { value: 'NO' } });
    answers = setValue(answers, 'market.placed-on', '2025-03-01');
    expect(setValue(answers, 'market.placed-on', '')).toEqual({ 'annex1.product': { value: 'NO' } });
  });

  it('ticks options in the options order, and unticking the last leaves the question unanswered', () => {
    let answers = toggleOption({}, triggers, 'DEEP_FAKE', true);
    answers = toggleOption(answers, triggers, 'CHATBOT', true);
    expect(answers['art50.triggers']).toEqual({ values: ['CHATBOT', 'DEEP_FAKE'] });
    answers = toggleOption(answers, triggers, 'CHATBOT', false);
    answers = toggleOption(answers, triggers, 'DEEP_FAKE', false);
    expect(answers).toEqual({});
  });

  it('"none of these" is an answer, and ticking an option after it replaces it', () => {
    const none = answerNone({}, 'art50.triggers');
    expect(none).toEqual({ 'art50.triggers': { values: [] } });
    expect(toggleOption(none, triggers, 'CHATBOT', true)['art50.triggers']).toEqual({ values: ['CHATBOT'] });
  });

  it('clears an answer without touching the others, and returns the same object when there is none', () => {
    const answers = setValue(setValue({}, 'annex1.product', 'YES'), 'market.placed-on', '2025-03-01');
    expect(clearAnswer(answers, 'annex1.product')).toEqual({ 'market.placed-on': { value: '2025-03-01' } });
    expect(clearAnswer(answers, 'nothing')).toBe(answers);
  });
});

describe('answers for the API', () => {
  it('are listed in questionnaire order with value or values, leaving out unknown questions', () => {
    const answers = {
      'market.placed-on': { value: '2025-03-01' },
      'art50.triggers': { values: [] },
      gone: { value: 'YES' },
      'annex1.product': { value: 'NO' },
    };
    expect(answerInput(answers, questions)).toEqual([
      { questionId: 'annex1.product', value: 'NO' },
      { questionId: 'art50.triggers', values: [] },
      { questionId: 'market.placed-on', value: '2025-03-01' },
    ]);
  });

  it('round-trip through a saved assessment', () => {
    const answers = { 'annex1.product': { value: 'NO' }, 'art50.triggers': { values: ['CHATBOT'] } };
    const saved = answerInput(answers, questions).map((answer) => ({
      value: null,
      values: null,
      ...answer,
      questionId: String(answer.questionId),
    }));
    expect(sameAnswers(fromSaved(saved), answers)).toBe(true);
    expect(sameAnswers(fromSaved(saved), { ...answers, 'annex1.product': { value: 'YES' } })).toBe(false);
    expect(sameAnswers(answers, { 'annex1.product': { value: 'NO' } })).toBe(false);
  });
});

describe('answers in words', () => {
  it('uses option labels, Yes/No, and says none or not answered', () => {
    expect(answerText(yesNo, { value: 'YES' })).toBe('Yes');
    expect(answerText(triggers, { values: ['CHATBOT', 'DEEP_FAKE'] })).toBe('Talks with people, Deep fakes');
    expect(answerText(triggers, { values: [] })).toBe('None of these');
    expect(answerText(placedOn, undefined)).toBe('Not answered');
  });
});
