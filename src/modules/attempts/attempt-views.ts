import type { ReviewPolicy } from '../courses/course-module.entity';
import type { SnapshotQuestion } from '../courses/course-snapshot';
import type { LocalizedText } from '../questions/question-definition';
import type { AttemptAnswer } from './attempt-answer';
import type { LaidOutChoice, LaidOutQuestion } from './attempt-layout';
import type { QuestionResult } from './attempt.entity';

/**
 * What a trainee is shown of a question. Built field by field from an allow-list
 * for each type — never by copying the definition and deleting the key — so a new
 * field or type cannot leak an answer (the lesson other LMSs paid for).
 */
export interface TraineeQuestion {
  id: string;
  type: SnapshotQuestion['type'];
  prompt: LocalizedText;
  format: string;
  points: number;
  situation?: LocalizedText;
  /** multiple_choice: more than one option may be chosen. */
  multiple?: boolean;
  options?: { id: string; text: LocalizedText }[];
  left?: { id: string; text: LocalizedText }[];
  right?: { id: string; text: LocalizedText }[];
  items?: { id: string; text: LocalizedText }[];
  responseTemplate?: LocalizedText;
}

export function traineeQuestion(q: SnapshotQuestion, laid: LaidOutQuestion): TraineeQuestion {
  const view: TraineeQuestion = { id: q.id, type: q.type, prompt: q.prompt, format: q.format ?? 'markdown', points: q.points };
  const texts = (choices: LaidOutChoice[] | undefined, textOf: (index: number) => LocalizedText) =>
    (choices ?? []).map((c) => ({ id: c.id, text: textOf(c.index) }));
  switch (q.type) {
    case 'scenario':
      view.situation = q.situation;
      view.options = texts(laid.options, (i) => q.options[i].text);
      break;
    case 'single_choice':
      view.options = texts(laid.options, (i) => q.options[i].text);
      break;
    case 'multiple_choice':
      view.multiple = true;
      view.options = texts(laid.options, (i) => q.options[i].text);
      break;
    case 'matching': {
      const rights = [...q.pairs.map((p) => p.right), ...(q.distractors ?? [])];
      view.left = texts(laid.left, (i) => q.pairs[i].left);
      view.right = texts(laid.right, (i) => rights[i]);
      break;
    }
    case 'ordering':
      view.items = texts(laid.items, (i) => q.items[i]);
      break;
    case 'essay':
      if (q.responseTemplate) view.responseTemplate = q.responseTemplate;
      break;
    case 'true_false':
    case 'short_answer':
    case 'numeric':
      break;
  }
  return view;
}

/** The right answer in the attempt's own ids, for review after submission when the policy allows it. */
export function correctAnswer(q: SnapshotQuestion, laid: LaidOutQuestion): Record<string, unknown> {
  const idOf = (choices: LaidOutChoice[] | undefined, index: number) => choices?.find((c) => c.index === index)?.id;
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'scenario':
      return {
        options: q.options.map((o, i) => ({ id: idOf(laid.options, i), weight: o.weight, ...(o.feedback ? { feedback: o.feedback } : {}) })),
      };
    case 'true_false':
      return { value: q.correct };
    case 'short_answer':
      return { answers: q.answers.map((a) => ({ text: a.text, weight: a.weight })) };
    case 'numeric':
      return { answers: q.answers.map((a) => ({ value: a.value, tolerance: a.tolerance, weight: a.weight })) };
    case 'matching':
      return { pairs: q.pairs.map((_, i) => ({ leftId: idOf(laid.left, i), rightId: idOf(laid.right, i) })) };
    case 'ordering':
      return { order: q.items.map((_, i) => idOf(laid.items, i)) };
    case 'essay':
      return {};
  }
}

/** Feedback a trainee may see after submission under the correct_answers policy. */
export function feedbackFor(q: SnapshotQuestion, answer: AttemptAnswer | undefined): LocalizedText | undefined {
  if (q.type === 'true_false' && typeof answer?.value === 'boolean') return (answer.value ? q.feedbackTrue : q.feedbackFalse) ?? q.feedback;
  return q.feedback;
}

export interface ReviewedQuestion extends TraineeQuestion {
  response?: AttemptAnswer;
  awardedPoints?: number;
  correct?: Record<string, unknown>;
  feedback?: LocalizedText;
}

/** A question after submission, as much as the quiz's review policy allows. */
export function reviewedQuestion(
  q: SnapshotQuestion,
  laid: LaidOutQuestion,
  answer: AttemptAnswer | undefined,
  result: QuestionResult | undefined,
  policy: ReviewPolicy,
): ReviewedQuestion {
  const view: ReviewedQuestion = { ...traineeQuestion(q, laid), response: answer };
  if (result && !result.needsReview) view.awardedPoints = result.points;
  if (policy === 'correct_answers') {
    view.correct = correctAnswer(q, laid);
    const feedback = feedbackFor(q, answer);
    if (feedback) view.feedback = feedback;
  }
  return view;
}
