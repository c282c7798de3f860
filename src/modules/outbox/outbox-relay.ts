import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { QueueClients } from '../../jobs/queue-clients';
import { jobOptions } from '../../jobs/catalogue';

interface OutboxRow {
  id: string;
  queue: string;
  job_name: string;
  job_id: string | null;
  payload: Record<string, unknown>;
}

export const RELAY_BATCH_SIZE = 500;
const IDLE_POLL_MS = 50;
/** A try while Redis is away costs one query and one refused command; a longer wait would only delay the catch-up. */
const MAX_BACKOFF_MS = 2_000;

/**
 * Moves committed outbox rows to BullMQ. Rows are locked with SKIP LOCKED (several
 * workers may relay at once), added with their job id, and deleted only once the
 * add resolved. If Redis is away the rows stay, their attempts are counted, and
 * the relay retries with exponential backoff. A row re-added after a crash between
 * add and delete is deduplicated by BullMQ through its job id.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queues: QueueClients;
  private running = false;
  private loop?: Promise<void>;
  private wake?: AbortController;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.queues = new QueueClients(config);
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.abort();
    await this.loop;
    await this.queues.close();
  }

  /** Relays one batch; returns how many rows were handed to BullMQ. Throws when Redis refused. */
  async relayOnce(): Promise<number> {
    let failure: unknown;
    const relayed = await this.dataSource.transaction(async (em) => {
      const rows: OutboxRow[] = await em.query(
        `SELECT id, queue, job_name, job_id, payload FROM outbox ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [RELAY_BATCH_SIZE],
      );
      const pending = new Set(rows);
      for (const [queueName, batch] of groupBy(rows, (r) => r.queue)) {
        try {
          const queue = await this.queues.connected(queueName);
          await queue.addBulk(
            batch.map((row) => ({ name: row.job_name, data: row.payload, opts: { ...jobOptions(row.job_name), jobId: row.job_id ?? row.id } })),
          );
        } catch (error) {
          failure = error;
          await this.recordFailure(em, [...pending], error);
          break;
        }
        await em.query(`DELETE FROM outbox WHERE id = ANY($1::uuid[])`, [batch.map((r) => r.id)]);
        batch.forEach((row) => pending.delete(row));
      }
      return rows.length - pending.size;
    });
    if (failure) throw failure;
    return relayed;
  }

  private async run(): Promise<void> {
    let backoff = 0;
    while (this.running) {
      try {
        const relayed = await this.relayOnce();
        backoff = 0;
        if (relayed < RELAY_BATCH_SIZE) await this.pause(IDLE_POLL_MS);
      } catch (error) {
        backoff = Math.min(MAX_BACKOFF_MS, backoff ? backoff * 2 : 250);
        this.logger.warn(`Outbox relay could not enqueue (${(error as Error).message}); retrying in ${backoff} ms`);
        await this.pause(backoff);
      }
    }
  }

  private async pause(ms: number): Promise<void> {
    this.wake = new AbortController();
    await sleep(ms, undefined, { signal: this.wake.signal }).catch(() => undefined);
  }

  private async recordFailure(em: EntityManager, rows: OutboxRow[], error: unknown): Promise<void> {
    await em.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])`, [
      rows.map((r) => r.id),
      String((error as Error)?.message ?? error).slice(0, 1000),
    ]);
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}
