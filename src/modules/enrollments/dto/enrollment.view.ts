import type { CourseSnapshot, SnapshotModule } from '../../courses/course-snapshot';
import type { LocalizedText } from '../../questions/question-definition';
import type { Enrollment } from '../enrollment.entity';
import type { ModuleProgress } from '../module-progress.entity';
import type { ReportedStatus } from './enrollment.dto';

/** `overdue` is never stored: an enrollment not yet completed whose due date has passed. */
export function reportedStatus(e: Enrollment, now: Date): ReportedStatus {
  if ((e.status === 'assigned' || e.status === 'in_progress') && e.dueAt.getTime() < now.getTime()) return 'overdue';
  return e.status;
}

/** An allow-list of the enrollment's fields. */
export function enrollmentView(e: Enrollment, now: Date, courseTitle?: LocalizedText) {
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
export function moduleOutline(m: SnapshotModule, progress: ModuleProgress | undefined) {
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

export function enrollmentDetailView(e: Enrollment, now: Date, snapshot: CourseSnapshot, progress: ModuleProgress[]) {
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
export function moduleContentView(enrollmentId: string, m: SnapshotModule, progress: ModuleProgress | undefined) {
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
      questionCount: quiz.questions.length + quiz.draws.reduce((sum, d) => sum + d.count, 0),
    },
  };
}
