import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../access/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { CertificateReportQuery, CompletionQuery, CourseUnitFilterQuery, OverdueQuery } from './dto/report.dto';
import { CertificateReportView, CompetencyReportView, CompletionReportView, OverdueReportView } from './dto/report.view';
import { TranscriptView } from './dto/transcript.view';
import { ReportsService } from './reports.service';
import { renderTranscriptPdf } from './transcript-pdf';
import { TranscriptService } from './transcript.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/institutions/:id')
@Roles('admin', 'institution_admin', 'trainer')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('completion')
  @ApiOperation({ summary: 'Completion by course and unit', description: 'Admins; institution admins for their institution; trainers for the courses they author, figures only. Filters `courseId`, `unitId`, a date range (400 `invalid-range`). 404 `institution-not-found` outside your scope.' })
  @ApiOkResponse({
    type: CompletionReportView,
    description:
      '{byCourse: [...], byUnit: [...]}: assigned = completed + inProgress + notStarted + overdue + expired; completionRate 0..1; averageBestScore in percent. Trainers: their courses only.',
  })
  @ApiNotFoundResponse({ description: 'No such institution, or not yours' })
  completion(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: CompletionQuery) {
    return this.reports.completion(actor, id, query);
  }

  @Get('overdue')
  @ApiOperation({ summary: 'Overdue people', description: 'Admins; institution admins for their institution. Officers past a due date and not completed: name, unit, course, due date, days late. 403 `officer-lists-forbidden` for trainers; 404 `institution-not-found`.' })
  @ApiOkResponse({ type: OverdueReportView, description: 'Officers past a due date, not completed: who, unit, course, due date, daysLate' })
  @ApiForbiddenResponse({ description: 'Trainers: lists that name officers are not theirs' })
  overdue(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: OverdueQuery) {
    return this.reports.overdue(actor, id, query);
  }

  @Get('certificates')
  @ApiOperation({ summary: 'Certificates lapsing', description: 'Admins; institution admins for their institution. Certificates expiring within `expiringWithinDays` (with `includeExpired`, also expired ones), soonest first; never revoked ones. 403 `officer-lists-forbidden` for trainers; 404 `institution-not-found`.' })
  @ApiOkResponse({ type: CertificateReportView, description: 'Certificates expiring within expiringWithinDays (and, with includeExpired, expired ones), soonest first; never revoked ones' })
  @ApiForbiddenResponse({ description: 'Trainers: lists that name officers are not theirs' })
  certificates(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: CertificateReportQuery) {
    return this.reports.certificates(actor, id, query);
  }

  @Get('competencies')
  @ApiOperation({ summary: 'Competencies per unit', description: 'Admins; institution admins for their institution; trainers for the courses they author. Results per competency tag and unit. 404 `institution-not-found`.' })
  @ApiOkResponse({
    type: CompetencyReportView,
    description:
      'Per question tag and unit, from graded attempts: questionsAnswered, averageScoreShare (points / max points), passShare (answered with at least half the points); weakest first',
  })
  competencies(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: CourseUnitFilterQuery) {
    return this.reports.competencies(actor, id, query);
  }
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('users/:id')
export class TranscriptController {
  constructor(private readonly transcripts: TranscriptService) {}

  @Get('transcript')
  @ApiOperation({ summary: 'A person\'s transcript', description: 'The officer themself, their institution admin, admins: every enrollment with its attempts and best score, and the certificates. 404 `user-not-found` otherwise.' })
  @ApiOkResponse({ type: TranscriptView, description: 'Every enrollment with its attempts and best score, and the certificates. The officer themself, their institution admin, admins.' })
  @ApiNotFoundResponse()
  transcript(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.transcripts.transcript(actor, id);
  }

  @Get('transcript.pdf')
  @ApiOperation({ summary: 'A person\'s transcript as PDF', description: 'As GET /users/:id/transcript, rendered as a PDF. 404 `user-not-found`.' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The transcript as a PDF' })
  @ApiNotFoundResponse()
  async transcriptPdf(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const pdf = await renderTranscriptPdf(await this.transcripts.transcript(actor, id));
    res.type('application/pdf').attachment('transcript.pdf').send(pdf);
  }
}
