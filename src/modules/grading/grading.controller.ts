import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiBody, ApiOperation } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { attemptView } from '../attempts/attempt.view';
import { AttemptsService } from '../attempts/attempts.service';
import { AttemptView } from '../attempts/dto/attempt-view.dto';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ErratumDto, GradingQueueQuery, ManualGradeDto } from './dto/grading.dto';
import { ErratumCreatedView, ErratumListView, GradingQueuePageView } from './dto/grading.view';
import { GradingService } from './grading.service';

@ApiTags('grading')
@ApiBearerAuth()
@Roles('trainer', 'admin')
@Controller()
export class GradingController {
  constructor(
    private readonly grading: GradingService,
    private readonly attempts: AttemptsService,
  ) {}

  @Get('grading/queue')
  @ApiOperation({
    summary: 'The grading queue',
    description: 'The course\'s author (trainers see only the courses they author), admins: every essay answer waiting for a grade, oldest first: one item per answer, and total counts answers. Each names the officer and the course version. Paginated.',
  })
  @ApiOkResponse({
    description: 'Essay answers waiting in the courses the trainer authors (admins: all), oldest first: one item per answer, and total counts answers. Each names the officer and the course version.',
    type: GradingQueuePageView,
  })
  queue(@CurrentActor() actor: Actor, @Query() query: GradingQueueQuery): Promise<GradingQueuePageView> {
    return this.grading.queue(actor, query);
  }

  @Post('attempts/:id/grades')
  @ApiOperation({ summary: 'Grade an essay answer', description: 'The course\'s author, or an admin. Points between 0 and the question\'s points (400 `validation`); the attempt is graded once no essay waits, and a pass completes the enrollment and issues the certificate. 404 `attempt-not-found`; 409 `attempt-not-graded` when the attempt is not waiting for manual grading. Audited.' })
  @ApiBody({ type: ManualGradeDto, examples: { grade: { value: { questionId: '4f1c2b7e-8a3d-4e5f-9b6a-1c2d3e4f5a6b', points: 3, comment: 'Dobre rozpoznanie sytuacji; zabrakło pytania o tłumacza.' } } } })
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The attempt with its new totals; graded once no essay waits', type: AttemptView })
  async grade(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ManualGradeDto) {
    await this.grading.grade(actor, id, dto);
    return attemptView(actor, await this.attempts.context(id));
  }

  @Post('courses/:id/versions/:version/errata')
  @ApiOperation({ summary: 'Correct a question of a published version', description: 'The course\'s author, or an admin. The corrected question (whole, same type) replaces the frozen one for grading, and the worker regrades every attempt of that version; certificates follow the new results. 404 `course-not-found` / `course-version-not-found` / `question-not-found`. Audited.' })
  @ApiBody({ type: ErratumDto, examples: { erratum: { value: { questionId: '4f1c2b7e-8a3d-4e5f-9b6a-1c2d3e4f5a6b', reason: 'Option B is also correct under the 2025 rules', question: { type: 'single_choice', prompt: { pl: 'Jak powitać osobę, której języka nie znasz?' }, points: 1, options: [{ text: { pl: 'Spokojnie, z gestem zaproszenia' }, weight: 1 }, { text: { pl: 'Po angielsku' }, weight: 1 }, { text: { pl: 'Głośniej' }, weight: 0 }] } } } } })
  @ApiCreatedResponse({ type: ErratumCreatedView, description: 'The attempts are regraded by the worker' })
  addErratum(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('version', ParseIntPipe) version: number,
    @Body() dto: ErratumDto,
  ): Promise<ErratumCreatedView> {
    return this.grading.addErratum(actor, id, version, dto);
  }

  @Get('courses/:id/versions/:version/errata')
  @ApiOperation({ summary: 'List the errata of a version', description: 'The course\'s author, or an admin, oldest first, each with its regrade progress (done when `attemptsRegraded` = `attemptsToRegrade`). 404 `course-not-found` / `course-version-not-found`.' })
  @ApiOkResponse({ type: ErratumListView, description: 'Oldest first, each with its regrade progress (poll until attemptsRegraded = attemptsToRegrade)' })
  async errata(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('version', ParseIntPipe) version: number): Promise<ErratumListView> {
    return { items: await this.grading.errata(actor, id, version) };
  }
}
