import { localized } from '../common/localized';
import type { Answer, Choice, CorrectAnswer, Question } from './types';

/**
 * Between the API's shapes and the player's form, in pure functions: a question (and the
 * answer saved for it) becomes what its inputs show, and what the inputs hold becomes the
 * answer the API takes (PUT /attempts/:id/answers). One case per question type.
 */

/** What one question's inputs hold. */
export type FormValue =
  /** single_choice and scenario (at most one id), multiple_choice. */
  | { kind: 'choice'; optionIds: string[] }
  | { kind: 'boolean'; value: boolean | null }
  /** short_answer and essay. */
  | { kind: 'text'; text: string }
  /** numeric: the text as typed, so "3," can be on its way to "3,5". */
  | { kind: 'number'; input: string }
  /** matching: the right-hand id chosen for each left-hand id. */
  | { kind: 'matching'; rightByLeft: Record<string, string> }
  /** ordering: the ids as the officer arranged them; `moved` once they rearranged them (the shown order is never the right one). */
  | { kind: 'ordering'; order: string[]; moved: boolean };

/** A number as typed by a Polish, English or Ukrainian reader: "3,5", "3.5", "-2", "1 234,5"; null when it is none. */
export function parseNumber(input: string): number | null {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(compact)) return null;
  const value = Number(compact);
  return Number.isFinite(value) ? value : null;
}

/** A saved number back in the field, with the reader's decimal separator. */
export function numberInput(value: number, decimalSeparator: string): string {
  return String(value).replace('.', decimalSeparator);
}

/** The form's value for a question, from the answer saved for it (or empty). */
export function formValueOf(question: Question, saved: Answer | undefined, options: { decimalSeparator?: string; language?: string } = {}): FormValue {
  switch (question.type) {
    case 'single_choice':
    case 'scenario':
    case 'multiple_choice':
      return { kind: 'choice', optionIds: known(question.options, saved?.optionIds ?? []) };
    case 'true_false':
      return { kind: 'boolean', value: typeof saved?.value === 'boolean' ? saved.value : null };
    case 'numeric':
      return { kind: 'number', input: typeof saved?.value === 'number' ? numberInput(saved.value, options.decimalSeparator ?? ',') : '' };
    case 'short_answer':
      return { kind: 'text', text: saved?.text ?? '' };
    case 'essay':
      return { kind: 'text', text: saved?.text ?? localized(question.responseTemplate, options.language ?? 'pl') };
    case 'matching': {
      const lefts = new Set((question.left ?? []).map((c) => c.id));
      const rights = new Set((question.right ?? []).map((c) => c.id));
      const rightByLeft: Record<string, string> = {};
      for (const pair of saved?.pairs ?? []) if (lefts.has(pair.leftId) && rights.has(pair.rightId)) rightByLeft[pair.leftId] = pair.rightId;
      return { kind: 'matching', rightByLeft };
    }
    case 'ordering': {
      const shown = (question.items ?? []).map((c) => c.id);
      const savedOrder = saved?.order ?? [];
      const complete = savedOrder.length === shown.length && shown.every((id) => savedOrder.includes(id));
      return complete && savedOrder.length > 0 ? { kind: 'ordering', order: [...savedOrder], moved: true } : { kind: 'ordering', order: shown, moved: false };
    }
  }
}

/** The answer the API takes for what the form holds. An empty form clears the answer (the question then has no fields). */
export function answerOf(question: Question, value: FormValue): Answer {
  const questionId = question.id;
  switch (value.kind) {
    case 'choice':
      return { questionId, optionIds: question.type === 'multiple_choice' ? value.optionIds : value.optionIds.slice(0, 1) };
    case 'boolean':
      return value.value === null ? { questionId } : { questionId, value: value.value };
    case 'number': {
      const parsed = parseNumber(value.input);
      return parsed === null ? { questionId } : { questionId, value: parsed };
    }
    case 'text':
      return { questionId, text: value.text };
    case 'matching':
      return {
        questionId,
        pairs: (question.left ?? []).filter((l) => value.rightByLeft[l.id]).map((l) => ({ leftId: l.id, rightId: value.rightByLeft[l.id] })),
      };
    case 'ordering':
      return value.moved ? { questionId, order: value.order } : { questionId };
  }
}

/** Whether the officer has answered it (for the count of unanswered questions before submitting). */
export function isAnswered(question: Question, value: FormValue): boolean {
  switch (value.kind) {
    case 'choice':
      return value.optionIds.length > 0;
    case 'boolean':
      return value.value !== null;
    case 'number':
      return parseNumber(value.input) !== null;
    case 'text':
      // An essay's template left as it was is not an answer yet.
      return value.text.trim() !== '' && !Object.values(question.responseTemplate ?? {}).includes(value.text);
    case 'matching':
      return (question.left ?? []).some((l) => value.rightByLeft[l.id]);
    case 'ordering':
      return value.moved;
  }
}

export function countUnanswered(questions: Question[], values: Record<string, FormValue>): number {
  return questions.filter((q) => !values[q.id] || !isAnswered(q, values[q.id])).length;
}

/** Choosing an option: a single-choice question keeps only it; a multiple-choice one adds or removes it. */
export function chooseOption(question: Question, value: FormValue, optionId: string, checked: boolean): FormValue {
  if (value.kind !== 'choice') return value;
  if (question.type !== 'multiple_choice') return { kind: 'choice', optionIds: checked ? [optionId] : [] };
  const without = value.optionIds.filter((id) => id !== optionId);
  // Kept in the order shown, so the same choice always makes the same answer.
  const chosen = checked ? [...without, optionId] : without;
  const shown = (question.options ?? []).map((o) => o.id);
  return { kind: 'choice', optionIds: shown.filter((id) => chosen.includes(id)) };
}

/** An ordering with the item at `index` moved by `delta` places (−1 up, +1 down); the same order at either end. */
export function moveItem(order: string[], index: number, delta: number): string[] {
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return order;
  const next = [...order];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** Two answers say the same (field order and absent fields aside): autosave sends only what changed. */
export function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  return canonical(a) === canonical(b);
}

function canonical(answer: Answer | undefined): string {
  if (!answer) return '';
  const entries = Object.entries(answer).filter(([, v]) => v !== undefined);
  return JSON.stringify(entries.sort(([x], [y]) => x.localeCompare(y)));
}

function known(choices: Choice[] | undefined, ids: string[]): string[] {
  const shown = new Set((choices ?? []).map((c) => c.id));
  return ids.filter((id) => shown.has(id));
}

/** Words a review needs that are not in the question. */
export interface ReviewWords {
  true: string;
  false: string;
  number: (value: number) => string;
}

const textOf = (choices: Choice[] | undefined, id: string, language: string) => localized(choices?.find((c) => c.id === id)?.text, language) || '?';

/** The officer's own answer in words, one line each (an ordering: the items in their order). Empty when unanswered. */
export function responseLines(question: Question, response: Answer | undefined, language: string, words: ReviewWords): string[] {
  if (!response) return [];
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'scenario':
      return (response.optionIds ?? []).map((id) => textOf(question.options, id, language));
    case 'true_false':
      return typeof response.value === 'boolean' ? [response.value ? words.true : words.false] : [];
    case 'numeric':
      return typeof response.value === 'number' ? [words.number(response.value)] : [];
    case 'short_answer':
    case 'essay':
      return response.text?.trim() ? [response.text] : [];
    case 'matching':
      return (response.pairs ?? []).map((p) => `${textOf(question.left, p.leftId, language)} → ${textOf(question.right, p.rightId, language)}`);
    case 'ordering':
      return (response.order ?? []).map((id) => textOf(question.items, id, language));
  }
}

/**
 * The right answer in words, from what the API disclosed (only under the correct_answers
 * policy; nothing is worked out here). Partly right choices and answers carry their share.
 */
export function correctLines(question: Question, correct: CorrectAnswer | undefined, language: string, words: ReviewWords): string[] {
  if (!correct) return [];
  const share = (weight: number) => (weight < 1 ? ` (${Math.round(weight * 100)}%)` : '');
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'scenario':
      return (correct.options ?? []).filter((o) => o.weight > 0).sort((a, b) => b.weight - a.weight).map((o) => textOf(question.options, o.id, language) + share(o.weight));
    case 'true_false':
      return typeof correct.value === 'boolean' ? [correct.value ? words.true : words.false] : [];
    case 'short_answer':
      return (correct.answers ?? []).filter((a) => a.weight > 0 && a.text !== undefined).map((a) => a.text! + share(a.weight));
    case 'numeric':
      return (correct.answers ?? [])
        .filter((a) => a.weight > 0 && a.value !== undefined)
        .map((a) => (a.tolerance ? `${words.number(a.value!)} ± ${words.number(a.tolerance)}` : words.number(a.value!)) + share(a.weight));
    case 'matching':
      return (correct.pairs ?? []).map((p) => `${textOf(question.left, p.leftId, language)} → ${textOf(question.right, p.rightId, language)}`);
    case 'ordering':
      return (correct.order ?? []).map((id) => textOf(question.items, id, language));
    case 'essay':
      return [];
  }
}
