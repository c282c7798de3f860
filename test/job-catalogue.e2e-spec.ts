import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { JobName } from '../src/jobs/catalogue';
import { HandlesJob, JobHandler } from '../src/jobs/job-handler';
import { JOB_METRICS } from '../src/jobs/job-metrics';
import { QueueWorkers } from '../src/jobs/queue-workers';
import { loadConfig } from '../src/config/app-config';
import { ConfigModule } from '../src/config/config.module';
import { TEST_REDIS_URL, uniqueName } from './support/databases';

@Injectable()
@HandlesJob('grade-attempt')
class GradeOnly implements JobHandler<'grade-attempt'> {
  async handle(): Promise<void> {}
}

@Injectable()
@HandlesJob('send-fax' as JobName)
class Undeclared implements JobHandler {
  async handle(): Promise<void> {}
}

/** A worker process with the real QueueWorkers and the given handlers. */
async function startWorkerWith(...handlers: (typeof GradeOnly | typeof Undeclared)[]): Promise<void> {
  const config = loadConfig({ ...process.env, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: uniqueName('catalogue') });
  @Module({
    imports: [DiscoveryModule, ConfigModule.forRoot(config)],
    providers: [QueueWorkers, { provide: JOB_METRICS, useValue: { jobFinished: () => undefined } }, ...handlers],
  })
  class PartialWorker {}
  const context = await NestFactory.createApplicationContext(PartialWorker, { logger: false, abortOnError: false });
  await context.close();
}

describe('the worker start-up check against the job catalogue', () => {
  it('refuses to start when a catalogued job has no handler, naming every missing one', async () => {
    await expect(startWorkerWith(GradeOnly)).rejects.toThrow(
      'no handler for the catalogued job(s) regrade-attempt, issue-certificate, render-pdf, expire-certificates, due-reminders, expiry-reminders, coordinator-digest, send-email, export, expire-exports',
    );
  });

  it('refuses to start with a handler for a job the catalogue does not declare', async () => {
    await expect(startWorkerWith(GradeOnly, Undeclared)).rejects.toThrow('handler(s) for send-fax, which the catalogue does not declare');
  });
});
