import type { AttemptAnswer } from '../src/modules/attempts/attempt-answer';
import type { LaidOutChoice, LaidOutQuestion } from '../src/modules/attempts/attempt-layout';
import type { QuestionDefinition } from '../src/modules/questions/question-definition';
import { VALID_QUESTIONS } from '../test/support/questions';

/**
 * The benchmark's quiz is built from the tests' valid question of each of the
 * eight automatically graded types (no essay, so every attempt ends `graded`
 * without a trainer), with partial credit, negative weights, wildcards,
 * distractors — the scoring paths production sees.
 */
const AUTO_GRADED = ['single_choice', 'multiple_choice', 'scenario', 'true_false', 'short_answer', 'numeric', 'matching', 'ordering'] as const;
const TEMPLATES = AUTO_GRADED.map((type) => VALID_QUESTIONS[type] as unknown as QuestionDefinition);

/** 20 questions: the eight templates cycled, each with its own prompt so none is a duplicate. */
export const BENCH_QUESTIONS: QuestionDefinition[] = Array.from({ length: 20 }, (_, i) => {
  const template = TEMPLATES[i % TEMPLATES.length];
  return { ...template, name: `Bench ${i + 1}`, prompt: { pl: `${i + 1}. ${template.prompt.pl}` } } as QuestionDefinition;
});

/** How an officer answers: everything right, the first half of the questions right, or nothing at all. */
export type AnswerPlan = 'all' | 'half' | 'none';
export const planFor = (index: number): AnswerPlan => (index % 10 === 9 ? 'none' : index % 10 >= 7 ? 'half' : 'all');

const idOf = (choices: LaidOutChoice[] | undefined, index: number) => choices!.find((c) => c.index === index)!.id;

/** The fully correct answer to one question as this attempt laid it out (choice ids are per attempt). */
export function correctAnswer(q: QuestionDefinition, questionId: string, laid: LaidOutQuestion): AttemptAnswer {
  switch (q.type) {
    case 'single_choice':
    case 'scenario':
      return { questionId, optionIds: [idOf(laid.options, q.options.findIndex((o) => o.weight === 1))] };
    case 'multiple_choice':
      return { questionId, optionIds: q.options.flatMap((o, i) => (o.weight > 0 ? [idOf(laid.options, i)] : [])) };
    case 'true_false':
      return { questionId, value: q.correct };
    case 'short_answer':
      return { questionId, text: q.answers.find((a) => a.weight === 1)!.text };
    case 'numeric':
      return { questionId, value: q.answers.find((a) => a.weight === 1)!.value };
    case 'matching':
      return { questionId, pairs: laid.left!.map((l) => ({ leftId: l.id, rightId: idOf(laid.right, l.index) })) };
    case 'ordering':
      return { questionId, order: [...laid.items!].sort((a, b) => a.index - b.index).map((c) => c.id) };
    case 'essay':
      throw new Error('The bench quiz has no essays');
  }
}

type Text = { pl: string };
/** A question as the start's answer serves it: its choices with their per-attempt ids and their texts, never which is right. */
export interface ServedQuestion {
  id: string;
  options?: { id: string; text: Text }[];
  left?: { id: string; text: Text }[];
  right?: { id: string; text: Text }[];
  items?: { id: string; text: Text }[];
}

/**
 * The layout of an attempt as its start served it, worked out from the choices' texts — what an
 * officer reading the page knows: which choice is which. Each text is unique within its question.
 */
export function layoutFromServed(served: ServedQuestion[], definitions: Map<string, QuestionDefinition>): LaidOutQuestion[] {
  const laid = (choices: { id: string; text: Text }[] | undefined, texts: Text[]): LaidOutChoice[] | undefined =>
    choices?.map((c) => ({ id: c.id, index: texts.findIndex((t) => t.pl === c.text.pl) }));
  return served.map((q) => {
    const d = definitions.get(q.id)!;
    switch (d.type) {
      case 'single_choice':
      case 'multiple_choice':
      case 'scenario':
        return { questionId: q.id, options: laid(q.options, d.options.map((o) => o.text)) };
      case 'matching':
        return { questionId: q.id, left: laid(q.left, d.pairs.map((p) => p.left)), right: laid(q.right, [...d.pairs.map((p) => p.right), ...(d.distractors ?? [])]) };
      case 'ordering':
        return { questionId: q.id, items: laid(q.items, d.items) };
      default:
        return { questionId: q.id };
    }
  });
}

/** The answers an officer with this plan saves, and the percent the grader must give them. */
export function answersFor(
  plan: AnswerPlan,
  layout: LaidOutQuestion[],
  definitions: Map<string, QuestionDefinition>,
): { answers: AttemptAnswer[]; expectedPercent: number } {
  const total = layout.reduce((sum, l) => sum + definitions.get(l.questionId)!.points, 0);
  const answered = plan === 'all' ? layout : plan === 'half' ? layout.slice(0, layout.length / 2) : [];
  const earned = answered.reduce((sum, l) => sum + definitions.get(l.questionId)!.points, 0);
  return {
    answers: answered.map((l) => correctAnswer(definitions.get(l.questionId)!, l.questionId, l)),
    // As the grader rounds: 4 decimals.
    expectedPercent: Math.round((earned / total) * 100 * 10_000) / 10_000,
  };
}
