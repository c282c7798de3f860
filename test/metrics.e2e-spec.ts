import { BackendQueue, openQueue } from '../src/jobs/queue-backend';
import { randomUUID } from 'node:crypto';
import { QueueName, QUEUE_NAMES } from '../src/jobs/catalogue';
import { enroll, publishCourse } from './support/courses';
import { freePort } from './support/processes';
import { sample } from './support/prometheus';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople } from './support/world';

const TOKEN = 'scrape-token-'.padEnd(48, 'x');
const PROMETHEUS_TEXT = /^text\/plain; version=0\.0\.4/;

describe('GET /metrics with METRICS_TOKEN set', () => {
  let t: TestApp;
  let queue: BackendQueue;
  const scrape = () => t.http.get('/metrics').set(bearer(TOKEN)).expect(200);

  beforeAll(async () => {
    t = await TestApp.start({ env: { METRICS_TOKEN: TOKEN } });
    queue = openQueue(t.config, QueueName.Reports, 'patient');
  });
  afterAll(async () => {
    await queue?.close();
    await t?.close();
  });

  it('refuses a scrape without the token or with a wrong one (401 problem), also under /api/v1', async () => {
    for (const headers of [{}, bearer('wrong'), bearer(TOKEN.slice(0, -1)), bearer(`${TOKEN}x`), { Authorization: TOKEN }, bearer(await t.adminToken())]) {
      const res = await t.http.get('/metrics').set(headers).expect(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.text).not.toContain('mosty_');
    }
    await t.http.get('/api/v1/metrics').set(bearer(TOKEN)).expect(404);
  });

  it('answers the Prometheus text format with process metrics prefixed mosty_', async () => {
    const res = await scrape();
    expect(res.headers['content-type']).toMatch(PROMETHEUS_TEXT);
    expect(sample(res.text, 'mosty_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(res.text).toContain('# TYPE mosty_nodejs_eventloop_lag_seconds gauge');
    expect(sample(res.text, 'mosty_scrape_source_up', { source: 'queues' })).toBe(1);
    expect(sample(res.text, 'mosty_scrape_source_up', { source: 'database' })).toBe(1);
  });

  it('labels request durations with the route template, never the raw URL; unknown routes share one label', async () => {
    const admin = await t.adminToken();
    const id = randomUUID();
    await t.http.get(`/api/v1/attempts/${id}`).set(bearer(admin)).expect(404);
    const probe = `no-such-route-${randomUUID()}`;
    await t.http.get(`/${probe}`).expect(404);
    await t.http.get('/metrics').expect(401);
    await scrape(); // a scrape is recorded, if at all, after its answer: the next one would show it
    const text = (await scrape()).text;
    expect(sample(text, 'mosty_http_request_duration_seconds_count', { method: 'GET', route: '/api/v1/attempts/:id', status_code: '404' })).toBe(1);
    expect(sample(text, 'mosty_http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/auth/login', status_code: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'mosty_http_request_duration_seconds_count', { route: 'unmatched', status_code: '404' })).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(id);
    expect(text).not.toContain(probe);
    // The scrapes themselves are not measured, refused ones neither.
    expect(text).not.toContain('route="/metrics"');
  });

  it('counts the jobs in every queue by state, read at scrape time', async () => {
    await queue.add('export', { id: 'waiting' }, { jobId: 'metrics-waiting' });
    await queue.add('export', { id: 'delayed' }, { jobId: 'metrics-delayed', delay: 3_600_000 });
    const text = (await scrape()).text;
    expect(sample(text, 'mosty_queue_jobs', { queue: 'reports', state: 'waiting' })).toBe(1);
    expect(sample(text, 'mosty_queue_jobs', { queue: 'reports', state: 'delayed' })).toBe(1);
    expect(sample(text, 'mosty_queue_jobs', { queue: 'reports', state: 'failed' })).toBe(0);
    for (const name of QUEUE_NAMES) {
      for (const state of ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized']) {
        expect(sample(text, 'mosty_queue_jobs', { queue: name, state })).toBeDefined();
      }
    }
    expect(sample(text, 'mosty_queue_jobs', { queue: 'grading', state: 'waiting' })).toBe(0);
  });

  it('reports the attempts waiting for grading: how many, and how long the oldest has waited', async () => {
    expect(sample((await scrape()).text, 'mosty_attempts_awaiting_grading_rows')).toBe(0);
    expect(sample((await scrape()).text, 'mosty_attempts_awaiting_grading_oldest_age_seconds')).toBe(0);
    // This app runs no worker: a submitted attempt stays submitted.
    const people = await createInstitutionWithPeople(t, await t.adminToken(), 'MET');
    const course = await publishCourse(t, people.trainer.token, { lessons: 0, questions: [VALID_QUESTIONS.true_false] });
    const [enrollmentId] = await enroll(t, await t.adminToken(), course.courseId, [people.officer.id]);
    const attempt = (await t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${course.quizModuleId}/attempts`).set(bearer(people.officer.token)).expect(201)).body;
    await t.http.post(`/api/v1/attempts/${attempt.id}/submit`).set(bearer(people.officer.token)).send({}).expect(202);
    await t.dataSource.query(`UPDATE attempt SET submitted_at = now() - interval '90 seconds' WHERE id = $1`, [attempt.id]);

    const { text } = await scrape();
    expect(sample(text, 'mosty_attempts_awaiting_grading_rows')).toBe(1);
    expect(sample(text, 'mosty_attempts_awaiting_grading_oldest_age_seconds')).toBeGreaterThanOrEqual(90);
    expect(sample(text, 'mosty_attempts_awaiting_grading_oldest_age_seconds')).toBeLessThan(120);
    await t.dataSource.query(`UPDATE attempt SET status = 'graded' WHERE id = $1`, [attempt.id]);
    expect(sample((await scrape()).text, 'mosty_attempts_awaiting_grading_rows')).toBe(0);
    await t.dataSource.query(`DELETE FROM outbox`); // the submit's grading job, which no relay here moves on
  });

  it('reports the outbox backlog: rows and the age of the oldest', async () => {
    expect(sample((await scrape()).text, 'mosty_outbox_rows')).toBe(0);
    expect(sample((await scrape()).text, 'mosty_outbox_oldest_age_seconds')).toBe(0);
    await t.dataSource.query(
      `INSERT INTO outbox (queue, job_name, created_at) VALUES ('grading', 'grade-attempt', now() - interval '90 seconds'), ('grading', 'grade-attempt', now())`,
    );
    const text = (await scrape()).text;
    expect(sample(text, 'mosty_outbox_rows')).toBe(2);
    expect(sample(text, 'mosty_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(90);
    expect(sample(text, 'mosty_outbox_oldest_age_seconds')).toBeLessThan(120);
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  it('is served without a token outside production', async () => {
    const t = await TestApp.start();
    try {
      const res = await t.http.get('/metrics').expect(200);
      expect(res.headers['content-type']).toMatch(PROMETHEUS_TEXT);
    } finally {
      await t.close();
    }
  });

  it('is off (404 problem) in production', async () => {
    const t = await TestApp.start({ env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), PUBLIC_BASE_URL: 'https://mosty.example.org' } });
    try {
      const res = await t.http.get('/metrics').expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.text).not.toContain('mosty_');
    } finally {
      await t.close();
    }
  });
});

describe('GET /metrics with Redis away', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ env: { REDIS_URL: `redis://127.0.0.1:${await freePort()}`, METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => t?.close());

  it('still answers 200 within a bound, with what it could read and the failed source marked', async () => {
    await t.dataSource.query(`INSERT INTO outbox (queue, job_name) VALUES ('grading', 'grade-attempt')`);
    for (let scrape = 1; scrape <= 2; scrape++) {
      const started = Date.now();
      const res = await t.http.get('/metrics').set(bearer(TOKEN)).expect(200);
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(sample(res.text, 'mosty_scrape_source_up', { source: 'queues' })).toBe(0);
      expect(sample(res.text, 'mosty_scrape_errors_total', { source: 'queues' })).toBe(scrape);
      expect(sample(res.text, 'mosty_queue_jobs', { queue: 'grading', state: 'waiting' })).toBeUndefined();
      expect(sample(res.text, 'mosty_scrape_source_up', { source: 'database' })).toBe(1);
      expect(sample(res.text, 'mosty_outbox_rows')).toBe(1);
    }
  });
});
