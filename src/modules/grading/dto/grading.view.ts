import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTEMPT_STATUSES, AttemptStatus } from '../../attempts/attempt.entity';
import { LocalizedTextView } from '../../questions/dto/question.view';

/** One essay answer waiting for a trainer. */
export class GradingQueueItemView {
  @ApiProperty({ format: 'uuid' }) attemptId: string;
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty({ format: 'uuid' }) enrollmentId: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ type: LocalizedTextView }) prompt: LocalizedTextView;
  @ApiProperty() maxPoints: number;
  @ApiPropertyOptional({ type: LocalizedTextView, description: 'Guidance for the grader' }) graderInfo?: LocalizedTextView;
  @ApiProperty({ description: "The officer's answer as plain text (show it as text, never as HTML)" }) response: string;
}

export class GradingQueuePageView {
  @ApiProperty({ type: [GradingQueueItemView] }) items: GradingQueueItemView[];
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty({ description: 'Attempts waiting (an attempt may hold several essays)' }) total: number;
}

export class QuestionResultView {
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty() points: number;
  @ApiProperty() maxPoints: number;
  @ApiProperty({ description: 'An essay still waiting for a trainer' }) needsReview: boolean;
  @ApiPropertyOptional() comment?: string;
  @ApiPropertyOptional({ format: 'uuid' }) gradedBy?: string;
}

/** An attempt as a trainer sees it after grading: the totals and the per-question results. */
export class GradedAttemptView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) enrollmentId: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ enum: ATTEMPT_STATUSES }) status: AttemptStatus;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxScore: number | null;
  @ApiProperty({ nullable: true, type: Number }) percent: number | null;
  @ApiProperty({ nullable: true, type: Boolean }) passed: boolean | null;
  @ApiPropertyOptional({ type: [QuestionResultView] }) results?: QuestionResultView[] | null;
}
