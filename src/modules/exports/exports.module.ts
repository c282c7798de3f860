import { Module } from '@nestjs/common';
import { ExpireExportsHandler, ExportHandler } from './export-jobs.handlers';
import { ExportRunner } from './export-runner';
import { ExportsService } from './exports.service';

/** Exports of report rows and their job handlers: what both the API and the worker need. */
@Module({
  providers: [ExportsService, ExportRunner, ExportHandler, ExpireExportsHandler],
  exports: [ExportsService],
})
export class ExportsModule {}
