import { Agent, request as httpRequest, IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { enroll, publishCourse } from './support/courses';
import { accepts, freePort, Spawned, spawnApi, spawnWorker, stopProcess, waitFor } from './support/processes';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';
import { attemptWrites, countAttemptWrites } from './support/write-counts';

const DRAIN_SECONDS = 2;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  socket: Socket;
}

/** One request over node:http, on `agent` (a keep-alive agent keeps its connection) or on a connection of its own. */
function send(port: number, method: string, path: string, options: { agent?: Agent; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, agent: options.agent ?? false, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, socket: req.socket as Socket }));
    });
    req.once('error', reject);
    req.end(options.body);
  });
}

const closed = (socket: Socket) => new Promise<number>((resolve) => (socket.destroyed ? resolve(Date.now()) : socket.once('close', () => resolve(Date.now()))));
const exited = (spawned: Spawned) =>
  new Promise<{ code: number | null; signal: string | null; at: number }>((resolve) =>
    spawned.child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );

/**
 * SIGTERM to the compiled processes (npm test builds first), as an orchestrator stops them:
 * the API drains its HTTP server, the worker finishes its jobs, and the stop is bounded by
 * SHUTDOWN_GRACE_SECONDS. A request or a grading job is caught in flight by a row lock the
 * test holds in PostgreSQL.
 */
describe('graceful shutdown', () => {
  let t: TestApp;
  const processes: Spawned[] = [];
  const blockers: Client[] = [];
  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params))[0].n as number;
  const lockWaiters = () => count(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
  const lockAttempt = async (attemptId: string) => {
    const blocker = new Client({ connectionString: t.config.databaseUrl });
    blockers.push(blocker);
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`SELECT 1 FROM attempt WHERE id = $1 FOR UPDATE`, [attemptId]);
    return { release: async () => (await blocker.query('ROLLBACK'), await blocker.end()) };
  };
  const startWorker = (env: Record<string, string> = {}) => {
    const worker = spawnWorker(t.config, { LOG_LEVEL: 'silent', WORKER_CONCURRENCY: '4', JOB_LOCK_SECONDS: '2', ...env });
    processes.push(worker);
    return worker;
  };

  /** `n` officers of one institution, each with a fresh attempt at one quiz. */
  async function openAttempts(code: string, n: number): Promise<{ id: string; token: string }[]> {
    const admin = await t.adminToken();
    const place = await createInstitutionWithPeople(t, admin, code);
    const course = await publishCourse(t, place.trainer.token, { questions: [VALID_QUESTIONS.true_false, VALID_QUESTIONS.numeric] });
    const officers = [];
    for (let i = 0; i < n; i++) {
      const email = `oficer${i}.${code.toLowerCase()}@mosty.test`;
      const res = await t.http.post('/api/v1/users').set(bearer(admin)).send({ email, fullName: `Oficer ${i}`, role: 'officer', password: PASSWORD, institutionId: place.id }).expect(201);
      officers.push({ id: res.body.id as string, token: (await t.login(email, PASSWORD)).accessToken });
    }
    const enrollments = await enroll(t, admin, course.courseId, officers.map((o) => o.id));
    const attempts = [];
    for (const [i, officer] of officers.entries()) {
      const attempt = await t.http.post(`/api/v1/enrollments/${enrollments[i]}/modules/${course.quizModuleId}/attempts`).set(bearer(officer.token)).expect(201);
      attempts.push({ id: attempt.body.id as string, token: officer.token });
    }
    return attempts;
  }
  const graded = (ids: string[]) => count(`SELECT count(*)::int AS n FROM attempt WHERE id = ANY($1) AND status = 'graded'`, [ids]);

  beforeAll(async () => {
    t = await TestApp.start();
    await countAttemptWrites(t.dataSource);
  });
  afterAll(async () => {
    for (const p of processes) if (p.running()) p.child.kill('SIGKILL');
    await Promise.all(blockers.map((b) => b.end().catch(() => undefined)));
    await t.close();
  });

  it('the API: unready at once, serving through the drain, then refusing; the request in flight answered, keep-alive closed, exit 0', async () => {
    const [attempt] = await openAttempts('API', 1);
    const port = await freePort();
    const api = spawnApi(t.config, port, { LOG_LEVEL: 'silent', SHUTDOWN_DRAIN_SECONDS: String(DRAIN_SECONDS), SHUTDOWN_GRACE_SECONDS: '20' });
    processes.push(api);
    await waitFor('the API to be ready', async () => {
      if (!api.running()) throw new Error(`the API exited: ${api.output()}`);
      return (await send(port, 'GET', '/health/ready').catch(() => undefined))?.status === 200;
    }, 30_000);

    // A client's idle keep-alive connection, and a submit in flight on another one, held by the attempt's row lock.
    const idleAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    const idle = await send(port, 'GET', '/health', { agent: idleAgent });
    expect(idle.headers.connection).toBe('keep-alive');
    const lock = await lockAttempt(attempt.id);
    const busyAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    const submit = send(port, 'POST', `/api/v1/attempts/${attempt.id}/submit`, {
      agent: busyAgent,
      headers: { ...bearer(attempt.token), 'content-type': 'application/json' },
      body: '{}',
    });
    await waitFor('the submit to wait on the locked attempt', async () => (await lockWaiters()) > 0, 10_000);

    const exit = exited(api);
    const idleClosed = closed(idle.socket);
    const signalled = Date.now();
    api.child.kill('SIGTERM');

    let unready: Answer | undefined;
    await waitFor('readiness to fail', async () => (unready = await send(port, 'GET', '/health/ready')).status === 503, 2_000, 10);
    const unreadyAfter = Date.now() - signalled;
    expect(unready?.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(unready!.body)).toMatchObject({ type: 'urn:mosty:problem:not-ready', status: 503, checks: { draining: { status: 'down' } } });
    // Still serving: a load balancer that has not yet seen the 503 loses nothing.
    expect((await send(port, 'GET', '/health')).status).toBe(200);
    expect(Date.now() - signalled).toBeLessThan(DRAIN_SECONDS * 1000);

    await waitFor('new connections to be refused', async () => !(await accepts(port)), 5_000, 20);
    const refusedAfter = Date.now() - signalled;
    expect(refusedAfter).toBeGreaterThanOrEqual(DRAIN_SECONDS * 1000 - 100);
    // The idle keep-alive connection is closed with the server, not when its 5 s keep-alive timeout lapses.
    const idleClosedAfter = (await idleClosed) - signalled;
    expect(idleClosedAfter).toBeLessThan(refusedAfter + 500);

    // The submit is still in flight, and the process waits for it.
    await sleep(500);
    expect(api.running()).toBe(true);
    await lock.release();
    const submitted = await submit;
    expect(submitted.status).toBe(202);
    expect(submitted.headers.connection).toBe('close');
    await closed(submitted.socket);
    const { code, signal, at } = await exit;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(await count(`SELECT count(*)::int AS n FROM attempt WHERE id = $1 AND status = 'submitted'`, [attempt.id])).toBe(1);
    console.log(
      `API stop: unready after ${unreadyAfter} ms, refusing after ${refusedAfter} ms, idle keep-alive closed after ${idleClosedAfter} ms, ` +
        `exit 0 ${at - signalled} ms after SIGTERM (submit released at ${refusedAfter + 500} ms)`,
    );
  }, 90_000);

  it('the worker: jobs in progress at SIGTERM finish before it exits 0; every attempt graded exactly once by the next worker', async () => {
    const attempts = await openAttempts('WRK', 6);
    for (const a of attempts) await t.http.post(`/api/v1/attempts/${a.id}/submit`).set(bearer(a.token)).send({}).expect(202);
    const ids = attempts.map((a) => a.id);
    const lock = await lockAttempt(ids[0]);
    const first = startWorker({ SHUTDOWN_GRACE_SECONDS: '30' });
    await waitFor('the worker to be grading the locked attempt', async () => (await lockWaiters()) > 0, 30_000);

    const exit = exited(first);
    const signalled = Date.now();
    first.child.kill('SIGTERM');
    await sleep(1_500);
    expect(first.running()).toBe(true); // waiting for its job, not cut off
    await lock.release();
    const { code, signal, at } = await exit;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    // The job in progress at SIGTERM was finished by the stopping worker.
    expect(await graded([ids[0]])).toBe(1);

    startWorker();
    await waitFor('every attempt to be graded', async () => (await graded(ids)) === ids.length, 30_000);
    const writes = await attemptWrites(t.dataSource, 'results');
    expect(ids.map((id) => writes.get(id))).toEqual(ids.map(() => 1));
    console.log(`Worker stop: exit 0 ${at - signalled} ms after SIGTERM (its job released at 1500 ms)`);
  }, 90_000);

  it('the worker: a job still running after SHUTDOWN_GRACE_SECONDS is cut off (exit 1) and goes back to its queue, graded once', async () => {
    // Only the workers started here may take the job.
    await Promise.all(processes.map((p) => stopProcess(p.child, 10_000)));
    const [attempt] = await openAttempts('GRC', 1);
    await t.http.post(`/api/v1/attempts/${attempt.id}/submit`).set(bearer(attempt.token)).send({}).expect(202);
    const lock = await lockAttempt(attempt.id);
    // The drain is the API's; a grace this short must still exceed it (the configuration refuses otherwise).
    const stuck = startWorker({ SHUTDOWN_GRACE_SECONDS: '2', SHUTDOWN_DRAIN_SECONDS: '0' });
    await waitFor('the worker to be grading the locked attempt', async () => (await lockWaiters()) > 0, 30_000);

    const exit = exited(stuck);
    const signalled = Date.now();
    stuck.child.kill('SIGTERM');
    const { code, signal, at } = await exit;
    expect({ code, signal }).toEqual({ code: 1, signal: null });
    expect(at - signalled).toBeGreaterThanOrEqual(2_000 - 100);
    expect(at - signalled).toBeLessThan(4_000);
    await lock.release();
    expect(await graded([attempt.id])).toBe(0); // its transaction went with it

    startWorker();
    await waitFor('the attempt to be graded', async () => (await graded([attempt.id])) === 1, 30_000);
    expect((await attemptWrites(t.dataSource, 'results')).get(attempt.id)).toBe(1);
    console.log(`Worker past its grace: exit 1 ${at - signalled} ms after SIGTERM`);
  }, 90_000);
});
