import { describe, expect, it } from 'vitest';
import {
  answerOf,
  chooseOption,
  correctLines,
  countUnanswered,
  formValueOf,
  isAnswered,
  moveItem,
  parseNumber,
  responseLines,
  sameAnswer,
  type FormValue,
} from './answer-mapping';
import { QUESTIONS } from './test-fixtures';
import type { Answer } from './types';

const Q = QUESTIONS;
const words = { true: 'Prawda', false: 'Fałsz', number: (n: number) => String(n).replace('.', ',') };

describe('answer mapping, for every question type', () => {
  it('an unanswered question of each type starts empty and counts as unanswered', () => {
    const empty = Object.fromEntries(Object.values(Q).map((q) => [q.id, formValueOf(q, undefined)]));
    expect(empty).toEqual({
      'q-single': { kind: 'choice', optionIds: [] },
      'q-multi': { kind: 'choice', optionIds: [] },
      'q-scenario': { kind: 'choice', optionIds: [] },
      'q-tf': { kind: 'boolean', value: null },
      'q-short': { kind: 'text', text: '' },
      'q-num': { kind: 'number', input: '' },
      'q-match': { kind: 'matching', rightByLeft: {} },
      'q-order': { kind: 'ordering', order: ['i1', 'i2', 'i3'], moved: false },
      'q-essay': { kind: 'text', text: 'Sytuacja: …' },
    });
    expect(countUnanswered(Object.values(Q), empty)).toBe(9);
  });

  // Each type: the saved answer → the form → the same answer back, and it counts as answered.
  const roundTrips: [keyof typeof Q, Answer, FormValue][] = [
    ['single_choice', { questionId: 'q-single', optionIds: ['o2'] }, { kind: 'choice', optionIds: ['o2'] }],
    ['multiple_choice', { questionId: 'q-multi', optionIds: ['m1', 'm3'] }, { kind: 'choice', optionIds: ['m1', 'm3'] }],
    ['scenario', { questionId: 'q-scenario', optionIds: ['s1'] }, { kind: 'choice', optionIds: ['s1'] }],
    ['true_false', { questionId: 'q-tf', value: false }, { kind: 'boolean', value: false }],
    ['short_answer', { questionId: 'q-short', text: 'non-refoulement' }, { kind: 'text', text: 'non-refoulement' }],
    ['numeric', { questionId: 'q-num', value: 3.5 }, { kind: 'number', input: '3,5' }],
    ['matching', { questionId: 'q-match', pairs: [{ leftId: 'l1', rightId: 'r1' }, { leftId: 'l2', rightId: 'r3' }] }, { kind: 'matching', rightByLeft: { l1: 'r1', l2: 'r3' } }],
    ['ordering', { questionId: 'q-order', order: ['i2', 'i1', 'i3'] }, { kind: 'ordering', order: ['i2', 'i1', 'i3'], moved: true }],
    ['essay', { questionId: 'q-essay', text: 'Moja refleksja.' }, { kind: 'text', text: 'Moja refleksja.' }],
  ];
  for (const [type, saved, form] of roundTrips) {
    it(`${type}: saved answer → form → the same answer`, () => {
      const value = formValueOf(Q[type], saved, { decimalSeparator: ',' });
      expect(value).toEqual(form);
      expect(sameAnswer(answerOf(Q[type], value), saved)).toBe(true);
      expect(isAnswered(Q[type], value)).toBe(true);
    });
  }

  it('ignores saved choices the question does not show (a stale device copy) and incomplete orders', () => {
    expect(formValueOf(Q.single_choice, { questionId: 'q-single', optionIds: ['gone', 'o1'] })).toEqual({ kind: 'choice', optionIds: ['o1'] });
    expect(formValueOf(Q.matching, { questionId: 'q-match', pairs: [{ leftId: 'l1', rightId: 'nope' }, { leftId: 'x', rightId: 'r1' }] })).toEqual({
      kind: 'matching',
      rightByLeft: {},
    });
    expect(formValueOf(Q.ordering, { questionId: 'q-order', order: ['i2', 'i1'] })).toEqual({ kind: 'ordering', order: ['i1', 'i2', 'i3'], moved: false });
  });

  it('an emptied form clears the answer; a single choice never sends two options', () => {
    expect(answerOf(Q.true_false, { kind: 'boolean', value: null })).toEqual({ questionId: 'q-tf' });
    expect(answerOf(Q.numeric, { kind: 'number', input: '' })).toEqual({ questionId: 'q-num' });
    expect(answerOf(Q.numeric, { kind: 'number', input: 'dwanaście' })).toEqual({ questionId: 'q-num' });
    expect(answerOf(Q.ordering, { kind: 'ordering', order: ['i1', 'i2', 'i3'], moved: false })).toEqual({ questionId: 'q-order' });
    expect(answerOf(Q.matching, { kind: 'matching', rightByLeft: { l1: '', l2: 'r2' } })).toEqual({ questionId: 'q-match', pairs: [{ leftId: 'l2', rightId: 'r2' }] });
    expect(answerOf(Q.single_choice, { kind: 'choice', optionIds: ['o1', 'o2'] })).toEqual({ questionId: 'q-single', optionIds: ['o1'] });
  });

  it('choosing: a radio replaces, a checkbox adds and removes in the order shown', () => {
    const single = chooseOption(Q.single_choice, { kind: 'choice', optionIds: ['o1'] }, 'o3', true);
    expect(single).toEqual({ kind: 'choice', optionIds: ['o3'] });
    let multi: FormValue = { kind: 'choice', optionIds: [] };
    multi = chooseOption(Q.multiple_choice, multi, 'm3', true);
    multi = chooseOption(Q.multiple_choice, multi, 'm1', true);
    expect(multi).toEqual({ kind: 'choice', optionIds: ['m1', 'm3'] });
    expect(chooseOption(Q.multiple_choice, multi, 'm3', false)).toEqual({ kind: 'choice', optionIds: ['m1'] });
  });

  it('an essay left as its template is not answered; blank text is not answered', () => {
    expect(isAnswered(Q.essay, { kind: 'text', text: 'Sytuacja: …' })).toBe(false);
    expect(isAnswered(Q.short_answer, { kind: 'text', text: '   ' })).toBe(false);
    expect(isAnswered(Q.matching, { kind: 'matching', rightByLeft: { l1: '' } })).toBe(false);
  });

  it('moves an ordering item up and down, and not past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    const order = ['a', 'b'];
    expect(moveItem(order, 0, -1)).toBe(order);
    expect(moveItem(order, 1, 1)).toBe(order);
  });

  it('reads numbers as Polish, English and Ukrainian readers type them', () => {
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber('3.5')).toBe(3.5);
    expect(parseNumber(' -12 ')).toBe(-12);
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('112')).toBe(112);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('3,')).toBe(3);
    expect(parseNumber('1,2,3')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
  });

  it('compares answers regardless of field order and absent fields', () => {
    expect(sameAnswer({ questionId: 'a', text: 'x' }, { text: 'x', questionId: 'a', value: undefined })).toBe(true);
    expect(sameAnswer({ questionId: 'a', text: 'x' }, { questionId: 'a', text: 'y' })).toBe(false);
    expect(sameAnswer(undefined, { questionId: 'a' })).toBe(false);
  });

});

describe('review in words, from what the API returned only', () => {
  it('the officer\'s own answer of each type', () => {
    const lines = (type: keyof typeof Q, response: Answer) => responseLines(Q[type], response, 'pl', words);
    expect(lines('single_choice', { questionId: 'q-single', optionIds: ['o1'] })).toEqual(['112']);
    expect(lines('multiple_choice', { questionId: 'q-multi', optionIds: ['m1', 'm2'] })).toEqual(['Karta pobytu', 'Wiza']);
    expect(lines('scenario', { questionId: 'q-scenario', optionIds: ['s2'] })).toEqual(['Mąż']);
    expect(lines('true_false', { questionId: 'q-tf', value: true })).toEqual(['Prawda']);
    expect(lines('short_answer', { questionId: 'q-short', text: 'azyl' })).toEqual(['azyl']);
    expect(lines('numeric', { questionId: 'q-num', value: 3.5 })).toEqual(['3,5']);
    expect(lines('matching', { questionId: 'q-match', pairs: [{ leftId: 'l2', rightId: 'r2' }] })).toEqual(['Wojewoda → pobyt czasowy']);
    expect(lines('ordering', { questionId: 'q-order', order: ['i2', 'i1', 'i3'] })).toEqual(['Pierwszy', 'Drugi', 'Trzeci']);
    expect(lines('essay', { questionId: 'q-essay', text: '  ' })).toEqual([]);
    expect(responseLines(Q.numeric, undefined, 'pl', words)).toEqual([]);
    expect(responseLines(Q.single_choice, { questionId: 'q-single', optionIds: ['o1'] }, 'en', words)).toEqual(['112 (en)']);
  });

  it('the key of each type as disclosed, partly right ones with their share; nothing when none was disclosed', () => {
    expect(correctLines(Q.multiple_choice, { options: [{ id: 'm1', weight: 0.5 }, { id: 'm2', weight: 0.5 }, { id: 'm3', weight: -1 }] }, 'pl', words)).toEqual([
      'Karta pobytu (50%)',
      'Wiza (50%)',
    ]);
    expect(correctLines(Q.single_choice, { options: [{ id: 'o3', weight: 0 }, { id: 'o1', weight: 1 }] }, 'pl', words)).toEqual(['112']);
    expect(correctLines(Q.true_false, { value: false }, 'pl', words)).toEqual(['Fałsz']);
    expect(correctLines(Q.short_answer, { answers: [{ text: 'non-refoulement', weight: 1 }, { text: 'x', weight: 0 }] }, 'pl', words)).toEqual(['non-refoulement']);
    expect(correctLines(Q.numeric, { answers: [{ value: 112, tolerance: 0, weight: 1 }, { value: 3.5, tolerance: 0.5, weight: 0.5 }] }, 'pl', words)).toEqual([
      '112',
      '3,5 ± 0,5 (50%)',
    ]);
    expect(correctLines(Q.matching, { pairs: [{ leftId: 'l1', rightId: 'r1' }] }, 'pl', words)).toEqual(['Straż Graniczna → ochrona międzynarodowa']);
    expect(correctLines(Q.ordering, { order: ['i2', 'i1', 'i3'] }, 'pl', words)).toEqual(['Pierwszy', 'Drugi', 'Trzeci']);
    expect(correctLines(Q.essay, {}, 'pl', words)).toEqual([]);
    for (const q of Object.values(Q)) expect(correctLines(q, undefined, 'pl', words)).toEqual([]);
  });
});
