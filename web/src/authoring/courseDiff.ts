import type { AuthorCourse, CourseSnapshot, Lang, LocalizedText, QuizSettings } from './api';
import { LANGS } from './api';

/**
 * What changed between two states of a course — the last published version and the
 * draft, or two versions. Computed here from what GET /courses/:id and
 * GET /courses/:id/versions/:n already return, so the same comparison serves both.
 */

type QuizOutline = Omit<QuizSettings, 'draws'> & { draws: { bankId: string; tag?: string; count: number }[] };

export interface ModuleOutline {
  id: string;
  kind: 'lesson' | 'quiz';
  title: LocalizedText;
  body: LocalizedText | null;
  minStudySeconds: number;
  quiz: QuizOutline | null;
}

export interface CourseOutline {
  title: LocalizedText;
  description: LocalizedText | null;
  audience: string[];
  certificateValidityMonths: number | null;
  modules: ModuleOutline[];
}

export function outlineOfDraft(course: AuthorCourse): CourseOutline {
  return {
    title: course.title,
    description: course.description,
    audience: course.audience,
    certificateValidityMonths: course.certificateValidityMonths,
    modules: (course.modules ?? []).map((m) => ({
      id: m.id,
      kind: m.kind,
      title: m.title,
      body: m.body,
      minStudySeconds: m.minStudySeconds,
      quiz: m.quiz ? { ...m.quiz, draws: m.quiz.draws.map(({ bankId, tag, count }) => ({ bankId, tag, count })) } : null,
    })),
  };
}

export function outlineOfSnapshot(snapshot: CourseSnapshot): CourseOutline {
  return {
    title: snapshot.title,
    description: snapshot.description,
    audience: snapshot.audience,
    certificateValidityMonths: snapshot.certificateValidityMonths,
    modules: snapshot.modules.map((m) => {
      const q = m.quiz;
      return {
        id: m.id,
        kind: m.kind,
        title: m.title,
        body: m.body ?? null,
        minStudySeconds: m.minStudySeconds,
        quiz: q
          ? {
              passMarkPercent: q.passMarkPercent,
              maxAttempts: q.maxAttempts,
              timeLimitSeconds: q.timeLimitSeconds,
              shuffleQuestions: q.shuffleQuestions,
              shuffleOptions: q.shuffleOptions,
              reviewPolicy: q.reviewPolicy,
              reviewAfter: q.reviewAfter,
              questionIds: q.questions.map((x) => x.id),
              draws: q.draws.map(({ bankId, tag, count }) => ({ bankId, tag, count })),
            }
          : null,
      };
    }),
  };
}

export const QUIZ_FIELDS = ['passMarkPercent', 'maxAttempts', 'timeLimitSeconds', 'shuffleQuestions', 'shuffleOptions', 'reviewPolicy', 'reviewAfter'] as const;
export type QuizField = (typeof QUIZ_FIELDS)[number];
export type Value = string | number | boolean | null;

export type Change =
  | { type: 'courseText'; field: 'title' | 'description'; language: Lang }
  | { type: 'courseValue'; field: 'audience' | 'certificateValidityMonths'; before: Value; after: Value }
  | { type: 'added' | 'removed'; module: ModuleOutline }
  | { type: 'moved'; module: ModuleOutline; from: number; to: number }
  | { type: 'moduleText'; module: ModuleOutline; field: 'title' | 'body'; language: Lang }
  | { type: 'moduleValue'; module: ModuleOutline; field: 'minStudySeconds' | QuizField | 'questions' | 'draws'; before: Value; after: Value };

const text = (t: LocalizedText | null | undefined, lang: Lang) => (t?.[lang] ?? '').trim();
const changedLanguages = (a: LocalizedText | null | undefined, b: LocalizedText | null | undefined) => LANGS.filter((l) => text(a, l) !== text(b, l));
/** Questions a quiz shows per attempt: its fixed ones plus what the draws pick. */
const drawnCount = (q: QuizOutline | null) => (q ? q.draws.reduce((n, d) => n + d.count, 0) : 0);
const drawKey = (q: QuizOutline | null) => JSON.stringify(q?.draws.map((d) => [d.bankId, d.tag ?? null, d.count]) ?? []);

export function diffCourses(before: CourseOutline, after: CourseOutline): Change[] {
  const changes: Change[] = [];
  for (const field of ['title', 'description'] as const) {
    for (const language of changedLanguages(before[field], after[field])) changes.push({ type: 'courseText', field, language });
  }
  const audience = (c: CourseOutline) => [...c.audience].sort().join(', ');
  if (audience(before) !== audience(after)) changes.push({ type: 'courseValue', field: 'audience', before: audience(before), after: audience(after) });
  if (before.certificateValidityMonths !== after.certificateValidityMonths) {
    changes.push({ type: 'courseValue', field: 'certificateValidityMonths', before: before.certificateValidityMonths, after: after.certificateValidityMonths });
  }

  const afterIds = new Set(after.modules.map((m) => m.id));
  const beforeIds = new Set(before.modules.map((m) => m.id));
  for (const m of before.modules) if (!afterIds.has(m.id)) changes.push({ type: 'removed', module: m });
  // Order among the modules both have: a module added or removed does not count as moving the rest.
  const keptBefore = before.modules.filter((m) => afterIds.has(m.id)).map((m) => m.id);
  const keptAfter = after.modules.filter((m) => beforeIds.has(m.id));
  for (const [index, m] of after.modules.entries()) {
    if (!beforeIds.has(m.id)) {
      changes.push({ type: 'added', module: m });
      continue;
    }
    const old = before.modules.find((b) => b.id === m.id)!;
    const from = keptBefore.indexOf(m.id);
    const to = keptAfter.findIndex((k) => k.id === m.id);
    if (from !== to) changes.push({ type: 'moved', module: m, from: before.modules.indexOf(old) + 1, to: index + 1 });
    for (const field of ['title', 'body'] as const) {
      for (const language of changedLanguages(old[field], m[field])) changes.push({ type: 'moduleText', module: m, field, language });
    }
    if (old.minStudySeconds !== m.minStudySeconds && m.kind === 'lesson') {
      changes.push({ type: 'moduleValue', module: m, field: 'minStudySeconds', before: old.minStudySeconds, after: m.minStudySeconds });
    }
    if (old.quiz && m.quiz) {
      for (const field of QUIZ_FIELDS) {
        if (old.quiz[field] !== m.quiz[field]) changes.push({ type: 'moduleValue', module: m, field, before: old.quiz[field], after: m.quiz[field] });
      }
      if (old.quiz.questionIds.join() !== m.quiz.questionIds.join()) {
        changes.push({ type: 'moduleValue', module: m, field: 'questions', before: old.quiz.questionIds.length, after: m.quiz.questionIds.length });
      }
      if (drawKey(old.quiz) !== drawKey(m.quiz)) changes.push({ type: 'moduleValue', module: m, field: 'draws', before: drawnCount(old.quiz), after: drawnCount(m.quiz) });
    }
  }
  return changes;
}
