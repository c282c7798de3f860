import { ConnectionOptions, Queue } from 'bullmq';
import { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { QueueName } from '../src/jobs/catalogue';
import { redisOptions } from '../src/jobs/redis-connection';
import { enroll, publishCourse, PublishedCourse } from './support/courses';
import { PrivatePostgres } from './support/private-postgres';
import { freePort, Spawned, spawnWorker, startRedisServer, stopProcess, waitFor } from './support/processes';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';
import { attemptWrites, countAttemptWrites } from './support/write-counts';
import { certificateJobId, gradeJobId, renderJobId } from './support/job-ids';

/**
 * DESIGN's promise: "A worker killed mid-job, Redis stopped for a minute, PostgreSQL
 * restarted: every submitted attempt is graded exactly once and every completed
 * enrollment gets exactly one certificate." The killed worker is worker-crash's;
 * here Redis and PostgreSQL go away under the real API and the compiled worker.
 */

/** How long Redis stays down: DESIGN's minute. */
const REDIS_OUTAGE_MS = Number(process.env.MOSTY_REDIS_OUTAGE_MS ?? 60_000);
/** Short, so that jobs running when Redis stops lose their locks while it is down. */
const JOB_LOCK_SECONDS = 2;
const WORKER_ENV = { WORKER_CONCURRENCY: '4', JOB_LOCK_SECONDS: String(JOB_LOCK_SECONDS) };
/** How long, at most, the system may take to catch up once a service is back (worker reconnect and relay backoff included). */
const CATCH_UP_MS = 40_000;
/** Redis back, the worker and the relay reconnect (each tries at least every 2 s) and everything is graded and certified. */
const RECOVERY_MS = 10_000;

/** What officer i answers, and what that must score: true/false and numeric, a point each; pass mark 60 %. */
const PATTERNS = [
  { trueFalse: false, numeric: 112, score: 2, passed: true },
  { trueFalse: true, numeric: 112, score: 1, passed: false },
  { trueFalse: true, numeric: 997, score: 0, passed: false },
];

interface Officer {
  id: string;
  token: string;
  enrollmentId: string;
  expected: (typeof PATTERNS)[number];
  attemptId?: string;
  /** The submit's body: even officers autosave their answers first, odd ones send them with the submit. */
  submitBody?: object;
}

/** A trainer's published quiz-only course (passing it completes the enrollment) and `count` enrolled, signed-in officers. */
async function buildWorld(t: TestApp, count: number): Promise<{ course: PublishedCourse; officers: Officer[] }> {
  const admin = await t.adminToken();
  const police = await createInstitutionWithPeople(t, admin, 'KMP');
  const course = await publishCourse(t, police.trainer.token, { lessons: 0, questions: [VALID_QUESTIONS.true_false, VALID_QUESTIONS.numeric] });
  const people = [];
  for (let i = 0; i < count; i++) {
    const email = `oficer${i}@mosty.test`;
    const res = await t.http.post('/api/v1/users').set(bearer(admin)).send({ email, fullName: `Oficer ${i}`, role: 'officer', password: PASSWORD, institutionId: police.id }).expect(201);
    people.push({ id: res.body.id as string, token: (await t.login(email, PASSWORD)).accessToken });
  }
  const enrollments = await enroll(t, admin, course.courseId, people.map((p) => p.id));
  return { course, officers: people.map((p, i) => ({ ...p, enrollmentId: enrollments[i], expected: PATTERNS[i % PATTERNS.length] })) };
}

/** Starts the officer's attempt and prepares the submit (saving the answers first, or putting them in the body). */
async function startAttempt(t: TestApp, course: PublishedCourse, officer: Officer, index: number): Promise<void> {
  const attempt = await t.http.post(`/api/v1/enrollments/${officer.enrollmentId}/modules/${course.quizModuleId}/attempts`).set(bearer(officer.token)).expect(201);
  const answers = (attempt.body.questions as { id: string; type: string }[]).map((q) => ({
    questionId: q.id,
    value: q.type === 'true_false' ? officer.expected.trueFalse : officer.expected.numeric,
  }));
  officer.attemptId = attempt.body.id;
  if (index % 2 === 0) {
    await t.http.put(`/api/v1/attempts/${officer.attemptId}/answers`).set(bearer(officer.token)).send({ answers }).expect(200);
    officer.submitBody = {};
  } else {
    officer.submitBody = { answers };
  }
}

const submit = (t: TestApp, officer: Officer, idempotencyKey?: string) => {
  const req = t.http.post(`/api/v1/attempts/${officer.attemptId}/submit`).set(bearer(officer.token));
  return (idempotencyKey ? req.set('Idempotency-Key', idempotencyKey) : req).send(officer.submitBody);
};

const count = async (t: TestApp, sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);

/** Backends waiting on a row lock of one of the enrollments (a grading transaction caught mid-way). */
const enrollmentLockWaiters = (t: TestApp) =>
  count(t, `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%FROM "enrollment"%'`);

/** A separate session holding the enrollments' row locks until it is let go: grading them waits mid-transaction. */
async function holdEnrollments(databaseUrl: string, enrollmentIds: string[]): Promise<Client> {
  const blocker = new Client({ connectionString: databaseUrl });
  // The session dies when PostgreSQL restarts; without a listener that error would crash the test process.
  blocker.on('error', () => undefined);
  await blocker.connect();
  await blocker.query('BEGIN');
  // NO KEY UPDATE blocks grading (which locks FOR UPDATE) but not a submit's foreign-key check on the enrollment.
  await blocker.query(`SELECT 1 FROM enrollment WHERE id = ANY($1) FOR NO KEY UPDATE`, [enrollmentIds]);
  return blocker;
}

const JOB_NAMES = ['grade-attempt', 'issue-certificate', 'render-pdf'];

/** Every job of the test's queues, by state (the daily expiry scheduler's job left out). */
async function jobsByState(queues: Queue[]): Promise<Map<string, string[]>> {
  const byState = new Map<string, string[]>();
  for (const queue of queues) {
    for (const state of ['completed', 'failed', 'active', 'waiting', 'delayed', 'prioritized', 'waiting-children'] as const) {
      const jobs = (await queue.getJobs([state], 0, -1)).filter((job) => job && JOB_NAMES.includes(job.name));
      byState.set(state, [...(byState.get(state) ?? []), ...jobs.map((job) => job.id!)].sort());
    }
  }
  return byState;
}

/** Nothing left to do: every attempt graded, the outbox empty, every passing enrollment's certificate rendered, no job pending. */
async function waitUntilSettled(t: TestApp, officers: Officer[], queues: Queue[], timeoutMs: number): Promise<void> {
  const attemptIds = officers.map((o) => o.attemptId!);
  const passing = officers.filter((o) => o.expected.passed).map((o) => o.enrollmentId);
  await waitFor('every attempt graded, every certificate rendered and the queues drained', async () => {
    if ((await count(t, `SELECT count(*) AS n FROM attempt WHERE id = ANY($1) AND status = 'graded'`, [attemptIds])) < attemptIds.length) return false;
    if ((await count(t, `SELECT count(*) AS n FROM certificate WHERE enrollment_id = ANY($1) AND pdf_key IS NOT NULL`, [passing])) < passing.length) return false;
    if ((await count(t, `SELECT count(*) AS n FROM outbox`)) > 0) return false;
    const states = await jobsByState(queues);
    return [...states].every(([state, ids]) => state === 'completed' || state === 'failed' || ids.length === 0);
  }, timeoutMs, 250);
}

/**
 * The promise itself: each submitted attempt was submitted once and graded once with
 * the score its answers earn; each passing enrollment is completed with exactly one
 * certificate (backed by the unique constraint), the others have none; every job ran
 * to completion, none failed.
 */
async function expectEachGradedOnceAndCertifiedOnce(t: TestApp, officers: Officer[], queues: Queue[]): Promise<void> {
  const attemptIds = officers.map((o) => o.attemptId!).sort();
  const attempts: { id: string; status: string; score: string; passed: boolean }[] = await t.dataSource.query(
    `SELECT id, status, score, passed FROM attempt WHERE id = ANY($1)`,
    [attemptIds],
  );
  expect(Object.fromEntries(attempts.map((a) => [a.id, { status: a.status, score: Number(a.score), passed: a.passed }]))).toEqual(
    Object.fromEntries(officers.map((o) => [o.attemptId, { status: 'graded', score: o.expected.score, passed: o.expected.passed }])),
  );
  for (const kind of ['submit', 'results'] as const) {
    const writes = await attemptWrites(t.dataSource, kind);
    expect([...writes.keys()].sort()).toEqual(attemptIds);
    expect([...writes.values()].every((n) => n === 1)).toBe(true);
  }

  const enrollmentIds = officers.map((o) => o.enrollmentId);
  const passing = officers.filter((o) => o.expected.passed).map((o) => o.enrollmentId).sort();
  const completed: { id: string }[] = await t.dataSource.query(`SELECT id FROM enrollment WHERE id = ANY($1) AND status = 'completed'`, [enrollmentIds]);
  expect(completed.map((e) => e.id).sort()).toEqual(passing);
  const certificates: { id: string; enrollment_id: string }[] = await t.dataSource.query(`SELECT id, enrollment_id FROM certificate WHERE enrollment_id = ANY($1)`, [enrollmentIds]);
  expect(certificates.map((c) => c.enrollment_id).sort()).toEqual(passing);
  expect(await count(t, `SELECT count(*) AS n FROM pg_constraint WHERE conname = 'certificate_enrollment_key' AND contype = 'u'`)).toBe(1);
  expect(await count(t, `SELECT count(*) AS n FROM outbox`)).toBe(0);

  const states = await jobsByState(queues);
  const expectedJobs = [
    ...attemptIds.map(gradeJobId),
    ...passing.map(certificateJobId),
    ...certificates.map((c) => renderJobId(c.id)),
  ].sort();
  expect(Object.fromEntries(states)).toEqual({
    completed: expectedJobs,
    failed: [],
    active: [],
    waiting: [],
    delayed: [],
    prioritized: [],
    'waiting-children': [],
  });
}

function inspectors(t: TestApp): Queue[] {
  return [QueueName.Grading, QueueName.Certificates].map((name) => {
    // Reconnecting every 250 ms, so that the test sees Redis back at once (BullMQ's default waits up to 20 s).
    const connection = { ...redisOptions(t.config.redisUrl!), retryStrategy: () => 250 } as ConnectionOptions;
    const queue = new Queue(name, { connection, prefix: t.config.queuePrefix });
    // Only the test's own look at the queues: while Redis is down its connection errors are expected.
    queue.on('error', () => undefined);
    return queue;
  });
}

const expectAlive = (worker: Spawned) => {
  if (!worker.running()) throw new Error(`the worker exited (${worker.child.exitCode ?? worker.child.signalCode}):\n${worker.output()}`);
};

describe('Redis stopped while attempts are graded', () => {
  const OFFICERS = 12;
  let t: TestApp;
  let redisDir: string;
  let redisPort: number;
  let redis: ChildProcess | undefined;
  let worker: Spawned | undefined;
  let blocker: Client | undefined;
  let queues: Queue[] = [];

  beforeAll(async () => {
    redisDir = mkdtempSync(join(tmpdir(), 'mosty-redis-'));
    redisPort = await freePort();
    redis = await startRedisServer(redisPort, { dir: redisDir });
    t = await TestApp.start({ env: { REDIS_URL: `redis://127.0.0.1:${redisPort}` } });
    queues = inspectors(t);
  }, 30_000);

  afterAll(async () => {
    await blocker?.end().catch(() => undefined);
    await stopProcess(worker?.child, 10_000);
    await Promise.all(queues.map((q) => q.close().catch(() => undefined)));
    await t?.close();
    await stopProcess(redis);
    rmSync(redisDir, { recursive: true, force: true });
  }, 30_000);

  /*
   * The outage lasts DESIGN's minute. Meanwhile the jobs running when Redis stops lose their
   * locks after JOB_LOCK_SECONDS (2 s); the relay fails and backs off (250 ms doubling, capped
   * at 2 s); the fail-fast connections of the API and the relay, and the worker's BullMQ
   * connections, retry at least every 2 s, so grading resumes within seconds of Redis's return
   * (BullMQ's own default backs off to 20 s: after a minute down, grading resumed 20.3 s late).
   */
  it('keeps accepting submits, grades every attempt exactly once and issues every certificate once when Redis returns', async () => {
    const { course, officers } = await buildWorld(t, OFFICERS);
    await countAttemptWrites(t.dataSource);
    const before = officers.slice(0, OFFICERS / 2);
    const during = officers.slice(OFFICERS / 2);
    const [graded, held] = [before.slice(0, 3), before.slice(3)];
    for (const [i, officer] of before.entries()) await startAttempt(t, course, officer, i);

    worker = spawnWorker(t.config, WORKER_ENV);
    // Graded normally before the outage: their completed jobs must still be in Redis after it.
    for (const officer of graded) await submit(t, officer).expect(202);
    await waitFor('the first attempts to be graded', async () =>
      (await count(t, `SELECT count(*) AS n FROM attempt WHERE id = ANY($1) AND status = 'graded'`, [graded.map((o) => o.attemptId)])) === graded.length,
      CATCH_UP_MS,
    );
    // In flight when Redis stops: the worker holds their jobs, its grading transactions wait on the enrollments' locks.
    blocker = await holdEnrollments(t.config.databaseUrl, held.map((o) => o.enrollmentId));
    for (const officer of held) await submit(t, officer).expect(202);
    await waitFor('the worker to be grading the held attempts', async () => {
      const active = (await queues[0].getActive()).map((job) => job.id);
      return held.every((o) => active.includes(gradeJobId(o.attemptId!))) && (await enrollmentLockWaiters(t)) > 0;
    }, CATCH_UP_MS);

    const stopped = Date.now();
    expect(await stopProcess(redis, 10_000)).toEqual({ code: 0, signal: null }); // SIGTERM: Redis writes its AOF and exits cleanly
    redis = undefined;

    // The API without Redis: readiness says which dependency is down, at once.
    const ready = await t.http.get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.checks).toMatchObject({ database: { status: 'up' }, queues: { status: 'down' } });

    // Officers keep taking the quiz: starting, saving and submitting touch only PostgreSQL (and the outbox).
    for (const [i, officer] of during.entries()) {
      await startAttempt(t, course, officer, i);
      const started = Date.now();
      await submit(t, officer).expect(202).expect({ id: officer.attemptId, status: 'submitted' });
      expect(Date.now() - started).toBeLessThan(2_000);
    }

    // Let the held gradings go only once their jobs' locks have expired in the stopped Redis:
    // they commit in PostgreSQL while the worker cannot tell BullMQ, which must not grade them again.
    await sleep(stopped + JOB_LOCK_SECONDS * 1000 + 500 - Date.now());
    await blocker.query('ROLLBACK');
    await waitFor('the held attempts to be graded while Redis is down', async () =>
      (await count(t, `SELECT count(*) AS n FROM attempt WHERE id = ANY($1) AND status = 'graded'`, [held.map((o) => o.attemptId)])) === held.length,
      REDIS_OUTAGE_MS,
    );
    // The passing one completed its enrollment; its certificate job waits in the outbox with the new submits' grading jobs.
    const waiting: { job_id: string; attempts: number }[] = await t.dataSource.query(`SELECT job_id, attempts FROM outbox`);
    expect(waiting.map((r) => r.job_id).sort()).toEqual(
      [...during.map((o) => gradeJobId(o.attemptId!)), ...held.filter((o) => o.expected.passed).map((o) => certificateJobId(o.enrollmentId))].sort(),
    );
    expect(waiting.some((r) => r.attempts > 0)).toBe(true); // the relay keeps trying
    expect(Date.now() - stopped).toBeLessThan(REDIS_OUTAGE_MS);
    await sleep(stopped + REDIS_OUTAGE_MS - Date.now());
    expectAlive(worker);

    redis = await startRedisServer(redisPort, { dir: redisDir });
    const back = Date.now();
    // Redis kept its data: the jobs completed before the outage are still there (so a re-added job id is still a duplicate).
    for (const officer of graded) expect(await queues[0].getJobState(gradeJobId(officer.attemptId!))).toBe('completed');

    await waitUntilSettled(t, officers, queues, CATCH_UP_MS);
    expect(Date.now() - back).toBeLessThan(RECOVERY_MS); // measured: 3.6 s (BullMQ's default reconnect and retry delays: 20.3 s)
    await expectEachGradedOnceAndCertifiedOnce(t, officers, queues);
    expectAlive(worker);
    await t.http.get('/health/ready').expect(200);
  }, 60_000 + REDIS_OUTAGE_MS + CATCH_UP_MS);
});

describe('PostgreSQL restarted while attempts are graded', () => {
  let pg: PrivatePostgres;
  let t: TestApp;
  let worker: Spawned | undefined;
  const blockers: Client[] = [];
  let queues: Queue[] = [];

  beforeAll(async () => {
    pg = await PrivatePostgres.create();
    t = await TestApp.start({ server: pg.url });
    queues = inspectors(t);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(blockers.map((b) => b.end().catch(() => undefined)));
    await stopProcess(worker?.child, 10_000);
    await Promise.all(queues.map((q) => q.close().catch(() => undefined)));
    try {
      await t?.close();
    } finally {
      await pg?.destroy();
    }
  }, 30_000);

  /** A client that retries a failed submit with the same Idempotency-Key, as DESIGN asks of clients. */
  const submitUntilAccepted = (officer: Officer) => {
    const key = randomUUID();
    const statuses: number[] = [];
    const accepted = (async () => {
      const deadline = Date.now() + CATCH_UP_MS;
      for (;;) {
        // A request must never hang on the dead database: a timeout fails the test.
        const res = await submit(t, officer, key).timeout(10_000);
        statuses.push(res.status);
        if (res.status === 202) return res;
        if (res.status < 500 || Date.now() > deadline) throw new Error(`submit of ${officer.attemptId} answered ${res.status}: ${JSON.stringify(res.body)}`);
        await sleep(100);
      }
    })();
    return { statuses, accepted };
  };

  it('answers 5xx while it is down, and then grades each accepted attempt exactly once with one certificate per completion', async () => {
    const world = await buildWorld(t, 12);
    const { officers } = world;
    await countAttemptWrites(t.dataSource);
    for (const [i, officer] of officers.entries()) await startAttempt(t, world.course, officer, i);
    worker = spawnWorker(t.config, WORKER_ENV);

    // First a clean shutdown (what `pg_ctl restart -m fast` does), then a crash-like one with WAL recovery (`-m immediate`).
    // Stopped and started as two steps, so that the API can be watched while the database is away.
    for (const [round, mode] of (['fast', 'immediate'] as const).entries()) {
      const group = officers.slice(round * 6, round * 6 + 6);
      const [inFlight, racing, whileDown] = [group.slice(0, 2), group.slice(2, 4), group.slice(4)];

      // Submitted, and being graded when the server goes: the worker's transactions wait on the enrollments' locks.
      const blocker = await holdEnrollments(t.config.databaseUrl, inFlight.map((o) => o.enrollmentId));
      blockers.push(blocker);
      const inFlightKeys = inFlight.map(() => randomUUID());
      for (const [i, officer] of inFlight.entries()) await submit(t, officer, inFlightKeys[i]).expect(202);
      await waitFor('the worker to be grading the held attempts', async () => {
        const active = (await queues[0].getActive()).map((job) => job.id);
        return inFlight.every((o) => active.includes(gradeJobId(o.attemptId!))) && (await enrollmentLockWaiters(t)) > 0;
      }, CATCH_UP_MS);

      // Sent as the server goes down: each may succeed or fail, and is retried until accepted.
      const racingSubmits = racing.map(submitUntilAccepted);
      await pg.stop(mode);
      const down = Date.now();

      const ready = await t.http.get('/health/ready').timeout(10_000);
      expect(ready.status).toBe(503);
      expect(ready.body.checks).toMatchObject({ database: { status: 'down' }, queues: { status: 'up' } });
      // Sent while it is down: they fail at once, and are retried until the server is back.
      const lateSubmits = whileDown.map(submitUntilAccepted);
      await waitFor('the submits to fail while the database is down', async () => lateSubmits.every((s) => s.statuses.length > 0), 10_000, 20);
      for (const submitted of lateSubmits) expect(submitted.statuses[0]).toBeGreaterThanOrEqual(500);

      await pg.start();
      for (const [i, submitted] of [...racingSubmits, ...lateSubmits].entries()) {
        expect((await submitted.accepted).body).toEqual({ id: [...racing, ...whileDown][i].attemptId, status: 'submitted' });
      }
      // A client that never saw its 202 from before the stop retries: the stored answer survived the restart and is replayed.
      for (const [i, officer] of inFlight.entries()) {
        await submit(t, officer, inFlightKeys[i]).expect(202).expect('Idempotent-Replayed', 'true').expect({ id: officer.attemptId, status: 'submitted' });
      }
      await waitFor(`the attempts of the ${mode} round to be graded`, async () =>
        (await count(t, `SELECT count(*) AS n FROM attempt WHERE id = ANY($1) AND status = 'graded'`, [group.map((o) => o.attemptId)])) === group.length,
        CATCH_UP_MS,
      ).catch(async (error: Error) => {
        // Once seen under a loaded CI run and not reproduced alone: say where the work stood.
        const states = Object.fromEntries([...(await jobsByState(queues))].filter(([, ids]) => ids.length > 0));
        throw new Error(`${error.message}
jobs: ${JSON.stringify(states)}
worker output:
${worker?.output()}`);
      });
      // The held gradings died with the server and were done again after it: nothing of theirs survived the stop.
      const heldGradedAt: { graded_at: Date }[] = await t.dataSource.query(`SELECT graded_at FROM attempt WHERE id = ANY($1)`, [inFlight.map((o) => o.attemptId)]);
      for (const { graded_at } of heldGradedAt) expect(graded_at.getTime()).toBeGreaterThan(down);
      expectAlive(worker);
    }

    await waitUntilSettled(t, officers, queues, CATCH_UP_MS);
    await expectEachGradedOnceAndCertifiedOnce(t, officers, queues);
    expectAlive(worker);
    await t.http.get('/health/ready').expect(200);
  }, 120_000);
});
