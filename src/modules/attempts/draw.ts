import { createHash, randomBytes } from 'node:crypto';
import type { SnapshotQuiz } from '../courses/course-snapshot';
import type { AttemptLayout, LaidOutChoice, LaidOutQuestion } from './attempt-layout';

/** A small deterministic PRNG (sfc32) seeded from the attempt's seed: the same seed always lays out the same attempt. */
export function prng(seed: string): () => number {
  const h = createHash('sha256').update(seed).digest();
  let a = h.readUInt32LE(0), b = h.readUInt32LE(4), c = h.readUInt32LE(8), d = h.readUInt32LE(12);
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export const newSeed = () => randomBytes(16).toString('hex');

/**
 * Draws and lays out one attempt: the fixed questions, then `count` distinct
 * questions per draw (never one already chosen), shuffled if the quiz says so;
 * each choice gets an opaque id from the seed. Matching right sides and ordering
 * items are always shuffled — in definition order they would be the answer.
 */
export function layOutAttempt(quiz: SnapshotQuiz, seed: string): AttemptLayout {
  const random = prng(seed);
  const chosen = new Set(quiz.questions.map((q) => q.id));
  const picked = [...quiz.questions];
  for (const draw of quiz.draws) {
    const available = draw.candidates.filter((q) => !chosen.has(q.id));
    for (const q of shuffle(available, random).slice(0, draw.count)) {
      chosen.add(q.id);
      picked.push(q);
    }
  }
  const ordered = quiz.shuffleQuestions ? shuffle(picked, random) : picked;
  const ids = new Set<string>();
  const id = () => {
    let value: string;
    do value = Math.floor(random() * 2 ** 48).toString(36).padStart(10, '0');
    while (ids.has(value));
    ids.add(value);
    return value;
  };
  const choices = (count: number, mix: boolean): LaidOutChoice[] => {
    const indexes = Array.from({ length: count }, (_, i) => i);
    return (mix ? shuffleAway(indexes, random) : indexes).map((index) => ({ id: id(), index }));
  };

  return {
    questions: ordered.map((q): LaidOutQuestion => {
      switch (q.type) {
        case 'single_choice':
        case 'multiple_choice':
        case 'scenario':
          return { questionId: q.id, options: choices(q.options.length, quiz.shuffleOptions) };
        case 'matching':
          return {
            questionId: q.id,
            left: choices(q.pairs.length, quiz.shuffleOptions),
            right: choices(q.pairs.length + (q.distractors?.length ?? 0), true),
          };
        case 'ordering':
          return { questionId: q.id, items: choices(q.items.length, true) };
        default:
          return { questionId: q.id };
      }
    }),
  };
}

/** Shuffles so that, for two or more elements, the result never equals the original order. */
function shuffleAway(indexes: number[], random: () => number): number[] {
  if (indexes.length < 2) return indexes;
  for (;;) {
    const result = shuffle(indexes, random);
    if (result.some((value, i) => value !== i)) return result;
  }
}
