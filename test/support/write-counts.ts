import type { DataSource } from 'typeorm';

/**
 * Counts, with triggers, every write that must happen exactly once per attempt:
 * `results` (grading wrote its results) and `submit` (the attempt became submitted).
 * Committed writes only: a rolled-back transaction takes its count with it.
 */
export async function countAttemptWrites(db: DataSource): Promise<void> {
  await db.query(`CREATE TABLE attempt_write (kind text NOT NULL, attempt_id uuid NOT NULL)`);
  await db.query(`CREATE FUNCTION count_attempt_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO attempt_write VALUES (TG_ARGV[0], NEW.id); RETURN NEW; END $$`);
  await db.query(`CREATE TRIGGER attempt_results_written AFTER UPDATE OF results ON attempt
    FOR EACH ROW WHEN (NEW.results IS DISTINCT FROM OLD.results) EXECUTE FUNCTION count_attempt_write('results')`);
  await db.query(`CREATE TRIGGER attempt_submitted AFTER UPDATE OF status ON attempt
    FOR EACH ROW WHEN (NEW.status = 'submitted' AND OLD.status IS DISTINCT FROM 'submitted') EXECUTE FUNCTION count_attempt_write('submit')`);
}

/** How often each attempt had the write, by attempt id. */
export async function attemptWrites(db: DataSource, kind: 'results' | 'submit'): Promise<Map<string, number>> {
  const rows: { attempt_id: string; n: number }[] = await db.query(
    `SELECT attempt_id, count(*)::int AS n FROM attempt_write WHERE kind = $1 GROUP BY attempt_id`,
    [kind],
  );
  return new Map(rows.map((r) => [r.attempt_id, r.n]));
}

/**
 * Counts, with a trigger, every job written to the outbox, by job id: once when its work is
 * created, once more each time the reconciliation sweep puts it back.
 */
export async function countOutboxWrites(db: DataSource): Promise<void> {
  await db.query(`CREATE TABLE outbox_write (job_id text NOT NULL)`);
  await db.query(`CREATE FUNCTION count_outbox_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO outbox_write VALUES (NEW.job_id); RETURN NEW; END $$`);
  await db.query(`CREATE TRIGGER outbox_written AFTER INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION count_outbox_write()`);
}

/** How often each job id was written to the outbox. */
export async function outboxWrites(db: DataSource): Promise<Map<string, number>> {
  const rows: { job_id: string; n: number }[] = await db.query(`SELECT job_id, count(*)::int AS n FROM outbox_write GROUP BY job_id`);
  return new Map(rows.map((r) => [r.job_id, r.n]));
}
