import { ConnectionOptions, Queue } from 'bullmq';
import { Pool } from 'pg';
import { QueueName } from '../src/jobs/catalogue';
import { redisOptions } from '../src/jobs/redis-connection';
import { waitFor } from './processes';
import type { BenchCourse, Officer } from './seed';

/**
 * Counts every write of an attempt's results: a trigger on the bench's own
 * database (not part of the schema), installed after seeding. "Graded exactly
 * once" is then a fact the database recorded, not an inference. Its cost on the
 * measured path is one small insert per grading.
 */
export async function installGradingCounter(pool: Pool): Promise<void> {
  await pool.query(`
    CREATE TABLE bench_grading_write (attempt_id uuid NOT NULL, written_at timestamptz NOT NULL DEFAULT clock_timestamp());
    CREATE FUNCTION bench_count_grading() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO bench_grading_write (attempt_id) VALUES (NEW.id);
      RETURN NULL;
    END $$;
    CREATE TRIGGER bench_count_grading AFTER UPDATE OF results ON attempt FOR EACH ROW EXECUTE FUNCTION bench_count_grading();`);
}

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** Submit → graded, per attempt (submitted_at is PostgreSQL's clock, graded_at the worker's: one machine). */
export async function gradingLatencies(pool: Pool, attemptIds: string[]): Promise<number[]> {
  const { rows } = await pool.query(`SELECT extract(epoch FROM graded_at - submitted_at) * 1000 AS ms FROM attempt WHERE id = ANY($1::uuid[])`, [attemptIds]);
  return rows.map((r) => Number(r.ms));
}

/** Every attempt graded exactly once with the score its answers deserve; progress, completion and the outbox in step. */
export async function verify(
  pool: Pool,
  course: BenchCourse,
  officers: Officer[],
  redisUrl: string,
  queuePrefix: string,
  completeCourse: boolean,
): Promise<Check[]> {
  const checks: Check[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });

  const { rows } = await pool.query(
    `SELECT a.id, a.status, a.percent, a.passed, a.graded_at IS NOT NULL AS has_graded_at, jsonb_array_length(a.results) AS results,
            (SELECT count(*)::int FROM bench_grading_write w WHERE w.attempt_id = a.id) AS writes,
            e.status AS enrollment_status, p.status AS progress_status, p.best_percent
       FROM attempt a JOIN enrollment e ON e.id = a.enrollment_id
       LEFT JOIN module_progress p ON p.enrollment_id = a.enrollment_id AND p.module_id = a.module_id
      WHERE a.id = ANY($1::uuid[])`,
    [officers.map((o) => o.attemptId)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems = { status: 0, writes: 0, score: 0, progress: 0 };
  let passers = 0;
  for (const officer of officers) {
    const row = byId.get(officer.attemptId);
    const passes = officer.expectedPercent >= course.passMarkPercent;
    if (passes) passers++;
    if (!row || row.status !== 'graded' || !row.has_graded_at || row.results !== 20) problems.status++;
    if (row?.writes !== 1) problems.writes++;
    if (Number(row?.percent) !== officer.expectedPercent || row?.passed !== passes) problems.score++;
    const progressOk =
      Number(row?.best_percent) === Math.round(officer.expectedPercent * 100) / 100 &&
      row?.progress_status === (passes ? 'completed' : 'in_progress') &&
      row?.enrollment_status === (passes && completeCourse ? 'completed' : 'in_progress');
    if (!progressOk) problems.progress++;
  }
  check('every attempt graded', problems.status === 0, `${officers.length - problems.status}/${officers.length} graded with 20 results`);
  check('graded exactly once', problems.writes === 0, `${problems.writes} attempts whose results were written other than once`);
  check('scores right', problems.score === 0, `${problems.score} attempts with a wrong percent or pass (all right → 100, half → its share, none → 0)`);
  const completions = completeCourse ? passers : 0;
  check('progress and completion', problems.progress === 0, `${problems.progress} enrollments out of step; ${passers} passed, ${completions} completed the course`);

  // Certificate requests go out through the outbox in the grading transaction; the relay drains them shortly after.
  await waitFor('the outbox to drain', async () => (await pool.query(`SELECT 1 FROM outbox LIMIT 1`)).rowCount === 0, 15_000).catch(() => undefined);
  const {
    rows: [{ left }],
  } = await pool.query(`SELECT count(*)::int AS left FROM outbox`);
  check('outbox drained', left === 0, `${left} rows left`);

  const connection = redisOptions(redisUrl) as ConnectionOptions;
  const grading = new Queue(QueueName.Grading, { connection, prefix: queuePrefix });
  const certificates = new Queue(QueueName.Certificates, { connection, prefix: queuePrefix });
  try {
    const g = await grading.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed');
    check('grading jobs', g.failed === 0 && g.waiting + g.active + g.delayed === 0, `completed ${g.completed}, failed ${g.failed}, pending ${g.waiting + g.active + g.delayed}`);
    // Only issuance jobs: the queue also holds the worker's daily expiry schedule.
    const jobs = await certificates.getJobs(['waiting', 'completed', 'failed', 'active', 'delayed'], 0, -1);
    const issued = jobs.filter((job) => job?.name === 'issue-certificate').length;
    check('one certificate job per completed enrollment', issued === completions, `${issued} certificate jobs for ${completions} completions`);
  } finally {
    await Promise.all([grading.close(), certificates.close()]);
  }
  return checks;
}
