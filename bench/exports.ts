import { ConnectionOptions, Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import { QueueName } from '../src/jobs/catalogue';
import { redisOptions } from '../src/jobs/redis-connection';
import type { BenchConfig } from './config';
import { createMigratedDatabase, deleteQueueKeys, dropDatabase } from './infra';
import { pgbenchTps } from './pgbench';
import { Child, childEnv, rssMiB, waitFor } from './processes';
import { seed } from './reports';

export interface ExportRun {
  format: 'csv' | 'xlsx';
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  sizeMiB: number;
  /** The worker's RSS right before the export was queued, and its highest sample (every 20 ms) until it was ready. */
  rssBeforeMiB: number;
  rssPeakMiB: number;
  rssGrowthMiB: number;
}

export interface ExportBenchResult {
  enrollments: number;
  officers: number;
  runs: ExportRun[];
  pgbenchTps?: number;
}

const COURSES = 10;

/**
 * `npm run bench -- --exports`: the completion export (one row per enrollment, with
 * officer, unit, course, derived status and best score) of one institution with
 * `--export-rows` enrollments (default 500,000: 50,000 officers × 10 courses), seeded
 * with SQL as the reports bench seeds them, written by the real worker process as CSV and then as XLSX. The export row
 * and its job are inserted as POST /reports/exports writes them (row + outbox); the
 * clock runs until the row is ready, while the worker's RSS is sampled from /proc.
 */
export async function benchExports(
  config: Pick<BenchConfig, 'serverUrl' | 'redisUrl' | 'exportRows' | 'pgbench' | 'nodeOptions'>,
  cleanup: { add(name: string, step: () => Promise<unknown>): void },
): Promise<ExportBenchResult> {
  const { serverUrl, redisUrl } = config;
  const stamp = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const name = `mosty_bench_export_${stamp}`;
  const queuePrefix = `mosty-bench-export-${stamp.replace('_', '-')}`;
  cleanup.add('drop the export database', () => dropDatabase(serverUrl, name));
  const databaseUrl = await createMigratedDatabase(serverUrl, name);
  cleanup.add('delete the export queue keys', () => deleteQueueKeys(redisUrl, queuePrefix));
  const storageDir = `/tmp/${name}`;
  cleanup.add('remove the export storage', async () => rmSync(storageDir, { recursive: true, force: true }));

  const pool = new Pool({ connectionString: databaseUrl, max: 2, application_name: 'mosty-bench' });
  cleanup.add('close the export pool', () => pool.end());
  const officers = Math.ceil(config.exportRows / COURSES);
  process.stderr.write(`bench: seeding ${officers} officers × ${COURSES} courses of one institution with SQL (the reports bench's world)\n`);
  const world = await seed(pool, officers, COURSES, 1);

  const worker = new Child('worker', {
    ...childEnv({ databaseUrl, redisUrl, publicBaseUrl: 'https://mosty.example.org', jwtSecret: randomBytes(32).toString('base64url'), storageDir, queuePrefix }),
    ...(config.nodeOptions ? { NODE_OPTIONS: config.nodeOptions } : {}),
  });
  cleanup.add('stop the export worker', () => worker.stop());
  const queue = new Queue(QueueName.Reports, { connection: redisOptions(redisUrl) as ConnectionOptions, prefix: queuePrefix });
  try {
    await waitFor('the worker to consume the reports queue', async () => (await queue.getWorkersCount()) > 0, 60_000, [worker], 200);
  } finally {
    await queue.close();
  }

  const runs: ExportRun[] = [];
  for (const format of ['csv', 'xlsx'] as const) {
    // Let start-up (or the previous export) settle, so the baseline is the idle worker.
    await sleep(2000);
    const rssBeforeMiB = rssMiB(worker.pid);
    let rssPeakMiB = rssBeforeMiB;
    const started = Date.now();
    const client = await pool.connect();
    let exportId: string;
    try {
      await client.query('BEGIN');
      [{ id: exportId }] = (
        await client.query(
          `INSERT INTO report_export (kind, format, institution_id, requested_by, filters, separator, locale, expires_at)
           VALUES ('completion', $1, $2, $3, '{}', ';', 'pl', now() + interval '1 day') RETURNING id`,
          [format, world.institutionId, world.coordinatorId],
        )
      ).rows;
      await client.query(`INSERT INTO outbox (queue, job_name, job_id, payload) VALUES ('reports', 'export', $1, $2)`, [`export-${exportId}`, { exportId }]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    let status = 'queued';
    while (status === 'queued' || status === 'running') {
      worker.assertAlive();
      rssPeakMiB = Math.max(rssPeakMiB, rssMiB(worker.pid));
      await sleep(20);
      status = (await pool.query(`SELECT status FROM report_export WHERE id = $1`, [exportId])).rows[0].status;
      if (Date.now() - started > 600_000) throw new Error(`The ${format} export did not finish within 10 minutes`);
    }
    const seconds = (Date.now() - started) / 1000;
    const [row] = (await pool.query(`SELECT status, failure_reason, rows_written, size_bytes FROM report_export WHERE id = $1`, [exportId])).rows;
    if (row.status !== 'ready') throw new Error(`The ${format} export ${row.status}: ${row.failure_reason}`);
    runs.push({
      format,
      rows: row.rows_written,
      seconds,
      rowsPerSecond: row.rows_written / seconds,
      sizeMiB: Number(row.size_bytes) / 2 ** 20,
      rssBeforeMiB,
      rssPeakMiB,
      rssGrowthMiB: rssPeakMiB - rssBeforeMiB,
    });
    process.stderr.write(`bench: ${format}: ${row.rows_written} rows in ${seconds.toFixed(1)} s, RSS ${rssBeforeMiB.toFixed(0)} → peak ${rssPeakMiB.toFixed(0)} MiB\n`);
  }
  await worker.stop();
  const tps = config.pgbench ? await pgbenchTps(serverUrl, `mosty_pgbench_${stamp}`) : undefined;
  return { enrollments: officers * COURSES, officers, runs, pgbenchTps: tps };
}

export function exportMarkdown(r: ExportBenchResult, machine: string): string {
  const lines = [
    `Exports (${machine}): completion export of one institution, ${r.enrollments.toLocaleString('en')} enrollments (${r.officers.toLocaleString('en')} officers × ${COURSES} courses), one worker process`,
    '',
    '| format | rows | wall time | rows/s | file | worker RSS before | peak | growth |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.runs.map(
      (x) =>
        `| ${x.format} | ${x.rows.toLocaleString('en')} | ${x.seconds.toFixed(1)} s | ${Math.round(x.rowsPerSecond).toLocaleString('en')} | ${x.sizeMiB.toFixed(1)} MiB | ${x.rssBeforeMiB.toFixed(0)} MiB | ${x.rssPeakMiB.toFixed(0)} MiB | ${x.rssGrowthMiB.toFixed(0)} MiB |`,
    ),
    '',
    r.pgbenchTps === undefined ? 'pgbench: skipped' : `pgbench (TPC-B, -c 4 -j 2 -T 10, scale 10) on the same server: ${r.pgbenchTps.toFixed(0)} tps`,
  ];
  return lines.join('\n');
}
