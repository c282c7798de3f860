import { CourseModule } from '../course-module.entity';
import { CourseVersion } from '../course-version.entity';
import { Course } from '../course.entity';
import { PublishedCourse, statusOf } from '../courses.service';
import type { AuthorCourseView, CourseModuleView, PublishedCourseView, VersionSummaryView } from './course-views';

/** The draft as its authors see it. */
export function authorCourseView(course: Course, modules?: CourseModule[]): AuthorCourseView {
  return {
    id: course.id,
    ownerId: course.ownerId,
    status: statusOf(course),
    title: course.title,
    description: course.description,
    audience: course.audience,
    certificateValidityMonths: course.certificateValidityMonths,
    currentVersion: course.currentVersion,
    publishedAt: course.publishedAt,
    archivedAt: course.archivedAt,
    hasUnpublishedChanges: !course.publishedAt || course.draftUpdatedAt > course.publishedAt,
    createdAt: course.createdAt,
    updatedAt: course.updatedAt,
    ...(modules ? { modules: modules.map(moduleView) } : {}),
  };
}

export function moduleView(m: CourseModule): CourseModuleView {
  return {
    id: m.id,
    courseId: m.courseId,
    kind: m.kind,
    position: m.position,
    title: m.title,
    body: m.body,
    media: m.media,
    minStudySeconds: m.minStudySeconds,
    ...(m.quiz ? { quiz: m.quiz } : {}),
  };
}

/**
 * What officers and coordinators see: the published version's title, description
 * and module outline. An allow-list, so no quiz content or answer key can slip in.
 */
export function publishedCourseView({ course, version }: PublishedCourse): PublishedCourseView {
  const s = version.snapshot;
  return {
    id: course.id,
    status: 'published' as const,
    version: version.version,
    publishedAt: version.publishedAt,
    title: s.title,
    description: s.description,
    audience: s.audience,
    certificateValidityMonths: s.certificateValidityMonths,
    modules: s.modules.map((m) => ({ id: m.id, kind: m.kind, position: m.position, title: m.title })),
  };
}

export function versionSummary(v: CourseVersion): VersionSummaryView {
  return { courseId: v.courseId, version: v.version, publishedAt: v.publishedAt, publishedBy: v.publishedBy };
}
