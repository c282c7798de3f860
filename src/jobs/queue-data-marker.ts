import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { withTimeout } from '../common/with-timeout';
import { QueueBackendConfig, requireRedisUrl } from './queue-backend';
import { failFastRedisOptions } from './redis-connection';

/** As long as the queues' own wait for their connection (QueueClients). */
const CONNECT_TIMEOUT_MS = 2_000;
/** Names the connection in Redis's CLIENT LIST, among BullMQ's. */
export const MARKER_CONNECTION_NAME = 'mosty-queue-data-marker';

/**
 * Tells when Redis lost the queues' data — restarted without persistence, flushed, or
 * replaced by an empty instance — so that the lost jobs can be put back at once
 * instead of once they are overdue. Mosty keeps a marker key next to the queues,
 * `<QUEUE_PREFIX>:mosty:epoch`, holding a random value written (SET NX) by the first
 * process that finds it missing: whatever takes the jobs takes the marker too (a
 * FLUSHALL included, which Redis's run_id would not show), so the marker gone, or a
 * value other than the one last seen, means the data was lost. One GET per check.
 */
export class QueueDataMarker {
  private readonly key: string;
  private readonly redis: Redis;
  /** The value this process last saw; undefined before its first check. */
  private seen?: string;
  /** A loss seen by a check that failed before it could say so: the next one does. */
  private unreported?: string;

  private constructor(config: QueueBackendConfig) {
    this.key = `${config.queuePrefix}:mosty:epoch`;
    // Fail-fast, as the sweep's own queues: a check while Redis is away fails (within CONNECT_TIMEOUT_MS), the next one tries again.
    this.redis = new Redis({ ...failFastRedisOptions(requireRedisUrl(config)), connectionName: MARKER_CONNECTION_NAME });
    // Connection errors surface through the checks; without a listener they would crash the process.
    this.redis.on('error', () => undefined);
  }

  /**
   * The marker for the configured backend, or undefined on BullMQ's PostgreSQL backend: its
   * tables are in Mosty's own database, so its jobs cannot be lost apart from the rows that
   * wait for them (a restore takes both back to the same moment), and there is nothing to watch.
   */
  static open(config: QueueBackendConfig): QueueDataMarker | undefined {
    return config.queueBackend === 'postgres' ? undefined : new QueueDataMarker(config);
  }

  /**
   * How the data was found lost since the last check, or undefined if it was not. At the first
   * check, a missing marker counts too: Redis is new to Mosty or was emptied, and a sweep then
   * costs little. Throws while Redis is unreachable.
   */
  async lossSinceLastCheck(): Promise<string | undefined> {
    await this.connected();
    let current = await this.redis.get(this.key);
    if (current === null) {
      this.unreported ??= this.seen === undefined ? `no ${this.key} at start: Redis is new to Mosty or lost its data` : `${this.key} is gone`;
      // NX: of processes finding it gone together, one writes it and all adopt its value.
      await this.redis.set(this.key, randomUUID(), 'NX');
      current = await this.redis.get(this.key);
    }
    // Another value: another process found the marker gone and wrote it anew, so this one has a loss to see to as well.
    if (this.seen !== undefined && current !== this.seen) this.unreported ??= `another process found ${this.key} gone and wrote it anew`;
    this.seen = current ?? undefined;
    const loss = this.unreported;
    this.unreported = undefined;
    return loss;
  }

  /** Fail-fast commands fail until the connection is ready: wait for it (at start, after an outage), for a bounded time. */
  private async connected(): Promise<void> {
    if (this.redis.status === 'ready') return;
    let onReady = () => undefined as void;
    const ready = new Promise<void>((resolve) => this.redis.once('ready', (onReady = resolve)));
    try {
      await withTimeout(ready, CONNECT_TIMEOUT_MS, () => `Redis not reachable within ${CONNECT_TIMEOUT_MS} ms`);
    } finally {
      this.redis.off('ready', onReady);
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
