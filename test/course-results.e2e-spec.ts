import { rightAnswer, ShownQuestion } from './support/answers';
import { enroll, publishCourse, waitForGrading } from './support/courses';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople } from './support/world';

/** GET /reports/courses and /reports/courses/:id/results: a trainer's figures of the courses they author. */
describe('course results for trainers', () => {
  let t: TestApp;
  let admin: string;
  let world: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let other: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let course: Awaited<ReturnType<typeof publishCourse>>;
  let attemptId: string;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    admin = await t.adminToken();
    world = await createInstitutionWithPeople(t, admin, 'RES');
    other = await createInstitutionWithPeople(t, admin, 'RSO');
    course = await publishCourse(t, world.trainer.token, {
      title: 'Wyniki',
      lessons: 0,
      questions: [VALID_QUESTIONS.true_false, VALID_QUESTIONS.numeric, VALID_QUESTIONS.essay],
      quiz: { passMarkPercent: 50, reviewPolicy: 'score' },
    });
    const [enrollmentId] = await enroll(t, admin, course.courseId, [world.officer.id]);
    const started = await t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${course.quizModuleId}/attempts`).set(bearer(world.officer.token)).expect(201);
    attemptId = started.body.id;
    const definitions: Record<string, object> = { true_false: VALID_QUESTIONS.true_false, numeric: VALID_QUESTIONS.numeric, essay: VALID_QUESTIONS.essay };
    const answers = (started.body.questions as ShownQuestion[]).map((q) =>
      q.type === 'numeric' ? { questionId: q.id, value: 997 } : rightAnswer(q, definitions[q.type] as never),
    );
    await t.http.post(`/api/v1/attempts/${attemptId}/submit`).set(bearer(world.officer.token)).send({ answers }).expect(202);
    await waitForGrading(t, world.officer.token, attemptId);
  }, 90_000);
  afterAll(() => t?.close());

  it('lists the courses the trainer authors with attempts and waiting essays; other trainers see none of them', async () => {
    const mine = await t.http.get('/api/v1/reports/courses').set(bearer(world.trainer.token)).expect(200);
    expect(mine.body.items).toEqual([{ courseId: course.courseId, title: { pl: 'Wyniki', en: 'Course' }, attempts: 1, needsReview: 1 }]);
    expect((await t.http.get('/api/v1/reports/courses').set(bearer(other.trainer.token)).expect(200)).body.items).toEqual([]);
    expect((await t.http.get('/api/v1/reports/courses').set(bearer(admin)).expect(200)).body.items).toHaveLength(1);
    await t.http.get('/api/v1/reports/courses').set(bearer(world.coordinator.token)).expect(403);
    await t.http.get('/api/v1/reports/courses').set(bearer(world.officer.token)).expect(403);
  });

  it("one course: totals, ten score buckets and the hardest questions, after the essay's grade", async () => {
    const waiting = await t.http.get(`/api/v1/reports/courses/${course.courseId}/results`).set(bearer(world.trainer.token)).expect(200);
    expect(waiting.body).toMatchObject({ attempts: 1, graded: 0, needsReview: 1, passed: 0, averagePercent: null });
    expect(waiting.body.distribution.every((b: { count: number }) => b.count === 0)).toBe(true);

    await t.http.post(`/api/v1/attempts/${attemptId}/grades`).set(bearer(world.trainer.token)).send({ questionId: course.questionIds[2], points: 4 }).expect(200);
    const res = await t.http.get(`/api/v1/reports/courses/${course.courseId}/results`).set(bearer(world.trainer.token)).expect(200);
    // true/false 1 of 1, numeric 0 of 1 (997 is not 112), essay 4 of 5: 5 of 7 points, 71.43 %.
    expect(res.body).toMatchObject({ courseId: course.courseId, title: { pl: 'Wyniki' }, attempts: 1, graded: 1, needsReview: 0, passed: 1, averagePercent: 71.43 });
    expect(res.body.distribution).toHaveLength(10);
    expect(res.body.distribution[7]).toEqual({ from: 70, to: 80, count: 1 });
    expect(res.body.hardestQuestions).toEqual([
      { questionId: course.questionIds[1], prompt: VALID_QUESTIONS.numeric.prompt, type: 'numeric', answered: 1, averageScoreShare: 0 },
      { questionId: course.questionIds[2], prompt: VALID_QUESTIONS.essay.prompt, type: 'essay', answered: 1, averageScoreShare: 0.8 },
      { questionId: course.questionIds[0], prompt: VALID_QUESTIONS.true_false.prompt, type: 'true_false', answered: 1, averageScoreShare: 1 },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(world.officer.id);
  });

  it("another trainer's course is not found, like a course that does not exist; admins read any", async () => {
    await t.http.get(`/api/v1/reports/courses/${course.courseId}/results`).set(bearer(other.trainer.token)).expect(404);
    await t.http.get('/api/v1/reports/courses/00000000-0000-4000-8000-000000000000/results').set(bearer(world.trainer.token)).expect(404);
    await t.http.get('/api/v1/reports/courses/not-a-uuid/results').set(bearer(world.trainer.token)).expect(400);
    await t.http.get(`/api/v1/reports/courses/${course.courseId}/results`).set(bearer(world.officer.token)).expect(403);
    await t.http.get(`/api/v1/reports/courses/${course.courseId}/results`).set(bearer(admin)).expect(200);
  });
});
