/** One valid body of each of the nine question types, as a trainer would POST it. */
export const VALID_QUESTIONS = {
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
    tags: ['status-prawny'],
    options: [
      { text: { pl: 'Karta pobytu' }, weight: 0.5 },
      { text: { pl: 'Wiza krajowa' }, weight: 0.5 },
      { text: { pl: 'Bilet lotniczy' }, weight: -1 },
    ],
  },
  scenario: {
    type: 'scenario',
    prompt: { pl: 'Co robisz?' },
    situation: { pl: 'Mąż zgłaszającej chce tłumaczyć jej wypowiedzi podczas interwencji domowej.' },
    points: 2,
    tags: ['tlumacz'],
    options: [
      { text: { pl: 'Wzywam niezależnego tłumacza.' }, weight: 1 },
      { text: { pl: 'Korzystam z aplikacji tłumaczącej do czasu przybycia tłumacza.' }, weight: 0.5 },
      { text: { pl: 'Pozwalam mężowi tłumaczyć.' }, weight: -1, feedback: { pl: 'Sprawca może zniekształcić relację.' } },
    ],
  },
  true_false: {
    type: 'true_false',
    prompt: { pl: 'Dziecko może tłumaczyć rodzicom w sprawach urzędowych.' },
    points: 1,
    correct: false,
    feedbackTrue: { pl: 'Nie: to obciąża dziecko i zniekształca przekaz.' },
  },
  short_answer: {
    type: 'short_answer',
    prompt: { pl: 'Jak nazywa się zasada zakazu wydalenia do kraju prześladowań?' },
    points: 1,
    tags: ['prawa-czlowieka'],
    answers: [
      { text: 'non-refoulement', weight: 1 },
      { text: 'non refoulement', weight: 1 },
      { text: 'refoulement*', weight: 0.5 },
    ],
  },
  numeric: {
    type: 'numeric',
    prompt: { pl: 'Pod jaki numer dzwonisz w nagłym wypadku w całej UE?' },
    points: 1,
    answers: [{ value: 112, tolerance: 0, weight: 1 }],
  },
  matching: {
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
  ordering: {
    type: 'ordering',
    prompt: { pl: 'Ułóż kroki pracy z tłumaczem.' },
    points: 1,
    items: [{ pl: 'Odprawa z tłumaczem' }, { pl: 'Przedstawienie ról' }, { pl: 'Rozmowa krótkimi zdaniami' }, { pl: 'Podsumowanie' }],
  },
  essay: {
    type: 'essay',
    prompt: { pl: 'Opisz sytuację, w której bariera językowa utrudniła interwencję.' },
    points: 5,
    graderInfo: { pl: 'Oceniaj refleksję, nie styl.' },
  },
} as const;

export type QuestionTypeName = keyof typeof VALID_QUESTIONS;
