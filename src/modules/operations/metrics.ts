import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { withTimeout } from '../../common/with-timeout';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { QueueClients } from '../../jobs/queue-clients';
import { QUEUE_NAMES } from '../../jobs/catalogue';
import { metricsServed } from './metrics-access';

export const METRICS_PATH = '/metrics';
export const METRIC_PREFIX = 'mosty_';
/** A scrape waits this long for each source (Redis, PostgreSQL), then reports what it has. */
export const SCRAPE_SOURCE_TIMEOUT_MS = 1_000;
const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'] as const;

/** A request whose handler wants another route label than Express's matched route (the queue board's sub-router). */
export const ROUTE_LABEL = Symbol('mosty:routeLabel');
type LabelledRequest = Request & { [ROUTE_LABEL]?: string };

const START = Symbol('mosty:requestStart');
type TimedResponse = Response & { [START]?: bigint };

/** Work waiting in PostgreSQL: how much, and how long the oldest has waited. */
interface Backlog {
  rows: number;
  oldestAgeSeconds: number;
}

interface Snapshot {
  queues?: { queue: string; counts: Record<string, number> }[];
  database?: { outbox: Backlog; grading: Backlog };
}

/** Both backlogs in one statement; the partial index on submitted attempts keeps the second small. */
const BACKLOGS_SQL = `SELECT (SELECT count(*) FROM outbox)::int AS outbox_rows,
                             coalesce(extract(epoch FROM now() - (SELECT min(created_at) FROM outbox)), 0)::float8 AS outbox_age,
                             (SELECT count(*) FROM attempt WHERE status = 'submitted')::int AS grading_rows,
                             coalesce(extract(epoch FROM now() - (SELECT min(submitted_at) FROM attempt WHERE status = 'submitted')), 0)::float8 AS grading_age`;

/**
 * A registry of its own (tests run several apps in one process; prom-client's global
 * registry would refuse the second), with prom-client's process metrics where the
 * metrics are served (they sample the event loop and GC all the time).
 */
export function metricsRegistry(served: boolean): Registry {
  const registry = new Registry();
  if (served) collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  return registry;
}

/**
 * The API's Prometheus metrics. Queue and backlog gauges are read at scrape time, once
 * per scrape, each source bounded.
 */
@Injectable()
export class Metrics {
  /** False in production without METRICS_TOKEN: /metrics answers 404, so requests are not timed either. */
  readonly served: boolean;
  readonly registry: Registry;
  private readonly logger = new Logger(Metrics.name);
  private readonly requestDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly scrapeErrors: Counter<'source'>;
  private pending?: Promise<Snapshot>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueClients,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.served = metricsServed(config);
    this.registry = metricsRegistry(this.served);
    const registers = [this.registry];
    this.requestDuration = new Histogram({
      name: `${METRIC_PREFIX}http_request_duration_seconds`,
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
      name: `${METRIC_PREFIX}scrape_errors_total`,
      help: 'Scrapes in which a source (queues: Redis, database: PostgreSQL) failed or did not answer in time',
      labelNames: ['source'],
      registers,
      async collect() {
        await snapshot();
      },
    });
    new Gauge({
      name: `${METRIC_PREFIX}scrape_source_up`,
      help: 'Whether the source answered in this scrape (1) or not (0)',
      labelNames: ['source'],
      registers,
      async collect() {
        const { queues, database } = await snapshot();
        this.set({ source: 'queues' }, queues ? 1 : 0);
        this.set({ source: 'database' }, database ? 1 : 0);
      },
    });
    new Gauge({
      name: `${METRIC_PREFIX}queue_jobs`,
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
    backlogGauges(registers, snapshot, 'outbox', 'outbox rows not yet moved to BullMQ', (database) => database.outbox);
    backlogGauges(registers, snapshot, 'attempts_awaiting_grading', 'attempts submitted and not yet graded by the worker', (database) => database.grading);
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
    const [queues, database] = await Promise.all([
      this.bounded('queues', () =>
        Promise.all(
          QUEUE_NAMES.map(async (queue) => ({ queue, counts: await (await this.queues.connected(queue, SCRAPE_SOURCE_TIMEOUT_MS)).getJobCounts(...JOB_STATES) })),
        ),
      ),
      this.bounded('database', async () => {
        const [row] = await this.dataSource.query(BACKLOGS_SQL);
        return {
          outbox: { rows: row.outbox_rows as number, oldestAgeSeconds: row.outbox_age as number },
          grading: { rows: row.grading_rows as number, oldestAgeSeconds: row.grading_age as number },
        };
      }),
    ]);
    return { queues, database };
  }

  private async bounded<T>(source: string, read: () => Promise<T>): Promise<T | undefined> {
    try {
      return await withTimeout(read(), SCRAPE_SOURCE_TIMEOUT_MS, () => `no answer within ${SCRAPE_SOURCE_TIMEOUT_MS} ms`);
    } catch (error) {
      this.scrapeErrors.inc({ source });
      this.logger.warn(`Metrics scrape: ${source} unavailable: ${(error as Error).message}`);
      return undefined;
    }
  }
}

/** `<name>_rows` and `<name>_oldest_age_seconds`, absent (not stale) when PostgreSQL did not answer. */
function backlogGauges(
  registers: Registry[],
  snapshot: () => Promise<Snapshot>,
  name: string,
  what: string,
  pick: (database: NonNullable<Snapshot['database']>) => Backlog,
): void {
  const read = async (gauge: Gauge, value: (backlog: Backlog) => number) => {
    const { database } = await snapshot();
    gauge.reset();
    if (database) gauge.set(value(pick(database)));
  };
  new Gauge({
    name: `${METRIC_PREFIX}${name}_rows`,
    help: `How many ${what}`,
    registers,
    async collect() {
      await read(this, (backlog) => backlog.rows);
    },
  });
  new Gauge({
    name: `${METRIC_PREFIX}${name}_oldest_age_seconds`,
    help: `How long the oldest of the ${what} has waited (0 when there are none)`,
    registers,
    async collect() {
      await read(this, (backlog) => backlog.oldestAgeSeconds);
    },
  });
}
