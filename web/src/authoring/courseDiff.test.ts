import { describe, expect, it } from 'vitest';
import { CourseOutline, diffCourses, ModuleOutline } from './courseDiff';

const lesson = (id: string, pl: string, body = 'Treść'): ModuleOutline => ({ id, kind: 'lesson', title: { pl }, body: { pl: body }, minStudySeconds: 300, quiz: null });
const quiz = (id: string): ModuleOutline => ({
  id,
  kind: 'quiz',
  title: { pl: 'Test' },
  body: null,
  minStudySeconds: 0,
  quiz: { passMarkPercent: 60, maxAttempts: 3, timeLimitSeconds: null, shuffleQuestions: false, shuffleOptions: true, reviewPolicy: 'score', reviewAfter: 'last_attempt_or_pass', questionIds: ['q1'], draws: [{ bankId: 'b', count: 2 }] },
});
const course = (modules: ModuleOutline[], extra: Partial<CourseOutline> = {}): CourseOutline => ({
  title: { pl: 'Kurs' },
  description: null,
  audience: ['police'],
  certificateValidityMonths: 24,
  modules,
  ...extra,
});

describe('what changed between two states of a course', () => {
  it('nothing, when nothing changed', () => {
    expect(diffCourses(course([lesson('a', 'A'), quiz('q')]), course([lesson('a', 'A'), quiz('q')]))).toEqual([]);
  });

  it('course texts per language, audience and validity', () => {
    const changes = diffCourses(course([]), course([], { title: { pl: 'Kurs', en: 'Course' }, audience: ['border_guard', 'police'], certificateValidityMonths: null }));
    expect(changes).toEqual([
      { type: 'courseText', field: 'title', language: 'en' },
      { type: 'courseValue', field: 'audience', before: 'police', after: 'border_guard, police' },
      { type: 'courseValue', field: 'certificateValidityMonths', before: 24, after: null },
    ]);
  });

  it('modules added, removed and moved — adding one does not move the others', () => {
    const before = course([lesson('a', 'A'), lesson('b', 'B'), lesson('c', 'C')]);
    const after = course([lesson('n', 'Nowa'), lesson('c', 'C'), lesson('a', 'A')]);
    const changes = diffCourses(before, after).map((c) => `${c.type}:${'module' in c ? c.module.id : ''}${c.type === 'moved' ? `:${c.from}->${c.to}` : ''}`);
    expect(changes).toEqual(['removed:b', 'added:n', 'moved:c:3->2', 'moved:a:1->3']);
    expect(diffCourses(course([lesson('a', 'A')]), course([lesson('n', 'N'), lesson('a', 'A')])).map((c) => c.type)).toEqual(['added']);
  });

  it('lesson text per language, study time, and quiz settings, questions and draws', () => {
    const q2 = quiz('q');
    q2.quiz = { ...q2.quiz!, passMarkPercent: 80, reviewPolicy: 'correct_answers', reviewAfter: 'each_attempt', questionIds: ['q1', 'q2'], draws: [{ bankId: 'b', tag: 'prawo', count: 2 }] };
    const l2 = { ...lesson('a', 'A', 'Nowa treść'), minStudySeconds: 600 };
    expect(diffCourses(course([lesson('a', 'A'), quiz('q')]), course([l2, q2]))).toEqual([
      { type: 'moduleText', module: l2, field: 'body', language: 'pl' },
      { type: 'moduleValue', module: l2, field: 'minStudySeconds', before: 300, after: 600 },
      { type: 'moduleValue', module: q2, field: 'passMarkPercent', before: 60, after: 80 },
      { type: 'moduleValue', module: q2, field: 'reviewPolicy', before: 'score', after: 'correct_answers' },
      { type: 'moduleValue', module: q2, field: 'reviewAfter', before: 'last_attempt_or_pass', after: 'each_attempt' },
      { type: 'moduleValue', module: q2, field: 'questions', before: 1, after: 2 },
      { type: 'moduleValue', module: q2, field: 'draws', before: 2, after: 2 },
    ]);
  });
});
