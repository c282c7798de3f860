import { ApiProperty } from '@nestjs/swagger';
import { LocalizedTextView } from '../../../common/dto/text-views';

/** A course its trainer authors, with how many attempts were made and how many wait for grading. */
export class AuthoredCourseResultsView {
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ type: LocalizedTextView }) title: LocalizedTextView;
  @ApiProperty({ description: 'Submitted attempts (graded, waiting for review or for the worker)' }) attempts: number;
  @ApiProperty({ description: 'Attempts with an essay waiting for a trainer' }) needsReview: number;
}

export class AuthoredCoursesResultsView {
  @ApiProperty({ type: [AuthoredCourseResultsView] }) items: AuthoredCourseResultsView[];
}

export class ScoreBucketView {
  @ApiProperty({ description: 'Lower bound in percent, inclusive' }) from: number;
  @ApiProperty({ description: 'Upper bound in percent, exclusive except for the last bucket (100 included)' }) to: number;
  @ApiProperty() count: number;
}

export class HardQuestionView {
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty({ type: LocalizedTextView, nullable: true, description: "The bank question's prompt; null when it was deleted since" })
  prompt: LocalizedTextView | null;
  @ApiProperty({ nullable: true, type: String }) type: string | null;
  @ApiProperty({ description: 'Graded answers to it' }) answered: number;
  @ApiProperty({ description: 'Points earned / max points over those answers, 0..1' }) averageScoreShare: number;
}

/** Figures only, no officer named: what a trainer may see of their course. */
export class CourseResultsView {
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ type: LocalizedTextView }) title: LocalizedTextView;
  @ApiProperty({ description: 'Submitted attempts' }) attempts: number;
  @ApiProperty() graded: number;
  @ApiProperty() needsReview: number;
  @ApiProperty() passed: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean percent of the graded attempts' }) averagePercent: number | null;
  @ApiProperty({ type: [ScoreBucketView], description: 'Graded attempts by percent, ten buckets of 10 points' }) distribution: ScoreBucketView[];
  @ApiProperty({ type: [HardQuestionView], description: 'The ten questions with the lowest average score share, lowest first' })
  hardestQuestions: HardQuestionView[];
}
