import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { PeriodicTask } from '../../jobs/periodic-task';
import { QueueClients } from '../../jobs/queue-clients';
import { BackendQueue } from '../../jobs/queue-backend';
import { QueueDataMarker } from '../../jobs/queue-data-marker';
import { QueueWorkers } from '../../jobs/queue-workers';
import { StrandedJob, strandedJobs } from '../../jobs/catalogue';
import { OutboxService } from '../outbox/outbox.service';

/** Rows looked at per transaction. */
const BATCH_SIZE = 500;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';
/** States in which BullMQ will still run a job (`waiting` includes a paused queue's jobs). */
const LIVE_STATES: ReadonlySet<string> = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);
/**
 * How often each worker looks whether Redis lost its data: one GET, and grading resumes within
 * this long (plus the sweep) of Redis's return; the connections retry every 2 s as it is.
 */
const LOSS_CHECK_MS = 2_000;

/**
 * `overdue`: the timer's sweep, for work older than RECONCILE_AFTER_SECONDS. `lost`: the sweep once
 * Redis lost its data, for work of any age, since the jobs of work submitted a moment ago are gone too.
 */
export type SweepOccasion = 'overdue' | 'lost';

/** A job put back, and why it had to be. */
export interface Requeued {
  jobId: string;
  reason: string;
}

/**
 * Worker side: puts back work whose row waits in PostgreSQL but whose job will
 * never run — failed for good (its attempts used up while PostgreSQL was away),
 * lost by Redis (a crash, a failover, a flushed instance), or completed without
 * effect (PostgreSQL lost the commit; a completion undone and redone under the
 * same job id). Rows overdue by RECONCILE_AFTER_SECONDS are locked in batches
 * (each job's stranded-work query in the catalogue) and kept locked while their jobs are looked up, so two
 * sweeps never both put one back; if they did, BullMQ keeps one job per id and
 * the handlers re-check under their locks, so the work would still be done once.
 * A job still in the outbox or live in BullMQ is left alone; what is left of any
 * other is removed, so its id is free, and the job is written to the outbox again
 * with the same id, in the same transaction: the relay hands it over as it did
 * the first time.
 *
 * When Redis lost its data (QueueDataMarker, checked every LOSS_CHECK_MS), the
 * worker sweeps at once, whatever the work's age, and registers the schedules
 * again. Work younger than the threshold is safe to look at: a row in the outbox
 * or with a live job is left alone as ever, and one its worker is processing is
 * locked by that worker, so SKIP LOCKED passes it by (a job the worker holds but has
 * not locked its row for yet is put back and its rerun finds the work done). Only
 * work that runs long without its row locked (a running export) keeps the threshold.
 */
@Injectable()
export class ReconciliationSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReconciliationSweeper.name);
  private readonly queues: QueueClients;
  private readonly sweeps: PeriodicTask;
  private readonly marker?: QueueDataMarker;
  private readonly lossChecks?: PeriodicTask;
  /** A loss seen whose sweep has not yet completed: a failed one is tried again at the next check. */
  private lossUnswept = false;
  private lossCheckFailing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly workers: QueueWorkers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.queues = new QueueClients(config);
    this.sweeps = new PeriodicTask('Reconciliation sweep', config.reconcile.everySeconds * 1000, (signal) => this.sweep(signal), this.logger);
    this.marker = QueueDataMarker.open(config);
    if (this.marker) this.lossChecks = new PeriodicTask('Queue data loss sweep', LOSS_CHECK_MS, (signal) => this.sweepIfLost(signal), this.logger);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.sweeps.start();
    if (!this.lossChecks) return;
    // The first check before the worker counts as started: one starting on an emptied Redis puts the lost jobs back at
    // once. Redis away: the wait is bounded (2 s), and the timer tries again.
    await this.lossChecks.runNow();
    this.lossChecks.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.sweeps.stop(), this.lossChecks?.stop()]);
    await Promise.all([this.queues.close(), this.marker?.close()]);
  }

  /**
   * One sweep over every kind of work, batch after batch until none is left (or `signal` aborts); returns what it re-enqueued.
   * `lost`: Redis lost its data, so work of any age may have lost its job.
   */
  async sweep(signal?: AbortSignal, occasion: SweepOccasion = 'overdue'): Promise<Requeued[]> {
    const requeued: Requeued[] = [];
    for (const work of strandedJobs()) {
      let after = FIRST_ID;
      while (!signal?.aborted) {
        const batch = await this.sweepBatch(work, after, occasion === 'lost' && !work.work.runsUnlocked ? 0 : this.config.reconcile.afterSeconds);
        requeued.push(...batch.requeued);
        if (batch.seen < BATCH_SIZE) break;
        after = batch.last;
      }
    }
    return requeued;
  }

  /** The check on its timer: sweeps at once if Redis lost its data since the last check (or a sweep for a loss failed). */
  private async sweepIfLost(signal: AbortSignal): Promise<void> {
    try {
      const loss = await this.marker!.lossSinceLastCheck();
      if (loss) {
        this.lossUnswept = true;
        this.logger.warn(`Redis may have lost queued jobs (${loss}): sweeping now for work of any age`);
        // The repeating jobs went with the data; upserting them is idempotent.
        void this.workers.registerSchedules();
      }
      this.lossCheckFailing = false;
    } catch (error) {
      // Redis away: the relay and readiness say so already; one line per outage is enough.
      if (!this.lossCheckFailing) this.logger.warn(`Could not check whether Redis lost its data: ${(error as Error).message}`);
      this.lossCheckFailing = true;
      return;
    }
    if (!this.lossUnswept) return;
    await this.sweep(signal, 'lost');
    if (!signal.aborted) this.lossUnswept = false;
  }

  private async sweepBatch(stranded: StrandedJob, after: string, afterSeconds: number): Promise<{ seen: number; last: string; requeued: Requeued[] }> {
    const batch = await this.dataSource.transaction(async (em) => {
      const { job, queue: queueName, work } = stranded;
      const rows: { id: string }[] = await em.query(work.select, [afterSeconds, after, BATCH_SIZE]);
      const waiting = new Map(rows.map(({ id }) => [stranded.jobId(id), id]));
      // Still in the outbox (Redis away, or the relay about to hand it over): nothing is lost.
      const relaying: { job_id: string }[] = await em.query(`SELECT job_id FROM outbox WHERE job_id = ANY($1)`, [[...waiting.keys()]]);
      relaying.forEach(({ job_id }) => waiting.delete(job_id));
      let requeued: Requeued[] = [];
      if (waiting.size > 0) {
        const queue = await this.queues.connected(queueName);
        const outcomes = await Promise.all([...waiting].map(async ([jobId, id]) => ({ jobId, id, why: await this.release(queue, jobId) })));
        const lost = outcomes.filter((o) => o.why);
        // Emitted by the catalogue's rule: the same job id as the first time.
        await this.outbox.emitAll(em, job, lost.map(({ id }) => work.payload(id)));
        const since = afterSeconds > 0 ? `after ${afterSeconds} s` : 'when Redis lost its data';
        requeued = lost.map(({ jobId, id, why }) => ({ jobId, reason: `${work.describe(id)} ${since}, ${why}` }));
      }
      return { seen: rows.length, last: rows.at(-1)?.id ?? after, requeued };
    });
    // Logged once committed: operators hear of every job that had been lost, and only of those put back.
    for (const { jobId, reason } of batch.requeued) this.logger.warn(`Re-enqueued ${jobId}: ${reason}`);
    return batch;
  }

  /**
   * Why the job will not run, having removed what is left of it so that its id is free
   * again (BullMQ ignores an add whose job id exists); undefined if BullMQ will still run it.
   */
  private async release(queue: BackendQueue, jobId: string): Promise<string | undefined> {
    // By its key first: telling the state of a job that exists may take a scan of the waiting list.
    const job = await queue.getJob(jobId);
    if (!job) return 'and its job is missing from Redis';
    const state = await queue.getJobState(jobId);
    if (LIVE_STATES.has(state)) return undefined;
    // 0: the job is locked, so a worker has just taken it up again and it is live after all.
    if ((await queue.remove(jobId)) === 0) return undefined;
    if (state === 'failed') return `and its job failed for good after ${job.attemptsMade} attempts: ${job.failedReason}`;
    return state === 'completed' ? 'though its job completed' : 'and its job is in no list of its queue';
  }
}
