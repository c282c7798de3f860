import { BackendQueue, openQueue } from '../src/jobs/queue-backend';
import { QueueName } from '../src/jobs/catalogue';
import { GradeAttemptHandler } from '../src/modules/grading/grade-attempt.handler';
import { enroll, publishCourse, PublishedCourse } from './support/courses';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

type Name = 'a' | 'b' | 'c' | 'd' | 'e';

interface Officer {
  token: string;
  enrollmentId: string;
}

/**
 * The worker grades the jobs it runs at once in one transaction, and refreshes
 * the progress of all their quizzes in one statement. The grading queue is paused,
 * so the test decides what a batch holds: it hands the attempts to the worker's
 * grading handler together, as BullMQ would, and checks they shared a transaction.
 */
describe('grading a batch in the worker: progress and completion', () => {
  let t: TestApp;
  let grading: BackendQueue;
  let course: PublishedCourse;
  let officers: Record<Name, Officer>;

  /** Starts an attempt and submits it with `right` of its two questions answered right: 0 → 0 %, 1 → 50 %, 2 → 100 %. */
  const submit = async (officer: Officer, right: 0 | 1 | 2): Promise<string> => {
    const res = await t.http.post(`/api/v1/enrollments/${officer.enrollmentId}/modules/${course.quizModuleId}/attempts`).set(bearer(officer.token)).expect(201);
    // The questions come in order: true/false (the key says false), then numeric (112).
    const answers = (res.body.questions as { id: string; type: string }[]).map((q, i) => {
      const isRight = i < right;
      return q.type === 'true_false' ? { questionId: q.id, value: !isRight } : { questionId: q.id, value: isRight ? 112 : 1 };
    });
    await t.http.post(`/api/v1/attempts/${res.body.id}/submit`).set(bearer(officer.token)).send({ answers }).expect(202);
    return res.body.id;
  };
  /** The attempts graded by the worker's handler in one batch, as jobs that arrive together are. */
  const gradeTogether = async (attemptIds: string[]) => {
    const handler = t.worker!.get(GradeAttemptHandler);
    await Promise.all(attemptIds.map((attemptId) => handler.handle({ attemptId })));
    // Rows written by one transaction share its xmin.
    const transactions = await t.dataSource.query(`SELECT DISTINCT xmin::text FROM attempt WHERE id = ANY($1) AND status = 'graded'`, [attemptIds]);
    expect(transactions).toHaveLength(1);
  };
  const completeLesson = async (officer: Officer) => {
    const path = `/api/v1/enrollments/${officer.enrollmentId}/modules/${course.lessonIds[0]}`;
    await t.http.get(path).set(bearer(officer.token)).expect(200);
    await t.http.post(`${path}/complete`).set(bearer(officer.token)).expect(200);
  };
  const quizProgress = async (officer: Officer) => {
    const [row] = await t.dataSource.query(
      `SELECT p.status, p.best_percent::float8 AS best, p.started_at, p.completed_at,
              (SELECT min(graded_at) FROM attempt a WHERE a.enrollment_id = p.enrollment_id AND a.module_id = p.module_id AND a.passed) AS first_pass
         FROM module_progress p WHERE p.enrollment_id = $1 AND p.module_id = $2`,
      [officer.enrollmentId, course.quizModuleId],
    );
    return row;
  };
  const enrollment = async (officer: Officer) =>
    (await t.dataSource.query(`SELECT status, completed_at FROM enrollment WHERE id = $1`, [officer.enrollmentId]))[0];
  const certificateRequests = async () =>
    (await t.dataSource.query(`SELECT enrollment_id, count(*)::int AS n FROM certificate_request GROUP BY enrollment_id`)).reduce(
      (all: Record<string, number>, row: { enrollment_id: string; n: number }) => ({ ...all, [row.enrollment_id]: row.n }),
      {},
    );

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    grading = openQueue(t.config, QueueName.Grading, 'patient');
    await grading.pause();
    const admin = await t.adminToken();
    await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 'autor@mosty.test', fullName: 'Autor', role: 'trainer', password: PASSWORD }).expect(201);
    const trainer = (await t.login('autor@mosty.test', PASSWORD)).accessToken;
    const police = await createInstitutionWithPeople(t, admin, 'KMP');
    course = await publishCourse(t, trainer, {
      questions: [VALID_QUESTIONS.true_false, VALID_QUESTIONS.numeric],
      quiz: { passMarkPercent: 50, maxAttempts: null },
    });
    const names: Name[] = ['a', 'b', 'c', 'd', 'e'];
    const people: { id: string; token: string }[] = [];
    for (const name of names) {
      const email = `oficer.${name}@mosty.test`;
      const res = await t.http.post('/api/v1/users').set(bearer(admin)).send({ email, fullName: `Oficer ${name}`, role: 'officer', password: PASSWORD, institutionId: police.id }).expect(201);
      people.push({ id: res.body.id as string, token: (await t.login(email, PASSWORD)).accessToken });
    }
    const enrollmentIds = await enroll(t, admin, course.courseId, people.map((p) => p.id));
    officers = Object.fromEntries(names.map((name, i) => [name, { token: people[i].token, enrollmentId: enrollmentIds[i] }])) as Record<Name, Officer>;

    // Count every certificate request written to the outbox (the relay deletes the rows it hands on).
    await t.dataSource.query(`CREATE TABLE certificate_request (enrollment_id uuid NOT NULL)`);
    await t.dataSource.query(`CREATE FUNCTION count_certificate_request() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO certificate_request VALUES ((NEW.payload->>'enrollmentId')::uuid); RETURN NEW; END $$`);
    await t.dataSource.query(`CREATE TRIGGER outbox_certificate_request AFTER INSERT ON outbox
      FOR EACH ROW WHEN (NEW.job_name = 'issue-certificate') EXECUTE FUNCTION count_certificate_request()`);
  }, 60_000);
  afterAll(async () => {
    await grading.close();
    await t.close();
  });

  it('three attempts of one quiz in one batch: the best percent, completed since the first pass, one certificate request', async () => {
    const { a } = officers;
    await completeLesson(a);
    const attempts = [await submit(a, 0), await submit(a, 1), await submit(a, 2)];
    await gradeTogether(attempts);

    const progress = await quizProgress(a);
    expect(progress).toMatchObject({ status: 'completed', best: 100 });
    expect(progress.started_at).not.toBeNull();
    expect(progress.completed_at).toEqual(progress.first_pass);
    const done = await enrollment(a);
    expect(done.status).toBe('completed');
    expect(done.completed_at).not.toBeNull();
    expect(await certificateRequests()).toEqual({ [a.enrollmentId]: 1 });
  });

  it('a batch where some enrollments complete and others do not: one certificate request per completed enrollment', async () => {
    const { a, b, c, d, e } = officers;
    for (const officer of [b, d, e]) await completeLesson(officer);
    const before = { progress: await quizProgress(a), enrollment: await enrollment(a) };
    // b passes; c passes but has a lesson to go; d fails; e fails, then passes; a, completed already, fails once more.
    await gradeTogether([await submit(b, 1), await submit(c, 2), await submit(d, 0), await submit(e, 0), await submit(e, 2), await submit(a, 0)]);

    expect(await quizProgress(a)).toEqual(before.progress);
    expect(await enrollment(a)).toEqual(before.enrollment);
    for (const [officer, best] of [[b, 50], [c, 100], [e, 100]] as const) {
      const progress = await quizProgress(officer);
      expect(progress).toMatchObject({ status: 'completed', best });
      expect(progress.completed_at).toEqual(progress.first_pass);
    }
    expect(await quizProgress(d)).toMatchObject({ status: 'in_progress', best: 0, completed_at: null });
    expect((await enrollment(b)).status).toBe('completed');
    expect((await enrollment(c)).status).toBe('in_progress');
    expect(await enrollment(d)).toEqual({ status: 'in_progress', completed_at: null });
    expect((await enrollment(e)).status).toBe('completed');
    expect(await certificateRequests()).toEqual({ [a.enrollmentId]: 1, [b.enrollmentId]: 1, [e.enrollmentId]: 1 });
  });

  it('the grading jobs, delivered afterwards, change nothing', async () => {
    const all = Object.values(officers);
    const before = { progress: await Promise.all(all.map(quizProgress)), enrollments: await Promise.all(all.map(enrollment)) };
    await grading.resume();
    await waitForJobs(grading, 9);
    expect({ progress: await Promise.all(all.map(quizProgress)), enrollments: await Promise.all(all.map(enrollment)) }).toEqual(before);
    expect(Object.keys(await certificateRequests())).toHaveLength(3);
  });

  it('a regrade goes the same way: a lost pass reopens its enrollment (audited), a new pass completes another', async () => {
    const { a, b, c, d, e } = officers;
    const before = await quizProgress(a);
    // The key said "false"; now "true": a right true/false answer scores 0, a wrong one 1.
    const trainer = (await t.login('autor@mosty.test', PASSWORD)).accessToken;
    const erratum = await t.http
      .post(`/api/v1/courses/${course.courseId}/versions/1/errata`)
      .set(bearer(trainer))
      .send({ questionId: course.questionIds[0], question: { ...VALID_QUESTIONS.true_false, correct: true }, reason: 'Błąd w kluczu odpowiedzi.' })
      .expect(201);
    expect(erratum.body.attemptsToRegrade).toBe(9);
    await waitForJobs(grading, 18);

    // b's only attempt (50 %) now scores 0; d's (0 %) now 50 %; every other quiz is at 50 %, still passed.
    expect(await quizProgress(b)).toMatchObject({ status: 'in_progress', best: 0, completed_at: null });
    expect(await enrollment(b)).toEqual({ status: 'in_progress', completed_at: null });
    const [reopened] = await t.dataSource.query(`SELECT after FROM audit_event WHERE action = 'enrollment.reopened' AND entity_id = $1`, [b.enrollmentId]);
    expect(reopened.after).toMatchObject({ status: 'in_progress' });
    expect(await quizProgress(d)).toMatchObject({ status: 'completed', best: 50 });
    expect((await enrollment(d)).status).toBe('completed');
    for (const officer of [a, c, e]) expect(await quizProgress(officer)).toMatchObject({ status: 'completed', best: 50 });
    // Completed since the first pass, whenever the attempts were regraded.
    expect((await quizProgress(a)).completed_at).toEqual(before.completed_at);
    expect((await enrollment(a)).status).toBe('completed');
    expect((await enrollment(c)).status).toBe('in_progress');
    expect((await enrollment(e)).status).toBe('completed');
    expect(await certificateRequests()).toEqual({ [a.enrollmentId]: 1, [b.enrollmentId]: 1, [d.enrollmentId]: 1, [e.enrollmentId]: 1 });
  });
});

/** Until the queue has run `completed` jobs in all, and checks none failed. */
async function waitForJobs(queue: BackendQueue, completed: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let counts = await queue.getJobCounts('completed', 'failed');
  while (counts.completed + counts.failed < completed && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    counts = await queue.getJobCounts('completed', 'failed');
  }
  expect(counts).toEqual({ completed, failed: 0 });
}
