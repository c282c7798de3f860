import { openQueue } from '../src/jobs/queue-backend';
import { createServer } from 'node:net';
import { QueueName } from '../src/jobs/catalogue';
import { enroll, publishCourse, waitForGrading } from './support/courses';
import { freePort, Spawned, spawnWorker, stopProcess, waitFor } from './support/processes';
import { sample } from './support/prometheus';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople } from './support/world';

const TOKEN = 'worker-scrape-token-'.padEnd(48, 'x');
const GRADING = { queue: QueueName.Grading, job: 'grade-attempt' };

/** The compiled worker's own GET /metrics (WORKER_METRICS_PORT), scraped as Prometheus would. */
describe('the worker metrics', () => {
  let t: TestApp;
  let worker: Spawned | undefined;
  let url: string;
  const scrape = (headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` }, path = '/metrics') => fetch(`${url}${path}`, { headers });

  beforeAll(async () => {
    t = await TestApp.start();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    worker = spawnWorker(t.config, { WORKER_METRICS_PORT: String(port), METRICS_TOKEN: TOKEN, WORKER_CONCURRENCY: '2' });
    await waitFor('the worker to serve its metrics', async () => (await scrape().catch(() => undefined))?.status === 200, 30_000);
  }, 60_000);
  afterAll(async () => {
    await stopProcess(worker?.child, 10_000);
    await t?.close();
  });

  it('refuses a scrape without the token (401 problem) and knows no other path (404)', async () => {
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: TOKEN }] as Record<string, string>[]) {
      const res = await scrape(headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(await res.json()).toMatchObject({ type: 'urn:mosty:problem:metrics-token-required', status: 401 });
    }
    expect(await (await scrape(undefined, '/')).json()).toMatchObject({ type: 'urn:mosty:problem:not-found', status: 404 });
    expect((await scrape(undefined, '/api/v1/health')).status).toBe(404);
  });

  it("counts each grading run, how long it waited in the queue and how long it ran, beside the process's own metrics", async () => {
    const admin = await t.adminToken();
    const people = await createInstitutionWithPeople(t, admin, 'WRK');
    const course = await publishCourse(t, people.trainer.token, { lessons: 0, questions: [VALID_QUESTIONS.true_false] });
    const [enrollmentId] = await enroll(t, admin, course.courseId, [people.officer.id]);
    const attempt = (await t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${course.quizModuleId}/attempts`).set(bearer(people.officer.token)).expect(201)).body;
    await t.http.post(`/api/v1/attempts/${attempt.id}/submit`).set(bearer(people.officer.token)).send({}).expect(202);
    await waitForGrading(t, people.officer.token, attempt.id);

    // The completed event reaches the counter just after the grading commits.
    let text = '';
    await waitFor('the grading run to be counted', async () => {
      text = await (await scrape()).text();
      return sample(text, 'mosty_jobs_total', { ...GRADING, outcome: 'completed' }) === 1;
    }, 5_000);
    expect(sample(text, 'mosty_job_wait_seconds_count', GRADING)).toBe(1);
    expect(sample(text, 'mosty_job_wait_seconds_sum', GRADING)).toBeLessThan(10);
    expect(sample(text, 'mosty_job_run_seconds_count', { ...GRADING, outcome: 'completed' })).toBe(1);
    expect(sample(text, 'mosty_jobs_total', { ...GRADING, outcome: 'failed' })).toBeUndefined();
    expect(sample(text, 'mosty_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'mosty_nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('counts a failed run by its job name and outcome', async () => {
    const queue = openQueue(t.config, QueueName.Certificates, 'patient');
    try {
      // No handler has this name: the worker fails the job (kept for inspection), it never vanishes.
      await queue.add('no-such-job', {}, { attempts: 1 });
      await waitFor('the failed run to be counted', async () =>
        sample(await (await scrape()).text(), 'mosty_jobs_total', { queue: QueueName.Certificates, job: 'no-such-job', outcome: 'failed' }) === 1,
        10_000,
      );
    } finally {
      await queue.close();
    }
  });

  it('stops at start when its metrics port is taken, naming the cause', async () => {
    const taken = createServer().listen(0, '0.0.0.0');
    await new Promise((resolve) => taken.once('listening', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const second = spawnWorker(t.config, { WORKER_METRICS_PORT: String(port) });
      await waitFor('the second worker to exit', async () => !second.running(), 30_000);
      expect(second.child.exitCode).not.toBe(0);
      expect(second.output()).toContain('EADDRINUSE');
    } finally {
      taken.close();
    }
  }, 40_000);
});
