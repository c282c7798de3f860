import type { SnapshotQuestion } from '../courses/course-snapshot';
import type { ScoringResponse } from '../grading/scoring-response';
import type { AttemptAnswer } from './attempt-answer';
import type { LaidOutChoice, LaidOutQuestion } from './attempt-layout';

export const MAX_TEXT_ANSWER = 20_000;

const FIELDS_BY_TYPE: Record<SnapshotQuestion['type'], (keyof AttemptAnswer)[]> = {
  single_choice: ['optionIds'],
  multiple_choice: ['optionIds'],
  scenario: ['optionIds'],
  true_false: ['value'],
  numeric: ['value'],
  short_answer: ['text'],
  essay: ['text'],
  matching: ['pairs'],
  ordering: ['order'],
};

/** What is wrong with an answer to this question as the attempt laid it out, or null when it can be saved. */
export function answerProblem(q: SnapshotQuestion, laid: LaidOutQuestion, a: AttemptAnswer): string | null {
  const allowed = FIELDS_BY_TYPE[q.type];
  const extra = (Object.keys(a) as (keyof AttemptAnswer)[]).filter((k) => k !== 'questionId' && !allowed.includes(k) && a[k] !== undefined);
  if (extra.length) return `a ${q.type} answer takes ${allowed.join(', ')}, not ${extra.join(', ')}`;
  const known = (choices: LaidOutChoice[] | undefined, ids: string[]) => {
    const all = new Set((choices ?? []).map((c) => c.id));
    return ids.every((id) => all.has(id)) && new Set(ids).size === ids.length;
  };
  switch (q.type) {
    case 'single_choice':
    case 'scenario':
    case 'multiple_choice': {
      const ids = a.optionIds ?? [];
      if (!known(laid.options, ids)) return 'optionIds must be distinct ids of this question\'s options';
      if (q.type !== 'multiple_choice' && ids.length > 1) return 'choose one option';
      return null;
    }
    case 'true_false':
      return a.value === undefined || typeof a.value === 'boolean' ? null : 'value must be true or false';
    case 'numeric':
      return a.value === undefined || (typeof a.value === 'number' && Number.isFinite(a.value)) ? null : 'value must be a number';
    case 'short_answer':
    case 'essay':
      return a.text === undefined || a.text.length <= MAX_TEXT_ANSWER ? null : `text may hold at most ${MAX_TEXT_ANSWER} characters`;
    case 'matching': {
      const pairs = a.pairs ?? [];
      if (!known(laid.left, pairs.map((p) => p.leftId))) return 'each leftId must be a distinct left-hand id of this question';
      if (!known(laid.right, [...new Set(pairs.map((p) => p.rightId))])) return 'each rightId must be a right-hand id of this question';
      return null;
    }
    case 'ordering': {
      const order = a.order ?? [];
      if (order.length && (order.length !== (laid.items ?? []).length || !known(laid.items, order))) {
        return 'order must list every item id of this question exactly once';
      }
      return null;
    }
  }
}

/** The answer in the definition's indexes, for scoring. */
export function toScoringResponse(q: SnapshotQuestion, laid: LaidOutQuestion, a: AttemptAnswer | undefined): ScoringResponse | undefined {
  if (!a) return undefined;
  const indexOf = (choices: LaidOutChoice[] | undefined) => {
    const byId = new Map((choices ?? []).map((c) => [c.id, c.index]));
    return (id: string) => byId.get(id) ?? -1;
  };
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'scenario':
      return { selected: (a.optionIds ?? []).map(indexOf(laid.options)) };
    case 'true_false':
    case 'numeric':
      return { value: a.value };
    case 'short_answer':
    case 'essay':
      return { text: a.text };
    case 'matching': {
      const left = indexOf(laid.left);
      const right = indexOf(laid.right);
      return { pairs: (a.pairs ?? []).map((p) => ({ left: left(p.leftId), right: right(p.rightId) })) };
    }
    case 'ordering':
      return { order: (a.order ?? []).map(indexOf(laid.items)) };
  }
}
