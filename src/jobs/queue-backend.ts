import { ConnectionOptions, IQueueBackend, Processor, Queue, Worker, WorkerOptions } from 'bullmq';
import { createPostgresBackend, PostgresPoolConfig } from 'bullmq/dist/cjs/postgres';
import type { AppConfig } from '../config/app-config';
import { PooledClient } from '../database/pooled-client';
import { failFastRedisOptions, redisOptions } from './redis-connection';

/**
 * BullMQ's queues and workers on the configured backend: Redis, or BullMQ's own
 * PostgreSQL backend (its tables in a schema of Mosty's database) for a small
 * installation or the demo. Everything else in Mosty talks to queues through the
 * classes built here and does not know which one it is.
 */
export type QueueBackendConfig = Pick<AppConfig, 'queueBackend' | 'redisUrl' | 'databaseUrl' | 'queuePrefix'>;

/** A queue or worker on either backend: the calls Mosty makes exist on both. */
export type BackendQueue = Queue<any, any, string, any, any, string, IQueueBackend, unknown>;
export type BackendWorker = Worker<any, any, string, IQueueBackend, any, unknown>;

/**
 * `fail-fast`: producers, health checks, the board and metrics — a call fails at once
 * while the backend is away, so no request or locked row waits on it.
 * `patient`: workers and schedulers — they reconnect and carry on.
 */
export type ConnectionUse = 'fail-fast' | 'patient';

/** PostgreSQL connections of one queue or worker: BullMQ's pool holds these besides its one LISTEN client. */
const POSTGRES_POOL_SIZE = { 'fail-fast': 2, patient: 4 } as const;

export function queueBackendLabel(config: Pick<AppConfig, 'queueBackend'>): string {
  return config.queueBackend === 'postgres' ? 'PostgreSQL' : 'Redis';
}

/** BullMQ's schema for a queue prefix: the prefix namespaces Redis keys, the schema PostgreSQL tables. */
export function postgresQueueSchema(queuePrefix: string): string {
  return `bullmq_${queuePrefix.replace(/-/g, '_')}`;
}

export function openQueue(config: QueueBackendConfig, name: string, use: ConnectionUse): BackendQueue {
  if (config.queueBackend === 'postgres') {
    return new Queue(name, { connection: postgresConnection(config, use) }, createPostgresBackend) as BackendQueue;
  }
  return new Queue(name, { connection: redisConnection(config, use), prefix: config.queuePrefix }) as unknown as BackendQueue;
}

export function openWorker(
  config: QueueBackendConfig,
  name: string,
  processor: Processor,
  options: Omit<WorkerOptions, 'connection' | 'prefix'>,
): BackendWorker {
  if (config.queueBackend === 'postgres') {
    return new Worker(name, processor, { ...options, connection: postgresConnection(config, 'patient') }, createPostgresBackend) as BackendWorker;
  }
  return new Worker(name, processor, {
    ...options,
    connection: redisConnection(config, 'patient'),
    prefix: config.queuePrefix,
  }) as unknown as BackendWorker;
}

function redisConnection(config: QueueBackendConfig, use: ConnectionUse): ConnectionOptions {
  const url = requireRedisUrl(config);
  if (use === 'fail-fast') return failFastRedisOptions(url) as ConnectionOptions;
  return {
    ...redisOptions(url),
    maxRetriesPerRequest: null,
    // BullMQ's default backs off to 20 s, so after a minute without Redis the worker reconnected up to
    // 20 s after it returned; a try every 2 s costs nothing.
    retryStrategy: (times: number) => Math.min(times * 250, 2_000),
  } as ConnectionOptions;
}

function postgresConnection(config: QueueBackendConfig, use: ConnectionUse): PostgresPoolConfig {
  return {
    connectionString: config.databaseUrl,
    schema: postgresQueueSchema(config.queuePrefix),
    // BullMQ's schema migrations run under an advisory lock and are a no-op once current,
    // so every process may bring its schema up to date at start.
    migrate: true,
    max: POSTGRES_POOL_SIZE[use],
    connectionTimeoutMillis: 2_000,
    application_name: 'mosty-queues',
    // pg-pool's option for its clients' class: one cut off by a server shutdown must not end the process (see PooledClient).
    Client: PooledClient,
  };
}

export function requireRedisUrl(config: Pick<AppConfig, 'redisUrl'>): string {
  if (!config.redisUrl) throw new Error('REDIS_URL is not set, yet the queues are on Redis (QUEUE_BACKEND=redis)');
  return config.redisUrl;
}
