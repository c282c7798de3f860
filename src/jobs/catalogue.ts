import type { JobsOptions } from 'bullmq';

/**
 * Every job Mosty runs, declared once: its queue, its payload, the rule that makes
 * its job id, its retry and retention options, its schedule if it repeats, and the
 * query that finds work it should have done but did not (for the reconciliation
 * sweep). Producers name a job and give its payload (OutboxService.emit); job ids
 * are made here only; the worker refuses to start unless every job here has a
 * handler and every handler a job here.
 */

/** Every queue Mosty has. */
export enum QueueName {
  Grading = 'grading',
  Certificates = 'certificates',
  Reports = 'reports',
  Notifications = 'notifications',
}

export const QUEUE_NAMES: readonly string[] = Object.values(QueueName);

/** Each job's payload: ids only, so a worker loads current state and a retry never acts on a stale copy. */
export interface JobPayloads {
  'grade-attempt': { attemptId: string };
  'regrade-attempt': { attemptId: string; erratumId: string };
  'issue-certificate': { enrollmentId: string };
  'render-pdf': { certificateId: string };
  'expire-certificates': Record<string, never>;
  'due-reminders': Record<string, never>;
  'expiry-reminders': Record<string, never>;
  'coordinator-digest': Record<string, never>;
  'send-email': { notificationId: string };
  export: { exportId: string };
  'expire-exports': Record<string, never>;
}
export type JobName = keyof JobPayloads;

/**
 * Work that a row in PostgreSQL waits for and one job does. `select` finds the rows
 * whose work should have finished: older than $1 seconds, ids after $2 in order, at
 * most $3, locked FOR NO KEY UPDATE SKIP LOCKED — so sweeps on two workers take
 * different rows, a row its job is processing (the handlers lock it FOR UPDATE) is
 * skipped, and foreign-key checks on the row are not held up.
 */
export interface StrandedWork<P> {
  /** The job's payload for a row found by `select`. */
  payload: (id: string) => P;
  /** The row, for the log. */
  describe: (id: string) => string;
  select: string;
  /**
   * Long under way without its row locked, and costly to run twice (an export writes for minutes;
   * a PDF rendered twice is the same file again): once Redis lost its jobs, a job still running
   * cannot be told from one whose worker died, so the sweep that follows a loss keeps the age
   * threshold for this work, and puts back all other work whatever its age.
   */
  runsUnlocked?: true;
}

export interface JobSpec<P> {
  queue: QueueName;
  /**
   * The job id: BullMQ keeps one job per id, so this rule is what makes a job enqueued twice
   * (a retried request, a replayed outbox row, a sweep) run once. Absent: the outbox row's id.
   */
  jobId?: (payload: P) => string;
  /** Differences from DEFAULT_JOB_OPTIONS. */
  options?: Pick<JobsOptions, 'attempts' | 'backoff' | 'removeOnComplete' | 'removeOnFail'>;
  /** A repeatable job, upserted by every worker at start (one scheduler per id), in Warsaw time. */
  schedule?: { id: string; pattern: string };
  stranded?: StrandedWork<P>;
}

/**
 * Retry, backoff and retention unless a job says otherwise. Completed jobs are kept
 * for a day so that a re-added job id is still recognised as a duplicate (BullMQ
 * deduplicates only while the job exists); failed ones for a week, for inspection.
 */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const satisfies JobsOptions;

export const JOB_CATALOGUE: { readonly [N in JobName]: JobSpec<JobPayloads[N]> } = {
  'grade-attempt': {
    queue: QueueName.Grading,
    jobId: ({ attemptId }) => `grade-attempt-${attemptId}`,
    stranded: {
      payload: (attemptId) => ({ attemptId }),
      describe: (id) => `attempt ${id} still submitted`,
      // A late submit sets submitted_at to the deadline, so such an attempt looks old at once: its outbox row or live job keeps it.
      select: `SELECT id FROM attempt
                WHERE status = 'submitted' AND submitted_at < now() - make_interval(secs => $1) AND id > $2
                ORDER BY id LIMIT $3 FOR NO KEY UPDATE SKIP LOCKED`,
    },
  },
  'regrade-attempt': {
    queue: QueueName.Grading,
    // One regrade per erratum and attempt: a second erratum regrades again.
    jobId: ({ erratumId, attemptId }) => `regrade-${erratumId}-${attemptId}`,
  },
  'issue-certificate': {
    queue: QueueName.Certificates,
    jobId: ({ enrollmentId }) => `issue-certificate-${enrollmentId}`,
    stranded: {
      payload: (enrollmentId) => ({ enrollmentId }),
      describe: (id) => `enrollment ${id} completed without a certificate`,
      // Found on indexes alone (enrollment_completed_idx, the certificates' unique key), then the few found are locked: a
      // statement locking as it scans reads every completed enrollment's row. Some locked elsewhere: the next sweep sees them.
      select: `SELECT id FROM enrollment
                WHERE status = 'completed' AND id IN (
                      SELECT e.id FROM enrollment e
                       WHERE e.status = 'completed' AND e.completed_at < now() - make_interval(secs => $1) AND e.id > $2
                         AND NOT EXISTS (SELECT FROM certificate c WHERE c.enrollment_id = e.id)
                       ORDER BY e.id LIMIT $3)
                ORDER BY id FOR NO KEY UPDATE SKIP LOCKED`,
    },
  },
  'render-pdf': {
    queue: QueueName.Certificates,
    jobId: ({ certificateId }) => `render-pdf-${certificateId}`,
    stranded: {
      payload: (certificateId) => ({ certificateId }),
      describe: (id) => `certificate ${id} without a PDF`,
      select: `SELECT id FROM certificate
                WHERE pdf_key IS NULL AND created_at < now() - make_interval(secs => $1) AND id > $2
                ORDER BY id LIMIT $3 FOR NO KEY UPDATE SKIP LOCKED`,
    },
  },
  'expire-certificates': {
    queue: QueueName.Certificates,
    // Daily at 02:15 Warsaw time: lapsed certificates become expired.
    schedule: { id: 'expire-certificates-daily', pattern: '15 2 * * *' },
  },
  // The reminder runs insert each notification once (a unique key), so a replayed or concurrent run sends nothing twice.
  'due-reminders': {
    queue: QueueName.Notifications,
    // Daily at 07:00 Warsaw time, before a shift starts: due within 7 days, overdue (then weekly).
    schedule: { id: 'due-reminders-daily', pattern: '0 7 * * *' },
  },
  'expiry-reminders': {
    queue: QueueName.Notifications,
    // Daily at 07:05: certificates expiring within 60 and 30 days, and expired ones.
    schedule: { id: 'expiry-reminders-daily', pattern: '5 7 * * *' },
  },
  'coordinator-digest': {
    queue: QueueName.Notifications,
    // Mondays at 07:15: each institution admin's weekly digest.
    schedule: { id: 'coordinator-digest-weekly', pattern: '15 7 * * 1' },
  },
  'send-email': {
    queue: QueueName.Notifications,
    jobId: ({ notificationId }) => `send-email-${notificationId}`,
    // A mail server down for two hours loses nothing: retries after 15 s, 30 s, … 64 min (about 2 h 8 min in all);
    // after that the reconciliation sweep puts the mail back, since its notification is still pending.
    options: { attempts: 10, backoff: { type: 'exponential', delay: 15_000 } },
    stranded: {
      payload: (notificationId) => ({ notificationId }),
      describe: (id) => `notification ${id} not yet mailed`,
      select: `SELECT id FROM notification
                WHERE email_status = 'pending' AND created_at < now() - make_interval(secs => $1) AND id > $2
                ORDER BY id LIMIT $3 FOR NO KEY UPDATE SKIP LOCKED`,
    },
  },
  export: {
    queue: QueueName.Reports,
    jobId: ({ exportId }) => `export-${exportId}`,
    // A failure is mostly a query or storage fault that a second or third try outlives; after that the export shows it failed.
    options: { attempts: 3, backoff: { type: 'exponential', delay: 1_000 } },
    stranded: {
      payload: (exportId) => ({ exportId }),
      describe: (id) => `export ${id} still queued or running`,
      runsUnlocked: true,
      // Running too: a job that stalled out (its worker killed more often than maxStalledCount) fails without the
      // handler's last-attempt code, and its export stayed running; a long export's job is live, so it is left alone.
      // An expired export is expire-exports' to remove: a rerun would not write it.
      select: `SELECT id FROM report_export
                WHERE (status = 'queued' AND created_at < now() - make_interval(secs => $1)
                       OR status = 'running' AND started_at < now() - make_interval(secs => $1))
                  AND expires_at > now() AND id > $2
                ORDER BY id LIMIT $3 FOR NO KEY UPDATE SKIP LOCKED`,
    },
  },
  'expire-exports': {
    queue: QueueName.Reports,
    // Hourly: exports past EXPORT_TTL_HOURS lose their file and row.
    schedule: { id: 'expire-exports-hourly', pattern: '7 * * * *' },
  },
};

const JOB_NAMES = Object.keys(JOB_CATALOGUE) as JobName[];

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOB_CATALOGUE, name);
}

/** The job's id by its rule; undefined when the job has none (the outbox row's id is used). */
export function jobIdOf<N extends JobName>(name: N, payload: JobPayloads[N]): string | undefined {
  return (JOB_CATALOGUE[name] as JobSpec<JobPayloads[N]>).jobId?.(payload);
}

/** The options a job is added with; a name outside the catalogue (a test's raw outbox row) gets the defaults. */
export function jobOptions(name: string): JobsOptions {
  return { ...DEFAULT_JOB_OPTIONS, ...(isJobName(name) ? JOB_CATALOGUE[name].options : undefined) };
}

export function jobsOn(queue: QueueName): JobName[] {
  return JOB_NAMES.filter((name) => JOB_CATALOGUE[name].queue === queue);
}

/**
 * How often a job on this queue may stall (its worker killed, or its lock lost to an outage)
 * before BullMQ fails it for good: as often as it may fail. Jobs are idempotent, so a stalled
 * run may repeat as often as a failed one; with BullMQ's default of 1 an attempt whose grading
 * job lost two runs stayed `submitted` forever.
 */
export function maxStalledCountOf(queue: QueueName): number {
  return Math.max(...jobsOn(queue).map((name) => jobOptions(name).attempts ?? 1));
}

export interface StrandedJob {
  job: JobName;
  queue: QueueName;
  work: StrandedWork<JobPayloads[JobName]>;
  /** The job id for a stranded row: the same as when it was first enqueued. */
  jobId: (id: string) => string;
}

/** Every job with a stranded-work query, for the reconciliation sweep. */
export function strandedJobs(): StrandedJob[] {
  return JOB_NAMES.flatMap((job) => {
    // Each entry's rule and query agree on its payload type (checked where JOB_CATALOGUE is declared).
    const spec = JOB_CATALOGUE[job] as JobSpec<JobPayloads[JobName]>;
    const work = spec.stranded;
    if (!work) return [];
    const rule = spec.jobId;
    // Without a rule a re-enqueued job would get a new id, and BullMQ could run it twice.
    if (!rule) throw new Error(`The job ${job} has a stranded-work query but no job-id rule`);
    return [{ job, queue: spec.queue, work, jobId: (id: string) => rule(work.payload(id)) }];
  });
}

export function scheduledJobs(): { job: JobName; queue: QueueName; id: string; pattern: string }[] {
  return JOB_NAMES.flatMap((job) => {
    const { queue, schedule } = JOB_CATALOGUE[job];
    return schedule ? [{ job, queue, ...schedule }] : [];
  });
}

/** Stops the worker at start unless the handlers and the catalogue name the same jobs. */
export function assertCatalogueHandled(handled: Iterable<string>): void {
  const names = new Set(handled);
  const unhandled = JOB_NAMES.filter((name) => !names.has(name));
  const undeclared = [...names].filter((name) => !isJobName(name));
  const problems = [
    ...(unhandled.length ? [`no handler for the catalogued job(s) ${unhandled.join(', ')}`] : []),
    ...(undeclared.length ? [`handler(s) for ${undeclared.join(', ')}, which the catalogue does not declare`] : []),
  ];
  if (problems.length) throw new Error(`The job catalogue (src/jobs/catalogue.ts) and the handlers disagree: ${problems.join('; ')}`);
}
