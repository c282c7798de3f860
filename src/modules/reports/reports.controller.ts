import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
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
  @ApiOkResponse({ type: OverdueReportView, description: 'Officers past a due date, not completed: who, unit, course, due date, daysLate' })
  @ApiForbiddenResponse({ description: 'Trainers: lists that name officers are not theirs' })
  overdue(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: OverdueQuery) {
    return this.reports.overdue(actor, id, query);
  }

  @Get('certificates')
  @ApiOkResponse({ type: CertificateReportView, description: 'Certificates expiring within expiringWithinDays (and, with includeExpired, expired ones), soonest first; never revoked ones' })
  @ApiForbiddenResponse({ description: 'Trainers: lists that name officers are not theirs' })
  certificates(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: CertificateReportQuery) {
    return this.reports.certificates(actor, id, query);
  }

  @Get('competencies')
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
  @ApiOkResponse({ type: TranscriptView, description: 'Every enrollment with its attempts and best score, and the certificates. The officer themself, their institution admin, admins.' })
  @ApiNotFoundResponse()
  transcript(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.transcripts.transcript(actor, id);
  }

  @Get('transcript.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The transcript as a PDF' })
  @ApiNotFoundResponse()
  async transcriptPdf(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const pdf = await renderTranscriptPdf(await this.transcripts.transcript(actor, id));
    res.type('application/pdf').attachment('transcript.pdf').send(pdf);
  }
}
