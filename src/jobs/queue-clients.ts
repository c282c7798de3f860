import { ConnectionOptions, Queue } from 'bullmq';
import type { AppConfig } from '../config/app-config';
import { failFastRedisOptions } from './redis-connection';

/** A Queue waits for its first connection without limit (retryStrategy reconnects forever); callers give up after this long. */
const CONNECT_TIMEOUT_MS = 2_000;

/**
 * The worker's Queues for work outside its processors — the outbox relay adds jobs,
 * the reconciliation sweep looks them up — one per queue name, on fail-fast
 * connections: both hold database rows locked while they talk to Redis, so a call
 * must fail rather than wait while Redis is away.
 */
export class QueueClients {
  private readonly queues = new Map<string, Queue>();
  private lastRedisError?: Error;

  constructor(private readonly config: Pick<AppConfig, 'redisUrl' | 'queuePrefix'>) {}

  /**
   * The queue, connected. Until its first connection, a Queue's calls neither fail nor
   * resolve: they wait for Redis (enableOfflineQueue only fails commands once connected).
   * Bound that wait so an unreachable Redis fails the caller instead of hanging it with
   * its rows locked. The connection keeps retrying; a later call finds it ready.
   */
  async connected(name: string): Promise<Queue> {
    const queue = this.queue(name);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const cause = this.lastRedisError ? `: ${this.lastRedisError.message}` : '';
        reject(new Error(`Redis not reachable within ${CONNECT_TIMEOUT_MS} ms${cause}`));
      }, CONNECT_TIMEOUT_MS);
    });
    try {
      await Promise.race([queue.waitUntilReady(), timeout]);
      return queue;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    this.queues.clear();
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: failFastRedisOptions(this.config.redisUrl) as ConnectionOptions, prefix: this.config.queuePrefix });
      // Connection errors surface through connected() and the calls; without a listener they would crash the process.
      queue.on('error', (error) => (this.lastRedisError = error));
      this.queues.set(name, queue);
    }
    return queue;
  }
}
