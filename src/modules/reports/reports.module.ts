import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { ReportsController, TranscriptController } from './reports.controller';
import { ReportsService } from './reports.service';
import { TranscriptService } from './transcript.service';

/** Institution reports and transcripts; the report SQL is in report-queries.ts for exports to reuse. */
@Module({
  imports: [CoursesModule],
  controllers: [ReportsController, TranscriptController],
  providers: [ReportsService, TranscriptService],
  exports: [TranscriptService],
})
export class ReportsModule {}
