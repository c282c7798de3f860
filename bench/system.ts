import { ConnectionOptions, Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { QueueName } from '../src/jobs/catalogue';
import { redisOptions } from '../src/jobs/redis-connection';
import type { BenchConfig } from './config';
import { HttpClient } from './http';
import { createMigratedDatabase, deleteQueueKeys, dropDatabase, serverQuery } from './infra';
import { Child, childEnv, freePort, waitFor } from './processes';

export const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

export interface BenchCleanup {
  add(name: string, step: () => Promise<unknown>): void;
}

/** The system under test of the grading and flow benches: its own database and queue prefix, the API and the worker as production runs them. */
export interface BenchSystem {
  stamp: string;
  databaseName: string;
  queuePrefix: string;
  port: number;
  jwtSecret: string;
  api: Child;
  worker: Child;
  children: Child[];
  /** Throws if a child has died. */
  alive: () => void;
  /** The bench's own connections (application_name mosty-bench, so CPU counts can leave them out). */
  pool: Pool;
  /** A keep-alive client with `config.concurrency` sockets. */
  http: HttpClient;
  profileDir?: string;
  /** The bootstrap admin's access token and id, to build the course. */
  login: { accessToken: string; user: { id: string } };
}

/**
 * A fresh database (migrated like `npm run migration:run`) and queue prefix, the API
 * and the worker started with the node flags of package.json's start scripts, both
 * ready (the API answers /health/ready, the worker consumes the grading queue), and
 * the bootstrap admin logged in. Everything is registered with `cleanup`.
 */
export async function startSystem(
  config: Pick<BenchConfig, 'serverUrl' | 'redisUrl' | 'concurrency' | 'logStatements' | 'workerConcurrency' | 'nodeOptions' | 'dbPoolSize' | 'profileDir'> & Partial<Pick<BenchConfig, 'directRoutes'>>,
  cleanup: BenchCleanup,
): Promise<BenchSystem> {
  const stamp = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const databaseName = `mosty_bench_${stamp}`;
  const queuePrefix = `mosty-bench-${stamp.replace('_', '-')}`;

  log(`database ${databaseName}, queue prefix ${queuePrefix}`);
  cleanup.add('drop the database', () => dropDatabase(config.serverUrl, databaseName));
  const databaseUrl = await createMigratedDatabase(config.serverUrl, databaseName);
  if (config.logStatements) await serverQuery(config.serverUrl, `ALTER DATABASE "${databaseName}" SET log_statement = 'all'`);
  cleanup.add('delete the queue keys', () => deleteQueueKeys(config.redisUrl, queuePrefix));

  const port = await freePort();
  const jwtSecret = randomBytes(32).toString('base64url');
  const adminEmail = 'admin@bench.mosty.example';
  const adminPassword = randomBytes(12).toString('base64url');
  const storageDir = `/tmp/${databaseName}`;
  cleanup.add('remove the storage directory', async () => rmSync(storageDir, { recursive: true, force: true }));
  const env: Record<string, string> = {
    ...childEnv({ databaseUrl, redisUrl: config.redisUrl, publicBaseUrl: `http://127.0.0.1:${port}`, jwtSecret, storageDir, queuePrefix }),
    PORT: String(port),
    BOOTSTRAP_ADMIN_EMAIL: adminEmail,
    BOOTSTRAP_ADMIN_PASSWORD: adminPassword,
    ...(config.workerConcurrency ? { WORKER_CONCURRENCY: String(config.workerConcurrency) } : {}),
    ...(config.nodeOptions ? { NODE_OPTIONS: config.nodeOptions } : {}),
    ...(config.dbPoolSize ? { DB_POOL_SIZE: String(config.dbPoolSize) } : {}),
    ...(config.directRoutes === false ? { DIRECT_ROUTES: 'false' } : {}),
  };
  if (config.profileDir) mkdirSync(config.profileDir, { recursive: true });
  const profileDir = config.profileDir && resolve(config.profileDir);

  const api = new Child('api', env, profileDir);
  cleanup.add('stop the API', () => api.stop());
  const worker = new Child('worker', env, profileDir);
  cleanup.add('stop the worker', () => worker.stop());
  const children = [api, worker];
  const alive = () => children.forEach((c) => c.assertAlive());

  const pool = new Pool({ connectionString: databaseUrl, max: 4, application_name: 'mosty-bench' });
  cleanup.add('close the bench pool', () => pool.end());
  const http = new HttpClient(`http://127.0.0.1:${port}`, config.concurrency);
  cleanup.add('close the HTTP agent', async () => http.close());

  await waitFor('the API to be ready', async () => (await http.send('GET', '/health/ready')).status === 200, 60_000, children, 200);
  const grading = new Queue(QueueName.Grading, { connection: redisOptions(config.redisUrl) as ConnectionOptions, prefix: queuePrefix });
  try {
    await waitFor('the worker to consume the grading queue', async () => (await grading.getWorkersCount()) > 0, 60_000, children, 200);
  } finally {
    await grading.close();
  }
  const login = await http.expect(200, 'POST', '/api/v1/auth/login', { body: { email: adminEmail, password: adminPassword } });
  return { stamp, databaseName, queuePrefix, port, jwtSecret, api, worker, children, alive, pool, http, profileDir, login };
}

/**
 * With --profile-dir: starts the V8 CPU profiles of both children (see profile-hook.ts);
 * the function returned stops them and waits until both files are written. Without it, nothing.
 */
export function startProfiles(system: Pick<BenchSystem, 'children' | 'profileDir'>): () => Promise<void> {
  const { children, profileDir } = system;
  if (!profileDir) return async () => undefined;
  children.forEach((c) => c.toggleProfile());
  return async () => {
    children.forEach((c) => c.toggleProfile());
    const files = children.map((c) => join(profileDir, `${c.name}-${c.pid}.cpuprofile`));
    await waitFor('the CPU profiles', async () => files.every((f) => existsSync(f)), 30_000, children);
    log(`CPU profiles: ${files.join(', ')}`);
  };
}
