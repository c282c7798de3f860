import { publishCourse, waitForGrading } from './support/courses';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

/**
 * Publishing a new version moves the enrollments that have nothing to lose to it; with
 * moveInProgress also those under way (their attempts stay on their version); never a completed one.
 */
describe('enrollments move to a newly published version', () => {
  let t: TestApp;
  let admin: string;
  let police: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let trainer: string;
  const dueAt = () => new Date(Date.now() + 30 * 86400_000).toISOString();
  const api = (token: string) => ({
    get: (path: string) => t.http.get(`/api/v1${path}`).set(bearer(token)),
    post: (path: string, body: object = {}) => t.http.post(`/api/v1${path}`).set(bearer(token)).send(body),
  });
  const quizModule = (questionId: string) => ({
    kind: 'quiz',
    title: { pl: 'Test' },
    quiz: { passMarkPercent: 60, maxAttempts: 3, shuffleQuestions: false, shuffleOptions: false, reviewPolicy: 'correct_answers', reviewAfter: 'each_attempt', questionIds: [questionId] },
  });
  const newOfficer = async (slug: string) => {
    const email = `${slug}@mosty.test`;
    const res = await api(admin).post('/users', { email, fullName: `Oficer ${slug}`, role: 'officer', password: PASSWORD, institutionId: police.id }).expect(201);
    return { id: res.body.id as string, token: (await t.login(email, PASSWORD)).accessToken };
  };
  const enrollmentOf = async (token: string, courseId: string) => {
    const list = await api(token).get(`/enrollments?courseId=${courseId}`).expect(200);
    expect(list.body.items).toHaveLength(1);
    return list.body.items[0] as { id: string; courseVersion: number; status: string };
  };
  const completeLesson = async (token: string, enrollmentId: string, lessonId: string) => {
    await api(token).get(`/enrollments/${enrollmentId}/modules/${lessonId}`).expect(200);
    await api(token).post(`/enrollments/${enrollmentId}/modules/${lessonId}/complete`).expect(200);
  };
  const takeQuiz = async (token: string, enrollmentId: string, quizId: string, right: boolean) => {
    const started = await api(token).post(`/enrollments/${enrollmentId}/modules/${quizId}/attempts`).expect(201);
    const questionId = started.body.questions[0].id;
    await api(token).post(`/attempts/${started.body.id}/submit`, { answers: [{ questionId, value: !right }] }).expect(202);
    return waitForGrading(t, token, started.body.id);
  };

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    admin = await t.adminToken();
    police = await createInstitutionWithPeople(t, admin, 'KMP');
    trainer = police.trainer.token;
  }, 60_000);
  afterAll(() => t.close());

  it('the reported case: v1 of a lesson only, assigned, then v2 with the quiz — the enrollment moves and the certificate needs the quiz', async () => {
    const course = await publishCourse(t, trainer, { lessons: 1, publish: false });
    // Version 1 is published with a warning: its certificate would need no test.
    const v1 = await api(trainer).post(`/courses/${course.courseId}/publish`).expect(201);
    expect(v1.body).toMatchObject({ version: 1, warnings: [{ code: 'no-quiz' }], enrollmentsMoved: { notStarted: 0, inProgress: 0 } });
    const assigned = await api(police.coordinator.token).post('/assignments', { courseId: course.courseId, userIds: [police.officer.id], dueAt: dueAt() }).expect(201);
    expect(assigned.body.enrollmentsCreated).toBe(1);

    const bank = (await api(trainer).post('/question-banks', { name: 'Bank v2' }).expect(201)).body.id;
    const question = (await api(trainer).post(`/question-banks/${bank}/questions`, VALID_QUESTIONS.true_false).expect(201)).body.id;
    const quiz = (await api(trainer).post(`/courses/${course.courseId}/modules`, quizModule(question)).expect(201)).body.id;
    const v2 = await api(trainer).post(`/courses/${course.courseId}/publish`).expect(201);
    expect(v2.body).toMatchObject({ version: 2, warnings: [], enrollmentsMoved: { notStarted: 1, inProgress: 0 }, enrollmentsKept: { inProgress: 0, completed: 0 } });

    const enrollment = await enrollmentOf(police.officer.token, course.courseId);
    expect(enrollment).toMatchObject({ courseVersion: 2, status: 'assigned' });
    const detail = await api(police.officer.token).get(`/enrollments/${enrollment.id}`).expect(200);
    expect(detail.body.modules.map((m: { kind: string }) => m.kind)).toEqual(['lesson', 'quiz']);
    // Assigning again creates nothing: the officer is enrolled, now in version 2.
    const again = await api(police.coordinator.token).post('/assignments', { courseId: course.courseId, userIds: [police.officer.id], dueAt: dueAt() }).expect(201);
    expect(again.body.enrollmentsCreated).toBe(0);

    // The coordinator reads the move in the institution's audit log.
    const audit = await api(police.coordinator.token).get(`/audit-events?action=enrollment.version_moved&entityId=${enrollment.id}`).expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ entityType: 'enrollment', before: { courseVersion: 1 }, after: { courseId: course.courseId, courseVersion: 2, inProgress: false } }),
    ]);

    // The lesson alone completes nothing and issues no certificate; the quiz passed does.
    await completeLesson(police.officer.token, enrollment.id, course.lessonIds[0]);
    expect(await enrollmentOf(police.officer.token, course.courseId)).toMatchObject({ status: 'in_progress' });
    expect((await api(police.officer.token).get('/certificates').expect(200)).body.items).toEqual([]);
    expect(await takeQuiz(police.officer.token, enrollment.id, quiz, true)).toMatchObject({ passed: true, courseVersion: 2 });
    expect(await enrollmentOf(police.officer.token, course.courseId)).toMatchObject({ status: 'completed' });
  });

  it('enrollments under way stay unless moveInProgress is asked for; then lessons kept, quizzes start again, old attempts stay on their version; completed ones never move', async () => {
    const course = await publishCourse(t, trainer, { lessons: 2, questions: [VALID_QUESTIONS.true_false], quiz: { reviewAfter: 'each_attempt' } });
    const [fresh, lessonDone, tried, done] = [await newOfficer('swiezy'), await newOfficer('lekcja'), await newOfficer('proba'), await newOfficer('ukonczyl')];
    await api(police.coordinator.token)
      .post('/assignments', { courseId: course.courseId, userIds: [fresh.id, lessonDone.id, tried.id, done.id], dueAt: dueAt() })
      .expect(201);
    const e = {
      fresh: await enrollmentOf(fresh.token, course.courseId),
      lessonDone: await enrollmentOf(lessonDone.token, course.courseId),
      tried: await enrollmentOf(tried.token, course.courseId),
      done: await enrollmentOf(done.token, course.courseId),
    };
    // Opening a lesson is no completion: that enrollment still moves on its own.
    await api(fresh.token).get(`/enrollments/${e.fresh.id}/modules/${course.lessonIds[0]}`).expect(200);
    await completeLesson(lessonDone.token, e.lessonDone.id, course.lessonIds[0]);
    await completeLesson(tried.token, e.tried.id, course.lessonIds[0]);
    const failed = await takeQuiz(tried.token, e.tried.id, course.quizModuleId, false);
    expect(failed).toMatchObject({ passed: false, number: 1, courseVersion: 1 });
    for (const lesson of course.lessonIds) await completeLesson(done.token, e.done.id, lesson);
    await takeQuiz(done.token, e.done.id, course.quizModuleId, true);
    expect(await enrollmentOf(done.token, course.courseId)).toMatchObject({ status: 'completed' });

    // Bad input changes nothing.
    await api(trainer).post(`/courses/${course.courseId}/publish`, { moveInProgress: 'yes' }).expect(400);
    expect((await api(trainer).get(`/courses/${course.courseId}/versions`).expect(200)).body.items).toHaveLength(1);

    // Version 2 drops the second lesson. Without moveInProgress only the fresh enrollment moves.
    await t.http.delete(`/api/v1/courses/${course.courseId}/modules/${course.lessonIds[1]}`).set(bearer(trainer)).expect(204);
    const v2 = await api(trainer).post(`/courses/${course.courseId}/publish`).expect(201);
    expect(v2.body).toMatchObject({ version: 2, enrollmentsMoved: { notStarted: 1, inProgress: 0 }, enrollmentsKept: { inProgress: 2, completed: 1 } });
    expect((await enrollmentOf(fresh.token, course.courseId)).courseVersion).toBe(2);
    expect((await enrollmentOf(tried.token, course.courseId)).courseVersion).toBe(1);

    const v3 = await api(trainer).post(`/courses/${course.courseId}/publish`, { moveInProgress: true }).expect(201);
    expect(v3.body).toMatchObject({ version: 3, enrollmentsMoved: { notStarted: 1, inProgress: 2 }, enrollmentsKept: { inProgress: 0, completed: 1 } });
    expect(await enrollmentOf(done.token, course.courseId)).toMatchObject({ courseVersion: 1, status: 'completed' });
    const moved = await api(tried.token).get(`/enrollments/${e.tried.id}`).expect(200);
    expect(moved.body).toMatchObject({ courseVersion: 3, status: 'in_progress' });
    // The lesson both versions have stays completed; the quiz starts again.
    expect(moved.body.modules.map((m: { id: string; status: string }) => [m.id, m.status])).toEqual([
      [course.lessonIds[0], 'completed'],
      [course.quizModuleId, 'not_started'],
    ]);
    // The attempt of version 1 is still read against version 1.
    const old = await api(tried.token).get(`/attempts/${failed.id}`).expect(200);
    expect(old.body).toMatchObject({ courseVersion: 1, passed: false });
    expect(old.body.questions).toHaveLength(1);
    // A new attempt on version 3: all three attempts again, numbered after the old one; passing completes the course.
    const retry = await takeQuiz(tried.token, e.tried.id, course.quizModuleId, true);
    expect(retry).toMatchObject({ number: 2, courseVersion: 3, passed: true });
    expect(await enrollmentOf(tried.token, course.courseId)).toMatchObject({ status: 'completed' });

    const events = await api(admin).get(`/audit-events?action=course.published&entityId=${course.courseId}`).expect(200);
    expect(events.body.items[0].after).toMatchObject({ version: 3, moveInProgress: true, enrollmentsMoved: { notStarted: 1, inProgress: 2 } });
  });

  it('an attempt open when its enrollment moves is finished and graded on its own version, and does not count for the new one', async () => {
    const course = await publishCourse(t, trainer, { lessons: 1, questions: [VALID_QUESTIONS.true_false], quiz: { reviewAfter: 'each_attempt' } });
    const officer = await newOfficer('otwarte');
    await api(police.coordinator.token).post('/assignments', { courseId: course.courseId, userIds: [officer.id], dueAt: dueAt() }).expect(201);
    const enrollment = await enrollmentOf(officer.token, course.courseId);
    const open = await api(officer.token).post(`/enrollments/${enrollment.id}/modules/${course.quizModuleId}/attempts`).expect(201);
    const oldQuestion = open.body.questions[0].id;

    // Version 2 asks another question.
    const bank = (await api(trainer).post('/question-banks', { name: 'Bank v2 otwarte' }).expect(201)).body.id;
    const other = (await api(trainer).post(`/question-banks/${bank}/questions`, { ...VALID_QUESTIONS.true_false, prompt: { pl: 'Nowe pytanie' }, correct: true }).expect(201)).body.id;
    await t.http.patch(`/api/v1/courses/${course.courseId}/modules/${course.quizModuleId}`).set(bearer(trainer)).send({ quiz: { questionIds: [other] } }).expect(200);
    const v2 = await api(trainer).post(`/courses/${course.courseId}/publish`, { moveInProgress: true }).expect(201);
    expect(v2.body.enrollmentsMoved).toEqual({ notStarted: 0, inProgress: 1 });

    // The open attempt still takes answers to its own question, and is graded against version 1.
    await t.http.put(`/api/v1/attempts/${open.body.id}/answers`).set(bearer(officer.token)).send({ answers: [{ questionId: oldQuestion, value: false }] }).expect(200);
    await api(officer.token).post(`/attempts/${open.body.id}/submit`).expect(202);
    expect(await waitForGrading(t, officer.token, open.body.id)).toMatchObject({ courseVersion: 1, passed: true, percent: 100 });
    // Its pass belongs to version 1: the quiz of version 2 is still to be passed.
    const detail = await api(officer.token).get(`/enrollments/${enrollment.id}`).expect(200);
    expect(detail.body).toMatchObject({ courseVersion: 2, status: 'in_progress' });
    expect(detail.body.modules.find((m: { id: string }) => m.id === course.quizModuleId)).toMatchObject({ status: 'not_started' });
    const next = await api(officer.token).post(`/enrollments/${enrollment.id}/modules/${course.quizModuleId}/attempts`).expect(201);
    expect(next.body).toMatchObject({ number: 2, courseVersion: 2 });
    expect(next.body.questions.map((q: { id: string }) => q.id)).toEqual([other]);
  });
});
