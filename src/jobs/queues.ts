import type { JobsOptions } from 'bullmq';

/** Every queue Mosty has. */
export enum QueueName {
  Grading = 'grading',
  Certificates = 'certificates',
  Reports = 'reports',
  Notifications = 'notifications',
}

export const QUEUE_NAMES: readonly string[] = Object.values(QueueName);

/** Every job, with the queue it runs on and its payload (ids only: workers load current state). */
export interface Jobs {
  'grade-attempt': { queue: QueueName.Grading; payload: { attemptId: string } };
  'regrade-attempt': { queue: QueueName.Grading; payload: { attemptId: string; erratumId: string } };
  'issue-certificate': { queue: QueueName.Certificates; payload: { enrollmentId: string } };
  'render-pdf': { queue: QueueName.Certificates; payload: { certificateId: string } };
  'expire-certificates': { queue: QueueName.Certificates; payload: Record<string, never> };
}
export type JobName = keyof Jobs;

export const JOB_QUEUES: { [N in JobName]: Jobs[N]['queue'] } = {
  'grade-attempt': QueueName.Grading,
  'regrade-attempt': QueueName.Grading,
  'issue-certificate': QueueName.Certificates,
  'render-pdf': QueueName.Certificates,
  'expire-certificates': QueueName.Certificates,
};

/** Repeatable jobs, upserted by the worker at start (idempotent: one scheduler per id). */
export const JOB_SCHEDULES: { id: string; job: JobName; pattern: string }[] = [
  // Daily at 02:15 Warsaw time: lapsed certificates become expired.
  { id: 'expire-certificates-daily', job: 'expire-certificates', pattern: '15 2 * * *' },
];

/**
 * Retry, backoff and retention for every job. Completed jobs are kept for a day so
 * that a re-added job id is still recognised as a duplicate (BullMQ deduplicates
 * only while the job exists); failed ones for a week, for inspection.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
