import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { EnrollmentListQuery } from './dto/enrollment.dto';
import { EnrollmentDetailView, EnrollmentPageView, LessonCompletionView, ModuleContentView } from './dto/enrollment.view';
import { EnrollmentsService } from './enrollments.service';

@ApiTags('enrollments')
@ApiBearerAuth()
@Controller('enrollments')
export class EnrollmentsController {
  constructor(private readonly enrollments: EnrollmentsService) {}

  @Get()
  @ApiOperation({ summary: 'List my training (or the enrollments in my scope)', description: 'Officers: their own enrollments — course, due date, progress, status; institution admins: their institution\'s; trainers: those of courses they author; admins: all. Paginated.' })
  @ApiOkResponse({
    type: EnrollmentPageView,
    description:
      'Officers: their own; institution admins: their institution\'s; trainers: those of courses they author; admins: all. `status` is `overdue` when not completed and past the due date.',
  })
  list(@CurrentActor() actor: Actor, @Query() query: EnrollmentListQuery) {
    return this.enrollments.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an enrollment', description: 'The enrolled officer and staff in scope: the pinned course version\'s modules with their progress. 404 `enrollment-not-found` outside your scope.' })
  @ApiOkResponse({ type: EnrollmentDetailView, description: 'The enrollment with the pinned version\'s modules and their progress' })
  @ApiNotFoundResponse()
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.enrollments.get(actor, id);
  }

  @Get(':id/modules/:moduleId')
  @ApiOperation({ summary: 'Open a module of my course', description: 'The enrolled officer only. A lesson\'s content (opening counts); for a quiz, its public settings (attempts allowed, time limit, pass mark) — never its questions. 404 `enrollment-not-found` / `module-not-found`; 409 `enrollment-expired`.' })
  @ApiOkResponse({ type: ModuleContentView, description: 'The enrolled officer only: a lesson\'s content (and it counts as opened), or a quiz\'s public settings' })
  @ApiNotFoundResponse({ description: 'Not your enrollment, or no such module in its version' })
  openModule(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('moduleId', ParseUUIDPipe) moduleId: string) {
    return this.enrollments.openModule(actor, id, moduleId);
  }

  @Post(':id/modules/:moduleId/complete')
  @ApiOperation({ summary: 'Complete a lesson', description: 'The enrolled officer only, after the lesson\'s minimum study time (409 `min-study-time` with Retry-After). Completing again changes nothing. 409 `not-a-lesson` (quizzes complete by passing), `enrollment-expired`; 404 `enrollment-not-found` / `module-not-found`.' })
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LessonCompletionView, description: 'Completing again changes nothing' })
  @ApiConflictResponse({ description: 'min-study-time (with Retry-After), not-a-lesson, enrollment-expired' })
  complete(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('moduleId', ParseUUIDPipe) moduleId: string) {
    return this.enrollments.completeLesson(actor, id, moduleId);
  }
}
