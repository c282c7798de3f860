import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { INSTITUTION_TYPES, InstitutionType } from '../../institutions/institution.entity';
import { QUESTION_TYPES, QuestionType } from '../../questions/question-definition';
import { MODULE_KINDS, ModuleKind, REVIEW_POLICIES, REVIEW_TIMINGS, ReviewPolicy, ReviewTiming } from '../course-module.entity';
import type { CourseStatus } from '../courses.service';
import { LocalizedTextView, MediaLinkView } from '../../../common/dto/text-views';
import { ChoiceOptionView } from '../../questions/dto/question.view';

/** Response shapes of the course routes, for OpenAPI (the builders in course.view.ts fill them). */

export class QuestionDrawView {
  @ApiProperty({ format: 'uuid' }) bankId: string;
  @ApiPropertyOptional() tag?: string;
  @ApiProperty() count: number;
}

class QuizSettingsBaseView {
  @ApiProperty() passMarkPercent: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null: unlimited' }) maxAttempts: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'null: no time limit' }) timeLimitSeconds: number | null;
  @ApiProperty() shuffleQuestions: boolean;
  @ApiProperty() shuffleOptions: boolean;
  @ApiProperty({ enum: REVIEW_POLICIES }) reviewPolicy: ReviewPolicy;
  @ApiProperty({ enum: REVIEW_TIMINGS }) reviewAfter: ReviewTiming;
}

export class QuizSettingsView extends QuizSettingsBaseView {
  @ApiProperty({ type: [String], description: 'Fixed questions, in order' }) questionIds: string[];
  @ApiProperty({ type: [QuestionDrawView] }) draws: QuestionDrawView[];
}

export class CourseModuleView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ enum: MODULE_KINDS }) kind: ModuleKind;
  @ApiProperty({ description: '1-based order within the course' }) position: number;
  @ApiProperty({ type: LocalizedTextView }) title: LocalizedTextView;
  @ApiProperty({ type: LocalizedTextView, nullable: true, description: 'Markdown' }) body: LocalizedTextView | null;
  @ApiProperty({ type: [MediaLinkView] }) media: MediaLinkView[];
  @ApiProperty() minStudySeconds: number;
  @ApiPropertyOptional({ type: QuizSettingsView, description: 'Quizzes only' }) quiz?: QuizSettingsView;
}

/** The draft as its authors see it. */
export class AuthorCourseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) ownerId: string;
  @ApiProperty({ enum: ['draft', 'published', 'archived'] }) status: CourseStatus;
  @ApiProperty({ type: LocalizedTextView }) title: LocalizedTextView;
  @ApiProperty({ type: LocalizedTextView, nullable: true }) description: LocalizedTextView | null;
  @ApiProperty({ enum: INSTITUTION_TYPES, isArray: true }) audience: InstitutionType[];
  @ApiProperty({ type: Number, nullable: true }) certificateValidityMonths: number | null;
  @ApiProperty({ description: 'The latest published version; 0: never published' }) currentVersion: number;
  @ApiProperty({ type: Date, nullable: true }) publishedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) archivedAt: Date | null;
  @ApiProperty({ description: 'The draft differs from the latest published version (or was never published)' }) hasUnpublishedChanges: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiPropertyOptional({ type: [CourseModuleView], description: 'In order; on GET /courses/:id only' }) modules?: CourseModuleView[];
}

export class PublishedModuleView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MODULE_KINDS }) kind: ModuleKind;
  @ApiProperty() position: number;
  @ApiProperty({ type: LocalizedTextView }) title: LocalizedTextView;
}

/** What officers and coordinators see: the published version's outline. */
export class PublishedCourseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['published'] }) status: 'published';
  @ApiProperty() version: number;
  @ApiProperty() publishedAt: Date;
  @ApiProperty({ type: LocalizedTextView }) title: LocalizedTextView;
  @ApiProperty({ type: LocalizedTextView, nullable: true }) description: LocalizedTextView | null;
  @ApiProperty({ enum: INSTITUTION_TYPES, isArray: true }) audience: InstitutionType[];
  @ApiProperty({ type: Number, nullable: true }) certificateValidityMonths: number | null;
  @ApiProperty({ type: [PublishedModuleView] }) modules: PublishedModuleView[];
}

@ApiExtraModels(AuthorCourseView, PublishedCourseView)
export class CoursePageView {
  @ApiProperty({
    description: 'Authors: AuthorCourseView (without modules); others: PublishedCourseView',
    type: 'array',
    items: { oneOf: [{ $ref: getSchemaPath(AuthorCourseView) }, { $ref: getSchemaPath(PublishedCourseView) }] },
  })
  items: (AuthorCourseView | PublishedCourseView)[];
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() total: number;
}

export class VersionSummaryView {
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty() version: number;
  @ApiProperty() publishedAt: Date;
  @ApiProperty({ format: 'uuid' }) publishedBy: string;
}

class EnrollmentsMovedView {
  @ApiProperty({ description: 'Enrollments without an attempt or a completed module, moved to the new version' }) notStarted: number;
  @ApiProperty({ description: 'Enrollments under way, moved because moveInProgress was asked for' }) inProgress: number;
}

class EnrollmentsKeptView {
  @ApiProperty({ description: 'Enrollments under way, left on their version (moveInProgress not asked for)' }) inProgress: number;
  @ApiProperty({ description: 'Completed enrollments: they never move' }) completed: number;
}

export class PublishWarningView {
  @ApiProperty({ enum: ['no-quiz'], description: 'no-quiz: the course has no quiz, yet its certificate is issued on completion' }) code: 'no-quiz';
  @ApiProperty() message: string;
}

export class PublishedVersionView extends VersionSummaryView {
  @ApiProperty({ type: EnrollmentsMovedView }) enrollmentsMoved: EnrollmentsMovedView;
  @ApiProperty({ type: EnrollmentsKeptView }) enrollmentsKept: EnrollmentsKeptView;
  @ApiProperty({ type: [PublishWarningView] }) warnings: PublishWarningView[];
}

export class VersionListView {
  @ApiProperty({ type: [VersionSummaryView], description: 'Newest first' }) items: VersionSummaryView[];
}

/**
 * A question as frozen into a version, answer key included. Only the fields every type
 * has (and the choice types' options, true/false's key) are named; the rest of the type's
 * fields come along as the question bank defines them.
 */
export class SnapshotQuestionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The question version that was frozen' }) version: number;
  @ApiProperty({ enum: QUESTION_TYPES }) type: QuestionType;
  @ApiPropertyOptional() name?: string;
  @ApiProperty({ type: LocalizedTextView }) prompt: LocalizedTextView;
  @ApiProperty() points: number;
  @ApiPropertyOptional({ type: [String] }) tags?: string[];
  @ApiPropertyOptional({ type: [ChoiceOptionView], description: 'single_choice, multiple_choice, scenario' }) options?: ChoiceOptionView[];
  @ApiPropertyOptional({ description: 'true_false' }) correct?: boolean;
}

export class SnapshotDrawView extends QuestionDrawView {
  @ApiProperty({ type: [SnapshotQuestionView], description: 'Every question the draw may pick' }) candidates: SnapshotQuestionView[];
}

export class SnapshotQuizView extends QuizSettingsBaseView {
  @ApiProperty({ type: [SnapshotQuestionView] }) questions: SnapshotQuestionView[];
  @ApiProperty({ type: [SnapshotDrawView] }) draws: SnapshotDrawView[];
}

export class SnapshotModuleView {
  @ApiProperty({ format: 'uuid', description: "The draft module's id, stable across versions" }) id: string;
  @ApiProperty({ enum: MODULE_KINDS }) kind: ModuleKind;
  @ApiProperty() position: number;
  @ApiProperty({ type: LocalizedTextView }) title: LocalizedTextView;
  @ApiPropertyOptional({ type: LocalizedTextView }) body?: LocalizedTextView;
  @ApiProperty({ type: [MediaLinkView] }) media: MediaLinkView[];
  @ApiProperty() minStudySeconds: number;
  @ApiPropertyOptional({ type: SnapshotQuizView }) quiz?: SnapshotQuizView;
}

export class CourseSnapshotView {
  @ApiProperty({ type: LocalizedTextView }) title: LocalizedTextView;
  @ApiProperty({ type: LocalizedTextView, nullable: true }) description: LocalizedTextView | null;
  @ApiProperty({ enum: INSTITUTION_TYPES, isArray: true }) audience: InstitutionType[];
  @ApiProperty({ type: Number, nullable: true }) certificateValidityMonths: number | null;
  @ApiProperty({ type: [SnapshotModuleView] }) modules: SnapshotModuleView[];
}

export class VersionDetailView extends VersionSummaryView {
  @ApiProperty({ type: CourseSnapshotView }) snapshot: CourseSnapshotView;
}
