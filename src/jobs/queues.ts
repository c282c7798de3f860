import type { JobsOptions } from 'bullmq';

/** Every queue Mosty has. Job names and payloads are declared next to them. */
export enum QueueName {
  Grading = 'grading',
  Certificates = 'certificates',
  Reports = 'reports',
  Notifications = 'notifications',
}

export const QUEUE_NAMES: readonly string[] = Object.values(QueueName);

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
