import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { createServer, type Server } from 'node:http';
import { Counter, Histogram, Registry } from 'prom-client';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { PROBLEM_CONTENT_TYPE, problemBody } from '../../common/http/problem';
import type { JobMetrics } from '../../jobs/job-metrics';
import { METRIC_PREFIX, metricsRegistry } from './metrics';
import { metricsAccess, metricsServed } from './metrics-access';

/** From a PDF page (milliseconds) to a grading batch waiting behind an outage (minutes). */
const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/**
 * The worker's Prometheus metrics: its process (memory, CPU, event loop lag, GC —
 * the PDF threads live here) and every job it ran, by queue, job and outcome, with
 * how long each waited in Redis and how long it ran. Served at GET /metrics on
 * WORKER_METRICS_PORT (the worker has no other HTTP), under the same METRICS_TOKEN
 * as the API's; no port, no server.
 */
@Injectable()
export class WorkerMetrics implements JobMetrics, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetrics.name);
  /** Only a worker that serves its metrics records them. */
  private readonly recording: boolean;
  private readonly registry: Registry;
  private readonly jobs: Counter<'queue' | 'job' | 'outcome'>;
  private readonly waited: Histogram<'queue' | 'job'>;
  private readonly ran: Histogram<'queue' | 'job' | 'outcome'>;
  private server?: Server;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.recording = config.workerMetricsPort !== undefined && metricsServed(config);
    this.registry = metricsRegistry(this.recording);
    const registers = [this.registry];
    this.jobs = new Counter({
      name: `${METRIC_PREFIX}jobs_total`,
      help: 'Job runs finished by this worker, by queue, job name and outcome (completed, or failed: retried or failed for good)',
      labelNames: ['queue', 'job', 'outcome'],
      registers,
    });
    this.waited = new Histogram({
      name: `${METRIC_PREFIX}job_wait_seconds`,
      help: 'From when a job could first run (added, or its delay over) to when this worker started its run',
      labelNames: ['queue', 'job'],
      buckets: SECONDS_BUCKETS,
      registers,
    });
    this.ran = new Histogram({
      name: `${METRIC_PREFIX}job_run_seconds`,
      help: 'How long a run took, from its start to its completion or failure',
      labelNames: ['queue', 'job', 'outcome'],
      buckets: SECONDS_BUCKETS,
      registers,
    });
  }

  /** One finished run, from BullMQ's completed or failed event (the job's own timestamps, set by Redis's clock). */
  jobFinished(queue: string, job: Job, outcome: 'completed' | 'failed'): void {
    if (!this.recording) return;
    const labels = { queue, job: job.name };
    this.jobs.inc({ ...labels, outcome });
    if (job.processedOn === undefined) return;
    // Only a job's first run waited in the queue; a retry's wait is its backoff, which says nothing about load.
    if (job.attemptsStarted <= 1) this.waited.observe(labels, Math.max(0, job.processedOn - job.timestamp - (job.delay ?? 0)) / 1000);
    if (job.finishedOn !== undefined) this.ran.observe({ ...labels, outcome }, Math.max(0, job.finishedOn - job.processedOn) / 1000);
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.workerMetricsPort;
    if (port === undefined) return;
    const access = metricsAccess(this.config);
    this.server = createServer((req, res) => {
      const verdict = req.method === 'GET' && req.url?.split('?')[0] === '/metrics' ? access(req.headers.authorization) : 'off';
      if (verdict !== 'allowed') {
        const body = verdict === 'off' ? problemBody('not-found', 'Only GET /metrics is served here') : problemBody('metrics-token-required', 'A valid metrics token is required');
        res.writeHead(body.status, { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(body));
        return;
      }
      this.registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'Content-Type': Registry.PROMETHEUS_CONTENT_TYPE, 'Cache-Control': 'no-store' });
          res.end(text);
        },
        (error: Error) => {
          this.logger.warn(`Metrics scrape failed: ${error.message}`);
          res.writeHead(500, { 'Content-Type': PROBLEM_CONTENT_TYPE }).end(JSON.stringify(problemBody('internal-error', 'The metrics could not be read')));
        },
      );
    });
    // A port already taken stops the worker at start, as a bad setting should.
    await new Promise<void>((resolve, reject) => this.server!.once('error', reject).listen(port, resolve));
    this.logger.log(`Worker metrics at http://localhost:${port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
