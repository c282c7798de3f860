import { ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { QueueName, scheduledJobs } from '../src/jobs/catalogue';
import { BackendQueue, openQueue } from '../src/jobs/queue-backend';
import { MARKER_CONNECTION_NAME, QueueDataMarker } from '../src/jobs/queue-data-marker';
import { redisOptions } from '../src/jobs/redis-connection';
import { ReconciliationSweeper } from '../src/modules/reconciliation/reconciliation.sweeper';
import { enroll, publishCourse, PublishedCourse } from './support/courses';
import { certificateJobId, exportJobId, gradeJobId, renderJobId } from './support/job-ids';
import { TEST_REDIS_URL, uniqueName } from './support/databases';
import { createUser } from './support/lesson-courses';
import { freePort, Spawned, spawnWorker, startRedisServer, stopProcess, waitFor } from './support/processes';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';
import { attemptWrites, countAttemptWrites, countOutboxWrites, outboxWrites } from './support/write-counts';

/**
 * Redis losing its jobs — restarted without persistence, or flushed — while the rows
 * waiting for them are safe in PostgreSQL. The workers see the loss (a marker key
 * gone) and sweep at once for work of any age, so grading resumes within seconds
 * rather than once the work is RECONCILE_AFTER_SECONDS (5 minutes) old. Everything
 * is real: the API, a private redis-server without persistence, compiled workers.
 */

const WORKER_ENV = { WORKER_CONCURRENCY: '4' };
/** From Redis's return to every attempt graded and certified: a worker's start, its first check (2 s), the sweep and the work. */
const RECOVERY_MS = 30_000;

/** What an officer answers, and what it must score: true/false and numeric, a point each; pass mark 60 %. */
const PASSES = { trueFalse: false, numeric: 112, score: 2, passed: true };
const FAILS = { trueFalse: true, numeric: 112, score: 1, passed: false };

interface Officer {
  token: string;
  enrollmentId: string;
  answers: typeof PASSES;
  attemptId?: string;
  given?: { questionId: string; value: boolean | number }[];
}

/** A trainer's quiz-only course (passing it completes the enrollment) and `count` enrolled, signed-in officers, every other one passing. */
async function buildWorld(t: TestApp, count: number): Promise<{ course: PublishedCourse; officers: Officer[] }> {
  const admin = await t.adminToken();
  const police = await createInstitutionWithPeople(t, admin, 'KMP');
  const course = await publishCourse(t, police.trainer.token, { lessons: 0, questions: [VALID_QUESTIONS.true_false, VALID_QUESTIONS.numeric] });
  const people: { id: string; token: string }[] = [];
  // A few at a time: each account costs two argon2 hashes (created, signed in), which run on libuv's threads.
  for (let i = 0; i < count; i += 4) {
    const made = Array.from({ length: Math.min(4, count - i) }, async (_, j) => {
      const email = `oficer${i + j}@mosty.test`;
      const id = await createUser(t, admin, { email, institutionId: police.id });
      return { id, token: (await t.login(email, PASSWORD)).accessToken };
    });
    people.push(...(await Promise.all(made)));
  }
  const enrollments = await enroll(t, admin, course.courseId, people.map((p) => p.id));
  return { course, officers: people.map((p, i) => ({ token: p.token, enrollmentId: enrollments[i], answers: i % 2 === 0 ? PASSES : FAILS })) };
}

/** The officer starts the quiz (the enrollment's row is locked for it) and fills in their answers. */
async function startQuiz(t: TestApp, course: PublishedCourse, officer: Officer): Promise<void> {
  const attempt = await t.http.post(`/api/v1/enrollments/${officer.enrollmentId}/modules/${course.quizModuleId}/attempts`).set(bearer(officer.token)).expect(201);
  officer.attemptId = attempt.body.id;
  officer.given = (attempt.body.questions as { id: string; type: string }[]).map((q) => ({
    questionId: q.id,
    value: q.type === 'true_false' ? officer.answers.trueFalse : officer.answers.numeric,
  }));
}

/** 202: the attempt is submitted, its grading job in the outbox. */
async function submitQuiz(t: TestApp, officer: Officer): Promise<void> {
  await t.http.post(`/api/v1/attempts/${officer.attemptId}/submit`).set(bearer(officer.token)).send({ answers: officer.given }).expect(202);
}

async function takeQuiz(t: TestApp, course: PublishedCourse, officer: Officer): Promise<void> {
  await startQuiz(t, course, officer);
  await submitQuiz(t, officer);
}

const count = async (t: TestApp, sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);
const passing = (officers: Officer[]) => officers.filter((o) => o.answers.passed);

/** Every attempt graded, every passing enrollment's certificate rendered, the outbox empty. */
function waitUntilDone(t: TestApp, officers: Officer[], timeoutMs: number): Promise<void> {
  return waitFor('every attempt graded and every certificate rendered', async () =>
    (await count(t, `SELECT count(*) AS n FROM attempt WHERE id = ANY($1) AND status = 'graded'`, [officers.map((o) => o.attemptId)])) === officers.length &&
    (await count(t, `SELECT count(*) AS n FROM certificate WHERE enrollment_id = ANY($1) AND pdf_key IS NOT NULL`, [passing(officers).map((o) => o.enrollmentId)])) === passing(officers).length &&
    (await count(t, `SELECT count(*) AS n FROM outbox`)) === 0,
  timeoutMs, 100);
}

/** Each attempt submitted once and graded once with its score; one certificate per passing enrollment and none for the others. */
async function expectDoneOnce(t: TestApp, officers: Officer[]): Promise<void> {
  const attempts: { id: string; status: string; score: string; passed: boolean }[] = await t.dataSource.query(
    `SELECT id, status, score, passed FROM attempt WHERE id = ANY($1)`,
    [officers.map((o) => o.attemptId)],
  );
  expect(Object.fromEntries(attempts.map((a) => [a.id, { status: a.status, score: Number(a.score), passed: a.passed }]))).toEqual(
    Object.fromEntries(officers.map((o) => [o.attemptId, { status: 'graded', score: o.answers.score, passed: o.answers.passed }])),
  );
  for (const kind of ['submit', 'results'] as const) {
    const writes = await attemptWrites(t.dataSource, kind);
    expect(officers.map((o) => writes.get(o.attemptId!))).toEqual(officers.map(() => 1));
  }
  const certificates: { enrollment_id: string }[] = await t.dataSource.query(`SELECT enrollment_id FROM certificate WHERE enrollment_id = ANY($1)`, [
    officers.map((o) => o.enrollmentId),
  ]);
  expect(certificates.map((c) => c.enrollment_id).sort()).toEqual(passing(officers).map((o) => o.enrollmentId).sort());
}

/** Every job of these officers' work, by id, with how often it was written to the outbox: once, or twice for those put back. */
async function expectPutBackOnce(t: TestApp, officers: Officer[], putBack: Officer[]): Promise<void> {
  const certificates: { id: string }[] = await t.dataSource.query(`SELECT id FROM certificate WHERE enrollment_id = ANY($1)`, [officers.map((o) => o.enrollmentId)]);
  const jobIds = [
    ...officers.map((o) => gradeJobId(o.attemptId!)),
    ...passing(officers).map((o) => certificateJobId(o.enrollmentId)),
    ...certificates.map((c) => renderJobId(c.id)),
  ];
  const writes = await outboxWrites(t.dataSource);
  const again = new Set(putBack.map((o) => gradeJobId(o.attemptId!)));
  expect(Object.fromEntries(jobIds.map((id) => [id, writes.get(id)]))).toEqual(Object.fromEntries(jobIds.map((id) => [id, again.has(id) ? 2 : 1])));
}

describe('Redis losing its jobs', () => {
  const OFFICERS = 90;
  let t: TestApp;
  let redisPort: number;
  let redisUrl: string;
  let redis: ChildProcess | undefined;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let grading: BackendQueue;
  let blocker: Client | undefined;
  const workers: Spawned[] = [];

  /** A short-lived client of its own: it must see the Redis that is there now. */
  const withRedis = async <T>(use: (client: Redis) => Promise<T>): Promise<T> => {
    const client = new Redis(redisOptions(redisUrl));
    try {
      return await use(client);
    } finally {
      client.disconnect();
    }
  };
  const startWorker = () => {
    const worker = spawnWorker(t.config, WORKER_ENV);
    workers.push(worker);
    return worker;
  };
  const expectWaiting = async (officers: Officer[]) => {
    for (const officer of officers) expect(await grading.getJobState(gradeJobId(officer.attemptId!))).toBe('waiting');
  };
  const waitForRelay = () => waitFor('the relay to hand every job to Redis', async () => (await count(t, `SELECT count(*) AS n FROM outbox`)) === 0, 10_000, 50);

  beforeAll(async () => {
    redisPort = await freePort();
    redisUrl = `redis://127.0.0.1:${redisPort}`;
    redis = await startRedisServer(redisPort); // no persistence: a restart comes back empty
    t = await TestApp.start({ env: { REDIS_URL: redisUrl } });
    await countAttemptWrites(t.dataSource);
    await countOutboxWrites(t.dataSource);
    world = await buildWorld(t, OFFICERS);
    grading = openQueue(t.config, QueueName.Grading, 'patient');
  }, 60_000);

  afterAll(async () => {
    await blocker?.end().catch(() => undefined);
    await Promise.all(workers.map((w) => stopProcess(w.child, 10_000)));
    await grading?.close();
    await t?.close();
    await stopProcess(redis);
  }, 30_000);

  it('grades every attempt exactly once within seconds when Redis comes back empty after the worker was killed', async () => {
    const officers = world.officers.slice(0, 60);
    const [done, queued, late] = [officers.slice(0, 10), officers.slice(10, 50), officers.slice(50)];
    const first = startWorker();
    // Done before the loss: their completed jobs go with Redis, and nothing may do them again.
    await Promise.all(done.map((o) => takeQuiz(t, world.course, o)));
    await waitUntilDone(t, done, 30_000);
    // Relayed to Redis (their outbox rows deleted) and waiting there when the worker is killed.
    await grading.pause();
    await Promise.all(queued.map((o) => takeQuiz(t, world.course, o)));
    await waitForRelay();
    await expectWaiting(queued);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    // Submitted while no worker runs: their jobs wait in the outbox.
    await Promise.all(late.map((o) => takeQuiz(t, world.course, o)));

    await stopProcess(redis);
    redis = await startRedisServer(redisPort);
    const back = Date.now();
    expect(await withRedis((client) => client.dbsize())).toBe(0); // the jobs, the paused flag, everything is gone

    const second = startWorker();
    await waitUntilDone(t, officers, RECOVERY_MS);
    const recovered = Date.now() - back;
    expect(recovered).toBeLessThan(RECOVERY_MS); // measured: 6.0 s, a worker's start included (without the marker: nothing within 30 s, the sweep waits for 5 minutes)
    await expectDoneOnce(t, officers);
    // Only the jobs Redis lost were put back, each once: the outbox relayed the late ones, the done ones were left alone.
    await expectPutBackOnce(t, officers, queued);
    expect(second.output()).toContain(`Redis may have lost queued jobs (no ${t.config.queuePrefix}:mosty:epoch at start`);
    expect(second.running()).toBe(true);
    await stopProcess(second.child, 10_000);
  }, 90_000);

  it('puts back within seconds of a FLUSHALL the jobs lost under a running worker, but not those it is running', async () => {
    const group = world.officers.slice(60);
    const [running, queued] = [group.slice(0, 4), group.slice(4)];
    for (const officer of running) await startQuiz(t, world.course, officer);
    // Their grading waits mid-transaction, the attempts locked by the worker: NO KEY UPDATE on the enrollments blocks
    // grading (FOR UPDATE) but not a submit's foreign-key check.
    blocker = new Client({ connectionString: t.config.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`SELECT 1 FROM enrollment WHERE id = ANY($1) FOR NO KEY UPDATE`, [running.map((o) => o.enrollmentId)]);

    const worker = startWorker();
    await Promise.all(running.map((o) => submitQuiz(t, o)));
    await waitFor('the worker to be grading the held attempts', async () => {
      const active = (await grading.getActive()).map((job) => job.id);
      const waiters = await count(t, `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%FROM "enrollment"%'`);
      return running.every((o) => active.includes(gradeJobId(o.attemptId!))) && waiters > 0;
    }, 30_000);
    // All WORKER_CONCURRENCY slots are taken: these wait in Redis.
    await Promise.all(queued.map((o) => takeQuiz(t, world.course, o)));
    await waitForRelay();
    await expectWaiting(queued);
    // The worker's first look at the marker (its connection's last command a GET) found it: Redis kept its data, nothing to sweep.
    await waitFor('the worker to check the marker', async () =>
      (await withRedis((client) => client.client('LIST') as Promise<string>)).split('\n').some((c) => c.includes(`name=${MARKER_CONNECTION_NAME} `) && c.includes(' cmd=get ')),
    10_000, 50);
    expect(worker.output()).not.toContain('Redis may have lost queued jobs');

    await withRedis((client) => client.flushall());
    const flushed = Date.now();
    await waitFor('the lost jobs to be back in Redis', async () => {
      const states = await Promise.all(queued.map((o) => grading.getJobState(gradeJobId(o.attemptId!))));
      return states.every((state) => state !== 'unknown');
    }, 10_000, 50);
    expect(Date.now() - flushed).toBeLessThan(5_000); // a check every 2 s, then the sweep; measured: 1.0–2.1 s
    // The held attempts' jobs are gone too, but their rows are locked by the grading that is running them: passed over.
    const writes = await outboxWrites(t.dataSource);
    expect(running.map((o) => writes.get(gradeJobId(o.attemptId!)))).toEqual(running.map(() => 1));
    expect(worker.output()).toContain(`Redis may have lost queued jobs (${t.config.queuePrefix}:mosty:epoch is gone)`);

    await blocker.query('ROLLBACK');
    await waitUntilDone(t, group, RECOVERY_MS);
    await expectDoneOnce(t, group);
    await expectPutBackOnce(t, group, queued);
    // The repeating jobs went with the data and are registered again.
    for (const schedule of scheduledJobs()) {
      const queue = openQueue(t.config, schedule.queue, 'patient');
      try {
        await waitFor(`the schedule ${schedule.id}`, async () => (await queue.getJobSchedulers()).some((s) => s.key === schedule.id), 5_000);
      } finally {
        await queue.close();
      }
    }
    expect(worker.running()).toBe(true);
  }, 60_000);
});

describe('the sweep after a loss, run by hand in a worker', () => {
  let t: TestApp;
  let grading: BackendQueue;
  let reports: BackendQueue;

  beforeAll(async () => {
    // The timer's first sweep would come after an hour: here every sweep but the check at start is the test's.
    t = await TestApp.start({ worker: true, env: { RECONCILE_EVERY_SECONDS: '3600' } });
    await countAttemptWrites(t.dataSource);
    grading = openQueue(t.config, QueueName.Grading, 'patient');
    reports = openQueue(t.config, QueueName.Reports, 'patient');
  }, 30_000);

  afterAll(async () => {
    await Promise.all([grading, reports].map((q) => q?.close()));
    await t?.close();
  });

  it('puts back the lost job of work submitted a moment ago, but not that of an export under way', async () => {
    const admin = await t.adminToken();
    const police = await createInstitutionWithPeople(t, admin, 'KMP');
    const course = await publishCourse(t, police.trainer.token, { lessons: 0, questions: [VALID_QUESTIONS.true_false, VALID_QUESTIONS.numeric] });
    const [enrollmentId] = await enroll(t, admin, course.courseId, [police.officer.id]);
    const officer: Officer = { token: police.officer.token, enrollmentId, answers: FAILS };
    await Promise.all([grading.pause(), reports.pause()]);
    await takeQuiz(t, course, officer);
    const exportId = (await t.http.post('/api/v1/reports/exports').set(bearer(police.coordinator.token)).send({ kind: 'completion', institutionId: police.id, format: 'csv' }).expect(202)).body.id;
    const [gradeJob, exportJob] = [gradeJobId(officer.attemptId!), exportJobId(exportId)];
    await waitFor('both jobs in Redis', async () => (await grading.getJobState(gradeJob)) === 'waiting' && (await reports.getJobState(exportJob)) === 'waiting', 10_000, 50);
    // Both lost; the export as a worker running it leaves it (claimed just now), whose run may well go on.
    await grading.remove(gradeJob);
    await reports.remove(exportJob);
    await t.dataSource.query(`UPDATE report_export SET status = 'running', started_at = now() WHERE id = $1`, [exportId]);

    const sweeper = t.worker!.get(ReconciliationSweeper);
    expect(await sweeper.sweep()).toEqual([]); // nothing is 300 s old
    expect(await sweeper.sweep(undefined, 'lost')).toEqual([
      { jobId: gradeJob, reason: expect.stringMatching(/^attempt \S+ still submitted when Redis lost its data, and its job is missing from Redis$/) },
    ]);
    expect(await reports.getJobState(exportJob)).toBe('unknown');
    await grading.resume();
    await waitFor('the attempt to be graded', async () => (await count(t, `SELECT count(*) AS n FROM attempt WHERE id = $1 AND status = 'graded'`, [officer.attemptId])) === 1, 10_000, 50);
    expect((await attemptWrites(t.dataSource, 'results')).get(officer.attemptId!)).toBe(1);
  });
});

describe('the marker that tells a loss', () => {
  it('tells each of two workers once that the data was lost, whichever of them found the marker gone', async () => {
    const config = { queueBackend: 'redis', redisUrl: TEST_REDIS_URL, databaseUrl: '', queuePrefix: uniqueName('mosty-test') } as const;
    const key = `${config.queuePrefix}:mosty:epoch`;
    const [a, b] = [QueueDataMarker.open(config)!, QueueDataMarker.open(config)!];
    const redis = new Redis(redisOptions(TEST_REDIS_URL));
    try {
      expect(await a.lossSinceLastCheck()).toBe(`no ${key} at start: Redis is new to Mosty or lost its data`);
      expect(await b.lossSinceLastCheck()).toBeUndefined(); // a wrote it: b starts on data that was kept
      expect(await a.lossSinceLastCheck()).toBeUndefined();
      await redis.del(key); // as a flush would (not of this Redis: other test files share it)
      expect(await b.lossSinceLastCheck()).toBe(`${key} is gone`);
      expect(await a.lossSinceLastCheck()).toBe(`another process found ${key} gone and wrote it anew`);
      expect([await a.lossSinceLastCheck(), await b.lossSinceLastCheck()]).toEqual([undefined, undefined]);
    } finally {
      await redis.del(key);
      redis.disconnect();
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('is not kept on the PostgreSQL backend, whose jobs live and die with the database', () => {
    expect(QueueDataMarker.open({ queueBackend: 'postgres', redisUrl: undefined, databaseUrl: 'postgres://x', queuePrefix: 'mosty' })).toBeUndefined();
  });
});
