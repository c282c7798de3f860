import type { RedisOptions } from 'ioredis';

/** ioredis options from REDIS_URL (redis://[user:password@]host:port[/db], rediss:// for TLS). */
export function redisOptions(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
  };
}

/**
 * For producers and health checks: a command fails at once while Redis is away
 * instead of waiting in an offline queue, so no HTTP request hangs on it.
 */
export function failFastRedisOptions(redisUrl: string): RedisOptions {
  return {
    ...redisOptions(redisUrl),
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  };
}
