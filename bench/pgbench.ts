import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { dropDatabase, serverQuery } from './infra';

const run = promisify(execFile);

/**
 * The yardstick: pgbench's TPC-B-like transaction (4 clients, 2 threads, 10 s,
 * scale 10) on a scratch database of the same server, run after the
 * application's processes have stopped. Graded attempts per second divided by
 * this tps says how much of the machine's transactional capacity grading gets.
 */
export async function pgbenchTps(serverUrl: string, name: string): Promise<number> {
  const url = new URL(serverUrl);
  const connection = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres')];
  const env = { ...process.env, ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}) };
  await serverQuery(serverUrl, `CREATE DATABASE "${name}"`);
  try {
    await run('pgbench', ['-i', '-q', '-s', '10', ...connection, name], { env, timeout: 300_000 });
    const { stdout } = await run('pgbench', ['-c', '4', '-j', '2', '-T', '10', ...connection, name], { env, timeout: 120_000 });
    const match = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout) ?? /tps = ([\d.]+)/.exec(stdout);
    if (!match) throw new Error(`Could not read the tps from pgbench:\n${stdout}`);
    return Number(match[1]);
  } finally {
    await dropDatabase(serverUrl, name);
  }
}
