import { ConnectionOptions, Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { QueueName } from '../src/jobs/catalogue';
import { redisOptions } from '../src/jobs/redis-connection';
import type { BenchConfig } from './config';
import { createMigratedDatabase, deleteQueueKeys, dropDatabase, serverQuery } from './infra';
import { backendCpu, Child, childEnv, cpuSeconds, peakRssMiB, waitFor } from './processes';

export interface CertificateBenchResult {
  n: number;
  seconds: number;
  perSecond: number;
  workerCpuSeconds: number;
  /** CPU of the PostgreSQL backends serving the worker (NaN where /proc does not show them). */
  postgresCpuSeconds: number;
  workerPeakRssMiB: number;
  allRendered: boolean;
}

/**
 * Certificates issued with their PDF per second by one worker process: N
 * completed enrollments (seeded with SQL) ask for their certificate through the
 * outbox in one transaction, as completion does; the clock runs until the last
 * certificate row has its stored PDF. CPU is counted over that window for the
 * worker (all its threads: rendering, GC, file I/O) and for the PostgreSQL
 * backends it is connected to, which is what a certificate costs the machine.
 */
export async function benchCertificates(
  config: Pick<BenchConfig, 'serverUrl' | 'redisUrl' | 'certificates' | 'workerConcurrency' | 'profileDir' | 'logStatements' | 'nodeOptions'>,
  cleanup: { add(name: string, step: () => Promise<unknown>): void },
): Promise<CertificateBenchResult> {
  const { serverUrl, redisUrl, certificates: n, workerConcurrency } = config;
  const stamp = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const name = `mosty_bench_cert_${stamp}`;
  const queuePrefix = `mosty-bench-cert-${stamp.replace('_', '-')}`;
  cleanup.add('drop the certificate database', () => dropDatabase(serverUrl, name));
  const databaseUrl = await createMigratedDatabase(serverUrl, name);
  if (config.logStatements) await serverQuery(serverUrl, `ALTER DATABASE "${name}" SET log_statement = 'all'`);
  cleanup.add('delete the certificate queue keys', () => deleteQueueKeys(redisUrl, queuePrefix));
  const storageDir = `/tmp/${name}`;
  cleanup.add('remove the certificate storage', async () => rmSync(storageDir, { recursive: true, force: true }));

  const pool = new Pool({ connectionString: databaseUrl, max: 2, application_name: 'mosty-bench' });
  cleanup.add('close the certificate pool', () => pool.end());
  const enrollmentIds = await seedCompletions(pool, n);

  const profileDir = config.profileDir && resolve(config.profileDir);
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const worker = new Child(
    'worker',
    {
      ...childEnv({ databaseUrl, redisUrl, publicBaseUrl: 'https://mosty.example.org', jwtSecret: randomBytes(32).toString('base64url'), storageDir, queuePrefix }),
      ...(workerConcurrency ? { WORKER_CONCURRENCY: String(workerConcurrency) } : {}),
      ...(config.nodeOptions ? { NODE_OPTIONS: config.nodeOptions } : {}),
    },
    profileDir,
  );
  cleanup.add('stop the certificate worker', () => worker.stop());
  const queue = new Queue(QueueName.Certificates, { connection: redisOptions(redisUrl) as ConnectionOptions, prefix: queuePrefix });
  try {
    await waitFor('the worker to consume the certificates queue', async () => (await queue.getWorkersCount()) > 0, 60_000, [worker], 200);
  } finally {
    await queue.close();
  }

  if (profileDir) worker.toggleProfile();
  if (config.logStatements) await pool.query(`SELECT 'mosty-bench: measured window starts'`);
  const postgresBefore = await backendCpu(pool, name);
  const cpuBefore = cpuSeconds(worker.pid);
  const started = Date.now();
  await pool.query(
    `INSERT INTO outbox (queue, job_name, job_id, payload)
     SELECT 'certificates', 'issue-certificate', 'issue-certificate-' || id, jsonb_build_object('enrollmentId', id)
       FROM unnest($1::uuid[]) AS id`,
    [enrollmentIds],
  );
  await waitFor(
    'every certificate to be issued and rendered',
    async () => (await pool.query(`SELECT count(*)::int AS n FROM certificate WHERE pdf_key IS NOT NULL`)).rows[0].n === n,
    300_000,
    [worker],
    20,
  );
  const seconds = (Date.now() - started) / 1000;
  const workerCpuSeconds = cpuSeconds(worker.pid) - cpuBefore;
  const postgresAfter = await backendCpu(pool, name);
  const postgresCpuSeconds = [...postgresAfter].reduce((sum, [pid, cpu]) => sum + cpu - (postgresBefore.get(pid) ?? 0), 0);
  if (config.logStatements) await pool.query(`SELECT 'mosty-bench: measured window ends'`);
  if (profileDir) {
    worker.toggleProfile();
    const file = join(profileDir, `worker-${worker.pid}.cpuprofile`);
    await waitFor('the CPU profile', async () => existsSync(file), 30_000, [worker]);
    process.stderr.write(`bench: CPU profile: ${file} (the PDF rendering threads are not in it)\n`);
  }
  const workerPeakRssMiB = peakRssMiB(worker.pid);
  const { rows } = await pool.query(`SELECT count(*)::int AS n, count(DISTINCT enrollment_id)::int AS distinct_enrollments FROM certificate`);
  await worker.stop();
  return { n, seconds, perSecond: n / seconds, workerCpuSeconds, postgresCpuSeconds, workerPeakRssMiB, allRendered: rows[0].n === n && rows[0].distinct_enrollments === n };
}

/** A published one-lesson course and N officers whose enrollments are completed. */
async function seedCompletions(pool: Pool, n: number): Promise<string[]> {
  const snapshot = {
    title: { pl: 'Kompetencje międzykulturowe w pracy służb publicznych', en: 'Intercultural competence in public services' },
    description: null,
    audience: ['police'],
    certificateValidityMonths: 24,
    modules: [{ id: '00000000-0000-4000-8000-000000000001', kind: 'lesson', position: 1, title: { pl: 'Lekcja' }, body: { pl: 'Treść' }, media: [], minStudySeconds: 0 }],
  };
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const [{ id: institutionId }] = (await client.query(`INSERT INTO institution (name, type, code) VALUES ('Komenda Miejska Policji w Krakowie', 'police', 'KMP') RETURNING id`)).rows;
    const [{ id: authorId }] = (await client.query(`INSERT INTO "user" (email, full_name, role, locale) VALUES ('autor@bench.example', 'Autor', 'trainer', 'pl') RETURNING id`)).rows;
    const [{ id: courseId }] = (
      await client.query(`INSERT INTO course (owner_id, title, audience, certificate_validity_months, current_version, published_at) VALUES ($1, $2, '{police}', 24, 1, now()) RETURNING id`, [
        authorId,
        snapshot.title,
      ])
    ).rows;
    await client.query(`INSERT INTO course_version (course_id, version, snapshot, published_by) VALUES ($1, 1, $2, $3)`, [courseId, snapshot, authorId]);
    const [{ id: assignmentId }] = (
      await client.query(`INSERT INTO assignment (course_id, target, institution_id, due_at, created_by) VALUES ($1, 'institution', $2, now() + interval '30 days', $3) RETURNING id`, [
        courseId,
        institutionId,
        authorId,
      ])
    ).rows;
    const { rows } = await client.query(
      `WITH people AS (
         INSERT INTO "user" (email, full_name, role, institution_id, locale)
         SELECT 'funkcjonariusz' || i || '@bench.example', 'Łukasz Żółć ' || i, 'officer', $1, 'pl' FROM generate_series(1, $4::int) AS i
         RETURNING id)
       INSERT INTO enrollment (user_id, course_id, course_version, assignment_id, institution_id, status, due_at, started_at, completed_at)
       SELECT id, $2, 1, $3, $1, 'completed', now() + interval '30 days', now(), now() FROM people
       RETURNING id`,
      [institutionId, courseId, assignmentId, n],
    );
    await client.query('COMMIT');
    return rows.map((r) => r.id as string);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
