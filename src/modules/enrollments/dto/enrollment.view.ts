import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LongText, ShortText } from '../../../common/dto/localized-text.dto';
import { MODULE_KINDS, type ModuleKind, REVIEW_POLICIES, REVIEW_TIMINGS, type ReviewPolicy, type ReviewTiming } from '../../courses/course-module.entity';
import type { CourseSnapshot, SnapshotModule } from '../../courses/course-snapshot';
import type { LocalizedText } from '../../questions/question-definition';
import type { Enrollment } from '../enrollment.entity';
import { PROGRESS_STATUSES, type ModuleProgress, type ProgressStatus } from '../module-progress.entity';
import { REPORTED_STATUSES, type ReportedStatus } from './enrollment.dto';
import { MediaLinkView } from '../../../common/dto/text-views';

/*
 * The response shapes, for OpenAPI (and so the web app's generated types). The
 * functions below build them field by field and are typed by them, so the two
 * cannot drift apart.
 */

export class EnrollmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty() courseVersion: number;
  @ApiPropertyOptional({ type: () => ShortText, description: 'The pinned version\'s title' }) courseTitle?: LocalizedText;
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) institutionId: string | null;
  @ApiProperty({ enum: REPORTED_STATUSES, description: '`overdue`: not completed and past the due date' }) status: ReportedStatus;
  @ApiProperty() dueAt: Date;
  @ApiProperty({ nullable: true, type: Date }) startedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) completedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) expiredAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class EnrollmentUnitView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** A list item: the enrollment and how far it is; for coordinators and admins, whose it is. */
export class EnrollmentListItem extends EnrollmentView {
  @ApiProperty({ description: 'Modules in the pinned version' }) modulesTotal: number;
  @ApiProperty({ description: 'Of them, completed' }) modulesCompleted: number;
  @ApiPropertyOptional({ description: "The officer's full name (plain text); not for trainers, who see figures, not names", example: 'Łukasz Żółć' })
  officerName?: string;
  @ApiPropertyOptional({ type: EnrollmentUnitView, nullable: true, description: "The officer's unit now (null: none); not for trainers" })
  unit?: EnrollmentUnitView | null;
}

export class EnrollmentPageView {
  @ApiProperty({ type: [EnrollmentListItem] }) items: EnrollmentListItem[];
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() total: number;
}

export class ModuleOutlineView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MODULE_KINDS }) kind: ModuleKind;
  @ApiProperty({ type: () => ShortText }) title: LocalizedText;
  @ApiProperty() position: number;
  @ApiProperty({ enum: PROGRESS_STATUSES }) status: ProgressStatus;
  @ApiProperty({ nullable: true, type: Date }) startedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) completedAt: Date | null;
  @ApiPropertyOptional({ description: 'Lessons: the minimum study time' }) minStudySeconds?: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Quizzes: the best graded attempt, in percent' }) bestPercent?: number | null;
}

export class EnrollmentDetailView extends EnrollmentView {
  @ApiProperty({ type: [ModuleOutlineView], description: 'In order' }) modules: ModuleOutlineView[];
}

export class QuizPublicSettingsView {
  @ApiProperty() passMarkPercent: number;
  @ApiProperty({ nullable: true, type: Number, description: 'null: unlimited' }) maxAttempts: number | null;
  @ApiProperty({ nullable: true, type: Number }) timeLimitSeconds: number | null;
  @ApiProperty({ enum: REVIEW_POLICIES }) reviewPolicy: ReviewPolicy;
  @ApiProperty({ enum: REVIEW_TIMINGS, description: 'When the review of an attempt is shown' }) reviewAfter: ReviewTiming;
  @ApiProperty() questionCount: number;
}

export class ModuleContentView extends ModuleOutlineView {
  @ApiProperty({ format: 'uuid' }) enrollmentId: string;
  @ApiProperty({ type: () => LongText, nullable: true, description: 'Markdown' }) body: LocalizedText | null;
  @ApiPropertyOptional({ type: [MediaLinkView], description: 'Lessons' }) media?: MediaLinkView[];
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'Lessons: when it may be completed (null until first opened)' }) completableAt?: Date | null;
  @ApiPropertyOptional({ type: QuizPublicSettingsView, description: 'Quizzes' }) quiz?: QuizPublicSettingsView;
}

export class LessonCompletionView {
  @ApiProperty({ format: 'uuid' }) enrollmentId: string;
  @ApiProperty({ format: 'uuid' }) moduleId: string;
  @ApiProperty({ enum: ['completed'] }) status: 'completed';
  @ApiProperty({ enum: REPORTED_STATUSES.filter((s) => s !== 'overdue'), description: 'The enrollment\'s status after it' }) enrollmentStatus: Exclude<ReportedStatus, 'overdue'>;
}

/** `overdue` is never stored: an enrollment not yet completed whose due date has passed. */
export function reportedStatus(e: Enrollment, now: Date): ReportedStatus {
  if ((e.status === 'assigned' || e.status === 'in_progress') && e.dueAt.getTime() < now.getTime()) return 'overdue';
  return e.status;
}

/** An allow-list of the enrollment's fields. */
export function enrollmentView(e: Enrollment, now: Date, courseTitle?: LocalizedText): EnrollmentView {
  return {
    id: e.id,
    userId: e.userId,
    courseId: e.courseId,
    courseVersion: e.courseVersion,
    ...(courseTitle ? { courseTitle } : {}),
    assignmentId: e.assignmentId,
    institutionId: e.institutionId,
    status: reportedStatus(e, now),
    dueAt: e.dueAt,
    startedAt: e.startedAt,
    completedAt: e.completedAt,
    expiredAt: e.expiredAt,
    createdAt: e.createdAt,
  };
}

/** A module of the pinned version in the outline: never its text or questions. */
export function moduleOutline(m: SnapshotModule, progress: ModuleProgress | undefined): ModuleOutlineView {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    position: m.position,
    status: progress?.status ?? 'not_started',
    startedAt: progress?.startedAt ?? null,
    completedAt: progress?.completedAt ?? null,
    ...(m.kind === 'lesson' ? { minStudySeconds: m.minStudySeconds } : { bestPercent: progress?.bestPercent ?? null }),
  };
}

export function enrollmentDetailView(e: Enrollment, now: Date, snapshot: CourseSnapshot, progress: ModuleProgress[]): EnrollmentDetailView {
  const byModule = new Map(progress.map((p) => [p.moduleId, p]));
  return {
    ...enrollmentView(e, now, snapshot.title),
    modules: [...snapshot.modules].sort((a, b) => a.position - b.position).map((m) => moduleOutline(m, byModule.get(m.id))),
  };
}

/**
 * A module's content for the enrolled trainee. A lesson: its text and media. A
 * quiz: only its public settings and the number of questions an attempt shows —
 * built field by field, so no question or answer key can leak.
 */
export function moduleContentView(enrollmentId: string, m: SnapshotModule, progress: ModuleProgress | undefined): ModuleContentView {
  const outline = moduleOutline(m, progress);
  if (m.kind === 'lesson') {
    const startedAt = progress?.startedAt ?? null;
    return {
      enrollmentId,
      ...outline,
      body: m.body ?? null,
      media: m.media.map((link) => ({ url: link.url, ...(link.title ? { title: link.title } : {}) })),
      /** When the lesson may be completed (its minimum study time after it was first opened). */
      completableAt: startedAt ? new Date(startedAt.getTime() + m.minStudySeconds * 1000) : null,
    };
  }
  const quiz = m.quiz!;
  return {
    enrollmentId,
    ...outline,
    body: m.body ?? null,
    quiz: {
      passMarkPercent: quiz.passMarkPercent,
      maxAttempts: quiz.maxAttempts,
      timeLimitSeconds: quiz.timeLimitSeconds,
      reviewPolicy: quiz.reviewPolicy,
      reviewAfter: quiz.reviewAfter,
      questionCount: quiz.questions.length + quiz.draws.reduce((sum, d) => sum + d.count, 0),
    },
  };
}
