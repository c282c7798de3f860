import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextView } from '../../../common/dto/text-views';

/** One essay answer waiting for a trainer: who wrote it, in which course, and what it answers. */
export class GradingQueueItemView {
  @ApiProperty({ format: 'uuid' }) attemptId: string;
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty({ format: 'uuid' }) enrollmentId: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ description: 'The course version the attempt was taken on' }) courseVersion: number;
  @ApiProperty({ type: LocalizedTextView, description: "That version's title" }) courseTitle: LocalizedTextView;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ description: "The officer's full name (plain text)", example: 'Łukasz Żółć' }) officerName: string;
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
  @ApiProperty({ description: 'Essay answers waiting, over all pages (an attempt with two essays counts twice)' }) total: number;
}

export class ErratumCreatedView {
  @ApiProperty({ format: 'uuid' }) erratumId: string;
  @ApiProperty({ description: 'Attempts on the version that hold the question: the worker regrades them' }) attemptsToRegrade: number;
}

/** An erratum of a version and how far its regrade has come. */
export class ErratumView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() attemptsToRegrade: number;
  @ApiProperty({ description: 'How many of them the worker has regraded; equal to attemptsToRegrade when done' }) attemptsRegraded: number;
}

export class ErratumListView {
  @ApiProperty({ type: [ErratumView] }) items: ErratumView[];
}
