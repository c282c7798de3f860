import type { AttemptAnswer } from '../src/modules/attempts/attempt-answer';
import type { LaidOutChoice, LaidOutQuestion } from '../src/modules/attempts/attempt-layout';
import type { QuestionDefinition } from '../src/modules/questions/question-definition';

/**
 * The benchmark's quiz: 20 questions over the eight automatically graded types
 * (no essay, so every attempt ends `graded` without a trainer), with partial
 * credit, negative weights, wildcards, distractors — the scoring paths production sees.
 */
const TEMPLATES: QuestionDefinition[] = [
  {
    type: 'single_choice',
    prompt: { pl: 'Jaki jest europejski numer alarmowy?' },
    points: 1,
    tags: ['bezpieczenstwo'],
    options: [
      { text: { pl: '997' }, weight: 0 },
      { text: { pl: '112' }, weight: 1 },
      { text: { pl: '911' }, weight: -0.5 },
    ],
  },
  {
    type: 'multiple_choice',
    prompt: { pl: 'Które dokumenty potwierdzają legalny pobyt?' },
    points: 2,
    tags: ['status-prawny'],
    options: [
      { text: { pl: 'Karta pobytu' }, weight: 0.5 },
      { text: { pl: 'Bilet lotniczy' }, weight: -1 },
      { text: { pl: 'Wiza krajowa' }, weight: 0.5 },
      { text: { pl: 'Karta lojalnościowa' }, weight: -0.5 },
    ],
  },
  {
    type: 'scenario',
    prompt: { pl: 'Co robisz?' },
    situation: { pl: 'Mąż zgłaszającej chce tłumaczyć jej wypowiedzi podczas interwencji domowej.' },
    points: 2,
    tags: ['tlumacz'],
    options: [
      { text: { pl: 'Korzystam z aplikacji tłumaczącej do czasu przybycia tłumacza.' }, weight: 0.5 },
      { text: { pl: 'Wzywam niezależnego tłumacza.' }, weight: 1 },
      { text: { pl: 'Pozwalam mężowi tłumaczyć.' }, weight: -1 },
    ],
  },
  { type: 'true_false', prompt: { pl: 'Dziecko może tłumaczyć rodzicom w sprawach urzędowych.' }, points: 1, correct: false },
  {
    type: 'short_answer',
    prompt: { pl: 'Jak nazywa się zasada zakazu wydalenia do kraju prześladowań?' },
    points: 1,
    answers: [
      { text: 'non-refoulement', weight: 1 },
      { text: 'refoulement*', weight: 0.5 },
    ],
  },
  { type: 'numeric', prompt: { pl: 'Ile dni ma wojewoda na wydanie decyzji (zasada ogólna)?' }, points: 1, answers: [{ value: 60, tolerance: 0, weight: 1 }, { value: 90, tolerance: 10, weight: 0.5 }] },
  {
    type: 'matching',
    prompt: { pl: 'Dopasuj instytucję do zadania.' },
    points: 3,
    pairs: [
      { left: { pl: 'Straż Graniczna' }, right: { pl: 'przyjmuje wniosek o ochronę międzynarodową' } },
      { left: { pl: 'Wojewoda' }, right: { pl: 'udziela zezwolenia na pobyt czasowy' } },
      { left: { pl: 'MOPS' }, right: { pl: 'udziela pomocy społecznej' } },
    ],
    distractors: [{ pl: 'wydaje prawo jazdy' }],
  },
  {
    type: 'ordering',
    prompt: { pl: 'Ułóż kroki pracy z tłumaczem.' },
    points: 1,
    items: [{ pl: 'Odprawa z tłumaczem' }, { pl: 'Przedstawienie ról' }, { pl: 'Rozmowa krótkimi zdaniami' }, { pl: 'Podsumowanie' }],
  },
];

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
