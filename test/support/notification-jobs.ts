import { Queue } from 'bullmq';
import { JobName, JobPayloads, QueueName } from '../../src/jobs/catalogue';
import { OutboxService } from '../../src/modules/outbox/outbox.service';
import { TEST_REDIS_URL } from './databases';
import { TestApp } from './test-app';

/** The test app's notifications queue, for looking at and promoting its jobs. */
export const notificationsQueue = (t: TestApp) => new Queue(QueueName.Notifications, { connection: { url: TEST_REDIS_URL }, prefix: t.config.queuePrefix });

/** Enqueues a job as a producer does (through the outbox), rather than waiting for its schedule. */
export async function emitJob<N extends JobName>(t: TestApp, name: N, payload: JobPayloads[N]): Promise<void> {
  const outbox = t.app.get(OutboxService);
  await t.dataSource.transaction((em) => outbox.emit(em, name, payload));
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Until the outbox is empty and no notification job is waiting or running (delayed retries may remain). */
export async function settled(t: TestApp, queue: Queue): Promise<void> {
  await waitFor('the notification jobs to finish', async () => {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox`);
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
    return n === 0 && counts.waiting + counts.active + counts.prioritized === 0;
  });
}
