import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { enroll, publishCourse } from './support/courses';
import { Spawned, spawnWorker, stopProcess, waitFor } from './support/processes';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';
import { attemptWrites, countAttemptWrites } from './support/write-counts';

const ATTEMPTS = 8;

/**
 * A worker process killed (SIGKILL) in the middle of grading: its jobs stall and a
 * new worker grades them — also when the new worker is killed in turn. Every
 * submitted attempt ends graded, and its results are written exactly once. Runs
 * the compiled worker (npm test builds first).
 */
describe('a worker killed mid-job', () => {
  let t: TestApp;
  const workers: Spawned[] = [];

  const startWorker = () => {
    const worker = spawnWorker(t.config, { LOG_LEVEL: 'silent', WORKER_CONCURRENCY: '4', JOB_LOCK_SECONDS: '2' });
    workers.push(worker);
    return worker.child;
  };
  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params))[0].n as number;

  beforeAll(async () => {
    t = await TestApp.start();
    await countAttemptWrites(t.dataSource);
  });
  afterAll(async () => {
    for (const w of workers) if (w.running()) w.child.kill('SIGKILL');
    await t.close();
  });

  it('leaves every submitted attempt graded exactly once', async () => {
    const admin = await t.adminToken();
    await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 'autor@mosty.test', fullName: 'Autor', role: 'trainer', password: PASSWORD }).expect(201);
    const trainer = (await t.login('autor@mosty.test', PASSWORD)).accessToken;
    const police = await createInstitutionWithPeople(t, admin, 'KMP');
    const course = await publishCourse(t, trainer, { questions: [VALID_QUESTIONS.true_false, VALID_QUESTIONS.numeric] });
    const officers = [];
    for (let i = 0; i < ATTEMPTS; i++) {
      const email = `oficer${i}@mosty.test`;
      const res = await t.http.post('/api/v1/users').set(bearer(admin)).send({ email, fullName: `Oficer ${i}`, role: 'officer', password: PASSWORD, institutionId: police.id }).expect(201);
      officers.push({ id: res.body.id as string, token: (await t.login(email, PASSWORD)).accessToken });
    }
    const enrollments = await enroll(t, admin, course.courseId, officers.map((o) => o.id));

    const attemptIds: string[] = [];
    for (const [i, officer] of officers.entries()) {
      const attempt = await t.http.post(`/api/v1/enrollments/${enrollments[i]}/modules/${course.quizModuleId}/attempts`).set(bearer(officer.token)).expect(201);
      await t.http.post(`/api/v1/attempts/${attempt.body.id}/submit`).set(bearer(officer.token)).send({}).expect(202);
      attemptIds.push(attempt.body.id);
    }

    // Hold one attempt's row lock, so the first worker is caught in the middle of grading it.
    const blocker = new Client({ connectionString: t.config.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`SELECT 1 FROM attempt WHERE id = $1 FOR UPDATE`, [attemptIds[0]]);

    const first = startWorker();
    await waitFor('the first worker to wait on the locked attempt', async () =>
      (await count(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%FROM "attempt"%'`)) > 0,
      30_000,
    );
    // Grading is background work: the worker runs at WORKER_NICE (default 19), so the API's requests go first.
    expect(Number(readFileSync(`/proc/${first.pid}/stat`, 'utf8').split(') ')[1].split(' ')[16])).toBe(19);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    await blocker.query('ROLLBACK');
    await blocker.end();

    startWorker();
    await waitFor('every attempt to be graded', async () =>
      (await count(`SELECT count(*)::int AS n FROM attempt WHERE id = ANY($1) AND status = 'graded'`, [attemptIds])) === ATTEMPTS,
      30_000,
    );
    const writes = await attemptWrites(t.dataSource, 'results');
    expect(attemptIds.map((id) => writes.get(id))).toEqual(attemptIds.map(() => 1));
  }, 60_000);

  it('grades an attempt whose job lost two runs: its worker killed mid-job, then the next one too', async () => {
    // Only the workers started here may take the job.
    await Promise.all(workers.map((w) => stopProcess(w.child)));
    const admin = await t.adminToken();
    const guard = await createInstitutionWithPeople(t, admin, 'SM', 'municipal_guard');
    const course = await publishCourse(t, guard.trainer.token, { questions: [VALID_QUESTIONS.true_false] });
    const [enrollmentId] = await enroll(t, admin, course.courseId, [guard.officer.id]);
    const attempt = await t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${course.quizModuleId}/attempts`).set(bearer(guard.officer.token)).expect(201);
    await t.http.post(`/api/v1/attempts/${attempt.body.id}/submit`).set(bearer(guard.officer.token)).send({ answers: [{ questionId: attempt.body.questions[0].id, value: false }] }).expect(202);

    const blocker = new Client({ connectionString: t.config.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`SELECT 1 FROM attempt WHERE id = $1 FOR UPDATE`, [attempt.body.id]);
    const lockWaiters = () => count(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    for (const run of [1, 2]) {
      const worker = startWorker();
      await waitFor(`worker ${run} to wait on the locked attempt`, async () => (await lockWaiters()) > 0, 30_000);
      worker.kill('SIGKILL');
      await new Promise((r) => worker.once('exit', r));
      // PostgreSQL notices a dead client only when it next writes to it: end the killed worker's session now.
      await t.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    }
    await blocker.query('ROLLBACK');
    await blocker.end();

    startWorker();
    await waitFor('the attempt to be graded', async () => (await count(`SELECT count(*)::int AS n FROM attempt WHERE id = $1 AND status = 'graded'`, [attempt.body.id])) === 1, 30_000);
    expect((await attemptWrites(t.dataSource, 'results')).get(attempt.body.id)).toBe(1);
  }, 60_000);
});
