import { withTimeout } from '../common/with-timeout';
import { BackendQueue, openQueue, QueueBackendConfig, queueBackendLabel } from './queue-backend';

/** A Queue waits for its first connection without limit (retryStrategy reconnects forever); callers give up after this long. */
const CONNECT_TIMEOUT_MS = 2_000;

/**
 * Queues for work outside the processors — the outbox relay adds jobs, the
 * reconciliation sweep looks them up, the API's metrics and queue board read
 * them — one per queue name, on fail-fast connections: the relay and the sweep
 * hold database rows locked while they talk to the queue backend (Redis, or
 * PostgreSQL), and a scrape or a page must not hang either, so a call fails rather
 * than waits while the backend is away.
 */
export class QueueClients {
  private readonly queues = new Map<string, BackendQueue>();
  private lastBackendError?: Error;

  constructor(private readonly config: QueueBackendConfig) {}

  /**
   * The queue, connected. Until its first connection, a Queue's calls neither fail nor
   * resolve: they wait for the backend (enableOfflineQueue only fails commands once connected).
   * Bound that wait so an unreachable backend fails the caller instead of hanging it with
   * its rows locked. The connection keeps retrying; a later call finds it ready.
   */
  async connected(name: string, timeoutMs = CONNECT_TIMEOUT_MS): Promise<BackendQueue> {
    const queue = this.queue(name);
    await withTimeout(queue.waitUntilReady(), timeoutMs, () => {
      const cause = this.lastBackendError ? `: ${this.lastBackendError.message}` : '';
      return `${queueBackendLabel(this.config)} not reachable within ${timeoutMs} ms${cause}`;
    });
    return queue;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    this.queues.clear();
  }

  /** The queue without waiting for its connection: for callers that bound their own waits (the queue board, metrics). */
  queue(name: string): BackendQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = openQueue(this.config, name, 'fail-fast');
      // Connection errors surface through connected() and the calls; without a listener they would crash the process.
      queue.on('error', (error: Error) => (this.lastBackendError = error));
      this.queues.set(name, queue);
    }
    return queue;
  }
}
