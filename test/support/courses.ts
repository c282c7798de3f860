import { bearer, TestApp } from './test-app';

export interface PublishedCourse {
  courseId: string;
  lessonIds: string[];
  /** Absent for a course of lessons only. */
  quizModuleId: string;
  questionIds: string[];
}

export interface CourseSpec {
  /** The quiz's questions, in order; none: a course of lessons only. */
  questions?: object[];
  quiz?: Record<string, unknown>;
  lessons?: number;
  minStudySeconds?: number;
  audience?: string[];
  title?: string;
  /** false: leave it a draft. */
  publish?: boolean;
}

/** A trainer builds (and publishes) a course over HTTP: lessons, then a quiz with the given questions in order. */
export async function publishCourse(t: TestApp, trainerToken: string, spec: CourseSpec): Promise<PublishedCourse> {
  const api = (path: string) => t.http.post(`/api/v1${path}`).set(bearer(trainerToken));
  const course = (
    await api('/courses')
      .send({ title: { pl: spec.title ?? 'Kurs', en: 'Course' }, audience: spec.audience ?? ['police', 'municipal_guard', 'border_guard', 'social_services'], certificateValidityMonths: 24 })
      .expect(201)
  ).body;
  const lessonIds: string[] = [];
  for (let i = 0; i < (spec.lessons ?? 1); i++) {
    const lesson = { kind: 'lesson', title: { pl: `Lekcja ${i + 1}` }, body: { pl: `Treść lekcji ${i + 1}` }, minStudySeconds: spec.minStudySeconds ?? 0 };
    lessonIds.push((await api(`/courses/${course.id}/modules`).send(lesson).expect(201)).body.id);
  }
  const questionIds: string[] = [];
  let quizModuleId = '';
  if (spec.questions?.length) {
    const bank = (await api('/question-banks').send({ name: `Bank ${spec.title ?? 'testowy'}` }).expect(201)).body.id;
    for (const question of spec.questions) questionIds.push((await api(`/question-banks/${bank}/questions`).send(question).expect(201)).body.id);
    const quiz = {
      kind: 'quiz',
      title: { pl: 'Test' },
      quiz: { passMarkPercent: 60, maxAttempts: 3, shuffleQuestions: false, shuffleOptions: true, reviewPolicy: 'correct_answers', questionIds, ...spec.quiz },
    };
    quizModuleId = (await api(`/courses/${course.id}/modules`).send(quiz).expect(201)).body.id;
  }
  if (spec.publish !== false) await api(`/courses/${course.id}/publish`).expect(201);
  return { courseId: course.id, lessonIds, quizModuleId, questionIds };
}

/** Assigns the course to the users and returns their enrollment ids, in the same order. */
export async function enroll(t: TestApp, adminToken: string, courseId: string, userIds: string[]): Promise<string[]> {
  await t.http
    .post('/api/v1/assignments')
    .set(bearer(adminToken))
    .send({ courseId, userIds, dueAt: new Date(Date.now() + 30 * 86400_000).toISOString() })
    .expect(201);
  const rows: { id: string; user_id: string }[] = await t.dataSource.query(`SELECT id, user_id FROM enrollment WHERE course_id = $1`, [courseId]);
  return userIds.map((userId) => rows.find((r) => r.user_id === userId)!.id);
}

/** Polls the attempt until it leaves `submitted` (the worker graded it). */
export async function waitForGrading(t: TestApp, token: string, attemptId: string, timeoutMs = 15_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.http.get(`/api/v1/attempts/${attemptId}`).set(bearer(token)).expect(200);
    if (res.body.status !== 'submitted') return res.body;
    if (Date.now() > deadline) throw new Error(`attempt ${attemptId} was not graded within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
