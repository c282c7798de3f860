import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { QUESTION_TYPES, TEXT_FORMATS } from '../../questions/question-definition';
import type { QuestionType, TextFormat } from '../../questions/question-definition';
import { ATTEMPT_STATUSES } from '../attempt.entity';
import type { AttemptStatus } from '../attempt.entity';
import { AnswerDto, MatchingPairAnswerDto } from './answers.dto';
import { LocalizedTextView } from '../../../common/dto/text-views';
import { REVIEW_TIMINGS } from '../../courses/course-module.entity';
import type { ReviewTiming } from '../../courses/course-module.entity';

/**
 * The response schemas of the attempt routes, for the OpenAPI document (and so the
 * web app's generated types). They describe what attempt.view.ts builds; they build nothing.
 */

/** An option, a side of a matching pair or an item to order, under the attempt's own opaque id. */
export class ShownChoiceView {
  @ApiProperty() id: string;
  @ApiProperty({ type: () => LocalizedTextView }) text: LocalizedTextView;
}

export class CorrectOptionView {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The fraction of the points this option earns, -1..1' }) weight: number;
  @ApiPropertyOptional({ type: () => LocalizedTextView }) feedback?: LocalizedTextView;
}

/** short_answer: text and weight; numeric: value, tolerance and weight. */
export class AcceptedAnswerView {
  @ApiPropertyOptional() text?: string;
  @ApiPropertyOptional() value?: number;
  @ApiPropertyOptional() tolerance?: number;
  @ApiProperty() weight: number;
}

/** The answer key in the attempt's ids — only after submission, and only under the correct_answers review policy. */
export class CorrectAnswerView {
  @ApiPropertyOptional({ type: [CorrectOptionView], description: 'single_choice, multiple_choice, scenario' })
  options?: CorrectOptionView[];

  @ApiPropertyOptional({ description: 'true_false' })
  value?: boolean;

  @ApiPropertyOptional({ type: [AcceptedAnswerView], description: 'short_answer, numeric' })
  answers?: AcceptedAnswerView[];

  @ApiPropertyOptional({ type: [MatchingPairAnswerDto], description: 'matching' })
  pairs?: MatchingPairAnswerDto[];

  @ApiPropertyOptional({ type: [String], description: 'ordering: item ids in the right order' })
  order?: string[];
}

/** A question as the trainee is shown it (allow-listed per type), and after submission what the review policy allows. */
export class AttemptQuestionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type: QuestionType;
  @ApiProperty({ type: () => LocalizedTextView }) prompt: LocalizedTextView;
  @ApiProperty({ enum: TEXT_FORMATS, description: 'How prompt, situation and feedback are written' }) format: TextFormat;
  @ApiProperty() points: number;
  @ApiPropertyOptional({ type: () => LocalizedTextView, description: 'scenario' }) situation?: LocalizedTextView;
  @ApiPropertyOptional({ description: 'multiple_choice: more than one option may be chosen' }) multiple?: boolean;
  @ApiPropertyOptional({ type: [ShownChoiceView], description: 'single_choice, multiple_choice, scenario' }) options?: ShownChoiceView[];
  @ApiPropertyOptional({ type: [ShownChoiceView], description: 'matching' }) left?: ShownChoiceView[];
  @ApiPropertyOptional({ type: [ShownChoiceView], description: 'matching: the pairs\' right sides and the distractors' }) right?: ShownChoiceView[];
  @ApiPropertyOptional({ type: [ShownChoiceView], description: 'ordering, shuffled' }) items?: ShownChoiceView[];
  @ApiPropertyOptional({ type: () => LocalizedTextView, description: 'essay: the text an answer starts from' }) responseTemplate?: LocalizedTextView;

  @ApiPropertyOptional({ type: () => AnswerDto, description: 'After submission (review policy responses or correct_answers): the trainee\'s answer' })
  response?: AnswerDto;

  @ApiPropertyOptional({ description: 'After grading: the points this answer earned (absent while an essay waits for a trainer)' })
  awardedPoints?: number;

  @ApiPropertyOptional({ type: () => CorrectAnswerView, description: 'Review policy correct_answers only' })
  correct?: CorrectAnswerView;

  @ApiPropertyOptional({ type: () => LocalizedTextView, description: 'Review policy correct_answers only' })
  feedback?: LocalizedTextView;
}

/** One question's result, for trainers and admins. */
export class QuestionResultView {
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty() points: number;
  @ApiProperty() maxPoints: number;
  @ApiProperty({ description: 'An essay waiting for a trainer' }) needsReview: boolean;
  @ApiPropertyOptional() comment?: string;
  @ApiPropertyOptional({ format: 'uuid' }) gradedBy?: string;
}

/** What every reader of an attempt sees. */
export class AttemptSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) enrollmentId: string;
  @ApiProperty({ format: 'uuid' }) moduleId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty() courseVersion: number;
  @ApiProperty({ description: '1 for the first attempt at this quiz' }) number: number;
  @ApiProperty({ enum: ATTEMPT_STATUSES }) status: AttemptStatus;
  @ApiProperty() startedAt: Date;
  @ApiProperty({ nullable: true, type: Date, description: 'null: no time limit. Answers are refused after it, by the database\'s clock' })
  deadlineAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) gradedAt: Date | null;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxScore: number | null;
  @ApiProperty({ nullable: true, type: Number }) percent: number | null;
  @ApiProperty({ nullable: true, type: Boolean, description: 'null until graded, and while an essay waits for a trainer' }) passed: boolean | null;
}

/**
 * An attempt as its reader may see it. The trainee, while it is open: the questions and the
 * answers saved so far (a list); after submission, the questions as the review policy allows
 * (none under `score`). Trainers and admins: the layout, the answers by question id and the results.
 */
export class ReviewAvailabilityView {
  @ApiProperty({ description: 'The questions with the answers (and the keys under correct_answers) are in this response' }) visible: boolean;
  @ApiProperty({ enum: REVIEW_TIMINGS, description: 'The quiz\'s review timing' }) after: ReviewTiming;
  @ApiPropertyOptional({ description: 'due_date: when the review opens' }) availableFrom?: Date;
}

export class AttemptView extends AttemptSummaryView {
  @ApiPropertyOptional({ type: [AttemptQuestionView] })
  questions?: AttemptQuestionView[];

  @ApiPropertyOptional({
    type: ReviewAvailabilityView,
    description: 'The trainee, after submission (review policies responses and correct_answers): whether the review is shown now, and when it will be',
  })
  review?: ReviewAvailabilityView;

  @ApiPropertyOptional({
    description: 'The trainee, while open: a list of the saved answers. Trainers and admins: the answers by question id',
    oneOf: [
      { type: 'array', items: { $ref: getSchemaPath(AnswerDto) } },
      { type: 'object', additionalProperties: { $ref: getSchemaPath(AnswerDto) } },
    ],
  })
  answers?: AnswerDto[] | Record<string, AnswerDto>;

  @ApiPropertyOptional({ description: 'Trainers and admins: the questions drawn and their choices\' ids', type: 'object', additionalProperties: true })
  layout?: Record<string, unknown>;

  @ApiPropertyOptional({ type: [QuestionResultView], nullable: true, description: 'Trainers and admins' })
  results?: QuestionResultView[] | null;
}

export class AttemptListView {
  @ApiProperty({ type: [AttemptSummaryView], description: 'Oldest first' })
  items: AttemptSummaryView[];
}

export class SavedAnswersView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() answersSavedAt: Date;
  @ApiProperty({ description: 'Questions with an answer so far' }) answered: number;
}

export class SubmittedAttemptView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ATTEMPT_STATUSES, description: '`submitted`; a repeated submit answers the attempt\'s status as it is now' }) status: AttemptStatus;
}
