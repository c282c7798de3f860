import type { AttemptAnswer } from '../modules/attempts/attempt-answer';
import type { LaidOutChoice, LaidOutQuestion } from '../modules/attempts/attempt-layout';
import type { SnapshotQuestion } from '../modules/courses/course-snapshot';

/**
 * What a demo officer answers to one question as their attempt laid it out: the
 * key when they know it, a plausible mistake when not. Essays get a text; a
 * trainer's points for it are decided by the history seed, as a trainer would.
 */
export function demoAnswer(q: SnapshotQuestion, laid: LaidOutQuestion, knows: boolean): AttemptAnswer {
  const questionId = q.id;
  const idOf = (choices: LaidOutChoice[] | undefined, index: number) => choices!.find((c) => c.index === index)!.id;
  const indexes = <T>(items: T[], keep: (item: T) => boolean) => items.flatMap((item, i) => (keep(item) ? [i] : []));
  switch (q.type) {
    case 'single_choice':
    case 'scenario': {
      const [chosen] = knows ? indexes(q.options, (o) => o.weight === 1) : indexes(q.options, (o) => o.weight <= 0);
      return { questionId, optionIds: [idOf(laid.options, chosen)] };
    }
    case 'multiple_choice': {
      const right = indexes(q.options, (o) => o.weight > 0);
      const chosen = knows ? right : [right[0], ...indexes(q.options, (o) => o.weight <= 0).slice(0, 1)];
      return { questionId, optionIds: chosen.map((i) => idOf(laid.options, i)) };
    }
    case 'true_false':
      return { questionId, value: knows ? q.correct : !q.correct };
    case 'numeric': {
      const right = q.answers.find((a) => a.weight === 1)!;
      return { questionId, value: knows ? right.value : right.value + right.tolerance + 7 };
    }
    case 'short_answer':
      return { questionId, text: knows ? q.answers.find((a) => a.weight === 1)!.text.replace(/\*/g, '') : 'nie wiem' };
    case 'matching': {
      const n = q.pairs.length;
      // A mistake swaps the right sides of the first two pairs.
      const rightOf = (i: number) => (knows || i > 1 ? i : 1 - i);
      return { questionId, pairs: Array.from({ length: n }, (_, i) => ({ leftId: idOf(laid.left, i), rightId: idOf(laid.right, rightOf(i)) })) };
    }
    case 'ordering': {
      const order = q.items.map((_, i) => i);
      if (!knows) [order[0], order[1]] = [order[1], order[0]];
      return { questionId, order: order.map((i) => idOf(laid.items, i)) };
    }
    case 'essay':
      return { questionId, text: knows ? 'Opisuję sytuację z mojej służby: wezwałem tłumacza i wyjaśniłem prawa.' : 'Nie spotkałem się z taką sytuacją.' };
  }
}
