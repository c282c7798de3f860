import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiOkResponse({
    description: 'Essay answers waiting in the courses the trainer authors (admins: all), oldest first: one item per answer, and total counts answers. Each names the officer and the course version.',
    type: GradingQueuePageView,
  })
  queue(@CurrentActor() actor: Actor, @Query() query: GradingQueueQuery): Promise<GradingQueuePageView> {
    return this.grading.queue(actor, query);
  }

  @Post('attempts/:id/grades')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The attempt with its new totals; graded once no essay waits', type: AttemptView })
  async grade(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ManualGradeDto) {
    await this.grading.grade(actor, id, dto);
    return attemptView(actor, await this.attempts.context(id));
  }

  @Post('courses/:id/versions/:version/errata')
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
  @ApiOkResponse({ type: ErratumListView, description: 'Oldest first, each with its regrade progress (poll until attemptsRegraded = attemptsToRegrade)' })
  async errata(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('version', ParseIntPipe) version: number): Promise<ErratumListView> {
    return { items: await this.grading.errata(actor, id, version) };
  }
}
