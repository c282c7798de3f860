import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { enroll, publishCourse } from './support/courses';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

const WORKER = join(__dirname, '..', 'dist', 'src', 'worker.js');
const ATTEMPTS = 8;

/**
 * A worker process killed (SIGKILL) in the middle of grading: its jobs stall and a
 * new worker grades them. Every submitted attempt ends graded, and its results are
 * written exactly once. Runs the compiled worker (npm test builds first).
 */
describe('a worker killed mid-job', () => {
  let t: TestApp;
  const workers: ChildProcess[] = [];

  const startWorker = () => {
    const child = spawn(process.execPath, [WORKER], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        DATABASE_URL: t.config.databaseUrl,
        REDIS_URL: t.config.redisUrl,
        QUEUE_PREFIX: t.config.queuePrefix,
        STORAGE_DIR: t.config.storageDir,
        LOG_LEVEL: 'silent',
        WORKER_CONCURRENCY: '4',
        JOB_LOCK_SECONDS: '2',
      },
      stdio: 'ignore',
    });
    workers.push(child);
    return child;
  };
  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params))[0].n as number;
  const waitFor = async (what: string, probe: () => Promise<boolean>, ms = 30_000) => {
    const deadline = Date.now() + ms;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
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

    // Count every write of an attempt's results.
    await t.dataSource.query(`CREATE TABLE grading_write (attempt_id uuid NOT NULL)`);
    await t.dataSource.query(`CREATE FUNCTION count_grading_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO grading_write VALUES (NEW.id); RETURN NEW; END $$`);
    await t.dataSource.query(`CREATE TRIGGER attempt_results_written AFTER UPDATE OF results ON attempt
      FOR EACH ROW WHEN (NEW.results IS DISTINCT FROM OLD.results) EXECUTE FUNCTION count_grading_write()`);

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
      (await count(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%FROM "attempt"%'`)) > 0,
    );
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    await blocker.query('ROLLBACK');
    await blocker.end();

    startWorker();
    await waitFor('every attempt to be graded', async () =>
      (await count(`SELECT count(*)::int AS n FROM attempt WHERE id = ANY($1) AND status = 'graded'`, [attemptIds])) === ATTEMPTS,
    );
    const writes: { attempt_id: string; n: number }[] = await t.dataSource.query(`SELECT attempt_id, count(*)::int AS n FROM grading_write GROUP BY attempt_id`);
    expect(writes).toHaveLength(ATTEMPTS);
    expect(writes.every((w) => w.n === 1)).toBe(true);
  }, 60_000);
});
