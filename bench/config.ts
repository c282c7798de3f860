import { availableParallelism, cpus } from 'node:os';

/**
 * Benchmark settings: `--name=value` on the command line wins over `BENCH_NAME`
 * in the environment, which wins over the default. Everything runs against
 * loopback only: the bench creates and drops databases, so it refuses any other host.
 */
export interface BenchConfig {
  /** Attempts submitted and graded in the closed-loop (capacity) phase. */
  n: number;
  /** Concurrent HTTP clients of that phase (closed loop: each sends its next submit when the last one answered). */
  concurrency: number;
  /** Submits per second offered in the open-loop (latency) phase that follows; 0 skips that phase. */
  rate: number;
  /** Attempts submitted and graded in the open-loop phase. */
  rateN: number;
  /** Attempts submitted and graded before the measured run, so both processes are warm (JIT, pools, caches). */
  warmup: number;
  /** WORKER_CONCURRENCY for the worker process; undefined keeps the application's default. */
  workerConcurrency?: number;
  /** DB_POOL_SIZE for both processes; undefined keeps the application's default. */
  dbPoolSize?: number;
  /** DIRECT_ROUTES for the API: false measures the attempt's routes through Nest's pipeline, as before they had their own. */
  directRoutes: boolean;
  /**
   * Send an Idempotency-Key with every submit. Off by default: a submit is idempotent on its
   * own (repeated, it changes nothing and answers 202), so a client retries it without one;
   * the key costs a transaction and a stored answer per submit (see docs/benchmarks.md).
   */
  idempotencyKey: boolean;
  /**
   * Officers have finished the course's lesson, so passing the quiz completes the
   * course and asks for a certificate through the outbox. Off by default: the
   * worker that grades would then also issue certificates, which is another
   * benchmark's subject; grading itself is the same either way but for those two writes.
   */
  completeCourse: boolean;
  /** Completed enrollments for the certificate benchmark (issued with their PDF by one worker). */
  certificates: number;
  /** Run the export benchmark only (`--exports`): a completion export as CSV and XLSX. */
  exports: boolean;
  /** Enrollments the export benchmark seeds and exports. */
  exportRows: number;
  /** Run pgbench (TPC-B) afterwards for the ratio. */
  pgbench: boolean;
  /** When set, both children are CPU-profiled over the measured window and the .cpuprofile files land here. */
  profileDir?: string;
  /**
   * Profiling aid: PostgreSQL logs every statement of the bench database (log_statement = all,
   * set on the database before the children connect), with marker statements around the
   * measured window, to count the queries per submit and per grading in the server log.
   */
  logStatements: boolean;
  /** NODE_OPTIONS for both children, e.g. `--perf-basic-prof` to read them with Linux perf. */
  nodeOptions?: string;
  /** Write the results as JSON here too. */
  jsonOut?: string;
  /** A database on the PostgreSQL server where the bench may create and drop its databases. */
  serverUrl: string;
  redisUrl: string;
  /** Bound on waiting for grading to finish after the last submit of a phase. */
  gradingTimeoutMs: number;
  /** Run the institution reports benchmark (bench/reports.ts) instead of the quiz and certificate ones. */
  reports: boolean;
  /** Reports: print EXPLAIN (ANALYZE, BUFFERS) of every report query. */
  verbose: boolean;
  /** Reports: officers seeded, each enrolled in every course. */
  reportOfficers: number;
  reportCourses: number;
  /** Reports: the institutions the officers are spread over (each with 10 units). */
  reportInstitutions: number;
  /** Reports: measured requests per report. */
  reportRequests: number;
  /**
   * Run the browser-flow benchmark only (`--flow`, bench/flow.ts): each attempt started, autosaved
   * a page of five answers at a time and submitted with its last page in the body, with and without
   * an Idempotency-Key; a closed loop for capacity, then an open loop at half of it; saves and submits alone.
   */
  flow: boolean;
  /** Flow: attempts of the open-loop phase of each variant (offered at half the closed loop's graded rate). */
  flowOpenN: number;
  /** Flow: attempts whose saves, then submits, are measured alone (per Idempotency-Key variant). */
  flowIsolatedN: number;
  /** Flow, open loop: the time from one request of an attempt being due to its next one being due. */
  flowThinkMs: number;
  /** Flow: the last page's save goes in the submit's body (3 saves + submit) instead of a save of its own first (4 saves + submit). */
  flowFold: boolean;
  /** Run the reminders benchmark only (`--reminders`, bench/reminders.ts): each reminder job twice, in the reports bench's world. */
  reminders: boolean;
  /** Reminders: officers seeded, each enrolled in every course, over this many institutions. */
  reminderOfficers: number;
  reminderCourses: number;
  reminderInstitutions: number;
}

function options(argv: string[]): Map<string, string> {
  const given = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`Unknown argument ${arg}: use --name=value (see bench/config.ts)`);
    given.set(match[1], match[2] ?? 'true');
  }
  return given;
}

export function loadBenchConfig(argv = process.argv.slice(2), env = process.env): BenchConfig {
  const args = options(argv);
  const raw = (name: string): string | undefined => args.get(name) ?? env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`] ?? undefined;
  const int = (name: string, fallback: number | undefined, min: number, max: number): number | undefined => {
    const value = raw(name);
    if (value === undefined || value === '') return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new Error(`--${name}: must be a whole number between ${min} and ${max}`);
    return Number(value);
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const value = raw(name);
    if (value === undefined || value === '') return fallback;
    if (!['true', 'false', '1', '0'].includes(value)) throw new Error(`--${name}: must be true or false`);
    return value === 'true' || value === '1';
  };
  const flow = bool('flow', false);
  const n = int('n', flow ? 1000 : 2000, 1, 1_000_000)!;
  const rateN = int('rate-n', n, 1, 1_000_000)!;
  const config: BenchConfig = {
    n,
    concurrency: int('c', 32, 1, 1024)!,
    rate: int('rate', 500, 0, 100_000)!,
    rateN,
    certificates: int('certificates', 1000, 1, 100_000)!,
    warmup: int('warmup', 200, 0, 100_000)!,
    workerConcurrency: int('worker-concurrency', undefined, 1, 256),
    dbPoolSize: int('db-pool-size', undefined, 1, 200),
    directRoutes: bool('direct-routes', true),
    idempotencyKey: bool('idempotency-key', false),
    completeCourse: bool('complete-course', false),
    exports: bool('exports', false),
    exportRows: int('export-rows', 500_000, 10, 5_000_000)!,
    pgbench: bool('pgbench', true),
    profileDir: raw('profile-dir') || undefined,
    logStatements: bool('log-statements', false),
    nodeOptions: raw('node-options') || undefined,
    jsonOut: raw('json') || undefined,
    serverUrl: raw('database-url') ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    redisUrl: raw('redis-url') ?? 'redis://127.0.0.1:6379',
    reports: bool('reports', false),
    verbose: bool('verbose', false),
    reportOfficers: int('report-officers', 50_000, 10, 1_000_000)!,
    reportCourses: int('report-courses', 10, 1, 100)!,
    reportInstitutions: int('report-institutions', 5, 1, 1000)!,
    reportRequests: int('report-requests', 200, 1, 100_000)!,
    flow,
    flowOpenN: int('flow-open-n', n, 1, 1_000_000)!,
    flowIsolatedN: int('flow-isolated-n', n, 0, 1_000_000)!,
    flowThinkMs: int('flow-think-ms', 200, 0, 60_000)!,
    flowFold: bool('flow-fold', true),
    reminders: bool('reminders', false),
    reminderOfficers: int('reminder-officers', 50_000, 10, 1_000_000)!,
    reminderCourses: int('reminder-courses', 10, 1, 100)!,
    reminderInstitutions: int('reminder-institutions', 10, 1, 1000)!,
    gradingTimeoutMs: int('grading-timeout-ms', Math.max(60_000, Math.max(n, rateN) * 20), 1000, 3_600_000)!,
  };
  for (const [name, url] of [['database-url', config.serverUrl], ['redis-url', config.redisUrl]]) {
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)) throw new Error(`--${name}: the bench runs against loopback only, not ${url}`);
  }
  return config;
}

export function machine(): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${availableParallelism()} × ${model}, Node ${process.version}`;
}
