import { ChildProcess, spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppConfig } from '../../src/config/app-config';

/** The compiled worker entry point (npm test builds first). */
export const WORKER_ENTRY = join(__dirname, '..', '..', 'dist', 'src', 'worker.js');
export const API_ENTRY = join(__dirname, '..', '..', 'dist', 'src', 'main.js');
export const DEMO_ENTRY = join(__dirname, '..', '..', 'dist', 'src', 'demo.js');

export { freePort } from '../../src/common/free-port';

export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Polls until `probe` returns true; fails naming `what` after `timeoutMs`. */
export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** How a promise settled within `ms` — 'pending' if it did not (a hang is a failure too, not a timeout of the test). */
export async function settleWithin<T>(
  promise: Promise<T>,
  ms: number,
): Promise<{ status: 'fulfilled'; value: T } | { status: 'rejected'; reason: unknown } | { status: 'pending' }> {
  let timer: NodeJS.Timeout | undefined;
  const pending = new Promise<{ status: 'pending' }>((resolve) => (timer = setTimeout(() => resolve({ status: 'pending' }), ms)));
  try {
    return await Promise.race([
      promise.then((value) => ({ status: 'fulfilled' as const, value }), (reason: unknown) => ({ status: 'rejected' as const, reason })),
      pending,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** A child process with the tail of what it printed, for failure messages. */
export interface Spawned {
  child: ChildProcess;
  output: () => string;
  running: () => boolean;
}

const OUTPUT_KEPT = 20_000;

function spawnKeepingOutput(command: string, args: string[], env?: NodeJS.ProcessEnv, cwd?: string): Spawned {
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer | string) => (output = (output + String(chunk)).slice(-OUTPUT_KEPT));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.once('error', keep);
  return { child, output: () => output, running: () => child.exitCode === null && child.signalCode === null };
}

/**
 * A throwaway redis-server on `port`; resolves once it accepts connections. Without
 * `dir` it keeps nothing; with `dir` it keeps its data there in an append-only file,
 * as production does, so that a stopped and restarted server still has its jobs.
 */
export async function startRedisServer(port: number, options: { dir?: string } = {}): Promise<ChildProcess> {
  const persistence = options.dir ? ['--appendonly', 'yes', '--dir', options.dir] : ['--appendonly', 'no'];
  const redis = spawnKeepingOutput('redis-server', [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--save', '',
    '--maxmemory-policy', 'noeviction',
    ...persistence,
  ]);
  await waitFor('redis-server to accept connections', async () => {
    if (!redis.running()) throw new Error(`redis-server on port ${port} exited: ${redis.output()}`);
    return accepts(port);
  }, 5_000, 50);
  return redis.child;
}

/** SIGTERM (redis-server then saves and exits, a Nest process drains), SIGKILL after `graceMs`; resolves with how it exited. */
export async function stopProcess(child: ChildProcess | undefined, graceMs = 3_000): Promise<{ code: number | null; signal: string | null } | undefined> {
  if (!child) return undefined;
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  const outcome = await settleWithin(exited, graceMs);
  if (outcome.status === 'fulfilled') return outcome.value;
  child.kill('SIGKILL');
  return exited;
}

/** The compiled `npm run demo` (dist/src/demo.js) in `cwd`, with only the environment given: no DATABASE_URL unless named. */
export function spawnDemo(cwd: string, env: Record<string, string>): Spawned {
  return spawnKeepingOutput(process.execPath, [DEMO_ENTRY], { PATH: process.env.PATH ?? '', ...env }, cwd);
}

/** The compiled worker as its own process, on the test's database, queue backend and queue prefix. */
export function spawnWorker(config: AppConfig, env: Record<string, string> = {}): Spawned {
  return spawnKeepingOutput(process.execPath, [WORKER_ENTRY], processEnv(config, env));
}

/** The compiled API as its own process on `port`, on the test's database and queues (the same JWT secret: tokens carry over). */
export function spawnApi(config: AppConfig, port: number, env: Record<string, string> = {}): Spawned {
  return spawnKeepingOutput(process.execPath, [API_ENTRY], processEnv(config, { PORT: String(port), JWT_SECRET: config.jwtSecret, ...env }));
}

function processEnv(config: AppConfig, env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'test',
    DATABASE_URL: config.databaseUrl,
    QUEUE_BACKEND: config.queueBackend,
    REDIS_URL: config.redisUrl ?? '',
    QUEUE_PREFIX: config.queuePrefix,
    STORAGE_DIR: config.storageDir,
    LOG_LEVEL: 'warn',
    ...env,
  };
}
