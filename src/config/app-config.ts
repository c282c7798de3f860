import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '../modules/users/password-policy';

/**
 * Reads and validates the environment once. Nothing else in the code base reads
 * process.env: everything gets the typed AppConfig through injection.
 */
export class ConfigError extends Error {}

export const LOCAL_DEFAULTS = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/mosty',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'mosty-development-secret-do-not-use-in-production',
  STORAGE_DIR: './storage',
} as const;

const url = (protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

/** An exact origin as a browser sends it in `Origin`: `https://host[:port]`, nothing after it. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/** `addr@host` or `Name <addr@host>`. */
const MAIL_FROM_FORMAT = /^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: integer(1, 65535).default(3000),
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  // Where BullMQ keeps its queues: Redis (production's default), or PostgreSQL alone for a small installation.
  QUEUE_BACKEND: z.enum(['redis', 'postgres']).default('redis'),
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  PUBLIC_BASE_URL: url(['http:', 'https:']).optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  BOOTSTRAP_ADMIN_EMAIL: z.string().email('must be an e-mail address').optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`).optional(),
  STORAGE_DIR: z.string().min(1),
  SIGNING_KEY: z.string().min(1).optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'may hold only letters, digits, - and _')
    .default('mosty'),
  // Grading batches concurrent jobs and PDF rendering waits on fsync: 32 measured best on 2 cores (see docs/benchmarks.md).
  WORKER_CONCURRENCY: integer(1, 256).default(32),
  // The worker's scheduling priority (nice): grading and PDFs are background work, so on shared cores the API's
  // requests go first and submits stay fast while a burst is graded (see docs/benchmarks.md).
  WORKER_NICE: integer(0, 19).default(19),
  // How long a worker may hold a job without renewing its lock before BullMQ hands the job to another worker.
  JOB_LOCK_SECONDS: integer(1, 600).default(30),
  DB_POOL_SIZE: integer(1, 200).default(10),
  // How long the API may keep a signed-in actor in memory; PostgreSQL's notifications end it sooner on any change. 0: off
  // (every request reads its session, e.g. behind a transaction-mode pooler that cannot LISTEN).
  SESSION_CACHE_SECONDS: integer(0, 3600).default(60),
  // An officer's attempt (start, autosave, submit) answered without Nest's per-request pipeline; false: by Nest's
  // controller, as every other route (the same answers, at about 1.45 × the API's CPU per attempt: docs/benchmarks.md).
  DIRECT_ROUTES: z.enum(['true', 'false']).default('true'),
  // The reconciliation sweep: how often it runs, and how old unfinished work must be before it looks at its job.
  RECONCILE_EVERY_SECONDS: integer(1, 86400).default(60),
  RECONCILE_AFTER_SECONDS: integer(1, 7 * 86400).default(300),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((s) => s.trim()).filter(Boolean)),
  // Origins (scheme://host[:port]) of other sites' pages that may call the API; none by default: the web app is served by the API itself.
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((s) => s.trim()).filter(Boolean))
    .refine((origins) => origins.every(isOrigin), 'must be a comma-separated list of origins such as https://app.example.org (no path, no *)'),
  LOGIN_RATE_LIMIT_PER_MINUTE: integer(1, 100000).default(600),
  LOGIN_MAX_FAILURES: integer(1, 1000).default(5),
  VERIFY_RATE_LIMIT_PER_MINUTE: integer(1, 100000).default(60),
  LOGIN_LOCKOUT_SECONDS: integer(1, 86400).default(900),
  // Prometheus cannot sign in with short-lived JWTs: a static bearer token guards GET /metrics.
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  // The worker serves no HTTP but its metrics, and only where a port is given.
  WORKER_METRICS_PORT: integer(1, 65535).optional(),
  // Reminders are mailed only where a mail server is given; without one they are in-app only.
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().regex(MAIL_FROM_FORMAT, 'must be an address (no-reply@example.org) or a name and address (Mosty <no-reply@example.org>)').optional(),
  // How long a finished export may be downloaded before the hourly job removes its file and row.
  EXPORT_TTL_HOURS: integer(1, 24 * 365).default(24),
  // On SIGTERM the API reports itself unready this long, still serving, so that a load balancer stops sending first.
  SHUTDOWN_DRAIN_SECONDS: integer(0, 300).default(5),
  // From the signal, the longest a process may take to finish its requests or jobs and exit; past it, it exits with 1.
  SHUTDOWN_GRACE_SECONDS: integer(1, 3600).default(25),
});

type Parsed = z.infer<typeof schema>;

export interface AppConfig {
  env: Parsed['NODE_ENV'];
  production: boolean;
  port: number;
  databaseUrl: string;
  /** Where the queues live; `postgres`: BullMQ's own tables in a schema of the DATABASE_URL database. */
  queueBackend: Parsed['QUEUE_BACKEND'];
  /** Set whenever queueBackend is `redis` (REDIS_URL is then required). */
  redisUrl?: string;
  publicBaseUrl: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  bootstrapAdmin?: { email: string; password: string };
  storageDir: string;
  signingKey?: string;
  queuePrefix: string;
  workerConcurrency: number;
  jobLockSeconds: number;
  workerNice: number;
  /** PostgreSQL connections per process (the API's and each worker's pool). */
  dbPoolSize: number;
  /** Seconds a signed-in actor may be served from memory (0: read on every request). */
  sessionCacheSeconds: number;
  /** Whether the attempt's hot routes are answered outside Nest's pipeline (attempt-direct-routes.ts). */
  directRoutes: boolean;
  /** The worker's sweep for work whose job failed for good or vanished from Redis: every `everySeconds`, work older than `afterSeconds`. */
  reconcile: { everySeconds: number; afterSeconds: number };
  logLevel: Parsed['LOG_LEVEL'];
  trustProxy: string[];
  /** Origins allowed to call the API from a browser (CORS); empty: none, same-origin only. */
  corsOrigins: string[];
  login: { perAddressPerMinute: number; maxFailures: number; lockoutSeconds: number };
  verifyPerAddressPerMinute: number;
  /** Bearer token for GET /metrics; unset: open outside production, off (404) in production. */
  metricsToken?: string;
  /** Port of the worker's own GET /metrics; unset: the worker serves none. */
  workerMetricsPort?: number;
  /** Outgoing mail; absent when SMTP_URL is unset (notifications are in-app only). */
  mail?: { smtpUrl: string; from: string };
  /** Hours an export is kept after it is requested. */
  exportTtlHours: number;
  /** SIGTERM: seconds the API stays up but unready (`drainSeconds`); seconds until any process exits at the latest (`graceSeconds`). */
  shutdown: { drainSeconds: number; graceSeconds: number };
}

const REQUIRED_IN_PRODUCTION = ['DATABASE_URL', 'JWT_SECRET', 'PUBLIC_BASE_URL', 'STORAGE_DIR'] as const;

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // Empty strings count as unset, as in most .env tooling.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const production = given.NODE_ENV === 'production';
  if (production) {
    const missing = REQUIRED_IN_PRODUCTION.find((name) => given[name] === undefined);
    if (missing) throw new ConfigError(`${missing}: is required when NODE_ENV=production`);
    if (given.QUEUE_BACKEND !== 'postgres' && given.REDIS_URL === undefined) {
      throw new ConfigError('REDIS_URL: is required when NODE_ENV=production, unless QUEUE_BACKEND=postgres');
    }
  }
  // A small installation on PostgreSQL alone has no Redis: no local default points it at one.
  const defaults = given.QUEUE_BACKEND === 'postgres' ? { ...LOCAL_DEFAULTS, REDIS_URL: undefined } : LOCAL_DEFAULTS;
  const input = production ? given : { ...defaults, ...given };
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0]);
    const message = issue.code === 'invalid_type' && input[name] === undefined ? 'is required' : issue.message;
    throw new ConfigError(`${name}: ${message}`);
  }
  const c = result.data;
  if ((c.BOOTSTRAP_ADMIN_EMAIL === undefined) !== (c.BOOTSTRAP_ADMIN_PASSWORD === undefined)) {
    const missing = c.BOOTSTRAP_ADMIN_EMAIL === undefined ? 'BOOTSTRAP_ADMIN_EMAIL' : 'BOOTSTRAP_ADMIN_PASSWORD';
    throw new ConfigError(`${missing}: is required when the other BOOTSTRAP_ADMIN_* variable is set`);
  }
  if (production && c.JWT_SECRET === LOCAL_DEFAULTS.JWT_SECRET) {
    throw new ConfigError('JWT_SECRET: the development secret cannot be used in production');
  }
  if (c.SHUTDOWN_DRAIN_SECONDS >= c.SHUTDOWN_GRACE_SECONDS) {
    throw new ConfigError('SHUTDOWN_DRAIN_SECONDS: must be less than SHUTDOWN_GRACE_SECONDS, or no request has time to finish');
  }
  const publicBaseUrl = (c.PUBLIC_BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, '');
  return {
    env: c.NODE_ENV,
    production,
    port: c.PORT,
    databaseUrl: c.DATABASE_URL,
    queueBackend: c.QUEUE_BACKEND,
    redisUrl: c.REDIS_URL,
    publicBaseUrl,
    jwtSecret: c.JWT_SECRET,
    accessTokenTtlSeconds: 15 * 60,
    refreshTokenTtlSeconds: 30 * 24 * 3600,
    bootstrapAdmin:
      c.BOOTSTRAP_ADMIN_EMAIL && c.BOOTSTRAP_ADMIN_PASSWORD
        ? { email: c.BOOTSTRAP_ADMIN_EMAIL, password: c.BOOTSTRAP_ADMIN_PASSWORD }
        : undefined,
    storageDir: c.STORAGE_DIR,
    signingKey: c.SIGNING_KEY,
    queuePrefix: c.QUEUE_PREFIX,
    workerConcurrency: c.WORKER_CONCURRENCY,
    jobLockSeconds: c.JOB_LOCK_SECONDS,
    workerNice: c.WORKER_NICE,
    dbPoolSize: c.DB_POOL_SIZE,
    sessionCacheSeconds: c.SESSION_CACHE_SECONDS,
    directRoutes: c.DIRECT_ROUTES === 'true',
    reconcile: { everySeconds: c.RECONCILE_EVERY_SECONDS, afterSeconds: c.RECONCILE_AFTER_SECONDS },
    logLevel: c.LOG_LEVEL,
    trustProxy: c.TRUST_PROXY,
    corsOrigins: c.CORS_ORIGINS,
    verifyPerAddressPerMinute: c.VERIFY_RATE_LIMIT_PER_MINUTE,
    metricsToken: c.METRICS_TOKEN,
    workerMetricsPort: c.WORKER_METRICS_PORT,
    mail: c.SMTP_URL ? { smtpUrl: c.SMTP_URL, from: c.MAIL_FROM ?? `Mosty <no-reply@${new URL(publicBaseUrl).hostname}>` } : undefined,
    exportTtlHours: c.EXPORT_TTL_HOURS,
    shutdown: { drainSeconds: c.SHUTDOWN_DRAIN_SECONDS, graceSeconds: c.SHUTDOWN_GRACE_SECONDS },
    login: {
      perAddressPerMinute: c.LOGIN_RATE_LIMIT_PER_MINUTE,
      maxFailures: c.LOGIN_MAX_FAILURES,
      lockoutSeconds: c.LOGIN_LOCKOUT_SECONDS,
    },
  };
}
