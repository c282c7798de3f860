import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { HandlesJob, JobHandler } from '../../jobs/job-handler';
import { ExportRunner } from './export-runner';
import { ExportsService } from './exports.service';

/** export: writes one export's file (see ExportRunner); its last failed attempt marks the export failed with the reason. */
@Injectable()
@HandlesJob('export')
export class ExportHandler implements JobHandler<'export'> {
  constructor(private readonly runner: ExportRunner) {}

  handle({ exportId }: { exportId: string }, job: Job): Promise<void> {
    return this.runner.run(exportId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
  }
}

/** expire-exports (hourly, repeatable): removes the files and rows of exports older than EXPORT_TTL_HOURS. */
@Injectable()
@HandlesJob('expire-exports')
export class ExpireExportsHandler implements JobHandler<'expire-exports'> {
  private readonly logger = new Logger(ExpireExportsHandler.name);

  constructor(private readonly exports: ExportsService) {}

  async handle(): Promise<void> {
    const count = await this.exports.expire();
    if (count) this.logger.log(`${count} exports expired`);
  }
}
