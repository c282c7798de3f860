import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Job } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { assertCatalogueHandled, JOB_CATALOGUE, JobName, maxStalledCountOf, QueueName, scheduledJobs } from './catalogue';
import { HANDLES_JOB, JobHandler } from './job-handler';
import { JOB_METRICS, JobMetrics } from './job-metrics';
import { BackendQueue, BackendWorker, openQueue, openWorker } from './queue-backend';

/**
 * One BullMQ worker per queue, dispatching by job name. The handlers are the
 * providers marked @HandlesJob; two for one job, a catalogued job without one, or
 * one for a job the catalogue lacks stop the process at start. A job that reaches
 * a worker without a handler (from a newer release) fails, kept for inspection.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: BackendWorker[] = [];
  private readonly handlers = new Map<string, JobHandler>();
  private readonly schedulingQueues = new Set<BackendQueue>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_METRICS) private readonly metrics: JobMetrics,
  ) {}

  onApplicationBootstrap(): void {
    for (const { instance, metatype } of this.discovery.getProviders()) {
      const jobName = metatype && this.reflector.get<JobName | undefined>(HANDLES_JOB, metatype);
      if (!jobName) continue;
      if (this.handlers.has(jobName)) throw new Error(`Two handlers for the job ${jobName}`);
      this.handlers.set(jobName, instance as JobHandler);
    }
    assertCatalogueHandled(this.handlers.keys());
    const queues = new Set([...this.handlers.keys()].map((name) => JOB_CATALOGUE[name as JobName].queue));
    for (const queue of queues) this.workers.push(this.startWorker(queue));
    this.logger.log(`Consuming ${[...queues].join(', ')} with concurrency ${this.config.workerConcurrency}`);
    // Not awaited: with the queue backend away at start the upsert waits for it, and start-up must not.
    void this.registerSchedules();
  }

  /**
   * The catalogue's repeatable jobs; upserting is idempotent across workers and restarts. At start,
   * and again when Redis lost its data (the reconciliation sweeper sees it), taking the schedules along.
   */
  async registerSchedules(): Promise<void> {
    for (const schedule of scheduledJobs()) {
      const queue = openQueue(this.config, schedule.queue, 'patient');
      this.schedulingQueues.add(queue);
      try {
        await queue.upsertJobScheduler(schedule.id, { pattern: schedule.pattern, tz: 'Europe/Warsaw' }, { name: schedule.job, data: {} });
      } catch (error) {
        // The backend away at start: the next start (or another worker) registers it; the relay and workers still run.
        this.logger.warn(`Could not register the schedule ${schedule.id}: ${(error as Error).message}`);
      } finally {
        this.schedulingQueues.delete(queue);
        await queue.close();
      }
    }
  }

  /** Drains: running jobs finish before the process exits (Nest calls this on SIGTERM with shutdown hooks). */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.workers, ...this.schedulingQueues].map((w) => w.close()));
  }

  private startWorker(queue: QueueName): BackendWorker {
    const worker = openWorker(
      this.config,
      queue,
      async (job: Job) => {
        const handler = this.handlers.get(job.name);
        if (!handler) throw new Error(`No handler for the job ${job.name} on ${queue}`);
        await handler.handle(job.data, job);
      },
      {
        concurrency: this.config.workerConcurrency,
        // A worker killed mid-job stops renewing its lock: after this long the job is stalled and runs again elsewhere.
        lockDuration: this.config.jobLockSeconds * 1000,
        stalledInterval: this.config.jobLockSeconds * 1000,
        // Past this many stalls BullMQ fails a job for good, attempts left or not, and nothing runs it again.
        maxStalledCount: maxStalledCountOf(queue),
        // After a failed fetch of its next job (the backend away) the worker's loop waits this long before it tries
        // again; with BullMQ's 15 s, grading resumed up to 15 s after Redis was back.
        runRetryDelay: 2_000,
      },
    );
    worker.on('completed', (job) => this.metrics.jobFinished(queue, job, 'completed'));
    worker.on('failed', (job, error) => {
      if (job) this.metrics.jobFinished(queue, job, 'failed');
      this.logger.warn(`Job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`);
    });
    worker.on('error', (error) => this.logger.warn(`Worker on ${queue}: ${error.message}`));
    return worker;
  }
}
