import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { JOB_QUEUES, JobName, Jobs } from '../../jobs/queues';
import { OutboxMessage } from './outbox-message.entity';

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
  /** A declared job (see jobs/queues.ts), on its own queue. */
  job<N extends JobName>(em: EntityManager, name: N, payload: Jobs[N]['payload'], jobId?: string): Promise<string[]> {
    return this.jobs(em, name, [{ payload, jobId }]);
  }

  /** Many jobs of one kind in one insert. */
  jobs<N extends JobName>(em: EntityManager, name: N, items: { payload: Jobs[N]['payload']; jobId?: string }[]): Promise<string[]> {
    return this.enqueue(em, ...items.map(({ payload, jobId }) => ({ queue: JOB_QUEUES[name], name, payload, jobId })));
  }

  async enqueue(em: EntityManager, ...jobs: OutboxJob[]): Promise<string[]> {
    if (jobs.length === 0) return [];
    const badJobId = jobs.find((job) => job.jobId !== undefined && !isValidJobId(job.jobId));
    // Refused here, inside the caller's transaction: in the outbox it would block every later batch.
    if (badJobId) throw new Error(`Invalid BullMQ job id "${badJobId.jobId}": it may not be a whole number or contain ":"`);
    const result = await em.insert(
      OutboxMessage,
      jobs.map((job) => ({ queue: job.queue, jobName: job.name, jobId: job.jobId ?? null, payload: job.payload, attempts: 0 })) as QueryDeepPartialEntity<OutboxMessage>[],
    );
    return result.identifiers.map((identifier) => identifier.id as string);
  }
}

/** BullMQ refuses custom job ids that are integers or hold its key separator. */
export function isValidJobId(jobId: string): boolean {
  return jobId.length > 0 && !/^\d+$/.test(jobId) && !jobId.includes(':');
}
