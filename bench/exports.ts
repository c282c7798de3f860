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
import { Child, rssMiB, waitFor } from './processes';

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
const UNITS = 20;

/**
 * `npm run bench -- --exports`: the completion export (one row per enrollment, with
 * officer, unit, course, derived status and best score) of one institution with
 * `--export-rows` enrollments (default 500,000: 50,000 officers × 10 courses), seeded
 * with SQL, written by the real worker process as CSV and then as XLSX. The export row
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
  process.stderr.write(`bench: seeding ${officers} officers × ${COURSES} courses with SQL\n`);
  const world = await seed(pool, officers);

  const worker = new Child('worker', {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    PUBLIC_BASE_URL: 'https://mosty.example.org',
    JWT_SECRET: randomBytes(32).toString('base64url'),
    STORAGE_DIR: storageDir,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'warn',
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
          [format, world.institutionId, world.requesterId],
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

/**
 * One institution with units, officers in them (Polish names), ten published courses each assigned to the whole institution, and an enrollment per officer and
 * course: a third completed with a best score, some late, the rest assigned or in progress.
 */
export async function seed(pool: Pool, officers: number): Promise<{ institutionId: string; requesterId: string }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const [{ id: institutionId }] = (await client.query(`INSERT INTO institution (name, type, code) VALUES ('Komenda Miejska Policji w Krakowie', 'police', 'KMP') RETURNING id`)).rows;
    await client.query(
      `INSERT INTO unit (institution_id, name, code) SELECT $1, 'Komisariat Policji ' || i, 'KP-' || i FROM generate_series(1, ${UNITS}) i`,
      [institutionId],
    );
    const [{ id: requesterId }] = (
      await client.query(`INSERT INTO "user" (email, full_name, role, institution_id, locale) VALUES ('koordynator@bench.example', 'Koordynatorka', 'institution_admin', $1, 'pl') RETURNING id`, [
        institutionId,
      ])
    ).rows;
    await client.query(
      `INSERT INTO "user" (email, full_name, role, institution_id, unit_id, locale)
       SELECT 'funkcjonariusz' || i || '@bench.example', 'Łukasz Żółć-Gęślak ' || i, 'officer', $1,
              (SELECT id FROM unit WHERE code = 'KP-' || (1 + i % ${UNITS})), 'pl'
         FROM generate_series(1, $2::int) i`,
      [institutionId, officers],
    );
    const snapshot = (c: number) => ({
      title: { pl: `Kurs ${c}: łączność i współpraca`, en: `Course ${c}` },
      description: null,
      audience: ['police'],
      certificateValidityMonths: 24,
      modules: [{ id: '00000000-0000-4000-8000-000000000001', kind: 'lesson', position: 1, title: { pl: 'Lekcja' }, body: { pl: 'Treść' }, media: [], minStudySeconds: 0 }],
    });
    for (let c = 1; c <= COURSES; c++) {
      const s = snapshot(c);
      const [{ id: courseId }] = (
        await client.query(`INSERT INTO course (owner_id, title, audience, certificate_validity_months, current_version, published_at) VALUES ($1, $2, '{police}', 24, 1, now()) RETURNING id`, [
          requesterId,
          s.title,
        ])
      ).rows;
      await client.query(`INSERT INTO course_version (course_id, version, snapshot, published_by) VALUES ($1, 1, $2, $3)`, [courseId, s, requesterId]);
      const [{ id: assignmentId }] = (
        await client.query(`INSERT INTO assignment (course_id, target, institution_id, due_at, created_by) VALUES ($1, 'institution', $2, now() + interval '30 days', $3) RETURNING id`, [
          courseId,
          institutionId,
          requesterId,
        ])
      ).rows;
      await client.query(
        `INSERT INTO enrollment (user_id, course_id, course_version, assignment_id, institution_id, status, due_at, started_at, completed_at)
         SELECT u.id, $1, 1, $2, $3, s.status, now() + ((u.n % 60) - 20) * interval '1 day',
                CASE WHEN s.status <> 'assigned' THEN now() - interval '10 days' END, CASE WHEN s.status = 'completed' THEN now() - interval '2 days' END
           FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "user" WHERE role = 'officer') u
           CROSS JOIN LATERAL (SELECT (ARRAY['assigned', 'in_progress', 'completed'])[1 + (u.n + $4::int) % 3] AS status) s`,
        [courseId, assignmentId, institutionId, c],
      );
    }
    await client.query(
      `INSERT INTO module_progress (enrollment_id, module_id, status, completed_at, best_percent)
       SELECT id, '00000000-0000-4000-8000-000000000001', 'completed', completed_at, 50 + (abs(hashtext(id::text)) % 5000) / 100.0
         FROM enrollment WHERE status = 'completed'`,
    );
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return { institutionId, requesterId };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
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
