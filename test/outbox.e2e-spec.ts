import { BackendQueue, openQueue } from '../src/jobs/queue-backend';
import { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_JOB_OPTIONS, QueueName } from '../src/jobs/catalogue';
import { OutboxRelay, RELAY_BATCH_SIZE } from '../src/modules/outbox/outbox-relay';
import { OutboxJob, OutboxService } from '../src/modules/outbox/outbox.service';
import { freePort, settleWithin, startRedisServer, stopProcess, waitFor } from './support/processes';
import { TestApp } from './support/test-app';

/**
 * The transactional outbox end to end: work is committed while Redis is away,
 * the real relay keeps it (counting its attempts) until Redis appears, and then
 * hands every committed job to BullMQ exactly once — and never a rolled-back one.
 */

const JOB_COUNT = 1200; // more than two relay batches
const TRANSACTIONS = 3;
const QUEUES = [QueueName.Grading, QueueName.Certificates] as const;
const JOB_NAMES: Record<string, string> = { [QueueName.Grading]: 'grade-attempt', [QueueName.Certificates]: 'issue-certificate' };

interface OutboxRow {
  id: string;
  attempts: number;
  last_error: string | null;
}

describe('transactional outbox against an unreachable, then reachable Redis', () => {
  let t: TestApp;
  let port: number;
  let relay: OutboxRelay;
  let outbox: OutboxService;
  let redisServer: ChildProcess | undefined;
  const inspectors = new Map<string, BackendQueue>();
  /** Outbox id (the job id) → the job committed under it. */
  const committed = new Map<string, OutboxJob>();
  let rolledBackIds: string[] = [];
  const rolledBackJobId = `rolled-back-${randomUUID()}`;

  const outboxRows = (): Promise<OutboxRow[]> => t.dataSource.query(`SELECT id, attempts, last_error FROM outbox ORDER BY created_at, id`);
  const outboxCount = async (): Promise<number> => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox`))[0].n);
  const sorted = (ids: Iterable<string>) => [...ids].sort();

  /** A Queue on the real Redis with the test's prefix, only to look at what the relay added. */
  const inspector = (name: string): BackendQueue => {
    let queue = inspectors.get(name);
    if (!queue) {
      queue = openQueue(t.config, name, 'patient');
      inspectors.set(name, queue);
    }
    return queue;
  };
  const totalJobs = async (name: string): Promise<number> =>
    Object.values(await inspector(name).getJobCounts()).reduce((sum, n) => sum + n, 0);
  const allJobs = async () => (await Promise.all(QUEUES.map((name) => inspector(name).getJobs(undefined, 0, -1)))).flat();

  beforeAll(async () => {
    port = await freePort();
    t = await TestApp.start({ env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
    outbox = t.app.get(OutboxService);
    relay = new OutboxRelay(t.dataSource, t.config);
  }, 20_000);

  afterAll(async () => {
    await relay?.stop();
    await Promise.all([...inspectors.values()].map((q) => q.close().catch(() => undefined)));
    await stopProcess(redisServer);
    await t?.close();
  }, 20_000);

  it('commits more than two batches of jobs across two queues; a rolled-back transaction leaves nothing', async () => {
    const perTransaction = JOB_COUNT / TRANSACTIONS;
    for (let tx = 0; tx < TRANSACTIONS; tx++) {
      const jobs: OutboxJob[] = Array.from({ length: perTransaction }, (_, i) => {
        const seq = tx * perTransaction + i;
        const queue = QUEUES[seq % QUEUES.length];
        return { queue, name: JOB_NAMES[queue], payload: { seq, entityId: randomUUID() } };
      });
      const ids = await t.dataSource.transaction((em) => outbox.enqueue(em, ...jobs));
      expect(ids).toHaveLength(jobs.length);
      ids.forEach((id, i) => committed.set(id, jobs[i]));
    }
    expect(committed.size).toBe(JOB_COUNT);

    const rollback = new Error('business rule violated after enqueue');
    await expect(
      t.dataSource.transaction(async (em) => {
        rolledBackIds = await outbox.enqueue(em, { queue: QueueName.Grading, name: 'grade-attempt', jobId: rolledBackJobId, payload: { rolledBack: true } });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(rolledBackIds).toHaveLength(1);

    expect(sorted((await outboxRows()).map((r) => r.id))).toEqual(sorted(committed.keys()));
  });

  it('relayOnce against the closed port rejects; every row stays, the oldest batch has its failure recorded', async () => {
    const outcome = await settleWithin(relay.relayOnce(), 10_000);
    expect(outcome.status).toBe('rejected');

    const rows = await outboxRows();
    expect(sorted(rows.map((r) => r.id))).toEqual(sorted(committed.keys()));
    const attempted = rows.filter((r) => r.attempts > 0);
    expect(attempted).toHaveLength(RELAY_BATCH_SIZE);
    expect(attempted).toEqual(rows.slice(0, RELAY_BATCH_SIZE)); // the oldest rows, in order
    for (const row of attempted) {
      expect(row.attempts).toBe(1);
      expect(row.last_error).toMatch(/ECONNREFUSED/);
    }
    expect(rows.slice(RELAY_BATCH_SIZE).every((r) => r.attempts === 0 && r.last_error === null)).toBe(true);
  }, 15_000);

  it('the relay loop keeps retrying while Redis is away and loses nothing', async () => {
    relay.start();
    await waitFor('the loop to record another failed attempt', async () => (await outboxRows()).some((r) => r.attempts >= 2), 10_000);
    await sleep(500);

    const rows = await outboxRows();
    expect(sorted(rows.map((r) => r.id))).toEqual(sorted(committed.keys()));
    expect(rows.every((r) => r.attempts === 0 || r.last_error !== null)).toBe(true);
  }, 15_000);

  it('once Redis listens, the loop drains the outbox: every committed job exactly once, the rolled-back one never', async () => {
    redisServer = await startRedisServer(port);
    await waitFor('the outbox to drain', async () => (await outboxCount()) === 0, 20_000);

    const counts = await Promise.all(QUEUES.map(totalJobs));
    expect(counts).toEqual(QUEUES.map(() => JOB_COUNT / QUEUES.length));

    const jobs = await allJobs();
    expect(jobs).toHaveLength(JOB_COUNT);
    expect(sorted(jobs.map((j) => j.id!))).toEqual(sorted(committed.keys()));

    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const relayed = jobs.map((job) => ({ id: job.id!, queue: job.queueName, name: job.name, payload: job.data, attempts: job.opts.attempts }));
    const wanted = [...committed].map(([id, job]) => ({ id, queue: job.queue, name: job.name, payload: job.payload, attempts: DEFAULT_JOB_OPTIONS.attempts }));
    expect(relayed.sort(byId)).toEqual(wanted.sort(byId));

    for (const id of [...rolledBackIds, rolledBackJobId]) {
      for (const name of QUEUES) expect(await inspector(name).getJob(id)).toBeUndefined();
    }
    expect(jobs.some((j) => j.data?.rolledBack)).toBe(false);
  }, 25_000);

  it('a row relayed again after a crash between add and delete does not enqueue its job twice', async () => {
    await relay.stop(); // from here on, relay batches explicitly
    const [id, job] = [...committed.entries()][0];
    // The add went through but the DELETE never committed: the row is back (a marker shows whether the job is overwritten).
    await t.dataSource.query(`INSERT INTO outbox (id, queue, job_name, payload) VALUES ($1, $2, $3, $4)`, [
      id,
      job.queue,
      job.name,
      JSON.stringify({ ...job.payload, replayed: true }),
    ]);

    expect(await relay.relayOnce()).toBe(1);
    expect(await outboxCount()).toBe(0);
    const existing = await inspector(job.queue).getJob(id);
    expect(existing?.data).toEqual(job.payload);
    expect(await Promise.all(QUEUES.map(totalJobs))).toEqual(QUEUES.map(() => JOB_COUNT / QUEUES.length));
  });

  it('an entity-derived job id enqueued in two transactions yields one job', async () => {
    const attemptId = randomUUID();
    const jobId = `grade-attempt-${attemptId}`;
    const request = { queue: QueueName.Grading, name: 'grade-attempt', jobId, payload: { attemptId } };
    const first = await t.dataSource.transaction((em) => outbox.enqueue(em, request));
    const second = await t.dataSource.transaction((em) => outbox.enqueue(em, { ...request, payload: { attemptId, repeated: true } }));
    expect(first[0]).not.toBe(second[0]); // two outbox rows ...

    expect(await relay.relayOnce()).toBe(2);
    expect(await relay.relayOnce()).toBe(0);
    expect(await outboxCount()).toBe(0);

    const grading = inspector(QueueName.Grading);
    expect((await grading.getJob(jobId))?.data).toEqual({ attemptId }); // ... one job, the first one
    for (const id of [...first, ...second]) expect(await grading.getJob(id)).toBeUndefined();
    expect(await totalJobs(QueueName.Grading)).toBe(JOB_COUNT / QUEUES.length + 1);
    expect(await totalJobs(QueueName.Certificates)).toBe(JOB_COUNT / QUEUES.length);
  });

  it('refuses a job id BullMQ would reject, inside the caller\'s transaction, so it can never block the outbox', async () => {
    for (const jobId of ['12345', 'grade:attempt']) {
      await expect(
        t.dataSource.transaction((em) => outbox.enqueue(em, { queue: QueueName.Grading, name: 'grade-attempt', jobId, payload: {} })),
      ).rejects.toThrow(/Invalid BullMQ job id/);
    }
    expect(await outboxCount()).toBe(0);
  });
});
