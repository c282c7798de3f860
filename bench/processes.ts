import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool } from 'pg';
export { freePort } from '../src/common/free-port';

const DIST = join(__dirname, '..');

/** What every child of the bench starts with: production mode, logs at warn, its own database, queue prefix and storage. */
export function childEnv(c: { databaseUrl: string; redisUrl: string; publicBaseUrl: string; jwtSecret: string; storageDir: string; queuePrefix: string }): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    NODE_ENV: 'production',
    DATABASE_URL: c.databaseUrl,
    REDIS_URL: c.redisUrl,
    PUBLIC_BASE_URL: c.publicBaseUrl,
    JWT_SECRET: c.jwtSecret,
    STORAGE_DIR: c.storageDir,
    QUEUE_PREFIX: c.queuePrefix,
    LOG_LEVEL: 'warn',
  };
}

/**
 * One child process of the bench: the API (dist/src/main.js) or the worker
 * (dist/src/worker.js), each with its own event loop as in production. Its log
 * lines (LOG_LEVEL=warn: only problems) are echoed with a prefix and the last
 * ones kept for error messages.
 */
export class Child {
  readonly process: ChildProcess;
  private readonly tail: string[] = [];
  exited?: { code: number | null; signal: NodeJS.Signals | null };
  private readonly exitPromise: Promise<void>;

  constructor(
    readonly name: 'api' | 'worker',
    env: Record<string, string>,
    profileDir?: string,
  ) {
    const script = join(DIST, 'src', name === 'api' ? 'main.js' : 'worker.js');
    // The profile hook starts and stops V8's sampling profiler when told over IPC (see profile-hook.ts).
    const args = [...nodeFlags(name === 'api' ? 'start' : 'start:worker'), ...(profileDir ? ['--require', join(__dirname, 'profile-hook.js')] : []), script];
    this.process = spawn(process.execPath, args, {
      env: { ...env, ...(profileDir ? { BENCH_PROFILE_DIR: profileDir, BENCH_PROFILE_NAME: name } : {}) },
      stdio: profileDir ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.process.stdout!, this.process.stderr!]) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop()!;
        for (const line of lines) this.log(line);
      });
    }
    this.exitPromise = new Promise((resolve) =>
      this.process.once('exit', (code, signal) => {
        this.exited = { code, signal };
        resolve();
      }),
    );
  }

  /** Starts, then (called again) stops and writes, the CPU profile. */
  toggleProfile(): void {
    this.process.send?.('profile');
  }

  /** With the profile hook loaded: the child's process.memoryUsage() and V8 heap spaces. */
  memory(): Promise<unknown> {
    return new Promise((resolve) => {
      const listener = (message: unknown) => {
        this.process.off('message', listener);
        resolve(message);
      };
      this.process.on('message', listener);
      this.process.send?.('memory');
    });
  }

  get pid(): number {
    return this.process.pid!;
  }

  private log(line: string): void {
    if (!line.trim()) return;
    this.tail.push(line);
    if (this.tail.length > 40) this.tail.shift();
    process.stderr.write(`[${this.name}] ${line.slice(0, 2000)}\n`);
  }

  /** Throws, with the child's last lines, if it has died. */
  assertAlive(): void {
    if (this.exited) {
      throw new Error(`The ${this.name} process exited (code ${this.exited.code}, signal ${this.exited.signal}):\n${this.tail.join('\n')}`);
    }
  }

  /** SIGTERM (Nest drains: running jobs finish), then SIGKILL if it has not gone within `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.exited || this.process.exitCode !== null) return;
    this.process.kill('SIGTERM');
    const gone = await Promise.race([this.exitPromise.then(() => true), sleep(graceMs).then(() => false)]);
    if (!gone) {
      this.process.kill('SIGKILL');
      await Promise.race([this.exitPromise, sleep(2_000)]);
    }
  }
}

/** The node flags of an npm start script (package.json), so the bench starts each process as production does. */
function nodeFlags(script: 'start' | 'start:worker'): string[] {
  const scripts: Record<string, string> = JSON.parse(readFileSync(join(DIST, '..', 'package.json'), 'utf8')).scripts;
  const words = scripts[script].trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`package.json's ${script} script does not start with node: ${scripts[script]}`);
  return words.slice(1, -1);
}

/** Waits, polling, until `probe` holds; fails naming `what` after `timeoutMs` (or at once if a child died). */
export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, children: Child[] = [], intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    children.forEach((c) => c.assertAlive());
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Peak resident memory (VmHWM) of a process, in MiB, from /proc. */
export function peakRssMiB(pid: number): number {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** Current resident memory (VmRSS) of a process, in MiB. */
export function rssMiB(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** Resets VmHWM to the current RSS (Linux: "5" > /proc/<pid>/clear_refs), so a later peak covers what follows only. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false; // not permitted (another user's process, an old kernel): the peak then covers the whole life
  }
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  // Fields after the command name (which may hold spaces), from /proc/<pid>/stat: utime is the 14th field, stime the 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Busy and total CPU seconds of the whole machine (all cores), from /proc/stat. */
export function machineCpu(): { busy: number; total: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const ticks = values.map(Number);
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = ticks[3] + ticks[4];
  return { busy: (total - idle) / CLOCK_TICKS, total: total / CLOCK_TICKS };
}

/** CPU seconds over a measured window: the API, the worker, the bench itself, and the rest of the machine (PostgreSQL, Redis, anything else). */
export interface WindowCpu {
  machineBusyPercent: number;
  api: number;
  worker: number;
  bench: number;
  other: number;
}

export interface WindowUsage {
  cpu: WindowCpu;
  apiPeakRssMiB: number;
  workerPeakRssMiB: number;
  /** Whether the peaks cover the window only (VmHWM reset at its start) rather than the processes' whole life. */
  peakRssCoversWindowOnly: boolean;
}

/** Starts a measured window (peak RSS reset, CPU counters read); the function returned ends it and tells what it cost. */
export function startWindow(api: Child, worker: Child): () => WindowUsage {
  const peakRssCoversWindowOnly = [api, worker].every((c) => resetPeakRss(c.pid));
  const before = { api: cpuSeconds(api.pid), worker: cpuSeconds(worker.pid), bench: process.cpuUsage(), machine: machineCpu() };
  return () => {
    const benchCpu = process.cpuUsage(before.bench);
    const machine = machineCpu();
    const apiCpu = cpuSeconds(api.pid) - before.api;
    const workerCpu = cpuSeconds(worker.pid) - before.worker;
    const bench = (benchCpu.user + benchCpu.system) / 1e6;
    const busy = machine.busy - before.machine.busy;
    return {
      cpu: {
        machineBusyPercent: (busy / (machine.total - before.machine.total || 1)) * 100,
        api: apiCpu,
        worker: workerCpu,
        bench,
        other: busy - apiCpu - workerCpu - bench,
      },
      apiPeakRssMiB: peakRssMiB(api.pid),
      workerPeakRssMiB: peakRssMiB(worker.pid),
      peakRssCoversWindowOnly,
    };
  };
}

/**
 * CPU seconds so far of each PostgreSQL backend connected to the database, but the
 * bench's own (PostgreSQL runs on this host: the bench refuses any other).
 */
export async function backendCpu(pool: Pool, database: string): Promise<Map<number, number>> {
  const { rows } = await pool.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name <> 'mosty-bench'`, [database]);
  return new Map(
    rows.map(({ pid }: { pid: number }) => {
      try {
        return [pid, cpuSeconds(pid)];
      } catch {
        return [pid, NaN];
      }
    }),
  );
}

