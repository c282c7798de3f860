import { BackendQueue, openQueue } from '../src/jobs/queue-backend';
import { DEFAULT_JOB_OPTIONS, QueueName } from '../src/jobs/catalogue';
import { IssueCertificateHandler } from '../src/modules/certificates/certificate-jobs.handlers';
import { OutboxRelay } from '../src/modules/outbox/outbox-relay';
import { ReconciliationSweeper } from '../src/modules/reconciliation/reconciliation.sweeper';
import { enroll, publishCourse, PublishedCourse } from './support/courses';
import { createUser } from './support/lesson-courses';
import { Spawned, spawnWorker, stopProcess, waitFor } from './support/processes';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';
import { attemptWrites, countAttemptWrites } from './support/write-counts';
import { certificateJobId, exportJobId, gradeJobId, renderJobId } from './support/job-ids';

/**
 * The reconciliation sweep puts back work that PostgreSQL records but whose BullMQ job
 * will never run: a grading job that failed for good, jobs Redis lost (removed, or the
 * queue flushed, with BullMQ's own API), an issuance or rendering job lost. Everything
 * runs for real — the API, the worker's relay and processors, PostgreSQL and Redis;
 * "old enough" is made by moving a row's time back an hour rather than by waiting out
 * the default threshold of 5 minutes.
 */

/** What an officer answers, and what it must score: true/false and numeric, a point each; pass mark 60 %. */
const PASSES = { trueFalse: false, numeric: 112, score: 2, passed: true };
const FAILS = { trueFalse: true, numeric: 112, score: 1, passed: false };

interface Officer {
  id: string;
  token: string;
  enrollmentId: string;
}

/** A police institution with a trainer's quiz-only course (passing it completes the enrollment), and a way to enrol officers in it. */
async function buildWorld(t: TestApp) {
  const admin = await t.adminToken();
  const police = await createInstitutionWithPeople(t, admin, 'KMP');
  const course = await publishCourse(t, police.trainer.token, { lessons: 0, questions: [VALID_QUESTIONS.true_false, VALID_QUESTIONS.numeric] });
  let made = 0;
  const newOfficer = async (): Promise<Officer> => {
    const email = `oficer${made++}@mosty.test`;
    const id = await createUser(t, admin, { email, fullName: `Oficer ${made}`, institutionId: police.id });
    const [enrollmentId] = await enroll(t, admin, course.courseId, [id]);
    return { id, token: (await t.login(email, PASSWORD)).accessToken, enrollmentId };
  };
  return { course, newOfficer };
}

/** Starts the officer's attempt and submits `answers`; returns the attempt's id. */
async function takeQuiz(t: TestApp, course: PublishedCourse, officer: Officer, answers: typeof PASSES): Promise<string> {
  const attempt = await t.http.post(`/api/v1/enrollments/${officer.enrollmentId}/modules/${course.quizModuleId}/attempts`).set(bearer(officer.token)).expect(201);
  const given = (attempt.body.questions as { id: string; type: string }[]).map((q) => ({
    questionId: q.id,
    value: q.type === 'true_false' ? answers.trueFalse : answers.numeric,
  }));
  await t.http.post(`/api/v1/attempts/${attempt.body.id}/submit`).set(bearer(officer.token)).send({ answers: given }).expect(202);
  return attempt.body.id;
}

const inspector = (t: TestApp, name: QueueName) => openQueue(t.config, name, 'patient');

const count = async (t: TestApp, sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);

/** Moves the rows' time back an hour: their work is now long overdue. */
const age = (t: TestApp, table: 'attempt' | 'enrollment' | 'certificate', ids: string[]) => {
  const column = { attempt: 'submitted_at', enrollment: 'completed_at', certificate: 'created_at' }[table];
  return t.dataSource.query(`UPDATE ${table} SET ${column} = ${column} - interval '1 hour' WHERE id = ANY($1)`, [ids]);
};

async function expectGradedOnce(t: TestApp, attemptIds: string[], expected: typeof PASSES): Promise<void> {
  await waitFor('the attempts to be graded', async () => (await count(t, `SELECT count(*) AS n FROM attempt WHERE id = ANY($1) AND status = 'graded'`, [attemptIds])) === attemptIds.length, 15_000, 50);
  const rows: { score: string; passed: boolean }[] = await t.dataSource.query(`SELECT score, passed FROM attempt WHERE id = ANY($1)`, [attemptIds]);
  expect(rows.map((r) => ({ score: Number(r.score), passed: r.passed }))).toEqual(attemptIds.map(() => ({ score: expected.score, passed: expected.passed })));
  const writes = await attemptWrites(t.dataSource, 'results');
  expect(attemptIds.map((id) => writes.get(id))).toEqual(attemptIds.map(() => 1));
}

/** Exactly one certificate for the enrollment, its PDF stored and served. */
async function expectCertifiedOnce(t: TestApp, officer: Officer): Promise<string> {
  await waitFor('the certificate and its PDF', async () =>
    (await count(t, `SELECT count(*) AS n FROM certificate WHERE enrollment_id = $1 AND pdf_key IS NOT NULL`, [officer.enrollmentId])) === 1,
    15_000, 50,
  );
  const [certificate]: { id: string }[] = await t.dataSource.query(`SELECT id FROM certificate WHERE enrollment_id = $1`, [officer.enrollmentId]);
  expect(await count(t, `SELECT count(*) AS n FROM certificate WHERE enrollment_id = $1`, [officer.enrollmentId])).toBe(1);
  const pdf = await t.http.get(`/api/v1/certificates/${certificate.id}/pdf`).set(bearer(officer.token)).expect(200);
  expect(pdf.headers['content-type']).toBe('application/pdf');
  return certificate.id;
}

describe('the reconciliation sweep, run by hand in a worker', () => {
  let t: TestApp;
  let sweeper: ReconciliationSweeper;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let grading: BackendQueue;
  let certificates: BackendQueue;
  let reports: BackendQueue;

  /** Until `release`, the worker takes no job from the queue; the relay still adds to it. */
  const held = async <T>(queue: BackendQueue, run: () => Promise<T>): Promise<T> => {
    await queue.pause();
    try {
      return await run();
    } finally {
      await queue.resume();
    }
  };
  const jobState = (queue: BackendQueue, jobId: string) => queue.getJobState(jobId);
  const waitForState = (queue: BackendQueue, jobId: string, state: string) =>
    waitFor(`${jobId} to be ${state}`, async () => (await jobState(queue, jobId)) === state, 10_000, 50);
  const outboxCount = () => count(t, `SELECT count(*) AS n FROM outbox`);

  beforeAll(async () => {
    // The timer's first sweep would come after an hour: here every sweep is the test's.
    t = await TestApp.start({ worker: true, captureLogs: true, env: { RECONCILE_EVERY_SECONDS: '3600' } });
    await countAttemptWrites(t.dataSource);
    sweeper = t.worker!.get(ReconciliationSweeper);
    world = await buildWorld(t);
    grading = inspector(t, QueueName.Grading);
    certificates = inspector(t, QueueName.Certificates);
    reports = inspector(t, QueueName.Reports);
  }, 30_000);

  afterAll(async () => {
    await Promise.all([grading, certificates, reports].map((q) => q?.close()));
    await t?.close();
  });

  it('grades, once and with its score, an attempt whose grading job failed for good', async () => {
    const officer = await world.newOfficer();
    // Grading is impossible for a while: every write of results fails, as it does while PostgreSQL is away.
    await t.dataSource.query(`CREATE FUNCTION refuse_grading() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'grading refused by the test'; END $$`);
    await t.dataSource.query(`CREATE TRIGGER grading_refused BEFORE UPDATE OF results ON attempt FOR EACH ROW EXECUTE FUNCTION refuse_grading()`);
    const attemptId = await takeQuiz(t, world.course, officer, PASSES);
    const jobId = gradeJobId(attemptId);
    // The worker runs the job and it fails, attempt after attempt; each retry is promoted instead of waiting out its backoff.
    await waitFor('the grading job to fail for good', async () => {
      await grading.promoteJobs();
      return (await jobState(grading, jobId)) === 'failed';
    }, 20_000, 50);
    expect((await grading.getJob(jobId))?.attemptsMade).toBe(DEFAULT_JOB_OPTIONS.attempts);
    await t.dataSource.query(`DROP TRIGGER grading_refused ON attempt`);

    // PostgreSQL is back, but nothing would ever run the job again: re-adding its id is a no-op while the failed job is kept.
    expect(await sweeper.sweep()).toEqual([]); // not overdue yet
    await age(t, 'attempt', [attemptId]);
    const requeued = await sweeper.sweep();
    expect(requeued).toEqual([{ jobId, reason: expect.stringMatching(/^attempt \S+ still submitted after 300 s, and its job failed for good after 8 attempts: grading refused by the test/) }]);

    await expectGradedOnce(t, [attemptId], PASSES);
    expect(await jobState(grading, jobId)).toBe('completed');
    await expectCertifiedOnce(t, officer);
    expect(t.logs.filter((line) => line.includes(`Re-enqueued ${jobId}`))).toHaveLength(1);
    expect(JSON.parse(t.logs.find((line) => line.includes(`Re-enqueued ${jobId}`))!).level).toBe(40); // pino's warn
  });

  it('grades an attempt whose grading job Redis lost', async () => {
    const officer = await world.newOfficer();
    const attemptId = await held(grading, async () => {
      const id = await takeQuiz(t, world.course, officer, FAILS);
      await waitForState(grading, gradeJobId(id), 'waiting');
      await grading.remove(gradeJobId(id)); // the write Redis lost
      return id;
    });
    await age(t, 'attempt', [attemptId]);
    expect(await sweeper.sweep()).toEqual([{ jobId: gradeJobId(attemptId), reason: expect.stringMatching(/still submitted after 300 s, and its job is missing from Redis$/) }]);
    await expectGradedOnce(t, [attemptId], FAILS);
    expect(await count(t, `SELECT count(*) AS n FROM enrollment WHERE id = $1 AND status = 'completed'`, [officer.enrollmentId])).toBe(0);
  });

  it('issues the one certificate, with its PDF, of an enrollment whose issuance job was lost, and renders a PDF whose job was lost', async () => {
    const [unissued, unrendered] = [await world.newOfficer(), await world.newOfficer()];
    const certificateId = await held(certificates, async () => {
      const attemptIds = [await takeQuiz(t, world.course, unissued, PASSES), await takeQuiz(t, world.course, unrendered, PASSES)];
      await expectGradedOnce(t, attemptIds, PASSES);
      for (const officer of [unissued, unrendered]) {
        await waitForState(certificates, certificateJobId(officer.enrollmentId), 'waiting');
        await certificates.remove(certificateJobId(officer.enrollmentId));
      }
      // The second one's issuance ran (its handler, called here, while the queue holds everything else) — then its rendering job was lost.
      await t.worker!.get(IssueCertificateHandler).handle({ enrollmentId: unrendered.enrollmentId });
      const [{ id }]: { id: string }[] = await t.dataSource.query(`SELECT id FROM certificate WHERE enrollment_id = $1`, [unrendered.enrollmentId]);
      await waitForState(certificates, renderJobId(id), 'waiting');
      await certificates.remove(renderJobId(id));
      return id;
    });
    await age(t, 'enrollment', [unissued.enrollmentId, unrendered.enrollmentId]);
    await age(t, 'certificate', [certificateId]);
    const requeued = await sweeper.sweep();
    expect(requeued.map((r) => r.jobId)).toEqual([certificateJobId(unissued.enrollmentId), renderJobId(certificateId)]);
    expect(requeued[0].reason).toMatch(/^enrollment \S+ completed without a certificate after 300 s, and its job is missing from Redis$/);
    expect(requeued[1].reason).toMatch(/^certificate \S+ without a PDF after 300 s, and its job is missing from Redis$/);

    await expectCertifiedOnce(t, unissued);
    expect(await expectCertifiedOnce(t, unrendered)).toBe(certificateId);
    expect(await sweeper.sweep()).toEqual([]);
  });

  it('leaves alone work younger than the threshold, work whose job is live, and work still in the outbox', async () => {
    const [young, live, relaying] = [await world.newOfficer(), await world.newOfficer(), await world.newOfficer()];
    const relay = t.worker!.get(OutboxRelay);
    const outbox: { job_id: string }[] = [];
    const ids = await held(grading, async () => {
      const youngId = await takeQuiz(t, world.course, young, FAILS);
      const liveId = await takeQuiz(t, world.course, live, FAILS);
      await waitForState(grading, gradeJobId(youngId), 'waiting');
      await waitForState(grading, gradeJobId(liveId), 'waiting');
      await grading.remove(gradeJobId(youngId)); // lost, but only just submitted
      // Redis unreachable, as far as the relay is concerned: this one's job stays in the outbox.
      await relay.stop();
      const relayingId = await takeQuiz(t, world.course, relaying, FAILS);
      await age(t, 'attempt', [liveId, relayingId]);
      const liveJob = await grading.getJob(gradeJobId(liveId));

      expect(await sweeper.sweep()).toEqual([]);
      expect(await jobState(grading, gradeJobId(youngId))).toBe('unknown');
      expect((await grading.getJob(gradeJobId(liveId)))?.timestamp).toBe(liveJob?.timestamp); // the same job, not a new one
      outbox.push(...(await t.dataSource.query(`SELECT job_id FROM outbox`)));
      relay.start();
      return { youngId, liveId, relayingId };
    });
    expect(outbox).toEqual([{ job_id: gradeJobId(ids.relayingId) }]);
    await expectGradedOnce(t, [ids.liveId, ids.relayingId], FAILS);

    // Once overdue, the young one's lost job is put back too.
    await age(t, 'attempt', [ids.youngId]);
    expect((await sweeper.sweep()).map((r) => r.jobId)).toEqual([gradeJobId(ids.youngId)]);
    await expectGradedOnce(t, [ids.youngId], FAILS);
    await waitFor('the outbox to drain', async () => (await outboxCount()) === 0, 5_000, 50);
  });

  it('two sweeps at once put each lost job back once, and each attempt is graded once', async () => {
    const officers = await Promise.all(Array.from({ length: 6 }, () => world.newOfficer()));
    const attemptIds = await held(grading, async () => {
      const ids = [];
      for (const officer of officers) ids.push(await takeQuiz(t, world.course, officer, FAILS));
      for (const id of ids) await waitForState(grading, gradeJobId(id), 'waiting');
      for (const id of ids) await grading.remove(gradeJobId(id));
      await age(t, 'attempt', ids);
      const sweeps = await Promise.all([sweeper.sweep(), sweeper.sweep()]);
      expect(sweeps.flat().map((r) => r.jobId).sort()).toEqual(ids.map(gradeJobId).sort());
      return ids;
    });
    await expectGradedOnce(t, attemptIds, FAILS);
    const logged = t.logs.filter((line) => attemptIds.some((id) => line.includes(`Re-enqueued ${gradeJobId(id)}`)));
    expect(logged).toHaveLength(attemptIds.length);
  });

  describe('exports left running', () => {
    let coordinator: string;
    let institutionId: string;

    beforeAll(async () => {
      const police = await createInstitutionWithPeople(t, await t.adminToken(), 'EXP');
      institutionId = police.id;
      coordinator = police.coordinator.token;
    });

    const requestExport = async (): Promise<string> =>
      (await t.http.post('/api/v1/reports/exports').set(bearer(coordinator)).send({ kind: 'completion', institutionId, format: 'csv' }).expect(202)).body.id;
    const exportRow = async (id: string): Promise<{ status: string; rows_written: number }> =>
      (await t.dataSource.query(`SELECT status, rows_written FROM report_export WHERE id = $1`, [id]))[0];
    /** As a worker's claim leaves it, `minutes` ago: running, some rows written. */
    const claimed = (ids: string[], minutes: number) =>
      t.dataSource.query(`UPDATE report_export SET status = 'running', started_at = now() - make_interval(mins => $2), rows_written = 3 WHERE id = ANY($1)`, [ids, minutes]);
    const expectReady = async (id: string) => {
      await waitFor(`export ${id} to be ready`, async () => (await exportRow(id)).status === 'ready', 15_000, 50);
      // Started over: the rows counted afresh (the institution has no enrollments: the header only), not the lost run's 3.
      expect(await exportRow(id)).toEqual({ status: 'ready', rows_written: 0 });
      const file = await t.http.get(`/api/v1/reports/exports/${id}/download`).set(bearer(coordinator)).expect(200);
      expect(file.headers['content-type']).toMatch(/^text\/csv/);
    };

    it('writes an export left running whose job failed for good without marking it failed', async () => {
      // The state a job that stalled out leaves (BullMQ fails it, the handler's last-attempt code never runs): here every
      // attempt claims the export and then PostgreSQL refuses to finish it, ready or failed, as when it is away.
      await t.dataSource.query(`CREATE FUNCTION refuse_finishing() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'finishing refused by the test'; END $$`);
      await t.dataSource.query(`CREATE TRIGGER finishing_refused BEFORE UPDATE ON report_export FOR EACH ROW WHEN (NEW.status IN ('ready', 'failed')) EXECUTE FUNCTION refuse_finishing()`);
      const id = await requestExport();
      const jobId = exportJobId(id);
      try {
        await waitFor('the export job to fail for good', async () => {
          await reports.promoteJobs();
          return (await jobState(reports, jobId)) === 'failed';
        }, 20_000, 50);
      } finally {
        await t.dataSource.query(`DROP TRIGGER finishing_refused ON report_export; DROP FUNCTION refuse_finishing()`);
      }
      expect((await exportRow(id)).status).toBe('running');

      expect(await sweeper.sweep()).toEqual([]); // started just now: it may still be running
      await claimed([id], 60);
      expect(await sweeper.sweep()).toEqual([
        { jobId, reason: expect.stringMatching(/^export \S+ still queued or running after 300 s, and its job failed for good after 3 attempts: finishing refused by the test$/) },
      ]);
      await expectReady(id);
      expect(await jobState(reports, jobId)).toBe('completed');
      expect(await sweeper.sweep()).toEqual([]);
    });

    it('writes an export left running whose job Redis lost, and leaves alone a running one whose job is live', async () => {
      const [lost, live] = await held(reports, async () => {
        const ids = [await requestExport(), await requestExport()];
        for (const id of ids) await waitForState(reports, exportJobId(id), 'waiting');
        await reports.remove(exportJobId(ids[0])); // the write Redis lost
        await claimed(ids, 60);
        const liveJob = await reports.getJob(exportJobId(ids[1]));
        expect(await sweeper.sweep()).toEqual([{ jobId: exportJobId(ids[0]), reason: expect.stringMatching(/still queued or running after 300 s, and its job is missing from Redis$/) }]);
        expect((await reports.getJob(exportJobId(ids[1])))?.timestamp).toBe(liveJob?.timestamp); // the same job, not a new one
        return ids;
      });
      await expectReady(lost);
      await expectReady(live);
    });

    it('leaves alone an export running for less than the threshold, and an expired one', async () => {
      const [young, expired] = await held(reports, async () => {
        const ids = [await requestExport(), await requestExport()];
        for (const id of ids) await waitForState(reports, exportJobId(id), 'waiting');
        for (const id of ids) await reports.remove(exportJobId(id));
        await claimed([ids[0]], 1);
        await claimed([ids[1]], 60);
        await t.dataSource.query(`UPDATE report_export SET expires_at = now() - interval '1 second' WHERE id = $1`, [ids[1]]);
        expect(await sweeper.sweep()).toEqual([]);
        return ids;
      });
      // Once overdue, the young one is put back; the expired one waits for expire-exports.
      await claimed([young], 60);
      expect((await sweeper.sweep()).map((r) => r.jobId)).toEqual([exportJobId(young)]);
      await expectReady(young);
      await t.dataSource.query(`DELETE FROM report_export WHERE id = $1`, [expired]);
    });
  });
});

describe('the reconciliation sweep on its timer, in two worker processes', () => {
  const LOST = 4;
  let t: TestApp;
  const workers: Spawned[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    await countAttemptWrites(t.dataSource);
  }, 30_000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => stopProcess(w.child, 10_000)));
    await t?.close();
  }, 30_000);

  it('puts back the jobs of a flushed queue on its own, once, and every attempt is graded and certified once', async () => {
    const world = await buildWorld(t);
    const officers: Officer[] = [];
    for (let i = 0; i < LOST; i++) officers.push(await world.newOfficer());
    const attemptIds = [];
    for (const officer of officers) attemptIds.push(await takeQuiz(t, world.course, officer, PASSES));
    // The relay hands the jobs over, then Redis loses the queue (as a flushed instance would), before any worker took them.
    const relay = new OutboxRelay(t.dataSource, t.config);
    expect(await relay.relayOnce()).toBe(LOST);
    await relay.stop();
    const grading = inspector(t, QueueName.Grading);
    try {
      expect(await grading.getJobCounts('waiting')).toEqual({ waiting: LOST });
      await grading.obliterate({ force: true });
      expect(await grading.getJobCounts('waiting')).toEqual({ waiting: 0 });
    } finally {
      await grading.close();
    }

    for (let i = 0; i < 2; i++) workers.push(spawnWorker(t.config, { WORKER_CONCURRENCY: '4', RECONCILE_EVERY_SECONDS: '1', RECONCILE_AFTER_SECONDS: '2' }));
    await expectGradedOnce(t, attemptIds, PASSES);
    for (const officer of officers) await expectCertifiedOnce(t, officer);

    // Both workers swept every second; each lost job was put back by one of them, once, and nothing else was.
    const requeued = workers.flatMap((w) => [...w.output().matchAll(/Re-enqueued (\S+):/g)].map((m) => m[1]));
    expect(requeued.sort()).toEqual(attemptIds.map(gradeJobId).sort());
    for (const worker of workers) expect(worker.running()).toBe(true);
  }, 45_000);
});
