import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { CourseResultsController } from './course-results.controller';
import { CourseResultsService } from './course-results.service';
import { ReportsController, TranscriptController } from './reports.controller';
import { ReportsService } from './reports.service';
import { TranscriptService } from './transcript.service';

/** Institution reports and transcripts; the report SQL is in report-queries.ts for exports to reuse. */
@Module({
  imports: [CoursesModule],
  controllers: [ReportsController, TranscriptController, CourseResultsController],
  providers: [ReportsService, TranscriptService, CourseResultsService],
  exports: [TranscriptService],
})
export class ReportsModule {}
