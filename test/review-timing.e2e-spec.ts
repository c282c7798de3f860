import { QuizReviewAfter1765200000000 } from '../migrations/1765200000000-quiz-review-after';
import { enroll, publishCourse, waitForGrading } from './support/courses';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { PASSWORD } from './support/world';

type Review = { visible: boolean; after: string; availableFrom?: string };
type Graded = { id: string; number: number; passed: boolean; review?: Review; questions?: { correct?: unknown; response?: unknown; awardedPoints?: number }[] };

/**
 * The review timing (reviewAfter): fixed questions, three attempts, correct_answers. The key and the
 * answers given appear only when the timing allows; under last_attempt_or_pass (the default) never while
 * an attempt is left, under due_date not before the due date.
 */
describe('review timing', () => {
  let t: TestApp;
  let admin: string;
  let trainer: string;
  let n = 0;

  const newOfficer = async () => {
    const email = `oficer${++n}@mosty.test`;
    const institution = (await t.dataSource.query(`SELECT id FROM institution WHERE code = 'RT'`))[0].id;
    const res = await t.http.post('/api/v1/users').set(bearer(admin)).send({ email, fullName: `Oficer ${n}`, role: 'officer', password: PASSWORD, institutionId: institution }).expect(201);
    return { id: res.body.id as string, token: (await t.login(email, PASSWORD)).accessToken };
  };
  /** A course of one quiz with two fixed true/false questions (both right: 100%, one right: 50%, below the pass mark). */
  const quizCourse = (quiz: Record<string, unknown>) =>
    publishCourse(t, trainer, { lessons: 0, questions: [VALID_QUESTIONS.true_false, { ...VALID_QUESTIONS.true_false, prompt: { pl: 'Drugie' } }], quiz: { passMarkPercent: 60, ...quiz } });
  const attempt = async (token: string, enrollmentId: string, moduleId: string, pass: boolean): Promise<Graded> => {
    const started = await t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${moduleId}/attempts`).set(bearer(token)).expect(201);
    const ids: string[] = started.body.questions.map((q: { id: string }) => q.id);
    const answers = [{ questionId: ids[0], value: false }, { questionId: ids[1], value: !pass }];
    await t.http.post(`/api/v1/attempts/${started.body.id}/submit`).set(bearer(token)).send({ answers }).expect(202);
    return (await waitForGrading(t, token, started.body.id)) as unknown as Graded;
  };
  const read = async (token: string, id: string): Promise<Graded> => (await t.http.get(`/api/v1/attempts/${id}`).set(bearer(token)).expect(200)).body;
  const hidden = (a: Graded) => {
    expect(a.review).toMatchObject({ visible: false });
    expect(a.questions).toBeUndefined();
    expect(JSON.stringify(a)).not.toContain('"correct"');
  };
  const shown = (a: Graded) => {
    expect(a.review).toMatchObject({ visible: true });
    expect(a.questions).toHaveLength(2);
    for (const q of a.questions!) expect(q.correct).toEqual({ value: false });
  };

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    admin = await t.adminToken();
    await t.http.post('/api/v1/institutions').set(bearer(admin)).send({ name: 'Komenda', type: 'police', code: 'RT' }).expect(201);
    await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 'autor@mosty.test', fullName: 'Autor', role: 'trainer', password: PASSWORD }).expect(201);
    trainer = (await t.login('autor@mosty.test', PASSWORD)).accessToken;
  }, 60_000);
  afterAll(() => t.close());

  it('a quiz saved without a timing gets last_attempt_or_pass; an unknown timing is refused', async () => {
    const course = await quizCourse({});
    const draft = await t.http.get(`/api/v1/courses/${course.courseId}`).set(bearer(trainer)).expect(200);
    expect(draft.body.modules[0].quiz.reviewAfter).toBe('last_attempt_or_pass');
    const refused = await t.http
      .patch(`/api/v1/courses/${course.courseId}/modules/${course.quizModuleId}`)
      .set(bearer(trainer))
      .send({ quiz: { reviewAfter: 'never' } })
      .expect(400);
    expect(refused.body.type).toBe('urn:mosty:problem:validation');
    const officer = await newOfficer();
    const [enrollment] = await enroll(t, admin, course.courseId, [officer.id]);
    const module = await t.http.get(`/api/v1/enrollments/${enrollment}/modules/${course.quizModuleId}`).set(bearer(officer.token)).expect(200);
    expect(module.body.quiz).toMatchObject({ reviewAfter: 'last_attempt_or_pass', reviewPolicy: 'correct_answers' });
  });

  it('quizzes saved before the setting existed get the safe timing: drafts by the migration, published versions when read', async () => {
    const course = await publishCourse(t, trainer, { lessons: 1, questions: [VALID_QUESTIONS.true_false], quiz: { reviewAfter: 'each_attempt' }, publish: false });
    const forget = () => t.dataSource.query(`UPDATE course_module SET quiz = quiz - 'reviewAfter' WHERE id = $1`, [course.quizModuleId]);
    // A version published from a quiz without the setting, as every version before it was.
    await forget();
    await t.http.post(`/api/v1/courses/${course.courseId}/publish`).set(bearer(trainer)).expect(201);
    const [frozen] = await t.dataSource.query(`SELECT snapshot #> '{modules,1,quiz}' AS quiz FROM course_version WHERE course_id = $1`, [course.courseId]);
    expect(frozen.quiz.reviewAfter).toBeUndefined();
    const officer = await newOfficer();
    const [enrollment] = await enroll(t, admin, course.courseId, [officer.id]);
    const module = await t.http.get(`/api/v1/enrollments/${enrollment}/modules/${course.quizModuleId}`).set(bearer(officer.token)).expect(200);
    expect(module.body.quiz.reviewAfter).toBe('last_attempt_or_pass');
    const started = await t.http.post(`/api/v1/enrollments/${enrollment}/modules/${course.quizModuleId}/attempts`).set(bearer(officer.token)).expect(201);
    await t.http.post(`/api/v1/attempts/${started.body.id}/submit`).set(bearer(officer.token)).send({ answers: [{ questionId: started.body.questions[0].id, value: true }] }).expect(202);
    hidden((await waitForGrading(t, officer.token, started.body.id)) as unknown as Graded);

    // The draft, by the migration; a quiz that has a timing keeps it.
    const other = await quizCourse({ reviewAfter: 'due_date' });
    const runner = t.dataSource.createQueryRunner();
    try {
      await new QuizReviewAfter1765200000000().up(runner);
    } finally {
      await runner.release();
    }
    const timings = await t.dataSource.query(`SELECT id, quiz->>'reviewAfter' AS timing FROM course_module WHERE id = ANY($1::uuid[]) ORDER BY id`, [[course.quizModuleId, other.quizModuleId]]);
    expect(Object.fromEntries(timings.map((r: { id: string; timing: string }) => [r.id, r.timing]))).toEqual({
      [course.quizModuleId]: 'last_attempt_or_pass',
      [other.quizModuleId]: 'due_date',
    });
  });

  it('last_attempt_or_pass: hidden after attempts 1 and 2 (failed), shown after the third and last', async () => {
    const course = await quizCourse({ reviewAfter: 'last_attempt_or_pass' });
    const officer = await newOfficer();
    const [enrollment] = await enroll(t, admin, course.courseId, [officer.id]);
    const first = await attempt(officer.token, enrollment, course.quizModuleId, false);
    expect(first).toMatchObject({ passed: false, review: { visible: false, after: 'last_attempt_or_pass' } });
    hidden(first);
    const second = await attempt(officer.token, enrollment, course.quizModuleId, false);
    hidden(second);
    hidden(await read(officer.token, first.id));
    // While the last attempt is open, no earlier review opens either.
    const third = await t.http.post(`/api/v1/enrollments/${enrollment}/modules/${course.quizModuleId}/attempts`).set(bearer(officer.token)).expect(201);
    hidden(await read(officer.token, first.id));
    const ids: string[] = third.body.questions.map((q: { id: string }) => q.id);
    await t.http.post(`/api/v1/attempts/${third.body.id}/submit`).set(bearer(officer.token)).send({ answers: ids.map((questionId) => ({ questionId, value: true })) }).expect(202);
    shown((await waitForGrading(t, officer.token, third.body.id)) as unknown as Graded);
    shown(await read(officer.token, first.id));
  });

  it('last_attempt_or_pass: shown once an attempt passes, also for the failed one before it', async () => {
    const course = await quizCourse({ reviewAfter: 'last_attempt_or_pass' });
    const officer = await newOfficer();
    const [enrollment] = await enroll(t, admin, course.courseId, [officer.id]);
    const failed = await attempt(officer.token, enrollment, course.quizModuleId, false);
    hidden(failed);
    const passed = await attempt(officer.token, enrollment, course.quizModuleId, true);
    expect(passed.passed).toBe(true);
    shown(passed);
    shown(await read(officer.token, failed.id));
  });

  it('each_attempt: the author\'s explicit choice shows the key right after attempt 1', async () => {
    const course = await quizCourse({ reviewAfter: 'each_attempt' });
    const officer = await newOfficer();
    const [enrollment] = await enroll(t, admin, course.courseId, [officer.id]);
    const first = await attempt(officer.token, enrollment, course.quizModuleId, false);
    expect(first.review).toEqual({ visible: true, after: 'each_attempt' });
    shown(first);
  });

  it('due_date: hidden before the due date even after a pass, shown after it; the quiz then takes no attempt', async () => {
    const course = await quizCourse({ reviewAfter: 'due_date' });
    const officer = await newOfficer();
    const [enrollment] = await enroll(t, admin, course.courseId, [officer.id]);
    const passed = await attempt(officer.token, enrollment, course.quizModuleId, true);
    expect(passed.passed).toBe(true);
    hidden(passed);
    const [{ due_at: dueAt }] = await t.dataSource.query(`SELECT due_at FROM enrollment WHERE id = $1`, [enrollment]);
    expect(passed.review!.availableFrom).toBe(new Date(dueAt).toISOString());
    // The due date passes.
    await t.dataSource.query(`UPDATE enrollment SET due_at = now() - interval '1 minute' WHERE id = $1`, [enrollment]);
    shown(await read(officer.token, passed.id));
    const closed = await t.http.post(`/api/v1/enrollments/${enrollment}/modules/${course.quizModuleId}/attempts`).set(bearer(officer.token)).expect(409);
    expect(closed.body.type).toBe('urn:mosty:problem:quiz-closed');
  });

  it('the score policy shows no questions under any timing, and staff always see the results', async () => {
    const course = await quizCourse({ reviewAfter: 'each_attempt', reviewPolicy: 'score' });
    const officer = await newOfficer();
    const [enrollment] = await enroll(t, admin, course.courseId, [officer.id]);
    const first = await attempt(officer.token, enrollment, course.quizModuleId, false);
    expect(first.questions).toBeUndefined();
    expect(first.review).toBeUndefined();
    const staff = await t.http.get(`/api/v1/attempts/${first.id}`).set(bearer(trainer)).expect(200);
    expect(staff.body.results).toHaveLength(2);
  });
});
