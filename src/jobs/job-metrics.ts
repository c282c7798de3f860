import type { Job } from 'bullmq';

/** What the workers report of each job they finish; the worker process provides it (its Prometheus metrics). */
export interface JobMetrics {
  jobFinished(queue: string, job: Job, outcome: 'completed' | 'failed'): void;
}

export const JOB_METRICS = Symbol('JobMetrics');
