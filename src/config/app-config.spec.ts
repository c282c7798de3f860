import { ConfigError, LOCAL_DEFAULTS, loadConfig } from './app-config';

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://mosty:secret@db:5432/mosty',
  REDIS_URL: 'redis://redis:6379',
  JWT_SECRET: 'x'.repeat(48),
  PUBLIC_BASE_URL: 'https://mosty.example.org/',
  STORAGE_DIR: '/var/lib/mosty',
};

const errorOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
};

describe('loadConfig', () => {
  it('needs nothing outside production: local PostgreSQL and Redis, a development secret, ./storage', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      production: false,
      port: 3000,
      databaseUrl: LOCAL_DEFAULTS.DATABASE_URL,
      redisUrl: LOCAL_DEFAULTS.REDIS_URL,
      storageDir: './storage',
      queuePrefix: 'mosty',
      workerConcurrency: 32,
      dbPoolSize: 10,
      sessionCacheSeconds: 60,
      reconcile: { everySeconds: 60, afterSeconds: 300 },
      accessTokenTtlSeconds: 900,
      publicBaseUrl: 'http://localhost:3000',
    });
  });

  it('reads a complete production environment', () => {
    const config = loadConfig({
      ...PRODUCTION,
      PORT: '8080',
      TRUST_PROXY: '10.0.0.1, loopback',
      WORKER_CONCURRENCY: '4',
      DB_POOL_SIZE: '20',
      RECONCILE_EVERY_SECONDS: '30',
      RECONCILE_AFTER_SECONDS: '600',
      METRICS_TOKEN: 'm'.repeat(32),
      WORKER_METRICS_PORT: '9464',
      SMTP_URL: 'smtps://mosty:secret@mail.example.org:465',
      MAIL_FROM: 'Mosty – szkolenia <szkolenia@mosty.example.org>',
    });
    expect(config).toMatchObject({
      production: true,
      port: 8080,
      publicBaseUrl: 'https://mosty.example.org',
      trustProxy: ['10.0.0.1', 'loopback'],
      workerConcurrency: 4,
      dbPoolSize: 20,
      sessionCacheSeconds: 60,
      reconcile: { everySeconds: 30, afterSeconds: 600 },
      metricsToken: 'm'.repeat(32),
      workerMetricsPort: 9464,
      mail: { smtpUrl: 'smtps://mosty:secret@mail.example.org:465', from: 'Mosty – szkolenia <szkolenia@mosty.example.org>' },
    });
  });

  it('mails only with SMTP_URL, from no-reply at the public host unless MAIL_FROM says otherwise', () => {
    expect(loadConfig({}).mail).toBeUndefined();
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', PUBLIC_BASE_URL: 'https://mosty.example.org' }).mail).toEqual({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'Mosty <no-reply@mosty.example.org>',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT: must be a whole number$/],
    [{ PORT: '70000' }, /^PORT: must be between 1 and 65535$/],
    [{ DATABASE_URL: 'mysql://localhost/mosty' }, /^DATABASE_URL: must be a URL starting with postgres:\/\/ or postgresql:\/\/$/],
    [{ REDIS_URL: 'not a url' }, /^REDIS_URL: /],
    [{ JWT_SECRET: 'short' }, /^JWT_SECRET: must be at least 32 characters$/],
    [{ WORKER_CONCURRENCY: '0' }, /^WORKER_CONCURRENCY: /],
    [{ DB_POOL_SIZE: '0' }, /^DB_POOL_SIZE: must be between 1 and 200$/],
    [{ DB_POOL_SIZE: 'many' }, /^DB_POOL_SIZE: must be a whole number$/],
    [{ RECONCILE_EVERY_SECONDS: '0' }, /^RECONCILE_EVERY_SECONDS: must be between 1 and 86400$/],
    [{ RECONCILE_AFTER_SECONDS: '5m' }, /^RECONCILE_AFTER_SECONDS: must be a whole number$/],
    [{ QUEUE_PREFIX: 'has:colon' }, /^QUEUE_PREFIX: /],
    [{ SHUTDOWN_GRACE_SECONDS: '0' }, /^SHUTDOWN_GRACE_SECONDS: must be between 1 and 3600$/],
    [{ SHUTDOWN_DRAIN_SECONDS: '25' }, /^SHUTDOWN_DRAIN_SECONDS: must be less than SHUTDOWN_GRACE_SECONDS/],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV: /],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'admin@mosty.test' }, /^BOOTSTRAP_ADMIN_PASSWORD: is required/],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'not-an-email', BOOTSTRAP_ADMIN_PASSWORD: 'long-enough-password' }, /^BOOTSTRAP_ADMIN_EMAIL: /],
    [{ PUBLIC_BASE_URL: 'ftp://files' }, /^PUBLIC_BASE_URL: /],
    [{ METRICS_TOKEN: 'too-short-for-a-scrape-token' }, /^METRICS_TOKEN: must be at least 32 characters$/],
    [{ WORKER_METRICS_PORT: '0' }, /^WORKER_METRICS_PORT: must be between 1 and 65535$/],
    [{ SMTP_URL: 'mail.example.org:587' }, /^SMTP_URL: must be a URL starting with smtp:\/\/ or smtps:\/\/$/],
    [{ SMTP_URL: 'http://mail.example.org' }, /^SMTP_URL: must be a URL starting with smtp:\/\/ or smtps:\/\/$/],
    [{ MAIL_FROM: 'Mosty' }, /^MAIL_FROM: must be an address/],
  ])('refuses %j with one line naming the variable', (env, message) => {
    const text = errorOf(env as Record<string, string>);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  it('requires every secret in production and refuses the development secret there', () => {
    for (const name of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'PUBLIC_BASE_URL', 'STORAGE_DIR']) {
      const env: Record<string, string> = { ...PRODUCTION };
      delete env[name];
      expect(errorOf(env)).toMatch(new RegExp(`^${name}: is required when NODE_ENV=production`));
    }
    expect(errorOf({ ...PRODUCTION, JWT_SECRET: LOCAL_DEFAULTS.JWT_SECRET })).toMatch(/^JWT_SECRET: /);
  });

  it('runs the queues on Redis unless told otherwise; on PostgreSQL it needs no Redis at all', () => {
    expect(loadConfig({}).queueBackend).toBe('redis');
    const { REDIS_URL: _redis, ...withoutRedis } = PRODUCTION;
    expect(errorOf(withoutRedis)).toBe('REDIS_URL: is required when NODE_ENV=production, unless QUEUE_BACKEND=postgres');
    const small = loadConfig({ ...withoutRedis, QUEUE_BACKEND: 'postgres' });
    expect(small).toMatchObject({ queueBackend: 'postgres', redisUrl: undefined });
    // Locally too: no default quietly points a PostgreSQL-only installation at a Redis.
    expect(loadConfig({ QUEUE_BACKEND: 'postgres' }).redisUrl).toBeUndefined();
    expect(errorOf({ QUEUE_BACKEND: 'rabbitmq' })).toMatch(/^QUEUE_BACKEND: /);
  });

  it('allows cross-origin browsers only from the exact origins CORS_ORIGINS names; none by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://szkolenia.policja.example, http://localhost:5173' }).corsOrigins).toEqual([
      'https://szkolenia.policja.example',
      'http://localhost:5173',
    ]);
    for (const bad of ['*', 'https://app.example.org/', 'https://app.example.org/login', 'app.example.org', 'ftp://app.example.org', 'https://a.example.org,null']) {
      expect(errorOf({ CORS_ORIGINS: bad })).toBe('CORS_ORIGINS: must be a comma-separated list of origins such as https://app.example.org (no path, no *)');
    }
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', REDIS_URL: '' }).port).toBe(3000);
    expect(loadConfig({ METRICS_TOKEN: '' }).metricsToken).toBeUndefined();
    expect(loadConfig({ WORKER_METRICS_PORT: '' }).workerMetricsPort).toBeUndefined();
  });
});
