import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from './catalogue';

/** Handles one catalogued job. Handlers must be idempotent: BullMQ delivers at least once. */
export interface JobHandler<N extends JobName = JobName> {
  handle(payload: JobPayloads[N], job: Job): Promise<void>;
}

export const HANDLES_JOB = 'mosty:handlesJob';

/** Marks a provider as the handler of a job; the worker process finds it at start. */
export const HandlesJob = (name: JobName) => SetMetadata(HANDLES_JOB, name);
