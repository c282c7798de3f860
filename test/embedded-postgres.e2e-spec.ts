import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgres, startEmbeddedPostgres } from '../src/embedded/embedded-postgres';
import { waitFor } from './support/processes';

/** The launcher as the demo runs it: compiled (npm test builds first), in a process of its own. */
const COMPILED_LAUNCHER = join(__dirname, '..', 'dist', 'src', 'embedded', 'embedded-postgres.js');

/**
 * A launcher process, as the demo is one: starts the server on argv's data
 * directory, opens a pool, prints "ready", then on SIGINT closes like the demo
 * (a query first: the server must still serve), or on "exit" exits without stop().
 */
const LAUNCHER_SCRIPT = `
const [, launcherModule, dataDir, mode] = process.argv;
const { Pool } = require('pg');
require(launcherModule).startEmbeddedPostgres({ dataDir }).then(async (server) => {
  const pool = new Pool({ connectionString: server.url });
  await pool.query('SELECT 1');
  process.once('SIGINT', async () => {
    const { rows } = await pool.query('SELECT current_database() AS db');
    await pool.end();
    await server.stop();
    console.log('closed after querying ' + rows[0].db);
  });
  console.log('ready');
  if (mode === 'exit') process.exit(0);
});
`;

/** Processes whose working directory is `dataDir` (or under it): the postmaster and every one of its children chdir there. */
function serverProcesses(dataDir: string, { under = false } = {}): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const cwd = readlinkSync(`/proc/${pid}/cwd`); // a zombie has no cwd any more
        return cwd === dataDir || (under && cwd.startsWith(`${dataDir}/`));
      } catch {
        return false;
      }
    })
    .map(Number);
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

function uidOf(pid: number): number {
  return Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

interface Launcher {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** detached: a process group of its own, as the terminal gives `npm run demo`, so that a Ctrl-C can be sent to the whole group. */
async function startLauncher(dataDir: string, mode: 'serve' | 'exit' = 'serve'): Promise<Launcher> {
  const child = spawn(process.execPath, ['-e', LAUNCHER_SCRIPT, COMPILED_LAUNCHER, dataDir, mode], {
    cwd: join(__dirname, '..'),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitFor('the launcher to start the server', async () => {
    if (child.exitCode !== null && mode !== 'exit') throw new Error(`The launcher exited: ${output}`);
    return output.includes('ready');
  }, 30_000);
  return { child, output: () => output, exited };
}

describe('the embedded PostgreSQL of the demo', () => {
  // mkdtemp makes it 0700: as root the server's user must be let through it.
  const root = mkdtempSync(join(tmpdir(), 'mosty-embedded-'));
  const asRoot = process.getuid?.() === 0;
  const serverUid = asRoot ? Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' })) : process.getuid!();
  const serverGid = asRoot ? Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' })) : process.getgid!();
  const started: EmbeddedPostgres[] = [];
  const launchers: ChildProcess[] = []; // and other children of the tests

  beforeAll(() => {
    if (!existsSync(COMPILED_LAUNCHER)) throw new Error(`${COMPILED_LAUNCHER} is missing: run npm run build (npm test does)`);
  });

  afterAll(async () => {
    for (const child of launchers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(started.map((server) => server.stop()));
    // After a failure, a server may be left behind by a launcher: not beyond this test file.
    for (const pid of serverProcesses(root, { under: true })) process.kill(pid, 'SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('initialises a cluster with the database mosty, keeps its data across a stop and a start, and leaves no process or pid file', async () => {
    const dataDir = join(root, 'restart', 'postgres');
    const first = await startEmbeddedPostgres({ dataDir });
    started.push(first);
    expect(first.url).toBe(`postgres://postgres@127.0.0.1:${first.port}/mosty`);
    expect(uidOf(postmasterPid(dataDir))).toBe(serverUid);
    const [settings] = await query<{ listen: string; sockets: string }>(
      first.url,
      "SELECT current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS sockets",
    );
    expect(settings).toEqual({ listen: '127.0.0.1', sockets: '' });
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('survives a restart')");

    const pidFile = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8');

    await first.stop();
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
    expect(serverProcesses(dataDir)).toEqual([]);

    // A stale pid file whose pid now belongs to another live process of the server's user: PostgreSQL alone would refuse to start.
    const unrelated = spawn('sleep', ['30'], { stdio: 'ignore', uid: serverUid, gid: serverGid });
    launchers.push(unrelated);
    writeFileSync(join(dataDir, 'postmaster.pid'), pidFile.replace(/^\d+/, String(unrelated.pid)));

    const second = await startEmbeddedPostgres({ dataDir });
    started.push(second);
    expect(second.port).toBe(first.port);
    expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'survives a restart' }]);
    expect(unrelated.exitCode).toBeNull();
    await second.stop();
    expect(serverProcesses(dataDir)).toEqual([]);
  }, 60_000);

  it('leaves a Ctrl-C to the app: the server still answers while the app closes, and stops when the app stops it', async () => {
    const dataDir = join(root, 'ctrl-c', 'postgres');
    const launcher = await startLauncher(dataDir);
    launchers.push(launcher.child);

    process.kill(-launcher.child.pid!, 'SIGINT'); // the whole process group, as the terminal does
    expect(await launcher.exited).toBe(0);
    expect(launcher.output()).toContain('closed after querying mosty');
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
    expect(serverProcesses(dataDir)).toEqual([]);
  }, 60_000);

  it('stops the server left running by a launcher killed with SIGKILL, then starts on the same directory', async () => {
    const dataDir = join(root, 'orphan', 'postgres');
    const launcher = await startLauncher(dataDir);
    launchers.push(launcher.child);
    const orphan = postmasterPid(dataDir);
    const port = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3];
    await query(`postgres://postgres@127.0.0.1:${port}/mosty`, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('written before the kill')");

    // While its launcher runs, the server is not an orphan: it is left alone.
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(`already in use by process ${launcher.child.pid}`);
    expect(serverProcesses(dataDir)).toContain(orphan);

    launcher.child.kill('SIGKILL');
    await launcher.exited;
    expect(serverProcesses(dataDir)).toContain(orphan);

    const server = await startEmbeddedPostgres({ dataDir });
    started.push(server);
    expect(postmasterPid(dataDir)).not.toBe(orphan);
    expect(serverProcesses(dataDir)).not.toContain(orphan);
    expect(await query(server.url, 'SELECT note FROM kept')).toEqual([{ note: 'written before the kill' }]);
    await server.stop();
    expect(serverProcesses(dataDir)).toEqual([]);
  }, 60_000);

  it('stops the server when the app exits without stopping it', async () => {
    const dataDir = join(root, 'exit', 'postgres');
    const launcher = await startLauncher(dataDir, 'exit');
    expect(await launcher.exited).toBe(0);
    await waitFor('the server to stop after its launcher exited', async () => serverProcesses(dataDir).length === 0, 10_000);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  }, 60_000);
});
