import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { QueueClients } from '../../jobs/queue-clients';
import { QUEUE_NAMES } from '../../jobs/queues';

export const METRICS_PATH = '/metrics';
const PREFIX = 'mosty_';
/** A scrape waits this long for each source (Redis, PostgreSQL), then reports what it has. */
export const SCRAPE_SOURCE_TIMEOUT_MS = 1_000;
const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'] as const;

/** A request whose handler wants another route label than Express's matched route (the queue board's sub-router). */
export const ROUTE_LABEL = Symbol('mosty:routeLabel');
type LabelledRequest = Request & { [ROUTE_LABEL]?: string };

const START = Symbol('mosty:requestStart');
type TimedResponse = Response & { [START]?: bigint };

interface Snapshot {
  queues?: { queue: string; counts: Record<string, number> }[];
  outbox?: { rows: number; oldestAgeSeconds: number };
}

/**
 * The API's Prometheus metrics, in a registry of its own (tests run several apps in
 * one process; prom-client's global registry would refuse the second). Queue and
 * outbox gauges are read at scrape time, once per scrape, each source bounded.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly logger = new Logger(Metrics.name);
  private readonly requestDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly scrapeErrors: Counter<'source'>;
  private pending?: Promise<Snapshot>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueClients,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    this.requestDuration = new Histogram({
      name: `${PREFIX}http_request_duration_seconds`,
      help: 'HTTP requests by method, route template and status code',
      labelNames: ['method', 'route', 'status_code'],
      // 50 ms is the submit latency target (p99).
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    const duration = this.requestDuration;
    this.onFinish = function (this: TimedResponse) {
      const req = this.req as LabelledRequest;
      const route = req[ROUTE_LABEL] ?? (req.route ? req.baseUrl + req.route.path : 'unmatched');
      if (route === METRICS_PATH) return;
      duration.observe({ method: req.method, route, status_code: this.statusCode }, Number(process.hrtime.bigint() - this[START]!) / 1e9);
    };
    const snapshot = () => this.snapshot();
    this.scrapeErrors = new Counter({
      name: `${PREFIX}scrape_errors_total`,
      help: 'Scrapes in which a source (queues: Redis, outbox: PostgreSQL) failed or did not answer in time',
      labelNames: ['source'],
      registers,
      async collect() {
        await snapshot();
      },
    });
    new Gauge({
      name: `${PREFIX}scrape_source_up`,
      help: 'Whether the source answered in this scrape (1) or not (0)',
      labelNames: ['source'],
      registers,
      async collect() {
        const { queues, outbox } = await snapshot();
        this.set({ source: 'queues' }, queues ? 1 : 0);
        this.set({ source: 'outbox' }, outbox ? 1 : 0);
      },
    });
    new Gauge({
      name: `${PREFIX}queue_jobs`,
      help: 'BullMQ jobs per queue and state',
      labelNames: ['queue', 'state'],
      registers,
      async collect() {
        const { queues } = await snapshot();
        // Absent, not stale, when Redis did not answer.
        this.reset();
        for (const { queue, counts } of queues ?? []) {
          for (const state of JOB_STATES) this.set({ queue, state }, counts[state] ?? 0);
        }
      },
    });
    new Gauge({
      name: `${PREFIX}outbox_rows`,
      help: 'Outbox rows not yet moved to BullMQ',
      registers,
      async collect() {
        const { outbox } = await snapshot();
        this.reset();
        if (outbox) this.set(outbox.rows);
      },
    });
    new Gauge({
      name: `${PREFIX}outbox_oldest_age_seconds`,
      help: 'Age of the oldest outbox row (0 when the outbox is empty)',
      registers,
      async collect() {
        const { outbox } = await snapshot();
        this.reset();
        if (outbox) this.set(outbox.oldestAgeSeconds);
      },
    });
  }

  /**
   * Express middleware timing every request but the scrape itself. One listener
   * function for all requests (no closure per request); the label is the route
   * template, never the URL, so ids cannot blow up the series count.
   */
  readonly recordRequests = (_req: Request, res: TimedResponse, next: NextFunction): void => {
    res[START] = process.hrtime.bigint();
    res.on('finish', this.onFinish);
    next();
  };

  private readonly onFinish: (this: TimedResponse) => void;

  /** All gauges of one scrape share one read of Redis and PostgreSQL. */
  private snapshot(): Promise<Snapshot> {
    this.pending ??= this.read().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async read(): Promise<Snapshot> {
    const [queues, outbox] = await Promise.all([
      this.bounded('queues', () =>
        Promise.all(
          QUEUE_NAMES.map(async (queue) => ({ queue, counts: await (await this.queues.connected(queue, SCRAPE_SOURCE_TIMEOUT_MS)).getJobCounts(...JOB_STATES) })),
        ),
      ),
      this.bounded('outbox', async () => {
        const [row] = await this.dataSource.query(
          `SELECT count(*)::int AS rows, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS age FROM outbox`,
        );
        return { rows: row.rows as number, oldestAgeSeconds: row.age as number };
      }),
    ]);
    return { queues, outbox };
  }

  private async bounded<T>(source: string, read: () => Promise<T>): Promise<T | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${SCRAPE_SOURCE_TIMEOUT_MS} ms`)), SCRAPE_SOURCE_TIMEOUT_MS);
    });
    try {
      return await Promise.race([read(), timeout]);
    } catch (error) {
      this.scrapeErrors.inc({ source });
      this.logger.warn(`Metrics scrape: ${source} unavailable: ${(error as Error).message}`);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}
