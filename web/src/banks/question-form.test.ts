import { describe, expect, it } from 'vitest';
import {
  emptyForm,
  fromQuestion,
  percentToWeight,
  pointsForPercent,
  QuestionForm,
  QuestionType,
  QuestionView,
  slugifyTag,
  toPatch,
  toPayload,
  weightSummary,
  weightToPercent,
} from './question-form';

const texts = (pl: string, en = '', uk = '') => ({ pl, en, uk });

/** One stored question of each type, as GET /questions/:id answers (the body the API accepted, plus the row's fields). */
const DEFINITIONS: Record<QuestionType, Record<string, unknown>> = {
  single_choice: {
    type: 'single_choice',
    name: 'Numer alarmowy',
    prompt: { pl: 'Jaki jest europejski numer alarmowy?', en: 'What is the European emergency number?' },
    points: 1,
    tags: ['bezpieczenstwo'],
    options: [
      { text: { pl: '112' }, weight: 1, feedback: { pl: 'Tak.' } },
      { text: { pl: '997' }, weight: 0 },
      { text: { pl: '911' }, weight: -0.5 },
    ],
  },
  multiple_choice: {
    type: 'multiple_choice',
    prompt: { pl: 'Które dokumenty potwierdzają legalny pobyt?' },
    points: 2,
    options: [
      { text: { pl: 'Karta pobytu' }, weight: 0.3333333 },
      { text: { pl: 'Wiza krajowa' }, weight: 0.3333333 },
      { text: { pl: 'Paszport z wizą Schengen' }, weight: 0.3333333 },
      { text: { pl: 'Bilet lotniczy' }, weight: -1 },
    ],
  },
  scenario: {
    type: 'scenario',
    prompt: { pl: 'Co robisz?' },
    situation: { pl: 'Mąż zgłaszającej chce tłumaczyć jej wypowiedzi.', uk: 'Чоловік заявниці хоче перекладати її слова.' },
    points: 2,
    options: [
      { text: { pl: 'Wzywam niezależnego tłumacza.' }, weight: 1 },
      { text: { pl: 'Korzystam z aplikacji do czasu przybycia tłumacza.' }, weight: 0.5 },
      { text: { pl: 'Pozwalam mężowi tłumaczyć.' }, weight: -1, feedback: { pl: 'Sprawca może zniekształcić relację.' } },
    ],
  },
  true_false: {
    type: 'true_false',
    prompt: { pl: 'Dziecko może tłumaczyć rodzicom w sprawach urzędowych.' },
    points: 1,
    correct: false,
    feedbackTrue: { pl: 'Nie: to obciąża dziecko.' },
  },
  short_answer: {
    type: 'short_answer',
    prompt: { pl: 'Jak nazywa się zasada zakazu wydalenia do kraju prześladowań?' },
    points: 1,
    tags: ['prawa-czlowieka'],
    answers: [
      { text: 'non-refoulement', weight: 1 },
      { text: 'refoulement*', weight: 0.5, feedback: { pl: 'Prawie.' } },
    ],
    caseSensitive: true,
  },
  numeric: {
    type: 'numeric',
    prompt: { pl: 'Ile dni ma cudzoziemiec na wyjazd po decyzji?' },
    points: 1,
    answers: [
      { value: 30, tolerance: 0, weight: 1 },
      { value: 30, tolerance: 2.5, weight: 0.5 },
    ],
  },
  matching: {
    type: 'matching',
    prompt: { pl: 'Dopasuj instytucję do zadania.' },
    points: 3,
    pairs: [
      { left: { pl: 'Straż Graniczna' }, right: { pl: 'przyjmuje wniosek o ochronę' } },
      { left: { pl: 'Wojewoda' }, right: { pl: 'udziela zezwolenia na pobyt' } },
      { left: { pl: 'MOPS' }, right: { pl: 'udziela pomocy społecznej' } },
    ],
    distractors: [{ pl: 'wydaje prawo jazdy' }],
  },
  ordering: {
    type: 'ordering',
    prompt: { pl: 'Ułóż kroki pracy z tłumaczem.' },
    points: 1,
    items: [{ pl: 'Odprawa z tłumaczem' }, { pl: 'Przedstawienie ról' }, { pl: 'Podsumowanie' }],
  },
  essay: {
    type: 'essay',
    prompt: { pl: 'Opisz sytuację z pracy z tłumaczem.' },
    points: 5,
    graderInfo: { pl: 'Pełne punkty za refleksję nad rolą tłumacza.' },
    responseTemplate: { pl: 'Sytuacja: …' },
    feedback: { pl: 'Dziękujemy za refleksję.' },
  },
};

const stored = (definition: Record<string, unknown>) =>
  ({ ...definition, id: 'q1', bankId: 'b1', version: 3, createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z' }) as unknown as QuestionView;

describe('question form ⇄ API body', () => {
  for (const [type, definition] of Object.entries(DEFINITIONS)) {
    it(`${type}: a stored question becomes a form and the same body again, with only its type's fields`, () => {
      const form = fromQuestion(stored(definition));
      expect(form.type).toBe(type);
      expect(toPayload(form)).toEqual(definition);
    });
  }

  it('single_choice: typed percentages become fractions, translations only when given', () => {
    const form: QuestionForm = {
      ...emptyForm('single_choice'),
      prompt: texts('Numer alarmowy?', 'Emergency number?'),
      points: '2,5',
      tags: ['bezpieczenstwo'],
      options: [
        { text: texts('112'), weight: '100', feedback: texts('') },
        { text: texts('997'), weight: '-50', feedback: texts('Policja.') },
      ],
    };
    expect(toPayload(form)).toEqual({
      type: 'single_choice',
      prompt: { pl: 'Numer alarmowy?', en: 'Emergency number?' },
      points: 2.5,
      tags: ['bezpieczenstwo'],
      options: [
        { text: { pl: '112' }, weight: 1 },
        { text: { pl: '997' }, weight: -0.5, feedback: { pl: 'Policja.' } },
      ],
    });
  });

  it('numeric: value, tolerance and weight from what was typed (a decimal comma too)', () => {
    const form = { ...emptyForm('numeric'), prompt: texts('Ile?'), numericAnswers: [{ value: '112', tolerance: '0,5', weight: '100', feedback: texts('') }] };
    expect(toPayload(form)).toMatchObject({ type: 'numeric', answers: [{ value: 112, tolerance: 0.5, weight: 1 }] });
  });

  it('matching: distractors are sent only when there are some', () => {
    const form = { ...emptyForm('matching'), prompt: texts('Dopasuj.'), pairs: [{ left: texts('A'), right: texts('1') }, { left: texts('B'), right: texts('2') }] };
    expect(toPayload(form)).not.toHaveProperty('distractors');
    expect(toPayload({ ...form, distractors: [texts('3')] })).toMatchObject({ distractors: [{ pl: '3' }] });
  });

  it('short_answer: case sensitivity is always sent, answers trimmed', () => {
    const form = { ...emptyForm('short_answer'), prompt: texts('Zasada?'), shortAnswers: [{ text: ' non-refoulement ', weight: '100', feedback: texts('') }] };
    expect(toPayload(form)).toEqual({ type: 'short_answer', prompt: { pl: 'Zasada?' }, points: 1, answers: [{ text: 'non-refoulement', weight: 1 }], caseSensitive: false });
  });

  it('blank required texts and numbers are still sent, so the API names the field', () => {
    const body = toPayload({ ...emptyForm('ordering'), points: '' });
    expect(body.prompt).toEqual({ pl: '' });
    expect(body.points).toBeNaN();
    expect(body.items).toEqual([{ pl: '' }, { pl: '' }, { pl: '' }]);
  });

  it('a PATCH clears what was emptied (null) and leaves the type alone', () => {
    const form = fromQuestion(stored(DEFINITIONS.essay));
    const patch = toPatch({ ...form, graderInfo: texts(''), feedback: texts(''), tags: [] });
    expect(patch).toMatchObject({ graderInfo: null, feedback: null, tags: null, name: null, responseTemplate: { pl: 'Sytuacja: …' } });
    expect(patch).not.toHaveProperty('type');
    expect(toPatch(fromQuestion(stored(DEFINITIONS.matching)))).toMatchObject({ distractors: [{ pl: 'wydaje prawo jazdy' }] });
    expect(toPatch({ ...fromQuestion(stored(DEFINITIONS.matching)), distractors: [] })).toMatchObject({ distractors: null });
  });

  it('each type starts with the rows a trainer fills in first', () => {
    expect(emptyForm('single_choice').options.map((o) => o.weight)).toEqual(['100', '0', '0']);
    expect(emptyForm('multiple_choice').options.map((o) => o.weight)).toEqual(['50', '50', '-100']);
    expect(emptyForm('matching').pairs).toHaveLength(3);
    expect(emptyForm('numeric').numericAnswers).toEqual([{ value: '', tolerance: '0', weight: '100', feedback: texts('') }]);
    expect(emptyForm('essay').points).toBe('5');
  });
});

describe('weights as percentages', () => {
  it('converts both ways at Moodle precision', () => {
    expect(percentToWeight('100')).toBe(1);
    expect(percentToWeight('33.33333')).toBe(0.3333333);
    expect(percentToWeight('-50')).toBe(-0.5);
    expect(percentToWeight('12,5')).toBe(0.125);
    expect(percentToWeight('')).toBeNaN();
    expect(percentToWeight('abc')).toBeNaN();
    expect(weightToPercent(0.3333333)).toBe('33.33333');
    expect(weightToPercent(-1)).toBe('-100');
  });

  it('says what a weight earns of the points', () => {
    expect(pointsForPercent('2', '50')).toBe(1);
    expect(pointsForPercent('2', '-50')).toBe(-1);
    expect(pointsForPercent('x', '50')).toBeUndefined();
  });

  it('single choice: exactly one option at 100 %', () => {
    const form = { ...emptyForm('single_choice'), options: ['100', '0', '-50'].map((weight) => ({ text: texts('a'), weight, feedback: texts('') })) };
    expect(weightSummary(form)).toMatchObject({ full: 1, ok: true, best: 100 });
    expect(weightSummary({ ...form, options: form.options.map((o) => ({ ...o, weight: '100' })) })).toMatchObject({ full: 3, ok: false });
  });

  it('multiple choice: the positive weights add up to 100 %', () => {
    const form = (weights: string[]) => ({ ...emptyForm('multiple_choice'), options: weights.map((weight) => ({ text: texts('a'), weight, feedback: texts('') })) });
    expect(weightSummary(form(['33.33333', '33.33333', '33.33333', '-100']))).toMatchObject({ positiveSum: 100, ok: true });
    expect(weightSummary(form(['50', '30', '-100']))).toMatchObject({ positiveSum: 80, ok: false, best: 80 });
  });

  it('scenario, short answer, numeric: at least one at 100 %', () => {
    const scenario = { ...emptyForm('scenario'), options: ['50', '0'].map((weight) => ({ text: texts('a'), weight, feedback: texts('') })) };
    expect(weightSummary(scenario)).toMatchObject({ ok: false, best: 50 });
    expect(weightSummary(emptyForm('short_answer'))).toMatchObject({ ok: true, full: 1 });
    expect(weightSummary({ ...emptyForm('numeric'), numericAnswers: [] })).toMatchObject({ ok: false });
  });

  it('matching and ordering: equal credit per pair or item', () => {
    expect(weightSummary({ ...emptyForm('matching'), points: '3' })).toMatchObject({ ok: true, perPart: 1 });
    expect(weightSummary({ ...emptyForm('ordering'), points: '1' })).toMatchObject({ ok: true, perPart: 0.333 });
  });
});

describe('tags', () => {
  it('become the API\'s slugs', () => {
    expect(slugifyTag('Prawa człowieka')).toBe('prawa-czlowieka');
    expect(slugifyTag('  Status prawny! ')).toBe('status-prawny');
    expect(slugifyTag('Łódź-Żółć')).toBe('lodz-zolc');
  });
});
