import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { prepared, PreparedStatement, runPrepared } from '../../database/prepared-statement';
import { JOB_CATALOGUE, jobIdOf, JobName, JobPayloads } from '../../jobs/catalogue';

export interface OutboxJob {
  queue: string;
  name: string;
  /** Defaults to the outbox row's id. */
  jobId?: string;
  /** Ids only: the worker loads current state itself, so a retry never acts on a stale copy. */
  payload: Record<string, unknown>;
}

/**
 * The only way work is enqueued: the outbox row is written with the caller's
 * EntityManager, in the same transaction as the row that needs processing, and
 * the relay hands it to BullMQ after commit. Returns the outbox ids, which become
 * the job ids.
 */
@Injectable()
export class OutboxService {
  /** A catalogued job (src/jobs/catalogue.ts), on its queue, with the id its rule gives. */
  emit<N extends JobName>(em: EntityManager, name: N, payload: JobPayloads[N]): Promise<string[]> {
    return this.emitAll(em, name, [payload]);
  }

  /** Many jobs of one kind in one insert. */
  emitAll<N extends JobName>(em: EntityManager, name: N, payloads: JobPayloads[N][]): Promise<string[]> {
    const { queue } = JOB_CATALOGUE[name];
    return this.enqueue(em, ...payloads.map((payload) => ({ queue, name, payload, jobId: jobIdOf(name, payload) })));
  }

  /**
   * Runs a statement made by `changeWithJob` and, if its change touched a row, writes
   * the job in the same statement: one round trip, atomic even outside a transaction.
   * Returns whether it changed a row.
   */
  async jobIfChanged<N extends JobName>(
    em: EntityManager,
    statement: PreparedStatement,
    params: unknown[],
    name: N,
    payload: JobPayloads[N],
  ): Promise<boolean> {
    const jobId = jobIdOf(name, payload);
    assertValidJobIds([{ jobId }]);
    const written = await runPrepared(em, statement, [...params, JOB_CATALOGUE[name].queue, name, jobId ?? null, JSON.stringify(payload)]);
    return written.length > 0;
  }

  /** Any job, as given: for tests of the outbox itself; features emit catalogued jobs. */
  async enqueue(em: EntityManager, ...jobs: OutboxJob[]): Promise<string[]> {
    if (jobs.length === 0) return [];
    assertValidJobIds(jobs);
    // Columns as arrays: one statement for any number of jobs (a reminder run may emit 100,000s; a multi-row VALUES stops at 65,535 parameters).
    const rows: { id: string }[] = await em.query(
      `INSERT INTO outbox (queue, job_name, job_id, payload, attempts)
       SELECT queue, job_name, job_id, payload, 0 FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) AS j (queue, job_name, job_id, payload)
       RETURNING id`,
      [jobs.map((j) => j.queue), jobs.map((j) => j.name), jobs.map((j) => j.jobId ?? null), jobs.map((j) => JSON.stringify(j.payload))],
    );
    return rows.map((row) => row.id);
  }
}

/**
 * A prepared statement for `jobIfChanged`: `changeSql` (an UPDATE … RETURNING with
 * parameters $1…$n, after the common table expressions `before`, if any) followed by the
 * insert of the job, which takes $n+1…$n+4.
 */
export function changeWithJob(name: string, changeSql: string, before?: string): PreparedStatement {
  const n = Math.max(0, ...[...`${before ?? ''} ${changeSql}`.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  return prepared(
    name,
    `WITH ${before ? `${before}, ` : ''}changed AS (${changeSql})
     INSERT INTO outbox (queue, job_name, job_id, payload, attempts)
     SELECT $${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}::jsonb, 0 WHERE EXISTS (SELECT FROM changed)
     RETURNING id`,
  );
}

/** Refused in the caller's transaction: in the outbox, a job id BullMQ refuses would block every later batch. */
function assertValidJobIds(jobs: { jobId?: string }[]): void {
  const bad = jobs.find((job) => job.jobId !== undefined && !isValidJobId(job.jobId));
  if (bad) throw new Error(`Invalid BullMQ job id "${bad.jobId}": it may not be a whole number or contain ":"`);
}

/** BullMQ refuses custom job ids that are integers or hold its key separator. */
export function isValidJobId(jobId: string): boolean {
  return jobId.length > 0 && !/^\d+$/.test(jobId) && !jobId.includes(':');
}
