import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiBody, ApiOperation } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { Enrollment } from '../enrollments/enrollment.entity';
import { Attempt } from './attempt.entity';
import { attemptSummary, attemptView } from './attempt.view';
import { AttemptsService } from './attempts.service';
import { AnswerDto, SaveAnswersDto, SubmitAttemptDto } from './dto/answers.dto';
import { AttemptListView, AttemptView, SavedAnswersView, SubmittedAttemptView } from './dto/attempt-view.dto';
import { DomainError } from '../../common/errors/domain-error';

@ApiTags('attempts')
@ApiBearerAuth()
@ApiExtraModels(AnswerDto)
@Controller()
export class AttemptsController {
  constructor(
    private readonly attempts: AttemptsService,
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  @Post('enrollments/:id/modules/:moduleId/attempts')
  @ApiOperation({ summary: 'Start a quiz attempt', description: 'The enrolled officer only. Draws the questions (without any key) and sets the deadline from the time limit. 409 `attempt-open` (with `attemptId`: continue that one), `no-attempts-left`, `not-a-quiz`, `enrollment-expired`; 404 `enrollment-not-found` / `module-not-found`.' })
  @ApiCreatedResponse({ type: AttemptView, description: '{id, status: "in_progress", deadlineAt, questions} — questions without any answer key' })
  @ApiConflictResponse({ description: 'An attempt is open already, or no attempts are left' })
  async start(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) enrollmentId: string, @Param('moduleId', ParseUUIDPipe) moduleId: string) {
    return attemptView(actor, await this.attempts.start(actor, enrollmentId, moduleId));
  }

  @Get('enrollments/:id/modules/:moduleId/attempts')
  @ApiOperation({ summary: 'List my attempts at a quiz', description: 'The enrolled officer only: their attempts at this quiz, oldest first, with scores as the review policy allows. 404 `enrollment-not-found` for someone else\'s enrollment.' })
  @ApiOkResponse({ type: AttemptListView, description: 'The enrolled officer\'s own attempts at this quiz (summaries, oldest first)' })
  @ApiNotFoundResponse({ description: 'Not your enrollment' })
  async list(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) enrollmentId: string, @Param('moduleId', ParseUUIDPipe) moduleId: string): Promise<AttemptListView> {
    const { attempts, enrollment } = await this.attempts.listOwn(actor, enrollmentId, moduleId);
    return { items: attempts.map((a) => attemptSummary(a, enrollment)) };
  }

  @Get('attempts/:id')
  @ApiOperation({ summary: 'Get an attempt', description: 'The officer who took it, and staff in scope. For the officer, what the course\'s review policy allows (score, responses, correct answers); staff see it whole. 404 `attempt-not-found`.' })
  @ApiOkResponse({ type: AttemptView, description: 'The attempt as the reader may see it (review policy for trainees)' })
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    await this.assertReadable(actor, id);
    const ctx = await this.attempts.context(id);
    const review = actor.id === ctx.attempt.userId && ctx.attempt.status !== 'in_progress' ? await this.attempts.reviewOf(ctx) : undefined;
    return attemptView(actor, ctx, review);
  }

  @Put('attempts/:id/answers')
  @ApiOperation({ summary: 'Save answers', description: 'The officer who took it, while it is open and before the deadline (409 `attempt-submitted`, `deadline-passed`; 409 `concurrent-change` when two saves cross). Answers replace earlier ones per question. 422 `invalid-answer` (per question, in `errors`); 404 `attempt-not-found`.' })
  @ApiBody({ type: SaveAnswersDto, examples: { answers: { value: { answers: [{ questionId: '4f1c2b7e-8a3d-4e5f-9b6a-1c2d3e4f5a6b', optionIds: ['b'] }, { questionId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', value: true }, { questionId: '2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091', text: 'Zapytałbym o preferowany język rozmowy.' }] } } } })
  @ApiOkResponse({ type: SavedAnswersView, description: '{id, answersSavedAt, answered}' })
  @ApiConflictResponse({ description: 'Submitted already, or past the deadline' })
  async save(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SaveAnswersDto) {
    return this.attempts.saveAnswers(actor, id, dto.answers);
  }

  @Post('attempts/:id/submit')
  @ApiOperation({ summary: 'Submit an attempt', description: 'The officer who took it. Saves the last answers (ignored after the deadline) and queues grading: 202, the result follows from the worker (poll GET /attempts/:id). Repeating it changes nothing; send an `Idempotency-Key` to repeat safely. 404 `attempt-not-found`; 422 `invalid-answer`.' })
  @ApiBody({ type: SubmitAttemptDto, examples: { submit: { summary: 'Submit what is saved', value: {} }, withAnswers: { summary: 'With the last answers', value: { answers: [{ questionId: '4f1c2b7e-8a3d-4e5f-9b6a-1c2d3e4f5a6b', optionIds: ['b'] }] } } } })
  @HttpCode(HttpStatus.ACCEPTED)
  @Idempotent()
  @ApiAcceptedResponse({ type: SubmittedAttemptView, description: '{id, status: "submitted"}; grading follows in the worker. Repeating it changes nothing.' })
  async submit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SubmitAttemptDto) {
    const attempt = await this.attempts.submit(actor, id, dto.answers);
    return { id: attempt.id, status: attempt.status };
  }

  /** Owners, and staff within the enrollment's scope; anyone else gets 404 (ids cannot be probed). */
  private async assertReadable(actor: Actor, attemptId: string): Promise<void> {
    const qb = this.dataSource
      .getRepository(Attempt)
      .createQueryBuilder('a')
      .innerJoin(Enrollment, 'e', 'e.id = a.enrollmentId')
      .where('a.id = :attemptId', { attemptId });
    const scope = actor.role === 'officer' ? { kind: 'self' as const, userId: actor.id } : this.policy.scope(actor, 'enrollment', 'read');
    if (!(await this.policy.apply(qb, scope, { institution: 'e.institution_id', user: 'a.user_id', course: 'e.course_id' }).getExists())) {
      throw new DomainError('attempt-not-found', 'Attempt not found');
    }
  }
}
