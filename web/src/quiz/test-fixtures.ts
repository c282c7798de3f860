import type { Question } from './types';

/** One question of each of the nine types as an attempt shows it (opaque ids, no key): for the unit tests. */
const base = { format: 'markdown' as const, points: 1 };
const c = (id: string, pl: string) => ({ id, text: { pl, en: `${pl} (en)` } });

export const QUESTIONS: Record<Question['type'], Question> = {
  single_choice: { ...base, id: 'q-single', type: 'single_choice', prompt: { pl: 'Numer alarmowy?' }, options: [c('o1', '112'), c('o2', '997'), c('o3', '911')] },
  multiple_choice: { ...base, id: 'q-multi', type: 'multiple_choice', multiple: true, prompt: { pl: 'Dokumenty?' }, options: [c('m1', 'Karta pobytu'), c('m2', 'Wiza'), c('m3', 'Bilet')] },
  scenario: { ...base, id: 'q-scenario', type: 'scenario', prompt: { pl: 'Co robisz?' }, situation: { pl: 'Mąż chce tłumaczyć.' }, options: [c('s1', 'Tłumacz'), c('s2', 'Mąż')] },
  true_false: { ...base, id: 'q-tf', type: 'true_false', prompt: { pl: 'Dziecko może tłumaczyć.' } },
  short_answer: { ...base, id: 'q-short', type: 'short_answer', prompt: { pl: 'Zasada?' } },
  numeric: { ...base, id: 'q-num', type: 'numeric', prompt: { pl: 'Numer?' } },
  matching: {
    ...base,
    id: 'q-match',
    type: 'matching',
    points: 3,
    prompt: { pl: 'Dopasuj.' },
    left: [c('l1', 'Straż Graniczna'), c('l2', 'Wojewoda')],
    right: [c('r1', 'ochrona międzynarodowa'), c('r2', 'pobyt czasowy'), c('r3', 'prawo jazdy')],
  },
  ordering: { ...base, id: 'q-order', type: 'ordering', prompt: { pl: 'Ułóż.' }, items: [c('i1', 'Drugi'), c('i2', 'Pierwszy'), c('i3', 'Trzeci')] },
  essay: { ...base, id: 'q-essay', type: 'essay', points: 5, prompt: { pl: 'Opisz.' }, responseTemplate: { pl: 'Sytuacja: …' } },
};
