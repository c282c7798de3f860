import { Job } from 'bullmq';
import { jobIdOf, jobOptions, QueueName, QUEUE_NAMES, scheduledJobs } from '../src/jobs/catalogue';
import { BackendQueue, BackendWorker, openQueue, openWorker } from '../src/jobs/queue-backend';
import { rightAnswer } from './support/answers';
import { enroll, publishCourse, waitForGrading } from './support/courses';
import { waitFor } from './support/processes';
import { sample } from './support/prometheus';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

/**
 * Every queue feature Mosty relies on, on both backends it can run on: Redis, and
 * BullMQ's own PostgreSQL backend in Mosty's database (QUEUE_BACKEND=postgres, no
 * Redis at all). The same assertions for both.
 */
describe.each(['redis', 'postgres'] as const)('the queues on %s', (backend) => {
  let t: TestApp;
  const opened: (BackendQueue | BackendWorker)[] = [];
  const queue = (name: QueueName) => {
    const q = openQueue(t.config, name, 'patient');
    opened.push(q);
    return q;
  };

  beforeAll(async () => {
    // On PostgreSQL no REDIS_URL is given at all: nothing may reach for a Redis.
    t = await TestApp.start({ worker: true, env: backend === 'postgres' ? { QUEUE_BACKEND: 'postgres', REDIS_URL: '' } : {} });
    expect(t.config.queueBackend).toBe(backend);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(opened.map((q) => q.close()));
    await t?.close();
  });

  it('grades a submitted quiz and issues its certificate, PDF included, through the queues', async () => {
    const admin = await t.adminToken();
    await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 'autor@mosty.test', fullName: 'Autor', role: 'trainer', password: PASSWORD }).expect(201);
    const trainer = (await t.login('autor@mosty.test', PASSWORD)).accessToken;
    const police = await createInstitutionWithPeople(t, admin, 'KMP');
    const officer = (await t.login(police.officer.email, PASSWORD)).accessToken;
    const course = await publishCourse(t, trainer, { lessons: 0, questions: [VALID_QUESTIONS.true_false] });
    const [enrollmentId] = await enroll(t, admin, course.courseId, [police.officer.id]);
    const attempt = await t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${course.quizModuleId}/attempts`).set(bearer(officer)).expect(201);
    const [question] = attempt.body.questions;
    await t.http.put(`/api/v1/attempts/${attempt.body.id}/answers`).set(bearer(officer)).send({ answers: [rightAnswer(question, VALID_QUESTIONS.true_false)] }).expect(200);
    await t.http.post(`/api/v1/attempts/${attempt.body.id}/submit`).set(bearer(officer)).send({}).expect(202);

    expect(await waitForGrading(t, officer, attempt.body.id, 30_000)).toMatchObject({ status: 'graded', passed: true });
    let pdf = 0;
    await waitFor('the certificate and its PDF', async () => {
      const [certificate] = (await t.http.get('/api/v1/certificates').set(bearer(officer)).expect(200)).body.items;
      pdf = certificate ? (await t.http.get(`/api/v1/certificates/${certificate.id}/pdf`).set(bearer(officer))).status : 0;
      return pdf === 200;
    }, 30_000);
  }, 60_000);

  it('keeps one job per job id, so work enqueued twice runs once', async () => {
    const grading = queue(QueueName.Grading);
    const payload = { attemptId: '00000000-0000-4000-8000-00000000d0d0' };
    const first = await grading.add('grade-attempt', payload, { ...jobOptions('grade-attempt'), jobId: jobIdOf('grade-attempt', payload), delay: 60_000 });
    const again = await grading.add('grade-attempt', payload, { ...jobOptions('grade-attempt'), jobId: jobIdOf('grade-attempt', payload), delay: 60_000 });
    expect(again.id).toBe(first.id);
    expect((await grading.getJobs(['delayed'])).filter((job) => job.id === first.id)).toHaveLength(1);
    await grading.remove(first.id!);
  });

  it('retries a failing job with exponential backoff until it succeeds', async () => {
    const name = `retry-probe-${backend}`;
    const runs: number[] = [];
    const worker = openWorker(t.config, name, async () => {
      runs.push(Date.now());
      if (runs.length < 3) throw new Error('fails on purpose');
    }, { concurrency: 1 });
    opened.push(worker);
    const probes = openQueue(t.config, name, 'patient');
    opened.push(probes);
    const job = await probes.add('probe', {}, { attempts: 4, backoff: { type: 'exponential', delay: 200 } });
    await waitFor('the third run to succeed', async () => (await probes.getJobState(job.id!)) === 'completed', 20_000);
    expect(runs).toHaveLength(3);
    // Exponential: 200 ms, then 400 ms, between the runs.
    expect(runs[1] - runs[0]).toBeGreaterThanOrEqual(190);
    expect(runs[2] - runs[1]).toBeGreaterThanOrEqual(390);
    expect((await probes.getJob(job.id!))?.attemptsMade).toBe(3);
  });

  it('registers every scheduled job of the catalogue once, as the worker starts', async () => {
    const expected = scheduledJobs();
    expect(expected.length).toBeGreaterThan(0);
    for (const schedule of expected) {
      const q = queue(schedule.queue);
      await waitFor(`the schedule ${schedule.id}`, async () => (await q.getJobSchedulers()).some((s) => s.key === schedule.id || s.id === schedule.id), 10_000);
      const mine = (await q.getJobSchedulers()).filter((s) => s.key === schedule.id || s.id === schedule.id);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ name: schedule.job, pattern: schedule.pattern });
    }
  });

  it('hands a job whose worker died mid-job to another worker (stalled-job recovery)', async () => {
    const name = `stall-probe-${backend}`;
    const options = { concurrency: 1, lockDuration: 1_000, stalledInterval: 500, maxStalledCount: 1 };
    let startedFirst!: () => void;
    const started = new Promise<void>((resolve) => (startedFirst = resolve));
    // Never finishes and, once closed with force, never renews its lock: as a killed process would.
    const dying = openWorker(t.config, name, () => {
      startedFirst();
      return new Promise<never>(() => undefined);
    }, options);
    const probes = openQueue(t.config, name, 'patient');
    opened.push(probes);
    const job = await probes.add('probe', { n: 1 }, { attempts: 1 });
    await started;
    await dying.close(true);
    const finishedBy: Job[] = [];
    const rescuer = openWorker(t.config, name, async (j: Job) => {
      finishedBy.push(j);
    }, options);
    opened.push(rescuer);
    await waitFor('the stalled job to be finished by the second worker', async () => (await probes.getJobState(job.id!)) === 'completed', 20_000);
    expect(finishedBy.map((j) => j.id)).toEqual([job.id]);
  });

  it('answers readiness, metrics and the queue board from the backend in use', async () => {
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body.details).toMatchObject({ database: { status: 'up' }, queues: { status: 'up' } });

    const metrics = (await t.http.get('/metrics').expect(200)).text;
    expect(sample(metrics, 'mosty_scrape_source_up', { source: 'queues' })).toBe(1);
    expect(sample(metrics, 'mosty_queue_jobs', { queue: QueueName.Grading, state: 'completed' })).toBeGreaterThanOrEqual(1);

    const admin = await t.adminToken();
    const session = await t.http.post('/api/v1/admin/queues/session').set(bearer(admin)).expect(204);
    const cookie = (session.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const board = await t.http.get('/admin/queues/api/queues').set('Cookie', cookie).expect(200);
    const names = board.body.queues.map((q: { name: string }) => q.name);
    expect(names).toEqual(expect.arrayContaining([...QUEUE_NAMES]));
    const grading = board.body.queues.find((q: { name: string }) => q.name === QueueName.Grading);
    expect(grading.counts.completed).toBeGreaterThanOrEqual(1);
    await t.http.get('/admin/queues/queue/grading').set('Cookie', cookie).expect(200);
  });
});
